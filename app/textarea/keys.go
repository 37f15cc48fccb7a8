package textarea

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// TypedRune inserts r (a key, or what an input method or a dead key
// composed) in place of the selection.
func (a *Area) TypedRune(r rune) {
	if r < ' ' && r != '\t' || r == 0x7f {
		return
	}
	s, e := a.Selection()
	a.replace(s, e, string(r))
}

// KeyDown notes that Shift is held, for selecting with the keys.
func (a *Area) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		a.shift = true
	}
}

// KeyUp notes that Shift was released.
func (a *Area) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		a.shift = false
	}
}

// shiftHeld reports whether Shift is down, from the key events the Area saw
// or, when it got the focus with Shift already down, from the driver.
func (a *Area) shiftHeld() bool {
	if a.shift {
		return true
	}
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}

// TypedKey edits or moves the caret; with Shift held, a move extends the
// selection.
func (a *Area) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyBackspace:
		a.deleteBack(false)
	case fyne.KeyDelete:
		a.deleteForward(false)
	case fyne.KeyReturn, fyne.KeyEnter:
		s, e := a.Selection()
		a.replace(s, e, "\n")
	default:
		a.move(k.Name, a.shiftHeld())
	}
}

// deleteBack deletes the selection, or the character (word) before the caret.
func (a *Area) deleteBack(word bool) {
	s, e := a.Selection()
	if s == e {
		if word {
			s = prevWord(a.text, e)
		} else {
			s = prevChar(a.text, e)
			// Backspace takes back the last mark typed, not the letter under it.
			if q := e - lastRuneLen(a.text[:e]); q > s && isMark(a.text[q:]) {
				s = q
			}
		}
	}
	a.replace(s, e, "")
}

// deleteForward deletes the selection, or the character (word) after the caret.
func (a *Area) deleteForward(word bool) {
	s, e := a.Selection()
	if s == e {
		if word {
			e = nextWord(a.text, s)
		} else {
			e = nextChar(a.text, s)
		}
	}
	a.replace(s, e, "")
}

// move moves the caret for key name; select extends the selection.
// Without select, Left and Right first collapse a selection to its side.
func (a *Area) move(name fyne.KeyName, sel bool) {
	s, e := a.Selection()
	var to int
	up := false
	switch name {
	case fyne.KeyLeft:
		to = prevChar(a.text, a.caret)
		if !sel && s != e {
			to = s
		}
	case fyne.KeyRight:
		to = nextChar(a.text, a.caret)
		if !sel && s != e {
			to = e
		}
	case fyne.KeyHome:
		to = a.lo.lines[a.caretLine()].start
	case fyne.KeyEnd:
		to, up = a.contentEnd(a.caretLine())
	case fyne.KeyUp, fyne.KeyDown:
		a.vertical(name == fyne.KeyDown, sel)
		return
	case fyne.KeyPageUp:
		to = 0
	case fyne.KeyPageDown:
		to = len(a.text)
	default:
		return
	}
	a.moveTo(to, up, sel)
}

// moveTo puts the caret at offset to; select keeps the selection's anchor.
func (a *Area) moveTo(to int, upstream, sel bool) {
	a.caret, a.upstream, a.wantX = to, upstream, -1
	if !sel {
		a.anchor = to
	}
	a.input()
	a.caretMoved()
}

// vertical moves the caret to the line below (down) or above, keeping its
// x; from the last or first line it leaves the Area through OnLeave, or goes
// to the end or start of the text.
func (a *Area) vertical(down, sel bool) {
	i := a.caretLine()
	if a.wantX < 0 {
		a.wantX = a.xAt(i, a.caret)
	}
	x := a.wantX
	j := i - 1
	if down {
		j = i + 1
	}
	if j < 0 || j >= len(a.lo.lines) {
		if a.OnLeave != nil && !sel {
			a.OnLeave(j-i, a.m.pad+x)
			return
		}
		to := 0
		if down {
			to = len(a.text)
		}
		a.moveTo(to, false, sel)
		return
	}
	to, up := a.offsetAt(j, x)
	a.moveTo(to, up, sel)
	a.wantX = x
}

func lastRuneLen(s string) int {
	for n := 1; n <= 4 && n <= len(s); n++ {
		if b := s[len(s)-n]; b&0xc0 != 0x80 {
			return n
		}
	}
	return 1
}
