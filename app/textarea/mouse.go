package textarea

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// tripleClick is how soon after a double click another click selects the
// whole paragraph line.
const tripleClick = 500 * time.Millisecond

// MouseDown takes the focus and puts the caret under the pointer; with
// Shift held it extends the selection there instead.
func (a *Area) MouseDown(m *desktop.MouseEvent) {
	a.requestFocus()
	if m.Button != desktop.MouseButtonPrimary {
		return
	}
	if !a.doubleTappedAt.IsZero() && now().Sub(a.doubleTappedAt) < tripleClick {
		a.doubleTappedAt = time.Time{}
		s, e := hardLine(a.text, a.caret)
		a.Select(s, e)
		a.input()
		return
	}
	at, up := a.offsetAtPos(m.Position)
	a.moveTo(at, up, a.shift || m.Modifier&fyne.KeyModifierShift != 0)
}

// MouseUp does nothing: the caret was placed when the button went down.
func (a *Area) MouseUp(*desktop.MouseEvent) {}

// Dragged extends the selection to the pointer.
func (a *Area) Dragged(d *fyne.DragEvent) {
	at, up := a.offsetAtPos(d.Position)
	a.moveTo(at, up, true)
}

// DragEnd ends a selection by dragging.
func (a *Area) DragEnd() {}

// DoubleTapped selects the word under the pointer (where the first click
// put the caret).
func (a *Area) DoubleTapped(*fyne.PointEvent) {
	s, e := wordAt(a.text, a.caret)
	a.Select(s, e)
	a.doubleTappedAt = now()
	a.input()
}

// TappedSecondary offers Cut, Copy, Paste and Select All in a menu.
func (a *Area) TappedSecondary(pe *fyne.PointEvent) {
	a.requestFocus()
	c := fyne.CurrentApp().Driver().CanvasForObject(a)
	if c == nil {
		return
	}
	clip := fyne.CurrentApp().Clipboard()
	var items []*fyne.MenuItem
	p, _ := a.offsetAtPos(pe.Position)
	if first := a.contextItems(p); len(first) > 0 {
		items = append(first, fyne.NewMenuItemSeparator())
	}
	menu := fyne.NewMenu("", append(items,
		fyne.NewMenuItem("Cut", func() { a.cut(clip) }),
		fyne.NewMenuItem("Copy", func() { a.copy(clip) }),
		fyne.NewMenuItem("Paste", func() { a.paste(clip) }),
		fyne.NewMenuItem("Select All", func() { a.Select(0, len(a.text)) }),
	)...)
	widget.ShowPopUpMenuAtPosition(menu, c, pe.AbsolutePosition)
}

// offsetAtPos returns the offset nearest to point p of the Area.
func (a *Area) offsetAtPos(p fyne.Position) (int, bool) {
	a.ensureMetrics()
	i := a.m.lineAtY(p.Y)
	if p.Y < 0 {
		return 0, false
	}
	if i >= len(a.lo.lines) {
		return len(a.text), false
	}
	return a.offsetAt(i, p.X-a.m.pad)
}
