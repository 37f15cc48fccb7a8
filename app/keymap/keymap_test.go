package keymap

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

var save = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}

func TestBindTwicePanics(t *testing.T) {
	m := New()
	m.Bind(save, func() {})
	defer func() {
		if recover() == nil {
			t.Errorf("binding Ctrl+S twice did not panic")
		}
	}()
	m.Bind(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}, func() {})
}

// TestEntryPassesWindowShortcuts types into an Entry, then gives it the
// window's undo and a shortcut the window does not bind.
func TestEntryPassesWindowShortcuts(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("keys")
	defer w.Close()
	m := New()
	var undos, saves int
	m.Bind(&fyne.ShortcutUndo{}, func() { undos++ })
	m.Bind(save, func() { saves++ })
	ent := NewEntry(m)
	w.SetContent(ent)
	m.Install(w.Canvas())
	w.Canvas().Focus(ent)
	test.Type(ent, "abc")
	ent.TypedShortcut(&fyne.ShortcutUndo{})
	ent.TypedShortcut(save)
	if undos != 1 || saves != 1 {
		t.Errorf("undo ran %d times, save %d; want 1 and 1", undos, saves)
	}
	if ent.Text != "abc" {
		t.Errorf("the entry undid its own typing: %q", ent.Text)
	}
	ent.TypedShortcut(&fyne.ShortcutSelectAll{})
	ent.TypedShortcut(&fyne.ShortcutCut{Clipboard: a.Clipboard()})
	if ent.Text != "" || a.Clipboard().Content() != "abc" {
		t.Errorf("select all and cut left %q, clipboard %q", ent.Text, a.Clipboard().Content())
	}
	w.Canvas().Unfocus()
	w.Canvas().(fyne.Shortcutable).TypedShortcut(save)
	if saves != 2 {
		t.Errorf("Ctrl+S on the canvas ran save %d times in all, want 2", saves)
	}
}

func TestNilMapIsPlainEntry(t *testing.T) {
	ent := NewMultiLineEntry(nil)
	test.Type(ent, "one")
	ent.TypedShortcut(&fyne.ShortcutSelectAll{})
	if got := ent.SelectedText(); got != "one" {
		t.Errorf("select all in an entry without keys selected %q", got)
	}
}
