package textarea

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

func TestMarksFollowEditsAndAreDrawn(t *testing.T) {
	test.NewTempApp(t)
	a := New()
	w := test.NewWindow(a)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 200))
	a.SetText("The Comittee took note of the documnt.")
	a.SetMarks([]Mark{{4, 12}, {30, 37}, {50, 60}})
	if got := a.Marks(); len(got) != 2 {
		t.Fatalf("marks %v: one past the text should be dropped", got)
	}
	rules := 0
	for _, o := range test.TempWidgetRenderer(t, a).Objects() {
		if _, ok := o.(*canvas.Line); ok {
			rules++
		}
	}
	if rules != 2 {
		t.Errorf("%d rules drawn, want 2", rules)
	}
	w.Canvas().Focus(a)
	a.SetCaret(0)
	test.Type(a, "So ")
	if got := a.Marks(); len(got) != 2 || got[0] != (Mark{7, 15}) || got[1] != (Mark{33, 40}) {
		t.Errorf("after typing before them: %v", got)
	}
	a.SetCaret(10)
	test.Type(a, "m")
	if got := a.Marks(); len(got) != 1 || got[0] != (Mark{34, 41}) {
		t.Errorf("after typing inside the first: %v", got)
	}
	if m, ok := a.MarkAt(36); !ok || m != (Mark{34, 41}) {
		t.Errorf("MarkAt(36) = %v, %v", m, ok)
	}
	a.SetText("Another text")
	if len(a.Marks()) != 0 {
		t.Errorf("a new text keeps marks %v", a.Marks())
	}
}
