package export_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/ingest"
	"rapporteur/internal/docxtest"
)

// houseStyles are the styles a report is exported in and read back from:
// the PTC default, a UN report (sections, sub-sections A., paragraph
// numbers alone on their line) and minutes (items 1, 2, sub-items 2.1,
// paragraphs unnumbered).
var houseStyles = []struct {
	name  string
	style draft.HouseStyle
}{
	{"ptc", draft.HouseStyle{}},
	{"un", draft.HouseStyle{SubItems: draft.SubUpper, Headings: draft.HeadSection, Paragraphs: draft.ParaOwnLine}},
	{"minutes", draft.HouseStyle{Items: draft.ItemsArabic, SubItems: draft.SubDecimal, Headings: draft.HeadNumber, Paragraphs: draft.ParaUnnumbered}},
}

// styledShape is what a round trip in a house style must keep: the text
// shape and the style itself.
type styledShape struct {
	textShape
	Style     draft.HouseStyle
	Front     string
	Footnotes []draft.Footnote
}

func styledShapeOf(r *draft.Report) styledShape {
	return styledShape{textShape: textShapeOf(r), Style: r.Style, Front: r.Front, Footnotes: r.Footnotes}
}

// styledReport is the hand-built report written in style s.
func styledReport(t *testing.T, s draft.HouseStyle) *draft.Report {
	t.Helper()
	r := textHandBuilt(t)
	r.Style = s
	withFrontAndNotes(r)
	if s.Headings == draft.HeadNumber {
		// Minutes head their items in capitals: "2. REPORTS".
		for _, it := range r.Items {
			it.Title = strings.ToUpper(it.Title)
		}
	}
	return r
}

// sameStyled fails the test where got's shape differs from want's, field by
// field, and logs the exported text.
func sameStyled(t *testing.T, got, want *draft.Report, out []byte) {
	t.Helper()
	g, w := styledShapeOf(got), styledShapeOf(want)
	if reflect.DeepEqual(g, w) {
		return
	}
	if g.Style != w.Style {
		t.Errorf("style %+v, want %+v", g.Style, w.Style)
	}
	if g.Front != w.Front {
		t.Errorf("front matter\n got %q\nwant %q", g.Front, w.Front)
	}
	if !reflect.DeepEqual(g.Footnotes, w.Footnotes) {
		t.Errorf("footnotes\n got %q\nwant %q", g.Footnotes, w.Footnotes)
	}
	gs, ws := reflect.ValueOf(g.textShape), reflect.ValueOf(w.textShape)
	for f := 0; f < gs.NumField(); f++ {
		if !reflect.DeepEqual(gs.Field(f).Interface(), ws.Field(f).Interface()) {
			t.Errorf("changed %s:\n got %+v\nwant %+v", gs.Type().Field(f).Name, gs.Field(f).Interface(), ws.Field(f).Interface())
		}
	}
	t.Logf("exported:\n%s", out)
}

// TestStyleTextRoundTrip writes the report as text in each house style and
// reads it back: the same items, sub-items, paragraphs, conclusions,
// ranges and style.
func TestStyleTextRoundTrip(t *testing.T) {
	for _, hs := range houseStyles {
		t.Run(hs.name, func(t *testing.T) {
			r := styledReport(t, hs.style)
			var buf bytes.Buffer
			if err := export.Text(&buf, r); err != nil {
				t.Fatal(err)
			}
			back, _, err := ingest.Text(buf.Bytes())
			if err != nil {
				t.Fatalf("import: %v\n%s", err, buf.String())
			}
			sameStyled(t, back, r, buf.Bytes())
			golden(t, filepath.Join("testdata", "style", hs.name+".txt"), buf.Bytes())
		})
	}
}

// golden compares out with the golden file at path, rewriting it under
// -update.
func golden(t *testing.T, path string, out []byte) {
	t.Helper()
	if textUpdating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create it): %v", err)
	}
	if !bytes.Equal(out, want) {
		t.Errorf("output differs from %s (run with -update if the change is intended):\n%s", path, out)
	}
}

// TestStyleMinutesTitleCase writes a minutes item titled in small letters:
// its heading comes back in capitals, as minutes head their items, and the
// structure is the same.
func TestStyleMinutesTitleCase(t *testing.T) {
	r := textHandBuilt(t)
	r.Style = houseStyles[2].style
	var buf bytes.Buffer
	if err := export.Text(&buf, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\n2. REPORTS OF THE WORKING GROUPS\n") {
		t.Fatalf("heading not in capitals:\n%s", buf.String())
	}
	back, _, err := ingest.Text(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range r.Items {
		it.Title = strings.ToUpper(it.Title)
	}
	sameStyled(t, back, r, buf.Bytes())
}

// TestStyleWordRoundTrip writes the report as Word in each house style and
// reads it back: the same items, sub-items, paragraphs, conclusions and
// ranges, and the same style, but for where a UN report's paragraph
// numbers stand: Word draws them before the text, as a secretariat's
// Word file does, and the importer reads them so (ingest's
// TestDocxUNWordReport).
func TestStyleWordRoundTrip(t *testing.T) {
	for _, hs := range houseStyles {
		t.Run(hs.name, func(t *testing.T) {
			r := styledReport(t, hs.style)
			var buf bytes.Buffer
			if err := export.DOCX(&buf, r, export.Options{Created: docxCreated}); err != nil {
				t.Fatal(err)
			}
			back, _, err := ingest.Docx(buf.Bytes())
			if err != nil {
				t.Fatalf("import: %v", err)
			}
			want := styledReport(t, hs.style)
			if want.Style.Paragraphs == draft.ParaOwnLine {
				want.Style.Paragraphs = ""
			}
			// Word drops empty paragraphs: the front matter's lines come
			// back, not the blank lines between its paragraphs.
			want.Front = strings.ReplaceAll(want.Front, "\n\n", "\n")
			// Word keeps an annex paragraph's line breaks as w:br, which
			// the importer reads as spaces (as it did before house styles).
			for _, a := range append(want.Annexes, back.Annexes...) {
				a.Body = strings.Join(strings.Fields(strings.ReplaceAll(a.Body, "\n\n", " ¶ ")), " ")
			}
			doc := wordLines(t, buf.Bytes())
			sameStyled(t, back, want, doc)
			golden(t, filepath.Join("testdata", "style", hs.name+".document.xml"), doc)
		})
	}
}

// wordLines returns the Word document's paragraphs as docxtest reads them,
// one a line.
func wordLines(t *testing.T, data []byte) []byte {
	t.Helper()
	pkg, err := docxtest.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.Join(pkg.Lines(docxtest.AsIs), "\n") + "\n")
}

// withFrontAndNotes gives the report front matter as a title page has it
// and two footnotes, their marks kept in the paragraphs' text.
func withFrontAndNotes(r *draft.Report) {
	r.Front = "Distr.: General\n12 March 2025\nOriginal: English\n\nReport of the Standing Committee on Fisheries on its twelfth session"
	first := r.Items[0].Paragraphs[0]
	first.Text = strings.TrimSuffix(first.Text, ".") + " of the Commission.1"
	sec := r.Items[1].Paragraphs[1]
	sec.Text = strings.Replace(sec.Text, "met twice.", "met twice,2 in Bergen and Oslo.", 1)
	r.Footnotes = []draft.Footnote{{Label: "1", Text: "The list of participants is in annex I."}, {Label: "2", Text: "SF0102Ea, annex 7, pages 3–9."}}
}

// TestStyleRevisions writes, as Word tracked changes, a comparison whose
// new side changes the front matter, a footnote and the house style:
// Accept All gives the new version's Word export and Reject All the old
// one's, labels and front matter included.
func TestStyleRevisions(t *testing.T) {
	for _, hs := range houseStyles[1:] {
		t.Run(hs.name, func(t *testing.T) {
			old := styledReport(t, draft.HouseStyle{})
			new := old.Clone()
			new.Style = hs.style
			new.Front = strings.Replace(new.Front, "Distr.: General", "Distr.: Limited", 1)
			new.Footnotes[1].Text = "SF0102Ea, annex 8."
			p, n := checkRevisions(t, draft.Compare(old, new))
			if n.Total() == 0 {
				t.Errorf("no revisions")
			}
			acc := strings.Join(p.Lines(docxtest.Accepted), "\n")
			for _, w := range []string{"Distr.: Limited", new.Items[1].Paragraphs[1].Text} {
				if !strings.Contains(acc, w) {
					t.Errorf("accepted document lacks %q", w)
				}
			}
		})
	}
}
