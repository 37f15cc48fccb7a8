package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapporteur/internal/workspace"
)

// freshEditor is a first launch: a new user's home folder (with a
// Documents folder), no preferences, a window of size and no report open.
func freshEditor(t *testing.T, size fyne.Size) (*Editor, fyne.Window, string) {
	t.Helper()
	home := t.TempDir()
	privateStorage(t)
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	if err := os.Mkdir(filepath.Join(home, "Documents"), 0o755); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	t.Cleanup(w.Close)
	w.Resize(size)
	e := New(a, w)
	t.Cleanup(e.closeDoc)
	return e, w, home
}

// settle lays the window out, as the desktop driver does at its next
// frame: rows the lists have not drawn yet are drawn.
func settle(w fyne.Window) { w.Content().Refresh() }

// button returns the visible button labelled text in what the window (or
// the dialog over it) shows, or fails the test.
func button(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	var roots []fyne.CanvasObject
	if top := w.Canvas().Overlays().Top(); top != nil {
		roots = append(roots, top)
	}
	roots = append(roots, w.Content())
	for _, root := range roots {
		for _, o := range visibleObjects(root) {
			if b, ok := o.(*widget.Button); ok && b.Text == text {
				return b
			}
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// visibleObjects lists the objects shown under o as they are laid out now.
// (test.LaidOutObjects lays hidden parts out again at their smallest, which
// the window never does.)
func visibleObjects(o fyne.CanvasObject) []fyne.CanvasObject {
	if !o.Visible() {
		return nil
	}
	out := []fyne.CanvasObject{o}
	switch c := o.(type) {
	case *fyne.Container:
		for _, ch := range c.Objects {
			out = append(out, visibleObjects(ch)...)
		}
	case fyne.Widget:
		for _, ch := range test.WidgetRenderer(c).Objects() {
			out = append(out, visibleObjects(ch)...)
		}
	}
	return out
}

func buttonTexts(root fyne.CanvasObject) []string {
	var out []string
	for _, o := range visibleObjects(root) {
		if b, ok := o.(*widget.Button); ok {
			out = append(out, b.Text)
		}
	}
	return out
}

func TestFirstLaunchShowsStartPage(t *testing.T) {
	e, w, home := freshEditor(t, screen)
	if err := e.Start(nil); err != nil {
		t.Fatal(err)
	}
	if !e.OnStartPage() || e.Doc() != nil {
		t.Fatalf("first launch: start page %v, report %v; want the start page and no report", e.OnStartPage(), e.Doc())
	}
	got := buttonTexts(w.Content())
	for _, want := range []string{startNew, startOpen, startImport, startSample} {
		if !slices.Contains(got, want) {
			t.Errorf("start page buttons %q lack %q", got, want)
		}
	}
	if !hasLabel(w, "None yet: the reports you open are listed here.") {
		t.Errorf("no word on recent reports: %q", labels(w))
	}
	test.Tap(button(t, w, startSample))
	if e.Doc() == nil || e.OnStartPage() {
		t.Fatal("Open the sample report opened nothing")
	}
	want := filepath.Join(home, "Documents", "Rapporteur", "Sample report"+Ext)
	if got := e.Doc().Path(); got != want {
		t.Errorf("sample opened from %s, want %s (a folder the user sees)", got, want)
	}
	if !strings.HasPrefix(w.Title(), "Sample report") {
		t.Errorf("title = %q", w.Title())
	}
}

func TestStartPageListsRecentReports(t *testing.T) {
	e, w, home := freshEditor(t, screen)
	path := filepath.Join(home, "Documents", "PTC 242"+Ext)
	r, err := workspace.Sample()
	if err != nil {
		t.Fatal(err)
	}
	if err := e.CreateFile(path, r); err != nil {
		t.Fatal(err)
	}
	e.ShowStart()
	if e.Doc() != nil || !e.OnStartPage() {
		t.Fatal("ShowStart left the report open")
	}
	label := "PTC 242" + Ext
	test.Tap(button(t, w, label))
	if e.Doc() == nil || e.Doc().Path() != path {
		t.Fatalf("tapping the recent report opened %v, want %s", e.Doc(), path)
	}
	e.ShowStart() // (a report removed while open is saved again on closing)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	e.ShowStart()
	if slices.Contains(buttonTexts(w.Content()), label) {
		t.Errorf("a deleted report is still offered: %q", buttonTexts(w.Content()))
	}
}

func TestCloseReportShowsStartPage(t *testing.T) {
	e, _ := openSample(t, big)
	var closeItem *fyne.MenuItem
	for _, it := range e.win.MainMenu().Items[0].Items {
		if it.Label == "Close Report" {
			closeItem = it
		}
	}
	if closeItem == nil {
		t.Fatal("File menu has no Close Report")
	}
	closeItem.Action()
	if !e.OnStartPage() || e.Doc() != nil {
		t.Errorf("after Close Report: start page %v, doc %v", e.OnStartPage(), e.Doc())
	}
}

func TestNewReportDialog(t *testing.T) {
	e, w, home := freshEditor(t, fyne.NewSize(1024, 700))
	e.ShowStart()
	test.Tap(button(t, w, startNew))
	f := e.lastNewReport
	if f == nil || w.Canvas().Overlays().Top() == nil {
		t.Fatal("New report shows no dialog")
	}
	if got := w.Canvas().Focused(); got != f.fields["organization"] {
		t.Fatalf("focus is on %T, want the Organization field", got)
	}
	if got, want := f.folder, filepath.Join(home, "Documents"); got != want {
		t.Errorf("saves in %s, want %s", got, want)
	}
	for key, ent := range f.fields {
		if ent.Text != "" || !strings.HasPrefix(ent.PlaceHolder, "e.g. ") {
			t.Errorf("field %s: text %q, placeholder %q; want it empty with an example", key, ent.Text, ent.PlaceHolder)
		}
	}
	test.Type(f.fields["organization"], "World Customs Organization")
	for _, kv := range [][2]string{{"body", "Permanent Technical Committee"}, {"short_name", "PTC"},
		{"sessions", "243rd Session"}, {"venue", "Brussels"}, {"doc_code", "PC0800E1"}} {
		test.FocusNext(w.Canvas())
		if w.Canvas().Focused() != f.fields[kv[0]] {
			t.Fatalf("Tab did not reach the %s field", kv[0])
		}
		test.Type(f.fields[kv[0]], kv[1])
		if kv[0] == "sessions" {
			test.FocusNext(w.Canvas()) // dates: left empty
		}
	}
	if got := f.name.Text; got != "PC0800E1" {
		t.Errorf("file name suggested %q, want the document code", got)
	}
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	want := filepath.Join(home, "Documents", "PC0800E1"+Ext)
	if e.Doc() == nil || e.Doc().Path() != want {
		t.Fatalf("Enter created %v, want %s", e.Doc(), want)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the dialog is still shown")
	}
	settle(w) // the list draws the new paragraph's row, which takes the cursor
	ent, ok := w.Canvas().Focused().(*paraEntry)
	if !ok || ent != e.paras.editorFor(0) {
		t.Fatalf("focus is on %T, want paragraph 1", w.Canvas().Focused())
	}
	m := readBack(t, want).Meeting
	if m.ShortName != "PTC" || m.Venue != "Brussels" || m.Dates != "" || m.Language != "E" {
		t.Errorf("meeting saved = %+v", m)
	}
	if got := e.paras.title.Text; got != "ITEM I – OPENING OF THE MEETING" {
		t.Errorf("heading %q, want item I", got)
	}
	test.Type(ent, "The Chairperson opened the Session.")
	if got := e.rep.Items[0].Paragraphs[0].Text; got != "The Chairperson opened the Session." {
		t.Errorf("paragraph 1 = %q", got)
	}
}

func TestNewReportDialogEscapeAndTakenName(t *testing.T) {
	e, w, home := freshEditor(t, screen)
	e.askNew()
	f := e.lastNewReport
	test.Type(f.fields["organization"], "WCO")
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape left the dialog open")
	}
	if e.Doc() != nil {
		t.Fatalf("Escape created %s", e.Doc().Path())
	}
	taken := filepath.Join(home, "Documents", "Report"+Ext)
	if err := os.WriteFile(taken, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	e.askNew()
	f = e.lastNewReport
	if err := f.name.Validate(); err == nil || !strings.Contains(err.Error(), "already") {
		t.Errorf("a taken name validates: %v", err)
	}
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if e.Doc() != nil {
		t.Errorf("Enter with a taken name created %s", e.Doc().Path())
	}
	f.name.SetText("Other")
	f.setFolder(t.TempDir())
	test.Tap(button(t, w, "Create"))
	if e.Doc() == nil || filepath.Base(e.Doc().Path()) != "Other"+Ext {
		t.Errorf("Create made %v", e.Doc())
	}
}

func TestDropOpensAndImports(t *testing.T) {
	e, _, home := freshEditor(t, screen)
	dir := filepath.Join(home, "Documents")
	text := filepath.Join(dir, "draft c.txt")
	if err := os.WriteFile(text, fixtureLike(), 0o644); err != nil {
		t.Fatal(err)
	}
	e.Drop(text)
	if e.Doc() == nil || e.Doc().Path() != filepath.Join(dir, "draft c"+Ext) {
		t.Fatalf("dropping a text draft opened %v", e.Doc())
	}
	if len(e.Remarks()) == 0 {
		t.Error("the drop's import shows no log")
	}
	rap := e.Doc().Path()
	e.ShowStart()
	e.Drop(rap)
	if e.Doc() == nil || e.Doc().Path() != rap {
		t.Fatalf("dropping a report opened %v", e.Doc())
	}
	pdf := filepath.Join(dir, "final.pdf")
	e.Drop(pdf)
	if e.Doc().Path() != rap || !strings.Contains(e.SaveState(), "final.pdf is neither a report") {
		t.Errorf("dropping a PDF: doc %s, status %q", e.Doc().Path(), e.SaveState())
	}
}

// fixtureLike is a short report in text whose meeting lacks venue and
// dates, and whose paragraph numbers skip one.
func fixtureLike() []byte {
	return []byte(`Organization: World Customs Organization
Body: Permanent Technical Committee
Short name: PTC

ITEM I – OPENING OF THE MEETING

1. The Chairperson opened the meeting.

ITEM II – ADOPTION OF THE AGENDA

3. The Committee adopted the agenda.

4. In conclusion, the PTC:
• adopted the agenda.
`)
}
