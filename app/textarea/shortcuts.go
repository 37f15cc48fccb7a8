package textarea

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// TypedShortcut offers s to PassShortcut first (the window's commands,
// undo among them), then handles the clipboard, select all and the moves
// by word and to the ends of the text, and gives anything else to the
// canvas.
func (a *Area) TypedShortcut(s fyne.Shortcut) {
	if a.PassShortcut != nil && a.PassShortcut(s) {
		return
	}
	switch s := s.(type) {
	case *fyne.ShortcutCopy:
		a.copy(s.Clipboard)
	case *fyne.ShortcutCut:
		a.cut(s.Clipboard)
	case *fyne.ShortcutPaste:
		a.paste(s.Clipboard)
	case *fyne.ShortcutSelectAll:
		a.Select(0, len(a.text))
	case *desktop.CustomShortcut:
		if !a.keyShortcut(s) {
			a.toCanvas(s)
		}
	default:
		a.toCanvas(s)
	}
}

// keyShortcut handles Ctrl with an arrow, Home, End, Backspace or Delete
// (and Shift to select); it reports false for any other shortcut.
func (a *Area) keyShortcut(s *desktop.CustomShortcut) bool {
	sel := s.Modifier&fyne.KeyModifierShift != 0
	if s.Modifier&^fyne.KeyModifierShift != fyne.KeyModifierShortcutDefault {
		return false
	}
	switch s.KeyName {
	case fyne.KeyLeft:
		a.moveTo(prevWord(a.text, a.caret), false, sel)
	case fyne.KeyRight:
		a.moveTo(nextWord(a.text, a.caret), false, sel)
	case fyne.KeyHome:
		a.moveTo(0, false, sel)
	case fyne.KeyEnd:
		a.moveTo(len(a.text), false, sel)
	case fyne.KeyBackspace:
		if sel {
			return false
		}
		a.deleteBack(true)
	case fyne.KeyDelete:
		if sel {
			return false
		}
		a.deleteForward(true)
	default:
		return false
	}
	return true
}

// toCanvas gives a shortcut the Area does not handle to its canvas, where
// the window's own shortcuts are registered.
func (a *Area) toCanvas(s fyne.Shortcut) {
	c := fyne.CurrentApp().Driver().CanvasForObject(a)
	if sc, ok := c.(fyne.Shortcutable); ok {
		sc.TypedShortcut(s)
	}
}

func clipboard(c fyne.Clipboard) fyne.Clipboard {
	if c == nil {
		c = fyne.CurrentApp().Clipboard()
	}
	return c
}

func (a *Area) copy(c fyne.Clipboard) {
	if t := a.SelectedText(); t != "" {
		clipboard(c).SetContent(t)
	}
}

func (a *Area) cut(c fyne.Clipboard) {
	if s, e := a.Selection(); s != e {
		clipboard(c).SetContent(a.text[s:e])
		a.replace(s, e, "")
	}
}

// paste puts the clipboard's text, as plain text with its line ends made
// newlines, in place of the selection.
func (a *Area) paste(c fyne.Clipboard) {
	t := clipboard(c).Content()
	t = strings.ReplaceAll(t, "\r\n", "\n")
	t = strings.ReplaceAll(t, "\r", "\n")
	t = strings.ToValidUTF8(t, "\uFFFD")
	if t == "" {
		return
	}
	s, e := a.Selection()
	a.replace(s, e, t)
}
