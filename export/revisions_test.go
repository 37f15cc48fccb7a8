package export_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/ingest"
	"rapporteur/internal/docxtest"
	"rapporteur/internal/fixture"
)

// revisionsOf writes the comparison as a Word document with tracked
// changes and reads it back.
func revisionsOf(t testing.TB, c *draft.Comparison) *docxtest.Package {
	t.Helper()
	var buf bytes.Buffer
	if err := export.RevisionsDOCX(&buf, c, export.Options{Created: docxCreated, Author: "Ana Ferreira"}); err != nil {
		t.Fatalf("RevisionsDOCX: %v", err)
	}
	p, err := docxtest.Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// exportLines returns the Word export of r, one line per paragraph.
func exportLines(t testing.TB, r *draft.Report) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.DOCX(&buf, r, export.Options{Created: docxCreated}); err != nil {
		t.Fatalf("DOCX: %v", err)
	}
	p, err := docxtest.Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := docxtest.Lint(p.Document); n.Total() != 0 {
		t.Fatalf("the Word export has %d revisions", n.Total())
	}
	if errs := docxtest.Order(p.Document); len(errs) > 0 {
		t.Fatalf("the Word export: %v", errs)
	}
	return p.Lines(docxtest.AsIs)
}

// checkRevisions checks the revision document of c: its revisions are
// well formed, Accept All gives the Word export of the new side and Reject
// All that of the old side, paragraph by paragraph with styles and list
// numbers. It returns the revisions counted.
func checkRevisions(t testing.TB, c *draft.Comparison) (*docxtest.Package, docxtest.Counts) {
	t.Helper()
	p := revisionsOf(t, c)
	n, errs := docxtest.Lint(p.Document)
	errs = append(errs, docxtest.Order(p.Document)...)
	errs = append(errs, docxtest.Order(p.Numbering)...)
	for _, e := range errs {
		t.Errorf("lint: %v", e)
	}
	if d := docxtest.Diff(p.Lines(docxtest.Accepted), exportLines(t, c.New)); d != "" {
		t.Errorf("after Accept All the document is not the new version's Word export: %s", d)
	}
	if d := docxtest.Diff(p.Lines(docxtest.Rejected), exportLines(t, c.Old)); d != "" {
		t.Errorf("after Reject All the document is not the old version's Word export: %s", d)
	}
	return p, n
}

// sampleReport is a small report with every part: an item with a
// presentation, one whose sub-items are discussed in turn, one whose
// discussion goes back and forth between its sub-items and the item as a
// whole (repeated headings), an item without paragraphs, conclusions and
// an annex.
func sampleReport(t testing.TB) *draft.Report {
	t.Helper()
	r := docxReport(t) // Opening, Reports (sub-items a, b), Any other business
	open, rep := r.Items[0], r.Items[1]
	_, err := r.InsertParagraph(open, 1, 0, "The agenda was adopted as set out in Doc. HP0300E.")
	must(t, err)
	_, err = r.InsertParagraph(rep, 0, rep.SubItems[0].ID, "The Tariff Data Group reported on its 10th Meeting.")
	must(t, err)
	rep.SubItems[0].Presentations = []draft.Presentation{{Text: "Presentation by Greece"}}
	wp, err := r.InsertItem(2, "Work programme")
	must(t, err)
	x, err := r.InsertSubItem(wp, 0, "Programme for 2031", "For decision")
	must(t, err)
	y, err := r.InsertSubItem(wp, 1, "Programme for 2032", "For guidance")
	must(t, err)
	for k, p := range []struct {
		sub  draft.ID
		text string
	}{{y.ID, "The 2032 programme was presented."}, {0, "Members discussed both programmes."}, {x.ID, "The 2031 programme was endorsed."}, {y.ID, "Guidance was given on 2032."}} {
		_, err := r.InsertParagraph(wp, k, p.sub, p.text)
		must(t, err)
	}
	c := r.AddConclusion(wp)
	for k, b := range []string{"endorsed the programme for 2031", "provided guidance on the programme for 2032"} {
		_, err := r.InsertBullet(c, k, b)
		must(t, err)
	}
	return r
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// anEdit is one kind of change a comparison shows.
type anEdit struct {
	name string
	edit func(t testing.TB, r *draft.Report)
}

// edits covers every kind of change: words, paragraphs added, deleted and
// moved (within an item, to another, edited on the way), conclusion
// bullets and lead-ins, items and sub-items added, deleted, moved,
// renamed, categories, documents, presentations, meeting details and
// annexes, at the start, in the middle and at the very end of the
// document.
var edits = []anEdit{
	{"word changed", func(t testing.TB, r *draft.Report) {
		p := r.Items[1].Paragraphs[0]
		p.Text = strings.Replace(p.Text, "Secretariat", "Chairperson", 1) + " It was agreed."
	}},
	{"paragraph added first", func(t testing.TB, r *draft.Report) {
		_, err := r.InsertParagraph(r.Items[0], 0, 0, "A new first paragraph.")
		must(t, err)
	}},
	{"paragraph added in the middle", func(t testing.TB, r *draft.Report) {
		it := r.Items[1]
		_, err := r.InsertParagraph(it, 1, it.Paragraphs[0].Sub, "An added paragraph in the middle.")
		must(t, err)
	}},
	{"paragraph deleted", func(t testing.TB, r *draft.Report) {
		_, err := r.Items[1].DeleteParagraph(0)
		must(t, err)
	}},
	{"paragraph moved within its item", func(t testing.TB, r *draft.Report) {
		it := r.Items[len(r.Items)-2]
		must(t, r.MoveParagraph(len(r.Items)-2, 0, len(r.Items)-2, len(it.Paragraphs)-1))
	}},
	{"paragraph moved to another item and edited", func(t testing.TB, r *draft.Report) {
		must(t, r.MoveParagraph(1, 0, len(r.Items)-1, 0))
		p := r.Items[len(r.Items)-1].Paragraphs[0]
		p.Text = "In short, " + p.Text
	}},
	{"bullet changed", func(t testing.TB, r *draft.Report) {
		b := r.Items[1].Conclusion.Bullets[0]
		b.SetText(b.Text + " and its annex")
	}},
	{"bullet added last", func(t testing.TB, r *draft.Report) {
		c := r.Items[1].Conclusion
		_, err := r.InsertBullet(c, len(c.Bullets), "asked the Secretariat to report")
		must(t, err)
	}},
	{"bullet deleted", func(t testing.TB, r *draft.Report) {
		_, err := r.Items[1].Conclusion.DeleteBullet(0)
		must(t, err)
	}},
	{"bullets reordered", func(t testing.TB, r *draft.Report) {
		must(t, r.Items[1].Conclusion.MoveBullet(0, 2))
	}},
	{"lead-in written by hand", func(t testing.TB, r *draft.Report) {
		r.Items[0].Conclusion.LeadIn = "In conclusion, the Committee:"
	}},
	{"conclusion added", func(t testing.TB, r *draft.Report) {
		it := r.Items[len(r.Items)-1]
		c := r.AddConclusion(it)
		_, err := r.InsertBullet(c, 0, "took note of the information")
		must(t, err)
	}},
	{"item added first", func(t testing.TB, r *draft.Report) {
		it, err := r.InsertItem(0, "Opening of the session")
		must(t, err)
		_, err = r.InsertParagraph(it, 0, 0, "The Chair opened the session.")
		must(t, err)
	}},
	{"item added last", func(t testing.TB, r *draft.Report) {
		it, err := r.InsertItem(len(r.Items), "Closing of the session")
		must(t, err)
		_, err = r.InsertParagraph(it, 0, 0, "The Chair closed the session.")
		must(t, err)
		c := r.AddConclusion(it)
		_, err = r.InsertBullet(c, 0, "took note of the closing remarks")
		must(t, err)
	}},
	{"item deleted", func(t testing.TB, r *draft.Report) {
		_, err := r.DeleteItem(1)
		must(t, err)
	}},
	{"item moved", func(t testing.TB, r *draft.Report) {
		must(t, r.MoveItem(0, len(r.Items)-1))
	}},
	{"item renamed and recategorised", func(t testing.TB, r *draft.Report) {
		r.Items[1].Title = "Customs data and risk management"
		r.Items[1].Category = draft.Category("For decision")
	}},
	{"sub-item added", func(t testing.TB, r *draft.Report) {
		s, err := r.InsertSubItem(r.Items[1], 0, "Report of the new group", draft.Category("For information"))
		must(t, err)
		s.Docs = []string{"PC0799Ea"}
		_, err = r.InsertParagraph(r.Items[1], 0, s.ID, "The new group reported.")
		must(t, err)
	}},
	{"sub-item deleted", func(t testing.TB, r *draft.Report) {
		it := r.Items[1]
		s := it.SubItems[0]
		for k := len(it.Paragraphs) - 1; k >= 0; k-- {
			if it.Paragraphs[k].Sub == s.ID {
				_, err := it.DeleteParagraph(k)
				must(t, err)
			}
		}
		_, err := it.DeleteSubItem(0)
		must(t, err)
	}},
	{"sub-items reordered and renamed", func(t testing.TB, r *draft.Report) {
		it := r.Items[1]
		if len(it.SubItems) > 1 {
			must(t, it.MoveSubItem(0, 1))
		}
		it.SubItems[0].Title += " (revised)"
	}},
	{"documents and presentations", func(t testing.TB, r *draft.Report) {
		it := r.Items[1]
		it.Docs = append(it.Docs, "PC0800E")
		it.Presentations = append(it.Presentations, draft.Presentation{Text: "Presentation by Norway"})
		if len(it.SubItems) > 0 && len(it.SubItems[0].Presentations) > 0 {
			it.SubItems[0].Presentations[0].Text += " and Türkiye"
		}
	}},
	{"meeting details", func(t testing.TB, r *draft.Report) {
		r.Meeting.ShortName = "TC"
		r.Meeting.Venue = "Geneva"
		r.Meeting.DocCode = "PC0999E2"
	}},
	{"annex edited", func(t testing.TB, r *draft.Report) {
		r.Annexes[0].Body += "\n\nObservers: the World Trade Organization"
		r.Annexes[0].Body = strings.Replace(r.Annexes[0].Body, "Chairperson", "Chair", 1)
	}},
	{"annex deleted", func(t testing.TB, r *draft.Report) {
		_, err := r.DeleteAnnex(len(r.Annexes) - 1)
		must(t, err)
	}},
	{"annex added", func(t testing.TB, r *draft.Report) {
		_, err := r.InsertAnnex(len(r.Annexes), "Statements", "Statement by the delegate of Chile.")
		must(t, err)
	}},
	{"numbers continue another report", func(t testing.TB, r *draft.Report) {
		r.FirstParagraph, r.FirstItem = 69, 6
	}},
}

// TestRevisionsEveryKindOfChange applies each kind of change alone, then
// all at once, and checks Accept All and Reject All.
func TestRevisionsEveryKindOfChange(t *testing.T) {
	for _, e := range edits {
		t.Run(e.name, func(t *testing.T) {
			old := sampleReport(t)
			cur := old.Clone()
			e.edit(t, cur)
			c := draft.Compare(old, cur)
			if len(c.Changes)+len(c.Structure) == 0 && e.name != "numbers continue another report" {
				t.Fatal("the edit changed nothing") // the comparison does not report first numbers
			}
			if _, n := checkRevisions(t, c); n.Total() == 0 {
				t.Error("no revisions")
			}
		})
	}
	t.Run("all at once", func(t *testing.T) {
		old := sampleReport(t)
		cur := old.Clone()
		for _, e := range edits {
			if e.name != "item deleted" && e.name != "item moved" && safeEdit(cur, e) {
				e.edit(t, cur)
			}
		}
		checkRevisions(t, draft.Compare(old, cur))
	})
}

// TestRevisionsNoChange writes a comparison of a report with itself: no
// revisions at all.
func TestRevisionsNoChange(t *testing.T) {
	r := sampleReport(t)
	_, n := checkRevisions(t, draft.Compare(r, r.Clone()))
	if n.Total() != 0 {
		t.Errorf("%d revisions in a comparison without changes: %+v", n.Total(), n)
	}
}

// TestRevisionsRenumberingIsNoRevision inserts a paragraph at the head of
// the report: every later paragraph, lead-in and heading is renumbered,
// yet only the new paragraph and the agenda's ranges (text) are revised.
func TestRevisionsRenumberingIsNoRevision(t *testing.T) {
	old := sampleReport(t)
	cur := old.Clone()
	_, err := cur.InsertParagraph(cur.Items[0], 0, 0, "A new first paragraph.")
	must(t, err)
	it, err := cur.InsertItem(1, "An item added")
	must(t, err)
	_, err = cur.InsertParagraph(it, 0, 0, "Its paragraph.")
	must(t, err)
	p, _ := checkRevisions(t, draft.Compare(old, cur))
	var body []string
	for _, l := range p.Revised() {
		if !strings.HasPrefix(l, "AgendaEntry/right") { // the ranges are text
			body = append(body, l)
		}
	}
	want := []string{
		"AgendaEntry | II.", "AgendaEntry | An item added",
		"NumberedParagraph | 1.→A new first paragraph.",
		"Heading1 | ITEM II – An item added", "NumberedParagraph | 5.→Its paragraph.",
	}
	if d := docxtest.Diff(body, want); d != "" {
		t.Errorf("revised paragraphs: %s", d)
	}
}

// editedFixture returns the real report and a copy with a word changed,
// a paragraph added, one deleted, one moved and edited, a bullet changed,
// an item and a sub-item added.
func editedFixture(t testing.TB) (*draft.Report, *draft.Report) {
	old, _, err := ingest.Text(fixture.Read(t, fixture.Name))
	if err != nil {
		t.Fatal(err)
	}
	cur := old.Clone()
	ii, iii, iv, v := cur.Items[1], cur.Items[2], cur.Items[3], cur.Items[4]
	ii.Paragraphs[0].Text = strings.Replace(ii.Paragraphs[0].Text, "agenda", "provisional agenda", 1)
	_, err = cur.InsertParagraph(iii, 2, iii.Paragraphs[1].Sub, "The Secretariat added a paragraph in the middle of item III.")
	must(t, err)
	_, err = iv.DeleteParagraph(3)
	must(t, err)
	must(t, cur.MoveParagraph(4, 5, 2, 0))
	iii.Paragraphs[0].Text = "Moved here: " + iii.Paragraphs[0].Text
	v.Conclusion.Bullets[1].SetText(v.Conclusion.Bullets[1].Text + ", with amendments")
	it, err := cur.InsertItem(3, "Any other business")
	must(t, err)
	_, err = cur.InsertParagraph(it, 0, 0, "No other business was raised.")
	must(t, err)
	s, err := cur.InsertSubItem(iv, len(iv.SubItems), "Update on the pilot", "To take note")
	must(t, err)
	_, err = cur.InsertParagraph(iv, len(iv.Paragraphs), s.ID, "The pilot was presented.")
	must(t, err)
	return old, cur
}

// TestRevisionsFixture compares the real report with its edited copy.
func TestRevisionsFixture(t *testing.T) {
	old, cur := editedFixture(t)
	c := draft.Compare(old, cur)
	p, n := checkRevisions(t, c)
	if n.Moves != 1 {
		t.Errorf("%d moves, want 1", n.Moves)
		for _, l := range p.Revised() {
			t.Log(l)
		}
	}
	if n.Authors["Ana Ferreira"] != n.Total() {
		t.Errorf("authors %v, want every revision by Ana Ferreira", n.Authors)
	}
}

// TestRevisionsByContent compares two documents with no identity in
// common, matched by content, as `rapporteur diff old.txt new.txt` does.
func TestRevisionsByContent(t *testing.T) {
	old := sampleReport(t)
	cur := old.Clone()
	for _, e := range edits[:6] {
		e.edit(t, cur)
	}
	var buf bytes.Buffer
	must(t, export.Text(&buf, cur))
	fresh, _, err := ingest.Text(buf.Bytes())
	must(t, err)
	checkRevisions(t, draft.CompareByContent(old, fresh))
}

// TestRevisionsRandomEdits applies random sequences of edits to the
// sample report and checks every comparison.
func TestRevisionsRandomEdits(t *testing.T) {
	rounds := 150
	if testing.Short() {
		rounds = 30
	}
	for seed := range rounds {
		rng := rand.New(rand.NewPCG(uint64(seed), 7))
		old := sampleReport(t)
		cur := old.Clone()
		var names []string
		for range 1 + rng.IntN(5) {
			if len(cur.Items) < 2 {
				break
			}
			e := edits[rng.IntN(len(edits))]
			if e.name == "annex deleted" && len(cur.Annexes) == 0 || e.name == "annex edited" && len(cur.Annexes) == 0 {
				continue
			}
			if !safeEdit(cur, e) {
				continue
			}
			names = append(names, e.name)
			e.edit(t, cur)
		}
		t.Run(fmt.Sprintf("seed %d: %s", seed, strings.Join(names, ", ")), func(t *testing.T) {
			checkRevisions(t, draft.Compare(old, cur))
		})
	}
}

// safeEdit reports whether an edit of the table can apply to r as it is
// after earlier random edits.
func safeEdit(r *draft.Report, e anEdit) bool {
	it := func(i int) *draft.Item {
		if i < 0 {
			i += len(r.Items)
		}
		if i < 0 || i >= len(r.Items) {
			return nil
		}
		return r.Items[i]
	}
	switch e.name {
	case "word changed", "paragraph deleted":
		return it(1) != nil && len(it(1).Paragraphs) > 0
	case "paragraph added in the middle":
		return it(1) != nil && len(it(1).Paragraphs) > 0
	case "paragraph moved within its item":
		return it(-2) != nil && len(it(-2).Paragraphs) > 1
	case "paragraph moved to another item and edited":
		return it(1) != nil && len(it(1).Paragraphs) > 0
	case "bullet changed", "bullet deleted":
		return it(1) != nil && it(1).Conclusion != nil && len(it(1).Conclusion.Bullets) > 0
	case "bullet added last":
		return it(1) != nil && it(1).Conclusion != nil
	case "bullets reordered":
		return it(1) != nil && it(1).Conclusion != nil && len(it(1).Conclusion.Bullets) > 2
	case "lead-in written by hand":
		return it(0).Conclusion != nil
	case "sub-item deleted", "sub-items reordered and renamed":
		return it(1) != nil && len(it(1).SubItems) > 0
	case "sub-item added", "item renamed and recategorised", "documents and presentations":
		return it(1) != nil
	}
	return true
}

// TestRevisionsAuthors credits each change to the authors the comparison
// names (a received document's), the others to the writer's author.
func TestRevisionsAuthors(t *testing.T) {
	old := sampleReport(t)
	cur := old.Clone()
	p := cur.Items[1].Paragraphs[0]
	p.Text += " Added by Bob."
	p.AddNote(draft.Note{Kind: draft.NoteChange, Author: "Bob"})
	q := cur.Items[0].Paragraphs[0]
	q.Text += " Added by Carla and Bob."
	q.AddNote(draft.Note{Kind: draft.NoteChange, Author: "Carla"})
	q.AddNote(draft.Note{Kind: draft.NoteChange, Author: "Bob"})
	cur.Items[2].Paragraphs[0].Text += " Added by the rapporteur."
	_, n := checkRevisions(t, draft.Compare(old, cur))
	want := map[string]int{"Bob": 1, "Carla, Bob": 1, "Ana Ferreira": 1}
	for a, k := range want {
		if n.Authors[a] != k {
			t.Errorf("authors %v, want %v", n.Authors, want)
			break
		}
	}
}

// FuzzRevisionsDOCX applies the edits the input picks, one per byte, to the
// sample report (with a paragraph of the input's text in between) and
// checks that Accept All and Reject All give the two versions.
func FuzzRevisionsDOCX(f *testing.F) {
	f.Add([]byte{0, 5, 9}, "A new paragraph.")
	f.Add([]byte{14, 15, 2, 23}, "Türkiye & <Ελλάδα>\nline two")
	f.Add([]byte{24, 25, 4, 1}, "")
	f.Fuzz(func(t *testing.T, picks []byte, text string) {
		if len(picks) > 12 || len(text) > 2000 || !utf8.ValidString(text) {
			return
		}
		old := sampleReport(t)
		cur := old.Clone()
		for k, b := range picks {
			e := edits[int(b)%len(edits)]
			if len(cur.Items) < 2 || !safeEdit(cur, e) || e.name == "annex deleted" && len(cur.Annexes) == 0 || e.name == "annex edited" && len(cur.Annexes) == 0 {
				continue
			}
			e.edit(t, cur)
			if k%2 == 1 && strings.TrimSpace(text) != "" {
				it := cur.Items[k%len(cur.Items)]
				if _, err := cur.InsertParagraph(it, len(it.Paragraphs)/2, 0, strings.TrimSpace(text)); err != nil {
					t.Fatal(err)
				}
			}
		}
		checkRevisions(t, draft.Compare(old, cur))
	})
}

// TestWriteRevisionsRefusesItsInputs never writes over a file compared,
// and only as .docx.
func TestWriteRevisionsRefusesItsInputs(t *testing.T) {
	old := sampleReport(t)
	c := draft.Compare(old, old.Clone())
	dir := t.TempDir()
	in := filepath.Join(dir, "draft.docx")
	must(t, os.WriteFile(in, []byte("the document compared"), 0o644))
	if err := export.WriteRevisions(in, c, export.Options{Inputs: []string{in}}); !errors.Is(err, export.ErrOutputIsInput) {
		t.Errorf("writing over an input: %v, want ErrOutputIsInput", err)
	}
	if b, _ := os.ReadFile(in); string(b) != "the document compared" {
		t.Error("the input was overwritten")
	}
	if err := export.WriteRevisions(filepath.Join(dir, "x.pdf"), c, export.Options{}); err == nil {
		t.Error("WriteRevisions wrote a .pdf")
	}
	must(t, export.WriteRevisions(filepath.Join(dir, "changes.docx"), c, export.Options{Inputs: []string{in}}))
}
