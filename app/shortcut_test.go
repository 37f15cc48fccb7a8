package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"rapporteur/store"
)

// typeIn focuses f on e's canvas, as a click does, and types s into it.
func typeIn(e *Editor, f fyne.Focusable, s string) {
	e.win.Canvas().Focus(f)
	test.Type(f, s)
}

// press gives shortcut s to the focused widget, as the desktop driver does
// when no menu item claims it (and always, in the test driver).
func press(t *testing.T, e *Editor, s fyne.Shortcut) {
	t.Helper()
	f, ok := e.win.Canvas().Focused().(fyne.Shortcutable)
	if !ok {
		t.Fatalf("the focused %T takes no shortcuts", e.win.Canvas().Focused())
	}
	f.TypedShortcut(s)
}

func ctrl(k fyne.KeyName, extra fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

// menuShortcuts returns the label of every menu item by its shortcut's name.
func menuShortcuts(t *testing.T, e *Editor) map[string]string {
	t.Helper()
	out := map[string]string{}
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, mi := range items {
			if mi.Shortcut != nil {
				name := mi.Shortcut.ShortcutName()
				if was, dup := out[name]; dup {
					t.Errorf("%s is the shortcut of both %q and %q", name, was, mi.Label)
				}
				out[name] = mi.Label
			}
			if mi.ChildMenu != nil {
				walk(mi.ChildMenu.Items)
			}
		}
	}
	for _, m := range e.win.MainMenu().Items {
		walk(m.Items)
	}
	return out
}

// TestShortcutsBoundOnce checks that no key runs two commands, that every
// menu shortcut is in the window's keymap (so it works from a text field)
// and that the keys issue 12 asks for run the right commands.
func TestShortcutsBoundOnce(t *testing.T) {
	e, _ := openSample(t, big)
	menu := menuShortcuts(t, e)
	bound := map[string]bool{}
	for _, s := range e.keys.Shortcuts() {
		bound[s.ShortcutName()] = true
	}
	for name, label := range menu {
		if textShortcut(name) {
			continue // Edit › Cut, Copy, Paste, Select All: the field's own (see clipboardItem)
		}
		if !bound[name] {
			t.Errorf("menu item %q (%s) is not in the keymap", label, name)
		}
	}
	for _, tc := range []struct {
		s     fyne.Shortcut
		label string
	}{
		{ctrl(fyne.KeyS, 0), "Save"},
		{ctrl(fyne.KeyQ, 0), "Quit"},
		{ctrl(fyne.KeyF, 0), "Find…"},
		{&fyne.ShortcutUndo{}, "Undo"},
		{&fyne.ShortcutRedo{}, "Redo"},
		{ctrl(fyne.KeyM, fyne.KeyModifierShift), "Move to Item…"},
		{ctrl(fyne.KeyC, fyne.KeyModifierShift), "Compare…"},
	} {
		if got := menu[tc.s.ShortcutName()]; got != tc.label {
			t.Errorf("%s runs %q, want %q", tc.s.ShortcutName(), got, tc.label)
		}
	}
	if !bound[ctrl(fyne.KeyZ, fyne.KeyModifierShift).ShortcutName()] {
		t.Errorf("Ctrl+Shift+Z is not bound")
	}
}

// textShortcut reports whether a shortcut is one a text field handles
// itself, which the window leaves unbound.
func textShortcut(name string) bool {
	switch name {
	case "Cut", "Copy", "Paste", "SelectAll":
		return true
	}
	return false
}

// TestUndoShortcutInEntries types in a paragraph and in the venue, then
// presses Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z in the focused field: the
// window's undo runs, not the field's own.
func TestUndoShortcutInEntries(t *testing.T) {
	e, _ := openSample(t, big)
	withClock(e)
	e.agenda.selectItem(1)
	para := e.paras.editorFor(0)
	orig := para.Text()
	typeIn(e, para, "In paragraph A ")
	typeIn(e, meetingEntry(e, "venue"), "Porto and ")
	press(t, e, &fyne.ShortcutUndo{})
	if got := e.rep.Meeting.Venue; got != "Lisbon" {
		t.Fatalf("venue after Ctrl+Z in the venue field = %q, want Lisbon", got)
	}
	press(t, e, &fyne.ShortcutUndo{}) // the focus is back in paragraph A
	if got := e.rep.Items[1].Paragraphs[0].Text; got != orig {
		t.Fatalf("paragraph after the second Ctrl+Z = %q, want %q", got, orig)
	}
	if e.win.Canvas().Focused() != e.paras.editorFor(0) {
		t.Errorf("the second undo did not put the cursor in the paragraph")
	}
	press(t, e, &fyne.ShortcutRedo{})
	if got := e.rep.Items[1].Paragraphs[0].Text; got != "In paragraph A "+orig {
		t.Errorf("paragraph after Ctrl+Y = %q", got)
	}
	press(t, e, ctrl(fyne.KeyZ, fyne.KeyModifierShift))
	if got := e.rep.Meeting.Venue; got != "Porto and Lisbon" {
		t.Errorf("venue after Ctrl+Shift+Z = %q, want Porto and Lisbon", got)
	}
	if e.Redo() {
		t.Errorf("a redo step is left")
	}
}

// TestShortcutsFromEveryField presses Ctrl+F in each kind of text field the
// window has: the find panel opens every time.
func TestShortcutsFromEveryField(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(2)
	fields := map[string]fyne.Focusable{
		"paragraph": e.paras.editorFor(0),
		"venue":     meetingEntry(e, "venue"),
		"lead-in":   e.concl.leadIn,
		"bullet":    e.concl.bullets[e.Item().Conclusion.Bullets[0].ID],
		"annex":     e.annexes.body,
		"first":     e.meeting.firstItem,
	}
	for name, f := range fields {
		// A field of a side tab takes the focus when its tab is shown.
		e.side.Select(e.meetingTab)
		if name == "annex" {
			e.side.Select(e.annexTab)
		}
		e.win.Canvas().Focus(f)
		press(t, e, ctrl(fyne.KeyF, 0))
		top := e.win.Canvas().Overlays().Top()
		if top == nil {
			t.Errorf("Ctrl+F in the %s field opened nothing", name)
			continue
		}
		e.win.Canvas().Overlays().Remove(top)
	}
}

// TestTextShortcutsStayInField checks that copy and paste, which the window
// does not bind, still work in a field.
func TestTextShortcutsStayInField(t *testing.T) {
	e, _ := openSample(t, big)
	venue := meetingEntry(e, "venue")
	e.win.Canvas().Focus(venue)
	clip := e.app.Clipboard()
	press(t, e, &fyne.ShortcutSelectAll{})
	press(t, e, &fyne.ShortcutCopy{Clipboard: clip})
	if got := clip.Content(); got != "Lisbon" {
		t.Fatalf("clipboard after Ctrl+A, Ctrl+C = %q, want Lisbon", got)
	}
	press(t, e, &fyne.ShortcutPaste{Clipboard: clip})
	press(t, e, &fyne.ShortcutPaste{Clipboard: clip})
	if got := e.rep.Meeting.Venue; got != "LisbonLisbon" {
		t.Errorf("venue after pasting over the selection and again = %q", got)
	}
}

// TestCtrlSSavesNow types, presses Ctrl+S in the paragraph and finds the
// words in the file at once, with a backup copy beside it.
func TestCtrlSSavesNow(t *testing.T) {
	e, path := openSample(t, big)
	e.agenda.selectItem(0)
	ent := e.paras.editorFor(0)
	typeIn(e, ent, "Saved at once ")
	want := ent.Text()
	press(t, e, ctrl(fyne.KeyS, 0))
	if got := readBack(t, path).Items[0].Paragraphs[0].Text; got != want {
		t.Errorf("file holds %q right after Ctrl+S, want %q", got, want)
	}
	bs, err := store.Backups(path)
	if err != nil || len(bs) == 0 {
		t.Errorf("no backup copy after Ctrl+S (%v)", err)
	}
	if got := e.SaveState(); got != "Saved, with a backup copy" {
		t.Errorf("status after Ctrl+S = %q", got)
	}
}

// TestCtrlQSavesAndQuits types, presses Ctrl+Q in the paragraph: the file
// is written and closed.
func TestCtrlQSavesAndQuits(t *testing.T) {
	e, path := openSample(t, big)
	e.agenda.selectItem(0)
	ent := e.paras.editorFor(0)
	typeIn(e, ent, "Typed before quitting ")
	want := ent.Text()
	press(t, e, ctrl(fyne.KeyQ, 0))
	if e.Doc() != nil {
		t.Errorf("the report file is still open after Ctrl+Q")
	}
	if got := readBack(t, path).Items[0].Paragraphs[0].Text; got != want {
		t.Errorf("file holds %q after Ctrl+Q, want %q", got, want)
	}
}

// TestCanvasShortcuts presses a shortcut with no field focused: the
// window's canvas runs it (Ctrl+Shift+Z is in no menu).
func TestCanvasShortcuts(t *testing.T) {
	e, _ := openSample(t, big)
	if err := e.AddItem("Any other business"); err != nil {
		t.Fatal(err)
	}
	n := len(e.rep.Items)
	e.win.Canvas().Unfocus()
	c := e.win.Canvas().(fyne.Shortcutable)
	c.TypedShortcut(&fyne.ShortcutUndo{})
	if len(e.rep.Items) != n-1 {
		t.Fatalf("Ctrl+Z on the canvas did not undo the new item")
	}
	c.TypedShortcut(ctrl(fyne.KeyZ, fyne.KeyModifierShift))
	if len(e.rep.Items) != n {
		t.Errorf("Ctrl+Shift+Z on the canvas did not redo it")
	}
}
