package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"rapporteur/internal/workspace"
)

// Defects a user met in the real window (the qa-window session), each
// held by a test that failed before its fix.

// dialogField returns the field of the dialog shown whose placeholder is
// hint.
func dialogFieldByHint(t *testing.T, w fyne.Window, hint string) *dialogField {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog shown")
	}
	for _, o := range visibleObjects(top) {
		if f, ok := o.(*dialogField); ok && f.PlaceHolder == hint {
			return f
		}
	}
	t.Fatalf("no field %q in the dialog", hint)
	return nil
}

// Tab from the category of an item's details went to the arrow of its list
// (a button), where the document code typed next was lost, and the Enter
// after it saved the dialog with the next field's text in Documents.
func TestDetailsTabFromCategoryGoesToDocuments(t *testing.T) {
	e, _ := openSample(t, big)
	e.editDetails(1, -1)
	c := e.win.Canvas()
	var cat *dialogSelectEntry
	for _, o := range visibleObjects(c.Overlays().Top()) {
		if s, ok := o.(*dialogSelectEntry); ok {
			cat = s
		}
	}
	if cat == nil {
		t.Fatal("no category field")
	}
	docs := dialogFieldByHint(t, e.win, "e.g. PC0727Ea, PC0728E")
	c.Focus(cat)
	c.FocusNext()
	if c.Focused() != docs {
		t.Fatalf("Tab from the category went to %T, want Documents", c.Focused())
	}
	docs.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	test.Type(docs, ", PC0999E1")
	pressKey(e.win, fyne.KeyReturn)
	if got := e.rep.Items[1].Docs; len(got) == 0 || got[len(got)-1] != "PC0999E1" {
		t.Errorf("documents %q after Tab, typing and Enter", got)
	}
}

// The category's list opens from the keyboard (Down) as well as with the
// arrow, and picking a category puts it in the field.
func TestDetailsCategoryListFromKeyboard(t *testing.T) {
	e, _ := openSample(t, big)
	e.editDetails(1, -1)
	c := e.win.Canvas()
	var cat *dialogSelectEntry
	for _, o := range visibleObjects(c.Overlays().Top()) {
		if s, ok := o.(*dialogSelectEntry); ok {
			cat = s
		}
	}
	c.Focus(cat)
	n := len(c.Overlays().List())
	cat.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if len(c.Overlays().List()) != n+1 {
		t.Fatal("Down in the category did not open its list")
	}
	pick := cat.menu.Items[2]
	c.Overlays().Remove(c.Overlays().Top()) // a tap on an entry closes the list, then picks
	pick.Action()
	if cat.Text != pick.Label || c.Focused() != cat {
		t.Errorf("picked %q: the field reads %q, focus on %T", pick.Label, cat.Text, c.Focused())
	}
}

// With no annex, the Annexes tab showed an empty title and text that took
// typing, and what was typed went nowhere; with annexes and none selected
// (every report as it opened), the same.
func TestAnnexTypingNeverLost(t *testing.T) {
	e, _ := openSample(t, big)
	v := e.annexes
	if v.annex() == nil || v.body.Text() != e.rep.Annexes[0].Body {
		t.Fatalf("the report opened with annex %d shown, want Annex I", v.sel)
	}
	for len(e.rep.Annexes) > 0 {
		if err := e.DeleteAnnex(0); err != nil {
			t.Fatal(err)
		}
	}
	if v.editor.Visible() {
		t.Fatal("with no annex the Annexes tab shows fields to type into")
	}
	if !v.empty.Visible() {
		t.Error("with no annex the Annexes tab does not say how to add one")
	}
	e.Undo()
	if v.annex() == nil || !v.editor.Visible() {
		t.Fatal("undo brought the annex back but the tab shows none")
	}
}

// + Annex made an annex titled "New annex", real text that typing appended
// to, and left the cursor where it was; it now asks for the title as
// + Item does and puts the cursor in the new annex's text.
func TestAddAnnexAsksTitle(t *testing.T) {
	e, path := openSample(t, big)
	n := len(e.rep.Annexes)
	e.side.Select(e.annexTab)
	test.Tap(button(t, e.win, "Annex"))
	ent := e.lastTitle
	if e.win.Canvas().Focused() != ent {
		t.Fatalf("+ Annex: focus on %T, want a title field", e.win.Canvas().Focused())
	}
	test.Type(ent, "Statement by the European Union")
	pressKey(e.win, fyne.KeyReturn)
	if len(e.rep.Annexes) != n+1 || e.rep.Annexes[n].Title != "Statement by the European Union" {
		t.Fatalf("annexes after + Annex: %d, last %q", len(e.rep.Annexes), e.rep.Annexes[len(e.rep.Annexes)-1].Title)
	}
	if e.win.Canvas().Focused() != e.annexes.body {
		t.Fatalf("focus on %T after adding an annex, want its text", e.win.Canvas().Focused())
	}
	test.Type(e.annexes.body, "The European Union welcomed the report.")
	if err := e.save.flush(); err != nil {
		t.Fatal(err)
	}
	if got := readBack(t, path).Annexes[n].Body; got != "The European Union welcomed the report." {
		t.Errorf("the new annex's text on disk: %q", got)
	}
}

// A new agenda item opened on an empty area with no way in but the
// Paragraph menu; it now offers its first paragraph, as an empty sub-item
// does, and the cursor goes in it.
func TestEmptyItemOffersFirstParagraph(t *testing.T) {
	e, _ := openSample(t, big)
	if err := e.AddItem("Customs and border management"); err != nil {
		t.Fatal(err)
	}
	b := button(t, e.win, "Write the item's first paragraph")
	test.Tap(b)
	if n := len(e.Item().Paragraphs); n != 1 {
		t.Fatalf("the new item has %d paragraphs after the tap", n)
	}
	if ent := e.paras.editorFor(0); ent == nil || e.win.Canvas().Focused() != ent {
		t.Fatalf("focus on %T, want the new paragraph", e.win.Canvas().Focused())
	}
	if b.Visible() && e.paras.first.Visible() {
		t.Error("the offer stays once the item has a paragraph")
	}
	e.agenda.selectItem(0)
	if e.paras.first.Visible() {
		t.Error("item I, with paragraphs, offers its first")
	}
}

// Find put the cursor at the start of the paragraph found, the word nowhere
// marked, and opened empty each time, so that the next match took the
// query typed again and a tap in the list. Enter now selects the next
// match after the cursor, through the report, and Find opens on the last
// query.
func TestFindSelectsEachMatchInTurn(t *testing.T) {
	e, _ := openSample(t, big)
	q := "the"
	var seen [][3]int
	for n := 0; n < 4; n++ {
		e.showFind()
		f := e.lastFind
		if n == 0 {
			test.Type(f.query, q)
		} else if f.query.Text != q {
			t.Fatalf("Find opened on %q, want the last query %q", f.query.Text, q)
		}
		pressKey(e.win, fyne.KeyReturn)
		ent := e.paras.editorFor(e.para)
		if ent == nil || e.win.Canvas().Focused() != ent {
			t.Fatalf("match %d: no paragraph has the cursor", n+1)
		}
		from, to := ent.Selection()
		if got := ent.SelectedText(); !strings.EqualFold(got, q) {
			t.Fatalf("match %d: selected %q in ¶%d, want %q", n+1, got, e.num.Number(e.item, e.para), q)
		}
		if to-from != len(q) {
			t.Errorf("match %d: selected bytes %d-%d", n+1, from, to)
		}
		seen = append(seen, [3]int{e.item, e.para, from})
	}
	for n := 1; n < len(seen); n++ {
		a, b := seen[n-1], seen[n]
		if !(b[0] > a[0] || b[0] == a[0] && (b[1] > a[1] || b[1] == a[1] && b[2] > a[2])) {
			t.Errorf("Enter in Find went from %v to %v (item, paragraph, byte), not on", a, b)
		}
	}
}

// Compare opened on the pair it showed the first time even after the
// working copy changed or a version was frozen since (b → c while the
// rapporteur had edited c); until the rapporteur picks a pair, it opens on
// the comparison wanted now. A pair picked stays.
func TestCompareFollowsTheReportUntilPicked(t *testing.T) {
	e, _ := openSample(t, big)
	freeze := func() {
		t.Helper()
		if _, err := e.Freeze(""); err != nil {
			t.Fatal(err)
		}
	}
	edit := func(s string) {
		p := e.rep.Items[0].Paragraphs[0]
		e.setParagraphText(p, p.Text+s)
	}
	shows := func(from, to string) {
		t.Helper()
		if err := e.ShowComparison(); err != nil {
			t.Fatal(err)
		}
		if e.compare.old.Selected != from || e.compare.new.Selected != to {
			t.Errorf("Compare shows %s → %s, want %s → %s", e.compare.old.Selected, e.compare.new.Selected, from, to)
		}
	}
	freeze()
	edit(" One.")
	freeze()
	shows("a", "b")
	edit(" Two.")
	shows("b", workingLabel)
	freeze()
	shows("b", "c")
	e.compare.old.SetSelected("a") // the rapporteur picks a → c
	edit(" Three.")
	shows("a", "c")
}

// After a new item or sub-item was added, the cursor went back into the
// paragraph (or annex) it was in before, so what the rapporteur typed for
// the new item went into another; typed into the new, empty item, it now
// starts its first paragraph.
func TestTypingAfterNewItemGoesIntoIt(t *testing.T) {
	e, _ := openSample(t, big)
	ent := e.paras.editorFor(0)
	e.win.Canvas().Focus(ent)
	before := e.rep.Items[0].Paragraphs[0].Text
	menuItem(t, e, "Item", "Add Item…").Action()
	test.Type(e.lastTitle, "Any other business")
	pressKey(e.win, fyne.KeyReturn)
	typeInWindow(e.win, "No")
	if got := e.rep.Items[0].Paragraphs[0].Text; got != before {
		t.Errorf("typing after adding an item changed item I's paragraph: %q", got)
	}
	it := e.rep.Items[1]
	if it.Title != "Any other business" || len(it.Paragraphs) != 1 || it.Paragraphs[0].Text != "No" {
		t.Fatalf("item II %q holds %d paragraphs, want one reading \"No\": %q", it.Title, len(it.Paragraphs), e.rep.Items[1].Paragraphs[0].Text)
	}
	// A sub-item added while a paragraph has the cursor: typing goes nowhere.
	e.win.Canvas().Focus(e.paras.editorFor(0))
	menuItem(t, e, "Item", "Add Sub-item…").Action()
	test.Type(e.lastTitle, "Date of the next meeting")
	pressKey(e.win, fyne.KeyReturn)
	if f := e.win.Canvas().Focused(); f != nil {
		t.Errorf("after adding a sub-item the cursor is in %T", f)
	}
}

// typeInWindow types s as the window gets keys: into the focused widget,
// or to the canvas when none has the focus.
func typeInWindow(w fyne.Window, s string) {
	for _, r := range s {
		if f := w.Canvas().Focused(); f != nil {
			f.TypedRune(r)
		} else {
			w.Canvas().OnTypedRune()(r)
		}
	}
}

// tabLabelDrawn reports whether the side pane's tab bar draws a tab
// labelled label, rather than keeping it in the "…" menu.
func tabLabelDrawn(e *Editor, label string) bool {
	for _, o := range visibleObjects(e.side) {
		if t, ok := o.(*canvas.Text); ok && t.Text == label && !o.Size().IsZero() {
			return true
		}
	}
	return false
}

// After an import the status line says "see the Import tab", but the tab
// was appended last, where the side pane had no room for it: at 1360×860
// and at 1024×700 it sat in the "…" menu and no tab read "Import".
func TestImportTabInSight(t *testing.T) {
	for _, size := range []fyne.Size{screen, small} {
		e, _, home := freshEditor(t, size)
		doc := filepath.Join(home, "Documents", "draft c.txt")
		if err := os.WriteFile(doc, fixtureLike(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := e.ImportDraft(doc); err != nil {
			t.Fatal(err)
		}
		if !tabLabelDrawn(e, "Import") {
			t.Errorf("at %v the Import tab is not in the tab bar", size)
		}
		if !tabLabelDrawn(e, "Meeting") {
			t.Errorf("at %v the Meeting tab is not in the tab bar", size)
		}
	}
}

// At 1024×700 the agenda's toolbar ran out of its pane: Move Down and
// Delete were cut off in a horizontal scroller. Its buttons now wrap onto a
// second row.
func TestAgendaToolbarInSightAt1024(t *testing.T) {
	e, _ := openSample(t, small)
	test.LaidOutObjects(e.win.Content())
	bar := e.agenda.bar
	for _, o := range bar.Objects {
		if p := o.Position(); p.X+o.Size().Width > bar.Size().Width+1 || p.Y+o.Size().Height > bar.Size().Height+1 {
			t.Errorf("a button at %v size %v lies outside the toolbar's %v", p, o.Size(), bar.Size())
		}
	}
	if e.agenda.tree.Position().Y < bar.Size().Height {
		t.Errorf("the tree at y %v covers the toolbar %v tall", e.agenda.tree.Position().Y, bar.Size().Height)
	}
}

// A damaged report given on the command line showed Fyne's "Error" box with
// "Store: open /tmp/…/damaged.rap: the file is damaged: …": the chain of
// packages, capitalised, and the path. It now says which file cannot be
// opened and why, in words.
func TestDamagedFileSaysWhatIsWrong(t *testing.T) {
	e, path := openSample(t, big)
	e.closeDoc()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "damaged"+Ext)
	if err := os.WriteFile(bad, data[:len(data)/3], 0o644); err != nil {
		t.Fatal(err)
	}
	e.OpenOrRecover(bad)
	l, _ := dialogLabels(t, e.win)
	text := strings.Join(l, "\n")
	if !strings.Contains(text, "Cannot open damaged.rap") || !strings.Contains(text, bad+" cannot be opened: the file is damaged") {
		t.Errorf("the dialog reads %q", text)
	}
	if strings.Contains(strings.ToLower(text), "store:") {
		t.Errorf("the dialog shows the error chain: %q", text)
	}
}

// The window could not bring the secretariat's next draft into the report
// (the Notes tab sent the rapporteur to "rapporteur import --into"). File ›
// Bring a Draft Into This Report makes a text or Word draft the working
// copy, keeps the working copy as it was as a version, and shows what the
// draft changed.
func TestBringADraftIn(t *testing.T) {
	e, path := openSample(t, big)
	dir := filepath.Dir(path)
	txt := filepath.Join(dir, "draft b.txt")
	if err := workspace.Export(txt, e.rep, workspace.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(txt)
	if err != nil {
		t.Fatal(err)
	}
	old := e.rep.Items[0].Paragraphs[0].Text
	first := strings.Fields(old)[1]
	edited := strings.Replace(string(data), first, "CHANGED", 1)
	if err := os.WriteFile(txt, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	// A word typed in the window since: kept in the version frozen first.
	e.setParagraphText(e.rep.Items[1].Paragraphs[0], e.rep.Items[1].Paragraphs[0].Text+" Typed.")
	menuItem(t, e, "File", "Bring a Draft Into This Report…")
	if err := e.BringIn(txt); err != nil {
		t.Fatal(err)
	}
	if e.Doc() == nil || e.Doc().Path() != path {
		t.Fatalf("after bringing the draft in the window has %v, want %s", e.Doc(), path)
	}
	if got := e.rep.Items[0].Paragraphs[0].Text; !strings.Contains(got, "CHANGED") {
		t.Errorf("the working copy's first paragraph reads %q", got)
	}
	vs := e.Versions()
	if len(vs) != 1 {
		t.Fatalf("versions %+v, want the working copy as it was frozen once", vs)
	}
	was, err := workspace.Load(path, vs[0].Label)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(was.Items[1].Paragraphs[0].Text, " Typed.") {
		t.Errorf("version %s lost what was typed before: %q", vs[0].Label, was.Items[1].Paragraphs[0].Text)
	}
	if !e.Comparing() || e.compare.old.Selected != vs[0].Label || e.compare.new.Selected != workingLabel {
		t.Errorf("shown: comparing %v, %s → %s", e.Comparing(), e.compare.old.Selected, e.compare.new.Selected)
	}
	if len(e.compare.changes) == 0 {
		t.Error("the comparison shows no change")
	}
	if r := readBack(t, path); !strings.Contains(r.Items[0].Paragraphs[0].Text, "CHANGED") {
		t.Errorf("on disk the first paragraph reads %q", r.Items[0].Paragraphs[0].Text)
	}
}

// A long message in the status line ("Brought tracked.docx in as the
// working copy; version e is …") made the window's content 1,340 wide, so a
// 1024-wide window could not be had.
func TestLongStatusKeepsTheWindowSmall(t *testing.T) {
	e, _ := openSample(t, small)
	e.status.setSave(strings.Repeat("Brought draft c.docx in as the working copy; ", 8))
	if m := e.win.Content().MinSize(); m.Width > small.Width {
		t.Errorf("with a long status message the content needs %v, more than %v", m, small)
	}
}

// An item's own presentations ("• Opening remarks by Marta Quintela
// Sánchez, Executive Director" under item I of the sample) were shown
// nowhere but in its Details dialog; they stand under its heading now, as
// in the report.
func TestItemPresentationsUnderItsHeading(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(0)
	it := e.rep.Items[0]
	if len(it.Presentations) == 0 {
		t.Fatal("the sample's item I has no presentation to show")
	}
	if got := e.paras.detail.Text; !strings.Contains(got, "• "+it.Presentations[0].Text) {
		t.Errorf("under item I's heading: %q, want its presentation %q", got, it.Presentations[0].Text)
	}
}

// After an import's "No dates" line put the cursor in Dates, opening
// another report left it there: the next keys changed that report's dates.
func TestOpeningAReportTakesTheCursorFromTheLastOne(t *testing.T) {
	e, path := openSample(t, big)
	dates := e.meeting.entries[4]
	if e.meeting.keys[4] != "dates" {
		t.Fatalf("field 4 is %s", e.meeting.keys[4])
	}
	e.win.Canvas().Focus(dates)
	want := e.rep.Meeting.Dates
	e.closeDoc()
	if err := e.OpenPath(path); err != nil {
		t.Fatal(err)
	}
	typeInWindow(e.win, "x")
	if got := e.rep.Meeting.Dates; got != want {
		t.Errorf("typing after opening a report changed its dates to %q", got)
	}
}

// A report another window holds opened read-only with "Read-only: store:
// /…/ptc.rap is open for writing by root@vm, pid 598; close it there or
// open it read-only": the package's name, and advice to do what was done.
func TestReportHeldElsewhereSaysSoInWords(t *testing.T) {
	_, path := openSample(t, big) // this editor holds the file
	e, _ := bareEditor(t)
	if err := e.OpenPath(path); err != nil {
		t.Fatal(err)
	}
	got := e.SaveState()
	if !strings.HasPrefix(got, "Read-only: sample.rap is open for writing in another window (") ||
		strings.Contains(got, "store:") || strings.Contains(got, "open it read-only") {
		t.Errorf("status line %q", got)
	}
}

// On the start page the report's commands acted on an empty report no file
// holds: Add Item… (Ctrl+Shift+I) asked for a title and added an item
// nothing showed, Ctrl+Enter said "Select an agenda item first", Compare
// said to freeze a version. They are disabled there, shortcuts included.
func TestStartPageDisablesReportCommands(t *testing.T) {
	e, w, _ := freshEditor(t, big)
	e.ShowStart()
	add := menuItem(t, e, "Item", "Add Item…")
	if !add.Disabled || !menuItem(t, e, "Versions", "Compare…").Disabled || !menuItem(t, e, "File", "Save").Disabled {
		t.Fatal("report commands are enabled on the start page")
	}
	if menuItem(t, e, "File", "New…").Disabled || menuItem(t, e, "File", "Open…").Disabled {
		t.Fatal("New or Open is disabled on the start page")
	}
	e.keys.Run(key(fyne.KeyI, fyne.KeyModifierShift))
	e.keys.Run(key(fyne.KeyReturn, 0))
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Errorf("a report shortcut on the start page showed %T", top)
	}
	if err := e.OpenSample(); err != nil {
		t.Fatal(err)
	}
	if add.Disabled {
		t.Error("Add Item… stays disabled with a report open")
	}
}

// + Bullet added a bullet below the view and left the cursor in the
// paragraph it was in, where the bullet's text then went.
func TestNewBulletTakesTheCursor(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(2)
	ent := e.paras.editorFor(0)
	e.win.Canvas().Focus(ent)
	before := e.Item().Paragraphs[0].Text
	test.Tap(button(t, e.win, "Bullet"))
	typeInWindow(e.win, "noted")
	c := e.Item().Conclusion
	if got := c.Bullets[len(c.Bullets)-1].Text; got != "noted" {
		t.Errorf("the new bullet reads %q", got)
	}
	if got := e.Item().Paragraphs[0].Text; got != before {
		t.Errorf("typing after + Bullet changed the paragraph: %q", got)
	}
}

// Escape did nothing in the Open and Import file dialogs, though the
// window's dialogs all cancel on it.
func TestEscapeClosesTheOpenDialog(t *testing.T) {
	e, _ := openSample(t, big)
	for _, open := range []func(){e.askOpen, e.askImport} {
		open()
		if e.win.Canvas().Overlays().Top() == nil {
			t.Fatal("no file dialog")
		}
		pressKey(e.win, fyne.KeyEscape)
		if top := e.win.Canvas().Overlays().Top(); top != nil {
			t.Errorf("Escape left the file dialog open")
			e.win.Canvas().Overlays().Remove(top)
		}
	}
}

// With no Documents folder the sample lives in the hidden configuration
// folder, and a new report made after opening it went there too: the file
// was never found again.
func TestNewReportNotInTheHiddenSampleFolder(t *testing.T) {
	e, _, home := freshEditor(t, big)
	if err := os.Remove(filepath.Join(home, "Documents")); err != nil {
		t.Fatal(err)
	}
	if err := e.OpenSample(); err != nil {
		t.Fatal(err)
	}
	sample := filepath.Dir(e.Doc().Path())
	if got := e.newReportFolder(); got == sample {
		t.Errorf("a new report goes to %s, the hidden folder of the sample", got)
	}
}
