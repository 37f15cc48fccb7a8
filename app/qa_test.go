package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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
