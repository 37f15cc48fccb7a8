package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

func TestImportShowsLogAndMarksMissingFields(t *testing.T) {
	e, w, home := freshEditor(t, screen)
	doc := filepath.Join(home, "Documents", "draft c.txt")
	if err := os.WriteFile(doc, fixtureLike(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := e.ImportDraft(doc); err != nil {
		t.Fatal(err)
	}
	if got, want := e.Doc().Path(), filepath.Join(home, "Documents", "draft c"+Ext); got != want {
		t.Errorf("imported into %s, want %s", got, want)
	}
	if e.side.Selected() != e.imports.tab {
		t.Errorf("the Import tab is not shown")
	}
	remarks := e.Remarks()
	for _, want := range []string{"No venue in the document: tap to fill in the field.", "No dates in the document: tap to fill in the field."} {
		if !slices.Contains(remarks, want) {
			t.Errorf("remarks %q lack %q", remarks, want)
		}
	}
	if slices.Contains(remarks, "No short name in the document: tap to fill in the field.") {
		t.Errorf("a field the document gives is reported missing: %q", remarks)
	}
	skipped := slices.IndexFunc(remarks, func(s string) bool { return strings.Contains(s, "paragraph 3 follows paragraph 1") })
	if skipped < 0 {
		t.Fatalf("the skipped number is not in the log: %q", remarks)
	}
	if got := e.Missing(); !slices.Contains(got, "Venue") || !slices.Contains(got, "Dates") || slices.Contains(got, "Short name") {
		t.Errorf("marked fields %q, want venue and dates", got)
	}
	// Tapping the warning shows the paragraph the report numbers 2.
	e.agenda.selectItem(0)
	e.imports.list.Select(skipped)
	if e.item != 1 || e.para != 0 {
		t.Errorf("the warning showed item %d paragraph %d, want item II's first", e.item, e.para)
	}
	// Tapping the venue's remark puts the cursor in the venue field.
	venue := slices.Index(remarks, "No venue in the document: tap to fill in the field.")
	e.imports.list.Select(venue)
	field := e.meeting.entries[5]
	if w.Canvas().Focused() != field || e.side.Selected().Text != "Meeting" {
		t.Fatalf("focus on %T in tab %s, want the venue field", w.Canvas().Focused(), e.side.Selected().Text)
	}
	test.Type(field, "Brussels")
	if e.rep.Meeting.Venue != "Brussels" || slices.Contains(e.Missing(), "Venue") {
		t.Errorf("venue %q, marked %q", e.rep.Meeting.Venue, e.Missing())
	}
	// Importing the same draft again makes a new file.
	if err := e.ImportDraft(doc); err != nil {
		t.Fatal(err)
	}
	if got := filepath.Base(e.Doc().Path()); got != "draft c (2)"+Ext {
		t.Errorf("second import went to %s", got)
	}
	// Another report shows no log and no marks.
	r, _ := workspace.Sample()
	if err := e.CreateFile(filepath.Join(home, "s"+Ext), r); err != nil {
		t.Fatal(err)
	}
	if e.imports.shown() || len(e.Missing()) > 0 {
		t.Errorf("after opening another report: log shown %v, marks %q", e.imports.shown(), e.Missing())
	}
}

func TestMeetingFieldsShowExamplesNotValues(t *testing.T) {
	e, _ := openSample(t, big)
	e.Show(nil, draft.New())
	for k, fd := range e.rep.Meeting.Fields() {
		ent := e.meeting.entries[k]
		if ent.Text != "" {
			t.Errorf("%s shows %q for an empty field", fd.Key, ent.Text)
		}
		if !strings.HasPrefix(ent.PlaceHolder, "e.g. ") {
			t.Errorf("%s placeholder %q does not read as an example", fd.Key, ent.PlaceHolder)
		}
	}
	test.Type(e.meeting.entries[5], "Geneva")
	if got := e.rep.Meeting.Venue; got != "Geneva" {
		t.Errorf("typing in an empty venue gives %q", got)
	}
}

func TestWarningPlace(t *testing.T) {
	r := draft.New()
	for _, title := range []string{"One", "Two"} {
		it, _ := r.InsertItem(len(r.Items), title)
		for range 3 {
			_, _ = r.InsertParagraph(it, len(it.Paragraphs), 0, "text")
		}
	}
	num := r.Numbering()
	for _, tc := range []struct {
		w       string
		item, k int
	}{
		{"line 9: paragraph 5 follows paragraph 3 (numbers skipped); the report numbers it 4", 1, 0},
		{"line 4: the first paragraph is numbered 7; the report numbers it 1", 0, 0},
		{"line 30: text without a paragraph number kept as paragraph 6", 1, 2},
		{"line 12: item IV follows item I; the report numbers it II", 1, -1},
		{"the agenda table gives item II paragraphs 4-5; the text gives 4-6", 1, -1},
		{"line 3: Doc. XY12 is not a document code", -1, -1},
		{"paragraph 99 is out of range", -1, -1},
	} {
		i, k := warningPlace(tc.w, r, num)
		if i != tc.item || k != tc.k {
			t.Errorf("warningPlace(%q) = %d, %d; want %d, %d", tc.w, i, k, tc.item, tc.k)
		}
	}
}
