package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// TestParagraphsGetRoomInSmallWindows lays the window out at 1024×700 and
// 1360×860: the paragraphs get well over half the centre pane in the small
// window (0.6 of it, as the conclusion, left a writer about 230 pixels),
// the large window keeps 0.6, and a divider the rapporteur dragged stays
// where they put it when the window is resized.
func TestParagraphsGetRoomInSmallWindows(t *testing.T) {
	e, _ := openSample(t, small)
	e.agenda.selectItem(2)
	split := centreOf(t, e)
	test.LaidOutObjects(e.win.Content())
	paras, concl := e.paras.object().Size().Height, e.concl.object().Size().Height
	if paras < 2*concl || paras < 400 {
		t.Errorf("at 1024×700 the paragraphs get %.0f px and the conclusion %.0f; want the paragraphs at least 400 and twice the conclusion", paras, concl)
	}
	e.win.Resize(fyne.NewSize(1360, 860))
	test.LaidOutObjects(e.win.Content())
	if split.Offset < 0.59 || split.Offset > 0.65 {
		t.Errorf("at 1360×860 the divider stands at %.2f, want about 0.6", split.Offset)
	}
	split.SetOffset(0.5) // dragged
	e.win.Resize(small)
	test.LaidOutObjects(e.win.Content())
	if split.Offset != 0.5 {
		t.Errorf("a dragged divider moved to %.2f when the window was resized", split.Offset)
	}
}

// centreOf finds the split between the paragraphs and the conclusion.
func centreOf(t *testing.T, e *Editor) *container.Split {
	t.Helper()
	for _, o := range test.LaidOutObjects(e.win.Content()) {
		if s, ok := o.(*container.Split); ok && s.Leading == e.paras.object() {
			return s
		}
	}
	t.Fatal("no split holds the paragraphs")
	return nil
}
