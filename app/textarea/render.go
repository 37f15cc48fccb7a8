package textarea

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// renderer draws an Area: its box, one rectangle per selected line, one
// canvas.Text per visual line and the caret. After an edit only the lines
// whose text changed are redrawn. The line with the caret is drawn word by
// word instead, so that a keystroke renders the texture of one word, not of
// a whole line: Fyne keeps every text texture for a minute after its last
// use, and a line's is ten times a word's.
type renderer struct {
	a        *Area
	box      *canvas.Rectangle // the background and the border, in one
	caret    *canvas.Rectangle // transparent while blinked off, see syncCaret
	texts    []*canvas.Text
	words    []*canvas.Text // the caret line's words: the pool's in use
	wpool    []*canvas.Text
	wordLine int                 // the line drawn by words, -1 for none
	sels     []*canvas.Rectangle // the pool's rectangles in use
	pool     []*canvas.Rectangle
	marks    []*canvas.Line // the rules under marks: the pool's in use
	mpool    []*canvas.Line
	objects  []fyne.CanvasObject
	fg, selc color.Color
	caretc   color.Color // the caret's colour when shown
	size     fyne.Size
}

// CreateRenderer makes the Area's renderer.
func (a *Area) CreateRenderer() fyne.WidgetRenderer {
	a.ensureMetrics()
	r := &renderer{a: a, wordLine: -1,
		box:   canvas.NewRectangle(color.Transparent),
		caret: canvas.NewRectangle(color.Transparent),
	}
	r.applyTheme()
	a.r = r
	r.syncLines()
	r.syncCaret()
	return r
}

func (r *renderer) applyTheme() {
	th := r.a.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.box.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.box.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.box.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	r.caretc = th.Color(theme.ColorNamePrimary, v)
	r.caret.FillColor = nil // coloured again by syncCaret
	r.fg = th.Color(theme.ColorNameForeground, v)
	r.selc = th.Color(theme.ColorNameSelection, v)
	r.syncFocus()
	for _, t := range append(r.texts, r.wpool...) {
		t.Color, t.TextSize = r.fg, r.a.m.size
	}
	for _, s := range r.pool {
		s.FillColor = r.selc
	}
}

// syncFocus colours the border for the focus. The border is the box's
// stroke, not a rectangle of its own over the box: under software GL,
// Fyne's rounded-rectangle shader runs on every pixel of a rectangle, the
// inside of a border included, so a border of its own was a second pass
// over the whole paragraph (a fifth of the window for one of 4,000
// characters: some 6 ms of CPU a frame).
func (r *renderer) syncFocus() {
	th := r.a.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	c := th.Color(theme.ColorNameInputBorder, v)
	if r.a.focused {
		c = th.Color(theme.ColorNamePrimary, v)
	}
	if !sameColor(r.box.StrokeColor, c) {
		r.box.StrokeColor = c
		r.box.Refresh()
	}
	r.syncCaret()
}

// lineText is what line i shows: its text without the newline.
func (r *renderer) lineText(i int) string {
	l := r.a.lo.lines[i]
	e := l.end
	if r.a.endsHard(i) {
		e--
	}
	return r.a.text[l.start:e]
}

// syncLines gives each visual line its canvas.Text, redrawing only those
// whose text changed.
func (r *renderer) syncLines() {
	n := len(r.a.lo.lines)
	grown := n != len(r.texts)
	for i := 0; i < n; i++ {
		s := r.lineText(i)
		if i == len(r.texts) {
			r.texts = append(r.texts, r.newText(i))
		}
		if i == r.wordLine {
			s = ""
		}
		setText(r.texts[i], s)
	}
	for _, t := range r.texts[n:] {
		t.Text = ""
	}
	r.texts = r.texts[:n]
	if r.wordLine >= n {
		r.wordLine = -1
	}
	if grown {
		r.rebuild()
	}
	r.syncWords()
	r.syncMarks()
}

// setText gives t the text s, redrawing it only when it changed. t gets a
// copy: a slice would keep the whole paragraph alive, here and in Fyne's
// texture cache.
func setText(t *canvas.Text, s string) {
	if t.Text != s {
		t.Text = strings.Clone(s)
		t.Refresh()
	}
}

// syncWords draws the caret's line word by word (and the line it left
// whole again); without the focus every line is drawn whole.
func (r *renderer) syncWords() {
	want := -1
	if r.a.focused {
		want = r.a.caretLine()
	}
	if want != r.wordLine {
		if old := r.wordLine; old >= 0 && old < len(r.texts) {
			setText(r.texts[old], r.lineText(old))
		}
		if r.wordLine = want; want >= 0 {
			setText(r.texts[want], "")
		}
	}
	k := 0
	if want >= 0 {
		k = r.layoutWords(want)
	}
	grown := k != len(r.words)
	for _, t := range r.wpool[k:] {
		t.Text = ""
	}
	r.words = r.wpool[:k]
	if grown {
		r.rebuild()
	}
}

// layoutWords places a canvas.Text on each word of line i, where the
// line's measured widths put it, and returns how many it used.
func (r *renderer) layoutWords(i int) int {
	a, m := r.a, r.a.m
	l := a.lo.lines[i]
	end, _ := a.contentEnd(i)
	k, x, at := 0, float32(0), l.tokAt
	for t := l.tok; t < len(a.lo.toks) && at < end; t++ {
		tk := a.lo.toks[t]
		from, to, w := max(at, l.start), min(at+tk.n, end), tk.w
		at += tk.n
		if tk.kind != word {
			x += w
			continue
		}
		if from != at-tk.n || to != at {
			w = m.measure(a.text[from:to]) // a word broken across lines
		}
		if k == len(r.wpool) {
			r.wpool = append(r.wpool, r.newText(0))
		}
		obj := r.wpool[k]
		setText(obj, a.text[from:to])
		if p := fyne.NewPos(m.pad+x, m.lineTop(i)); obj.Position() != p {
			obj.Move(p)
			obj.Resize(fyne.NewSize(w, m.lineH))
			obj.Refresh()
		}
		x += w
		k++
	}
	return k
}

func (r *renderer) newText(i int) *canvas.Text {
	t := canvas.NewText("", r.fg)
	t.TextSize = r.a.m.size
	r.placeText(t, i)
	return t
}

func (r *renderer) placeText(t *canvas.Text, i int) {
	m := r.a.m
	t.Move(fyne.NewPos(m.pad, m.lineTop(i)))
	t.Resize(fyne.NewSize(m.textWidth(r.size.Width), m.lineH))
}

// syncCaret moves the caret and draws the selection. A caret blinked off
// is made transparent rather than hidden, which Fyne does not draw either:
// hiding it would change the Area's visible objects, and Fyne then lays
// the whole Area out again in the next frame. Nothing is refreshed unless
// it changed, since every refresh costs a frame of the whole window.
func (r *renderer) syncCaret() {
	a, m := r.a, r.a.m
	i := a.caretLine()
	w := theme.InputBorderSize()
	x := min(a.xAt(i, a.caret), max(m.textWidth(r.size.Width), 0))
	pos, size := fyne.NewPos(m.pad+x-w/2, m.lineTop(i)), fyne.NewSize(w, m.lineH)
	c := color.Color(color.Transparent)
	if a.focused && a.blink.shown {
		c = r.caretc
	}
	if pos != r.caret.Position() || size != r.caret.Size() || !sameColor(c, r.caret.FillColor) {
		r.caret.Move(pos)
		r.caret.Resize(size)
		r.caret.FillColor = c
		r.caret.Refresh()
	}
	r.syncSelection()
	r.syncWords()
}

// sameColor reports whether a and b are the same colour; nil is none.
func sameColor(a, b color.Color) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

// syncSelection puts one rectangle behind each selected part of a line.
func (r *renderer) syncSelection() {
	a, m := r.a, r.a.m
	s, e := a.Selection()
	k := 0
	if s != e {
		for i := lineIndex(a.lo.lines, s); i < len(a.lo.lines) && a.lo.lines[i].start < e; i++ {
			l := a.lo.lines[i]
			from, to := max(s, l.start), min(e, l.end)
			x1 := a.xAt(i, from)
			x2 := a.xAt(i, to)
			if to == l.end && e > l.end-1 && a.endsHard(i) {
				x2 += m.space // the newline is selected too
			}
			if x2 <= x1 {
				continue
			}
			r.selection(k).Move(fyne.NewPos(m.pad+x1, m.lineTop(i)))
			r.selection(k).Resize(fyne.NewSize(x2-x1, m.lineH))
			k++
		}
	}
	grown := k != len(r.sels)
	r.sels = r.pool[:k]
	for _, rect := range r.sels {
		rect.Refresh()
	}
	if grown {
		r.rebuild()
	}
}

func (r *renderer) selection(k int) *canvas.Rectangle {
	if k == len(r.pool) {
		r.pool = append(r.pool, canvas.NewRectangle(r.selc))
	}
	return r.pool[k]
}

// rebuild lists the objects again after lines or selection rectangles were
// added or removed.
func (r *renderer) rebuild() {
	objs := r.objects[:0]
	objs = append(objs, r.box)
	for _, s := range r.sels {
		objs = append(objs, s)
	}
	for _, t := range r.texts {
		objs = append(objs, t)
	}
	for _, t := range r.words {
		objs = append(objs, t)
	}
	for _, l := range r.marks {
		objs = append(objs, l)
	}
	r.objects = append(objs, r.caret)
	canvas.Refresh(r.a)
}

// Layout sizes the box and places every line. Fyne lays an Area out
// again, at the same size, whenever one of its lines changed its width;
// nothing moves then, and nothing is refreshed, else each frame would ask
// for another.
func (r *renderer) Layout(size fyne.Size) {
	if size == r.size {
		return
	}
	r.size = size
	r.place()
}

// place puts the box, every line, the caret and the marks where the size
// and the metrics put them.
func (r *renderer) place() {
	r.box.Resize(r.size)
	for i, t := range r.texts {
		r.placeText(t, i)
	}
	r.wordLine = -1 // placed again
	r.syncCaret()
	r.syncMarks()
}

// MinSize is the Area's.
func (r *renderer) MinSize() fyne.Size { return r.a.MinSize() }

// Objects returns what is drawn, back to front.
func (r *renderer) Objects() []fyne.CanvasObject {
	if len(r.objects) == 0 {
		r.rebuild()
	}
	return r.objects
}

// Refresh redraws everything after a theme change, whose sizes may have
// moved every line.
func (r *renderer) Refresh() {
	r.applyTheme()
	r.box.Refresh()
	r.syncLines()
	r.place()
	for _, t := range append(r.texts, r.words...) {
		t.Refresh()
	}
}

// Destroy forgets the renderer; the Area makes a new one when shown again.
func (r *renderer) Destroy() {
	if r.a.r == r {
		r.a.r = nil
	}
}
