package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
		if fd.Key == "language" { // a choice, not typed: see TestMeetingLanguageIsAChoice
			continue
		}
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

// logDraft is a report as pdftotext gives it, with something of each kind
// for the log: the agenda table, a running header on every page, a
// skipped paragraph number, a footnote, an annex.
const logDraft = "SUMMARY REPORT\nAGENDA\nI. Opening 1-2\nII. Closing 3-3\n" +
	"\fPC0737E1\n\nITEM I – OPENING\n1. Opened.1\n3. Skipped a number.\n\n1 See annex.\n" +
	"\fPC0737E1\n\nITEM II – CLOSING\n4. Closed.\n5. In conclusion, the PTC:\n• took note.\n" +
	"\fPC0737E1\n\nANNEX I – LIST OF PARTICIPANTS\nNorway\n\nPC0737E1\n"

// TestImportLogGroupsEntriesAndShowsPlaces taps through the Import tab:
// the head counts the entries by kind, page furniture is one collapsed
// group that opens when its heading is tapped, every entry shows its place
// in the document and in the report, and tapping an entry shows that place.
func TestImportLogGroupsEntriesAndShowsPlaces(t *testing.T) {
	e, _, home := freshEditor(t, screen)
	doc := filepath.Join(home, "Documents", "draft.txt")
	if err := os.WriteFile(doc, []byte(logDraft), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := e.ImportDraft(doc); err != nil {
		t.Fatal(err)
	}
	head := e.imports.head.Text
	for _, want := range []string{"4 lines of page furniture dropped", "2 warnings", "1 footnote line kept apart", "rows of the agenda table checked"} {
		if !strings.Contains(head, want) {
			t.Errorf("head %q lacks %q", head, want)
		}
	}
	rows := e.Remarks()
	furniture := slices.Index(rows, "Page furniture (4) — tap to show")
	if furniture < 0 {
		t.Fatalf("no collapsed furniture group in %q", rows)
	}
	if slices.ContainsFunc(rows, func(s string) bool { return strings.Contains(s, `"PC0737E1"`) }) {
		t.Errorf("furniture listed while its group is collapsed: %q", rows)
	}
	// The skipped number's warning names its line and the paragraph the
	// report numbers 2; tapping it puts the cursor there.
	warn := slices.Index(rows, "line 9 → paragraph 2 (item I): paragraph 3 follows paragraph 1 (numbers skipped); the report numbers it 2")
	if warn < 0 {
		t.Fatalf("the warning's row is missing: %q", rows)
	}
	e.agenda.selectItem(1)
	test.Tap(rowAt(t, e, warn))
	if e.item != 0 || e.para != 1 {
		t.Errorf("the warning showed item %d paragraph %d, want item I's second", e.item, e.para)
	}
	// The agenda's range names item II.
	rangeRow := slices.IndexFunc(rows, func(s string) bool { return strings.HasPrefix(s, "line 4 → item II: the agenda table gives item II") })
	if rangeRow < 0 {
		t.Fatalf("the range warning does not name item II: %q", rows)
	}
	e.imports.list.Select(rangeRow)
	if e.item != 1 {
		t.Errorf("the range warning showed item %d, want II", e.item)
	}
	// The furniture group opens; its entries say where they stood.
	e.imports.list.Select(furniture)
	rows = e.Remarks()
	for _, want := range []string{
		`line 5 → the front matter: "PC0737E1" — repeated at the edge of 3 pages (a running header or footer)`,
		`line 12 → after paragraph 2 (item I): "PC0737E1" — repeated at the edge of 3 pages (a running header or footer)`,
		`line 18 → after the conclusion of item II (paragraph 4): "PC0737E1" — repeated at the edge of 3 pages (a running header or footer)`,
		`line 23 → after Annex I: "PC0737E1" — repeated at the edge of 3 pages (a running header or footer)`,
	} {
		if !slices.Contains(rows, want) {
			t.Errorf("rows lack %q:\n%s", want, strings.Join(rows, "\n"))
		}
	}
	if !slices.Contains(rows, "Page furniture (4) — tap to hide") {
		t.Errorf("the opened group's heading: %q", rows)
	}
	// The header above the annex shows item II, where it stood; the
	// footer under the annex, the annex; the footnote, the Meeting tab.
	e.imports.list.Select(slices.IndexFunc(rows, func(s string) bool { return strings.HasPrefix(s, "line 18 ") }))
	if e.item != 1 {
		t.Errorf("the header after item II showed item %d", e.item)
	}
	e.imports.list.Select(slices.IndexFunc(rows, func(s string) bool { return strings.HasPrefix(s, "line 23 ") }))
	if e.side.Selected() != e.annexTab || e.annexes.sel != 0 {
		t.Errorf("the annex page's header showed tab %q, annex %d", e.side.Selected().Text, e.annexes.sel)
	}
	e.imports.list.Select(slices.IndexFunc(rows, func(s string) bool { return strings.Contains(s, `"1 See annex."`) }))
	if e.side.Selected() != e.meetingTab {
		t.Errorf("the footnote showed tab %q, want Meeting", e.side.Selected().Text)
	}
	// Closing the group again hides its entries.
	e.imports.list.Select(slices.Index(rows, "Page furniture (4) — tap to hide"))
	if got := e.Remarks(); slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, `"PC0737E1"`) }) {
		t.Errorf("furniture listed after its group closed: %q", got)
	}
}

// rowAt returns the list row id as the list draws it, for test.Tap.
func rowAt(t *testing.T, e *Editor, id int) fyne.Tappable {
	t.Helper()
	e.imports.list.ScrollTo(id)
	want := e.imports.rows[id].text
	for _, o := range test.LaidOutObjects(e.imports.list) {
		tp, ok := o.(fyne.Tappable)
		if !ok || !strings.Contains(fmt.Sprintf("%T", o), "listItem") {
			continue
		}
		for _, k := range test.LaidOutObjects(o) {
			if l, ok := k.(*widget.Label); ok && l.Text == want {
				return tp
			}
		}
	}
	t.Fatalf("row %d (%q) is not drawn", id, want)
	return nil
}

// TestImportLogOfWordFile: a Word file's entries name their paragraph
// of word/document.xml, and the rows of its agenda table open as a group.
func TestImportLogOfWordFile(t *testing.T) {
	e, _, home := freshEditor(t, screen)
	r, _ := workspace.Sample()
	doc := filepath.Join(home, "Documents", "sample.docx")
	if err := workspace.Export(doc, r, workspace.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := e.ImportDraft(doc); err != nil {
		t.Fatal(err)
	}
	rows := e.Remarks()
	agenda := slices.IndexFunc(rows, func(s string) bool { return strings.HasPrefix(s, "Agenda table (") })
	if agenda < 0 {
		t.Fatalf("no agenda group in %q", rows)
	}
	e.imports.list.Select(agenda)
	rows = e.Remarks()
	k := slices.IndexFunc(rows, func(s string) bool {
		return strings.Contains(s, " of word/document.xml → the front matter: ") && strings.Contains(s, "DIGITAL PORT CLEARANCE")
	})
	if k < 0 {
		t.Fatalf("the agenda row of item IV does not name its Word paragraph:\n%s", strings.Join(rows, "\n"))
	}
	e.imports.list.Select(k)
	if e.side.Selected() != e.meetingTab {
		t.Errorf("an agenda row showed tab %q, want Meeting (the front matter)", e.side.Selected().Text)
	}
}

// TestScreenImportLog is the golden screen of the Import tab after an
// import, its furniture group opened and the skipped number's warning
// tapped.
func TestScreenImportLog(t *testing.T) {
	e, _, home := freshEditor(t, screen)
	doc := filepath.Join(home, "Documents", "draft.txt")
	if err := os.WriteFile(doc, []byte(logDraft), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := e.ImportDraft(doc); err != nil {
		t.Fatal(err)
	}
	e.imports.list.Select(slices.Index(e.Remarks(), "Page furniture (4) — tap to show"))
	e.imports.list.Select(slices.IndexFunc(e.Remarks(), func(s string) bool { return strings.HasPrefix(s, "line 9 ") }))
	capture(t, e, "import-log.png")
}
