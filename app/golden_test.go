package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The golden screens live in testdata/*.png. A mismatch writes the new
// rendering to testdata/failed/; look at it, and if it is right, copy it
// over the golden file.

var screen = fyne.NewSize(1200, 760)

func TestScreenMain(t *testing.T) {
	e, _ := openSample(t, screen)
	e.agenda.selectItem(2)
	capture(t, e, "main.png")
}

func TestScreenConclusionBuilder(t *testing.T) {
	e, _ := openSample(t, screen)
	e.agenda.selectItem(3)
	if err := e.AddBullet(); err != nil {
		t.Fatal(err)
	}
	c := e.Item().Conclusion
	e.setBulletText(c.Bullets[len(c.Bullets)-1], "asked the Secretariat to circulate the revised guidance.")
	e.concl.refresh()
	capture(t, e, "conclusion.png")
}

func TestScreenCompare(t *testing.T) {
	e, _ := openSample(t, screen)
	if _, err := e.Freeze("issued"); err != nil {
		t.Fatal(err)
	}
	e.agenda.selectItem(1)
	p := e.Item().Paragraphs[0]
	e.setParagraphText(p, "The Chairperson presented the revised draft Agenda and explained the one change made since version a.")
	e.side.SelectIndex(4)
	if _, err := e.Compare("a", workingLabel); err != nil {
		t.Fatal(err)
	}
	capture(t, e, "compare.png")
}

// capture writes pending edits (so the status line settles on "Saved"),
// then compares the window with testdata/name.
func capture(t *testing.T, e *Editor, name string) {
	t.Helper()
	if err := e.save.flush(); err != nil {
		t.Fatal(err)
	}
	e.win.Content().Refresh()
	test.AssertImageMatches(t, name, e.win.Canvas().Capture())
}
