package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// centreSplit lays out the split between the paragraphs and the
// conclusion: its divider stands where the height of the window wants it
// (paraShare), so that a small window still leaves the paragraphs room to
// write in, until the rapporteur drags it; from then on it stays where they
// put it.
type centreSplit struct {
	split *container.Split
	set   float64 // the offset last chosen here; -1 before the first layout
}

// newCentreSplit puts the paragraphs above the conclusion.
func newCentreSplit(paras, concl fyne.CanvasObject) fyne.CanvasObject {
	s := container.NewVSplit(paras, concl)
	l := &centreSplit{split: s, set: -1}
	return container.New(l, s)
}

// Layout chooses the divider for height size.Height, unless the rapporteur
// moved it, and lays the split out.
func (l *centreSplit) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	if l.set < 0 || l.split.Offset == l.set {
		if off := paraShare(size.Height); off != l.split.Offset {
			l.split.Offset = off
			l.split.Refresh()
		}
		l.set = l.split.Offset
	}
	l.split.Move(fyne.Position{})
	l.split.Resize(size)
}

// MinSize is the split's.
func (l *centreSplit) MinSize(_ []fyne.CanvasObject) fyne.Size { return l.split.MinSize() }

// paraShare is the part of a centre pane h high that the paragraphs get:
// 0.6 from 800 pixels up, as on a large screen, rising to 0.76 at 600 and
// below, where the conclusion keeps its heading, lead-in and a bullet in
// view and the paragraphs get the rest.
func paraShare(h float32) float64 {
	const low, high, most, least = 600, 800, 0.76, 0.6
	switch {
	case h <= low:
		return most
	case h >= high:
		return least
	}
	return most - (most-least)*float64(h-low)/(high-low)
}
