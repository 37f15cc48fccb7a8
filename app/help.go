package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// clipboardItem is an Edit menu item for a text field's own shortcut (cut,
// copy, paste, select all): it gives the shortcut to the field with the
// focus. It is not bound in the window's keymap: a field handles these
// keys itself, and a binding would send them from the field to the window
// and back.
func (e *Editor) clipboardItem(label string, sc fyne.Shortcut) *fyne.MenuItem {
	mi := fyne.NewMenuItem(label, func() { e.typeShortcut(sc) })
	mi.Shortcut = sc
	return mi
}

// typeShortcut gives shortcut sc, with the app's clipboard, to the widget
// with the focus.
func (e *Editor) typeShortcut(sc fyne.Shortcut) {
	f, ok := e.win.Canvas().Focused().(fyne.Shortcutable)
	if !ok {
		return
	}
	cb := e.app.Clipboard()
	switch sc.(type) {
	case *fyne.ShortcutCut:
		sc = &fyne.ShortcutCut{Clipboard: cb}
	case *fyne.ShortcutCopy:
		sc = &fyne.ShortcutCopy{Clipboard: cb}
	case *fyne.ShortcutPaste:
		sc = &fyne.ShortcutPaste{Clipboard: cb}
	}
	f.TypedShortcut(sc)
}

// Shortcut is one line of Help › Keyboard Shortcuts: the menu and command,
// and its keys.
type Shortcut struct{ Command, Keys string }

// Shortcuts lists every command of the menus that has keys, menu by menu.
func (e *Editor) Shortcuts() []Shortcut {
	var out []Shortcut
	for _, m := range e.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil {
				out = append(out, Shortcut{m.Label + " › " + strings.TrimSuffix(it.Label, "…"), shortcutKeys(it.Shortcut)})
			}
		}
	}
	return out
}

// shortcutKeys writes a shortcut's keys as a menu shows them: "Ctrl+Shift+C".
func shortcutKeys(sc fyne.Shortcut) string {
	switch s := sc.(type) {
	case *desktop.CustomShortcut:
		var parts []string
		for _, m := range []struct {
			mod  fyne.KeyModifier
			name string
		}{{fyne.KeyModifierControl, "Ctrl"}, {fyne.KeyModifierSuper, "Super"}, {fyne.KeyModifierAlt, "Alt"}, {fyne.KeyModifierShift, "Shift"}} {
			if s.Modifier&m.mod != 0 {
				parts = append(parts, m.name)
			}
		}
		return strings.Join(append(parts, keyName(s.KeyName)), "+")
	case *fyne.ShortcutUndo:
		return "Ctrl+Z"
	case *fyne.ShortcutRedo:
		return "Ctrl+Y"
	case *fyne.ShortcutCut:
		return "Ctrl+X"
	case *fyne.ShortcutCopy:
		return "Ctrl+C"
	case *fyne.ShortcutPaste:
		return "Ctrl+V"
	case *fyne.ShortcutSelectAll:
		return "Ctrl+A"
	}
	return sc.ShortcutName()
}

func keyName(k fyne.KeyName) string {
	switch k {
	case fyne.KeyReturn:
		return "Enter"
	case fyne.KeyPeriod:
		return "."
	case fyne.KeyComma:
		return ","
	case fyne.KeyPageUp:
		return "Page Up"
	case fyne.KeyPageDown:
		return "Page Down"
	}
	return string(k)
}

// showShortcuts shows Help › Keyboard Shortcuts: every command with keys.
func (e *Editor) showShortcuts() {
	list := container.NewGridWithColumns(2)
	for _, s := range e.Shortcuts() {
		keys := widget.NewLabelWithStyle(s.Keys, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		list.Add(widget.NewLabel(s.Command))
		list.Add(keys)
	}
	extra := widget.NewLabel("In a dialog, Enter confirms and Escape cancels. Tab moves to the next field.")
	extra.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Keyboard shortcuts", "Close", container.NewBorder(nil, extra, nil, nil, container.NewVScroll(list)), e.win)
	e.dialogKeys(d, nil, d.Hide, d.Hide)
	d.Resize(fyne.NewSize(640, 600))
	d.Show()
}
