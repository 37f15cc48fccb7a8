package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// wrapLayout lays a toolbar's buttons out left to right and, where the
// pane is too narrow for one row, on as many rows as it takes, so that
// every button stays in sight (in a horizontal scroller the last ones were
// cut off in a 1024-wide window). Its height follows the rows of the
// width it was last given: when that changes, changed redraws the pane
// around it, which then gives it the new height.
type wrapLayout struct {
	rows    int
	changed func()
}

// newWrap returns a container that wraps objs; parent, when not nil, is
// called to lay the pane holding it out again.
func newWrap(parent func() fyne.CanvasObject, objs ...fyne.CanvasObject) *fyne.Container {
	l := &wrapLayout{rows: 1}
	l.changed = func() {
		if p := parent(); p != nil {
			do(p.Refresh)
		}
	}
	return container.New(l, objs...)
}

// MinSize is the widest button wide and the rows tall.
func (l *wrapLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		w, h = max(w, m.Width), max(h, m.Height)
	}
	rows := float32(max(1, l.rows))
	return fyne.NewSize(w, rows*h+(rows-1)*theme.Padding())
}

// Layout places the buttons row by row within size's width.
func (l *wrapLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	var x, y, rowH float32
	rows := 1
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > size.Width {
			x, y, rows = 0, y+rowH+pad, rows+1
			rowH = 0
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(m)
		x += m.Width + pad
		rowH = max(rowH, m.Height)
	}
	if rows != l.rows && size.Width > 0 {
		l.rows = rows
		if l.changed != nil {
			l.changed()
		}
	}
}
