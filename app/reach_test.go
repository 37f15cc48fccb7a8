package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// small is the smallest window the window is made for: a 1024×768 screen
// less the desktop's panels.
var small = fyne.NewSize(1024, 700)

// unreachable lists what a rapporteur could not reach in the window: every
// control (anything tappable or focusable) must lie inside the window, or
// inside a scroller that does; and the content must not need more room
// than the window has, or the desktop makes the window bigger than the
// screen.
func unreachable(w fyne.Window) []string {
	var out []string
	content := w.Content()
	if m := content.MinSize(); m.Width > small.Width || m.Height > small.Height {
		out = append(out, fmt.Sprintf("the content needs %v, more than %v", m, small))
	}
	test.LaidOutObjects(content)
	size := w.Canvas().Size()
	inside := func(pos fyne.Position, s fyne.Size) bool {
		return pos.X >= -1 && pos.Y >= -1 && pos.X+s.Width <= size.Width+1 && pos.Y+s.Height <= size.Height+1
	}
	var walk func(o fyne.CanvasObject, at fyne.Position, scrolled bool)
	walk = func(o fyne.CanvasObject, at fyne.Position, scrolled bool) {
		if !o.Visible() || o.Size().IsZero() {
			return
		}
		pos := at.Add(o.Position())
		_, tappable := o.(fyne.Tappable)
		_, focusable := o.(fyne.Focusable)
		if (tappable || focusable) && !scrolled && !inside(pos, o.Size()) {
			out = append(out, fmt.Sprintf("%T at %v size %v", o, pos, o.Size()))
		}
		if _, ok := o.(*container.Scroll); ok {
			if !scrolled && !inside(pos, o.Size()) {
				out = append(out, fmt.Sprintf("a scroller at %v size %v", pos, o.Size()))
			}
			scrolled = true
		}
		var children []fyne.CanvasObject
		switch c := o.(type) {
		case *fyne.Container:
			children = c.Objects
		case fyne.Widget:
			children = test.WidgetRenderer(c).Objects()
		}
		for _, ch := range children {
			walk(ch, pos, scrolled)
		}
	}
	walk(content, fyne.Position{}, false)
	return out
}

func TestEverythingReachableAt1024x700(t *testing.T) {
	e, w, _ := freshEditor(t, small)
	e.ShowStart()
	check := func(what string) {
		t.Helper()
		for _, s := range unreachable(w) {
			t.Errorf("%s: %s", what, s)
		}
	}
	check("start page")
	ed := edited(t, small)
	w = ed.win
	for i, ti := range ed.side.Items {
		ed.side.SelectIndex(i)
		check("tab " + ti.Text)
	}
	for i := range ed.rep.Items {
		ed.agenda.selectItem(i)
		check("item " + ed.rep.ItemNumber(i))
	}
	if err := ed.ShowComparison(); err != nil {
		t.Fatal(err)
	}
	check("comparison")
	ed.compare.step(1)
	ed.compare.showEditor()
	check("editor with the review bar")
}
