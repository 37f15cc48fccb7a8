package textarea

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// newArea shows an Area holding text in a test window w wide and gives it
// the focus.
func newArea(t testing.TB, text string, w float32) (*Area, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	stopBlinking(t)
	a := New()
	a.SetText(text)
	win := test.NewWindow(a)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, 600))
	t.Cleanup(win.Close)
	win.Canvas().Focus(a)
	return a, win
}

// stopBlinking replaces the blink timer with one that never fires, for the
// length of the test.
func stopBlinking(t testing.TB) {
	old := after
	after = func(time.Duration, func()) func() { return func() {} }
	t.Cleanup(func() { after = old })
}

func key(a *Area, name fyne.KeyName) { a.TypedKey(&fyne.KeyEvent{Name: name}) }

// shiftKey presses name with Shift held, as the window delivers it.
func shiftKey(a *Area, name fyne.KeyName) {
	a.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	key(a, name)
	a.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

func ctrl(a *Area, name fyne.KeyName, extra fyne.KeyModifier) {
	a.TypedShortcut(&desktop.CustomShortcut{KeyName: name, Modifier: fyne.KeyModifierShortcutDefault | extra})
}

// posOf returns the point of the Area where offset p is drawn.
func posOf(a *Area, p int) fyne.Position {
	i := lineIndex(a.lo.lines, p)
	return fyne.NewPos(a.m.pad+a.xAt(i, p), a.m.lineTop(i)+a.m.lineH/2)
}

// shownLines returns the texts the Area's canvas.Text objects show, line
// by line; the line drawn word by word is its words one space apart.
func shownLines(a *Area) []string {
	var out []string
	for i, t := range a.r.texts {
		s := t.Text
		if i == a.r.wordLine {
			var ws []string
			for _, w := range a.r.words {
				ws = append(ws, w.Text)
			}
			s = strings.Join(ws, " ")
		}
		out = append(out, s)
	}
	return out
}

// wantLines returns what the Area's lines should show, broken from scratch
// (the line drawn word by word with its words one space apart).
func wantLines(a *Area) []string {
	lines := a.wrapper().wrapAll(a.text).lines
	var out []string
	for i, l := range lines {
		e := l.end
		if e > l.start && a.text[e-1] == '\n' {
			e--
		}
		s := a.text[l.start:e]
		if i == a.r.wordLine {
			s = strings.Join(strings.Fields(s), " ")
		}
		out = append(out, s)
	}
	return out
}

type desktopMouse struct {
	pos fyne.Position
	mod fyne.KeyModifier
}

func (m *desktopMouse) event() *desktop.MouseEvent {
	return &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: m.pos}, Button: desktop.MouseButtonPrimary, Modifier: m.mod}
}
