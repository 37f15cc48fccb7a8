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

// TestScreenSubItems is an item discussed in turn: each sub-item's heading
// (category line, letter and title, documents, presentations) stands above
// its paragraphs.
func TestScreenSubItems(t *testing.T) {
	e, _ := openSample(t, screen)
	e.agenda.selectItem(3)
	capture(t, e, "subitems.png")
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

// TestScreenCompare is the comparison in the editing area: a venue
// changed, a paragraph edited, one added before another that is renumbered
// and edited.
func TestScreenCompare(t *testing.T) {
	e := edited(t, screen)
	e.meeting.entries[5].SetText("Porto")
	if _, err := e.Compare("a", workingLabel); err != nil {
		t.Fatal(err)
	}
	capture(t, e, "compare.png")
}

// TestScreenStart is the start page of a first launch.
func TestScreenStart(t *testing.T) {
	e, w, _ := freshEditor(t, screen)
	if err := e.Start(nil); err != nil {
		t.Fatal(err)
	}
	w.Content().Refresh()
	test.AssertImageMatches(t, "start.png", w.Canvas().Capture())
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
