package textarea

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// Mark is a span of an Area's text drawn underlined in the error colour (a
// misspelled word): the bytes [From, To) of Text. The owner sets the marks
// (SetMarks); an edit drops those it touches and moves those after it, so
// that they stay on their words until the owner sets them again.
type Mark struct{ From, To int }

// SetMarks sets the spans to underline, in order of From.
func (a *Area) SetMarks(ms []Mark) {
	a.marks = a.marks[:0]
	for _, m := range ms {
		if m.From >= 0 && m.From < m.To && m.To <= len(a.text) {
			a.marks = append(a.marks, m)
		}
	}
	if a.r != nil {
		a.r.syncMarks()
	}
}

// Marks returns the spans underlined now.
func (a *Area) Marks() []Mark { return append([]Mark(nil), a.marks...) }

// MarkAt returns the mark holding byte offset p, if any.
func (a *Area) MarkAt(p int) (Mark, bool) {
	for _, m := range a.marks {
		if m.From <= p && p <= m.To {
			return m, true
		}
	}
	return Mark{}, false
}

// shiftMarks follows an edit that replaced [from, to) by n bytes: marks
// that touch it go, marks after it move by the difference.
func (a *Area) shiftMarks(from, to, n int) {
	if len(a.marks) == 0 {
		return
	}
	d := n - (to - from)
	kept := a.marks[:0]
	for _, m := range a.marks {
		switch {
		case m.To < from:
			kept = append(kept, m)
		case m.From > to:
			kept = append(kept, Mark{m.From + d, m.To + d})
		}
	}
	a.marks = kept
}

// syncMarks draws one rule under each line's part of each mark.
func (r *renderer) syncMarks() {
	a, m := r.a, r.a.m
	c := a.Theme().Color(theme.ColorNameError, fyne.CurrentApp().Settings().ThemeVariant())
	k := 0
	for _, mk := range a.marks {
		for i := lineIndex(a.lo.lines, mk.From); i < len(a.lo.lines) && a.lo.lines[i].start < mk.To; i++ {
			l := a.lo.lines[i]
			x1, x2 := a.xAt(i, max(mk.From, l.start)), a.xAt(i, min(mk.To, l.end))
			if x2 <= x1 {
				continue
			}
			if k == len(r.mpool) {
				r.mpool = append(r.mpool, canvas.NewLine(c))
			}
			ln := r.mpool[k]
			y := m.lineTop(i) + m.lineH - 2
			p1, p2 := fyne.NewPos(m.pad+x1, y), fyne.NewPos(m.pad+x2, y)
			if ln.Position1 != p1 || ln.Position2 != p2 || ln.StrokeWidth != 1.5 || !sameColor(ln.StrokeColor, c) {
				ln.StrokeColor, ln.StrokeWidth = c, 1.5
				ln.Position1, ln.Position2 = p1, p2
				ln.Refresh() // only a rule that moved: each refresh costs a frame
			}
			k++
		}
	}
	grown := k != len(r.marks)
	r.marks = r.mpool[:k]
	if grown {
		r.rebuild()
	}
}

// contextItems are the items the owner puts first in the context menu for
// byte offset p (corrections of the word there), or none.
func (a *Area) contextItems(p int) []*fyne.MenuItem {
	if a.ContextItems == nil {
		return nil
	}
	return a.ContextItems(p)
}
