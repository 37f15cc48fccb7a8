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
// whose text changed are redrawn.
type renderer struct {
	a        *Area
	box      *canvas.Rectangle
	border   *canvas.Rectangle
	caret    *canvas.Rectangle
	texts    []*canvas.Text
	sels     []*canvas.Rectangle // the pool's rectangles in use
	pool     []*canvas.Rectangle
	objects  []fyne.CanvasObject
	fg, selc color.Color
	size     fyne.Size
}

// CreateRenderer makes the Area's renderer.
func (a *Area) CreateRenderer() fyne.WidgetRenderer {
	a.ensureMetrics()
	r := &renderer{a: a,
		box:    canvas.NewRectangle(color.Transparent),
		border: canvas.NewRectangle(color.Transparent),
		caret:  canvas.NewRectangle(color.Transparent),
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
	r.border.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	r.border.CornerRadius = r.box.CornerRadius
	r.caret.FillColor = th.Color(theme.ColorNamePrimary, v)
	r.fg = th.Color(theme.ColorNameForeground, v)
	r.selc = th.Color(theme.ColorNameSelection, v)
	r.syncFocus()
	for _, t := range r.texts {
		t.Color, t.TextSize = r.fg, r.a.m.size
	}
	for _, s := range r.pool {
		s.FillColor = r.selc
	}
}

// syncFocus colours the border for the focus.
func (r *renderer) syncFocus() {
	th := r.a.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	c := th.Color(theme.ColorNameInputBorder, v)
	if r.a.focused {
		c = th.Color(theme.ColorNamePrimary, v)
	}
	if r.border.StrokeColor != c {
		r.border.StrokeColor = c
		r.border.Refresh()
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
		if t := r.texts[i]; t.Text != s {
			// A copy: a slice would keep the whole paragraph alive, here and
			// in Fyne's texture cache.
			t.Text = strings.Clone(s)
			t.Refresh()
		}
	}
	for _, t := range r.texts[n:] {
		t.Text = ""
	}
	r.texts = r.texts[:n]
	if grown {
		r.rebuild()
	}
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

// syncCaret moves the caret and draws the selection.
func (r *renderer) syncCaret() {
	a, m := r.a, r.a.m
	i := a.caretLine()
	w := theme.InputBorderSize()
	x := min(a.xAt(i, a.caret), max(m.textWidth(r.size.Width), 0))
	r.caret.Move(fyne.NewPos(m.pad+x-w/2, m.lineTop(i)))
	r.caret.Resize(fyne.NewSize(w, m.lineH))
	if show := a.focused && a.blink.shown; show != r.caret.Visible() {
		if show {
			r.caret.Show()
		} else {
			r.caret.Hide()
		}
	}
	r.caret.Refresh()
	r.syncSelection()
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
	r.objects = append(objs, r.caret, r.border)
	canvas.Refresh(r.a)
}

// Layout sizes the box and places every line.
func (r *renderer) Layout(size fyne.Size) {
	r.size = size
	r.box.Resize(size)
	r.border.Resize(size)
	for i, t := range r.texts {
		r.placeText(t, i)
	}
	r.syncCaret()
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

// Refresh redraws everything after a theme change.
func (r *renderer) Refresh() {
	r.applyTheme()
	r.box.Refresh()
	r.syncLines()
	for _, t := range r.texts {
		t.Refresh()
	}
}

// Destroy forgets the renderer; the Area makes a new one when shown again.
func (r *renderer) Destroy() {
	if r.a.r == r {
		r.a.r = nil
	}
}
