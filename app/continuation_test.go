package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestFirstNumbersRenumber types a first item and paragraph number into the
// meeting form and sees the agenda and the paragraph numbers follow.
func TestFirstNumbersRenumber(t *testing.T) {
	e, path := openSample(t, fyne.NewSize(1200, 760))
	test.Type(e.meeting.firstItem, "VI")
	test.Type(e.meeting.firstPara, "69")
	if e.rep.FirstItem != 6 || e.rep.FirstParagraph != 69 {
		t.Fatalf("model first item %d, paragraph %d; want 6, 69", e.rep.FirstItem, e.rep.FirstParagraph)
	}
	if !hasLabel(e.win, "VI. "+e.rep.Items[0].Title) {
		t.Errorf("agenda does not show item VI first: %q", labels(e.win))
	}
	if got := e.num.Number(0, 0); got != 69 {
		t.Errorf("first paragraph numbered %d, want 69", got)
	}
	test.Type(e.meeting.firstItem, "x") // "VIx" is no Roman numeral: ignored
	if e.rep.FirstItem != 6 {
		t.Errorf("invalid text changed the first item to %d", e.rep.FirstItem)
	}
	if err := e.save.flush(); err != nil {
		t.Fatal(err)
	}
	if r := readBack(t, path); r.FirstItem != 6 || r.FirstParagraph != 69 {
		t.Errorf("file holds first item %d, paragraph %d; want 6, 69", r.FirstItem, r.FirstParagraph)
	}
}
