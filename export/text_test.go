package export_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"rapporteur/assets"
	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/ingest"
	"rapporteur/internal/fixture"
)

// The -update flag may be defined by the package's other tests; define it
// only when it is not, and read it by name.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func textUpdating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// handBuilt is a small report that uses every part the typed form carries.
func textHandBuilt(t *testing.T) *draft.Report {
	t.Helper()
	r := draft.New()
	r.Meeting = draft.Meeting{Organization: "Northern Rivers Commission", Body: "Standing Committee on Fisheries",
		ShortName: "SCF", Sessions: "12th Session", Dates: "3-5 March 2025", Venue: "Tromsø", DocCode: "SF0101E1", Language: "E"}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	open, err := r.InsertItem(0, "OPENING OF THE SESSION")
	must(err)
	open.Presentations = []draft.Presentation{{Text: "Welcome address by the Chair of the Commission"}}
	_, err = r.InsertParagraph(open, 0, 0, "The Chair opened the session and welcomed the delegates of nine Members.")
	must(err)
	c := r.AddConclusion(open)
	_, err = r.InsertBullet(c, 0, "took note of the welcome address;")
	must(err)

	rep, err := r.InsertItem(1, "Reports of the Working Groups")
	must(err)
	rep.Category = "For guidance"
	a, err := r.InsertSubItem(rep, 0, "Report of the Salmon Working Group", "For decision")
	must(err)
	a.Docs = []string{"SF0102Ea", "annex-7"}
	a.Attachments = []string{"Work plan 2025-2027"}
	b, err := r.InsertSubItem(rep, 1, "Report of the Eel Working Group", "For decision")
	must(err)
	b.Presentations = []draft.Presentation{{Text: "Presentation by Norway – eel passage at dams"}}
	cc, err := r.InsertSubItem(rep, 2, "Other business of the groups", "")
	must(err)
	_, err = r.InsertParagraph(rep, 0, b.ID, "The Norwegian delegate presented results on e-monitoring of fish ladders.")
	must(err)
	_, err = r.InsertParagraph(rep, 1, a.ID, "The Secretariat introduced Doc. SF0102Ea, noting that sub-groups had met twice.")
	must(err)
	_, err = r.InsertParagraph(rep, 2, 0, "The Chair summed up the discussion under the item as a whole.")
	must(err)
	_, err = r.InsertParagraph(rep, 3, cc.ID, "No other business was raised.")
	must(err)
	c = r.AddConclusion(rep)
	c.LeadIn = "In conclusion, the Committee:"
	for k, s := range []string{"endorsed the report of the Salmon Working Group", "took note of the presentation by Norway", "asked the Secretariat to report back in 2026"} {
		_, err = r.InsertBullet(c, k, s)
		must(err)
	}

	one, err := r.InsertItem(2, "DATA STANDARDS")
	must(err)
	only, err := r.InsertSubItem(one, 0, "Catch reporting format", "To take note, for discussion")
	must(err)
	_, err = r.InsertParagraph(one, 0, 0, "In conclusion, the Delegate of Iceland thanked the Secretariat.")
	must(err)
	_, err = r.InsertParagraph(one, 1, only.ID, "Delegates discussed the draft format.")
	must(err)

	closing, err := r.InsertItem(3, "CLOSING")
	must(err)
	closing.Category = "For information only"

	_, err = r.InsertAnnex(0, "LIST OF PARTICIPANTS", "NORWAY\nMs Kari Nordmann\nMr Ola Nordmann\n\nICELAND\nMs Jóna Jónsdóttir")
	must(err)
	_, err = r.InsertAnnex(1, "Statements", "The statements received are reproduced as submitted.")
	must(err)
	return r
}

// textShape is what a round trip must keep: the summary plus every text the
// summary does not show, with sub-items named by letter.
type textShape struct {
	Summary       draft.Summary
	Paragraphs    [][2]string
	Presentations [][]draft.Presentation
	Attachments   [][]string
	LeadIns       []string
	Annexes       []string
}

func textShapeOf(r *draft.Report) textShape {
	s := textShape{Summary: r.Summarize()}
	for _, it := range r.Items {
		s.Presentations = append(s.Presentations, it.Presentations)
		for j, sub := range it.SubItems {
			s.Presentations = append(s.Presentations, sub.Presentations)
			s.Attachments = append(s.Attachments, sub.Attachments)
			_ = j
		}
		for _, p := range it.Paragraphs {
			letter := ""
			if _, j := it.SubItem(p.Sub); j >= 0 {
				letter = draft.SubItemLetter(j)
			}
			s.Paragraphs = append(s.Paragraphs, [2]string{letter, p.Text})
		}
		if it.Conclusion != nil {
			s.LeadIns = append(s.LeadIns, it.Conclusion.LeadIn)
		}
	}
	for _, a := range r.Annexes {
		s.Annexes = append(s.Annexes, a.Title+"\n"+a.Body)
	}
	return s
}

func textRoundTrip(t *testing.T, r *draft.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Text(&buf, r); err != nil {
		t.Fatalf("Text: %v", err)
	}
	back, warn, err := ingest.Text(buf.Bytes())
	if err != nil {
		t.Fatalf("ingest.Text(export.Text(r)): %v\n%s", err, buf.String())
	}
	for _, w := range warn {
		t.Logf("warning: %s", w)
	}
	got, want := textShapeOf(back), textShapeOf(r)
	if !reflect.DeepEqual(got, want) {
		gs, ws := reflect.ValueOf(got), reflect.ValueOf(want)
		for f := 0; f < gs.NumField(); f++ {
			if !reflect.DeepEqual(gs.Field(f).Interface(), ws.Field(f).Interface()) {
				t.Errorf("round trip changed %s:\n got %+v\nwant %+v", gs.Type().Field(f).Name, gs.Field(f).Interface(), ws.Field(f).Interface())
			}
		}
		t.Logf("typed text:\n%s", buf.String())
	}
	return buf.Bytes()
}

func TestTextRoundTripHandBuilt(t *testing.T) {
	out := textRoundTrip(t, textHandBuilt(t))
	golden := filepath.Join("testdata", "text_handbuilt.golden")
	if textUpdating() {
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden (run with -update to create it): %v", err)
	}
	if !bytes.Equal(out, want) {
		t.Errorf("typed text differs from %s (run with -update if the change is intended):\n%s", golden, out)
	}
}

func TestTextRoundTripFixture(t *testing.T) {
	r, _, err := ingest.Text(fixture.Read(t, fixture.Name))
	if err != nil {
		t.Fatal(err)
	}
	out := textRoundTrip(t, r)
	if _, warn, _ := ingest.Text(out); len(warn) != 0 {
		t.Errorf("typed text of the fixture gives warnings on import: %q", warn)
	}
}

func TestTextRoundTripSample(t *testing.T) {
	r, _, err := ingest.Text(assets.SampleReport)
	if err != nil {
		t.Fatal(err)
	}
	textRoundTrip(t, r)
}

type textFailWriter struct{}

func (textFailWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestTextWriteError(t *testing.T) {
	if err := export.Text(textFailWriter{}, textHandBuilt(t)); err == nil {
		t.Error("Text to a failing writer: got nil error")
	}
}

// TestTextRoundTripContinuation checks that a report continuing another
// (from item VI and paragraph 69) reads back with the same numbers.
func TestTextRoundTripContinuation(t *testing.T) {
	r := textHandBuilt(t)
	r.FirstItem, r.FirstParagraph = 6, 69
	out := textRoundTrip(t, r)
	back, _, err := ingest.Text(out)
	if err != nil {
		t.Fatal(err)
	}
	if back.FirstItem != 6 || back.FirstParagraph != 69 {
		t.Errorf("read back first item %d, first paragraph %d; want 6, 69", back.FirstItem, back.FirstParagraph)
	}
	if !bytes.Contains(out, []byte("ITEM VI – ")) || !bytes.Contains(out, []byte("\n69. ")) {
		t.Errorf("typed text lacks ITEM VI or paragraph 69:\n%s", out)
	}
}
