package textarea

import (
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Declare conformity with the interfaces Area implements. It is not
// Scrollable, so the mouse wheel scrolls whatever holds it.
var (
	_ fyne.Focusable         = (*Area)(nil)
	_ fyne.Tabbable          = (*Area)(nil)
	_ fyne.Shortcutable      = (*Area)(nil)
	_ fyne.Draggable         = (*Area)(nil)
	_ fyne.DoubleTappable    = (*Area)(nil)
	_ fyne.SecondaryTappable = (*Area)(nil)
	_ desktop.Mouseable      = (*Area)(nil)
	_ desktop.Keyable        = (*Area)(nil)
	_ desktop.Cursorable     = (*Area)(nil)
)

// Edit describes one change to an Area's text: the bytes [At, At+len(Old))
// of the text before it were replaced by New.
type Edit struct {
	At       int
	Old, New string
}

// Area is a word-wrapping editor of one plain text (a paragraph). Offsets
// in its API are byte offsets into Text. Its methods run on the Fyne UI
// goroutine.
type Area struct {
	widget.BaseWidget

	// OnChanged is called after every edit by the user, with the new text.
	OnChanged func(text string)
	// OnEdit, when set, is called after OnChanged with what the edit changed.
	OnEdit func(Edit)
	// OnFocus is called when the Area gains (true) or loses the focus.
	OnFocus func(focused bool)
	// OnLines is called when the number of visual lines changes, so that
	// whatever holds the Area can give it the height Height reports.
	OnLines func(lines int)
	// OnCaret is called when the caret moves or the text changes, with the
	// top and bottom of the caret's line in the Area's coordinates.
	OnCaret func(top, bottom float32)
	// OnLeave, when set, is called for Up on the first visual line (dir -1)
	// and Down on the last (dir +1), with the caret's x, instead of moving
	// the caret to the start or end of the text.
	OnLeave func(dir int, x float32)
	// PassShortcut gets every shortcut first; when it reports true the
	// shortcut was the window's and the Area does nothing with it. Shortcuts
	// that neither it nor the Area handle go to the canvas.
	PassShortcut func(fyne.Shortcut) bool
	// ContextItems, when set, gives the items put first in the context
	// menu opened at byte offset p (corrections of a misspelled word).
	ContextItems func(p int) []*fyne.MenuItem

	text           string
	lo             layout  // the text's tokens and visual lines
	width          float32 // the width lines were broken to; 0 before layout
	caret, anchor  int     // the selection is between them
	upstream       bool    // a caret at a line boundary shows at the end of the line before
	wantX          float32 // x that Up and Down keep, -1 for the caret's
	focused        bool
	shift          bool
	lastInput      time.Time
	doubleTappedAt time.Time
	m              metrics
	r              *renderer
	blink          blinker
	marks          []Mark // spans underlined (see marks.go)
}

// New returns an empty Area.
func New() *Area {
	a := &Area{wantX: -1}
	a.ExtendBaseWidget(a)
	a.lo.lines = []line{{}}
	return a
}

// Text returns the text.
func (a *Area) Text() string { return a.text }

// SetText replaces the text without reporting an edit; the caret and
// selection keep their offsets as far as the new text allows.
func (a *Area) SetText(s string) {
	if s == a.text {
		return
	}
	a.text = s
	a.marks = a.marks[:0]
	a.caret, a.anchor = a.clamp(a.caret), a.clamp(a.anchor)
	a.upstream, a.wantX = false, -1
	a.rewrapAll()
}

// Caret returns the caret's offset.
func (a *Area) Caret() int { return a.caret }

// Anchor returns the offset the selection started from: the other end of
// the selection from the caret (the caret's own offset when none).
func (a *Area) Anchor() int { return a.anchor }

// SetCaret moves the caret to offset at (clamped to the text) and clears
// the selection.
func (a *Area) SetCaret(at int) { a.Select(at, at) }

// Select selects the text between offsets from and to; the caret is at to.
func (a *Area) Select(from, to int) {
	a.anchor, a.caret, a.upstream, a.wantX = a.clamp(from), a.clamp(to), false, -1
	a.caretMoved()
}

// Selection returns the selected bytes [start, end); start == end when
// nothing is selected.
func (a *Area) Selection() (start, end int) {
	if a.anchor < a.caret {
		return a.anchor, a.caret
	}
	return a.caret, a.anchor
}

// SelectedText returns the selected text.
func (a *Area) SelectedText() string {
	s, e := a.Selection()
	return a.text[s:e]
}

// Lines returns the number of visual lines the text takes.
func (a *Area) Lines() int { return len(a.lo.lines) }

// LineHeight returns the height of one visual line.
func (a *Area) LineHeight() float32 {
	a.ensureMetrics()
	return a.m.lineH
}

// Focused reports whether the Area has the focus.
func (a *Area) Focused() bool { return a.focused }

// CaretX returns the x of the caret in the Area's coordinates.
func (a *Area) CaretX() float32 {
	i := a.caretLine()
	return a.m.pad + a.xAt(i, a.caret)
}

// PlaceCaret puts the caret on the first (dir +1) or last (dir -1) visual
// line, nearest to x: where a caret arrives from the paragraph before or
// after.
func (a *Area) PlaceCaret(dir int, x float32) {
	i := 0
	if dir < 0 {
		i = len(a.lo.lines) - 1
	}
	a.ensureMetrics()
	at, up := a.offsetAt(i, x-a.m.pad)
	a.SetCaret(at)
	a.upstream, a.wantX = up, x-a.m.pad
	a.caretMoved()
}

// AcceptsTab reports false: Tab moves the focus on.
func (a *Area) AcceptsTab() bool { return false }

// Cursor returns the text cursor for the pointer over the Area.
func (a *Area) Cursor() desktop.Cursor { return desktop.TextCursor }

// MinSize is the height of the Area's lines at its width.
func (a *Area) MinSize() fyne.Size {
	a.ensureMetrics()
	return fyne.NewSize(2*a.m.pad+a.m.lineH, a.m.height(len(a.lo.lines)))
}

// Resize breaks the text again when the width changes.
func (a *Area) Resize(s fyne.Size) {
	a.BaseWidget.Resize(s)
	a.ensureMetrics()
	if w := a.m.textWidth(s.Width); w != a.width {
		a.width = w
		a.rewrapAll()
	}
}

// Refresh takes up the theme's sizes again (breaking the text again when
// they changed) and redraws everything.
func (a *Area) Refresh() {
	if m := themeMetrics(a.Theme()); m != a.m {
		a.m = m
		if a.Size().Width > 0 {
			a.width = a.m.textWidth(a.Size().Width)
		}
		a.rewrapAll()
	}
	a.BaseWidget.Refresh()
}

func (a *Area) ensureMetrics() {
	if a.m.lineH == 0 {
		a.m = themeMetrics(a.Theme())
	}
}

// themeMetrics returns the sizes text is laid out with in theme th.
func themeMetrics(th fyne.Theme) metrics {
	size := th.Size(theme.SizeNameText)
	st := fyne.TextStyle{}
	return metrics{
		size:  size,
		style: st,
		lineH: fyne.MeasureText("Mg", size, st).Height,
		pad:   th.Size(theme.SizeNameInnerPadding),
		space: fyne.MeasureText(" ", size, st).Width,
	}
}

func (a *Area) wrapper() *wrapper {
	a.ensureMetrics()
	w := a.width
	if w <= 0 {
		w = 1 << 20 // not laid out yet: one line per hard line
	}
	return a.m.wrapper(w)
}

// rewrapAll breaks the whole text again.
func (a *Area) rewrapAll() {
	n := len(a.lo.lines)
	a.lo = a.wrapper().wrapAll(a.text)
	a.textChanged(n)
}

// replace replaces the bytes [from, to) with s as the user's edit: the
// lines are broken again from the edit on, the caret goes after s and the
// edit is reported.
func (a *Area) replace(from, to int, s string) {
	if from == to && s == "" {
		return
	}
	old := a.text[from:to]
	a.text = a.text[:from] + s + a.text[to:]
	a.shiftMarks(from, to, len(s))
	n := len(a.lo.lines)
	a.lo = a.wrapper().rewrap(a.lo, a.text, from, to, len(s))
	a.caret, a.anchor, a.upstream, a.wantX = from+len(s), from+len(s), false, -1
	a.input()
	if a.OnChanged != nil {
		a.OnChanged(a.text)
	}
	if a.OnEdit != nil {
		a.OnEdit(Edit{At: from, Old: old, New: s})
	}
	a.textChanged(n)
}

// textChanged redraws after the text or its lines changed; n is the number
// of lines before.
func (a *Area) textChanged(n int) {
	if a.r != nil {
		a.r.syncLines()
	}
	// The height first, so that whatever keeps the caret in view knows it.
	if len(a.lo.lines) != n && a.OnLines != nil {
		a.OnLines(len(a.lo.lines))
	}
	a.caretMoved()
}

// caretMoved redraws the caret and selection and reports where the caret is.
func (a *Area) caretMoved() {
	if a.r != nil {
		a.r.syncCaret()
	}
	if a.OnCaret != nil {
		a.OnCaret(a.CaretBounds())
	}
}

// CaretBounds returns the top and bottom of the caret's line, with the
// padding around the text, in the Area's coordinates.
func (a *Area) CaretBounds() (top, bottom float32) {
	a.ensureMetrics()
	y := a.m.lineTop(a.caretLine())
	return y - a.m.pad, y + a.m.lineH + a.m.pad
}

// clamp returns p within the text, moved back to the start of a character.
func (a *Area) clamp(p int) int {
	p = max(0, min(p, len(a.text)))
	for p > 0 && p < len(a.text) && !utf8.RuneStart(a.text[p]) {
		p--
	}
	return p
}

// Height returns the height an Area w wide needs to show text with the
// current theme, for whatever sizes rows before their Area is shown.
func Height(text string, w float32) float32 {
	m := themeMetrics(theme.Current())
	return m.height(len(m.wrapper(m.textWidth(w)).wrapAll(text).lines))
}
