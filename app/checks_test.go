package app

import (
	"testing"

	"rapporteur/draft"
)

// hasFindingOn reports whether fs has a finding on item number item.
func hasFindingOn(fs []draft.Finding, item string) bool {
	for _, f := range fs {
		if f.Item == item {
			return true
		}
	}
	return false
}

// TestChecksRenewedWhenShown adds an item for decision whose conclusion
// decides nothing, which the checks report. With the Checks tab hidden the edit only marks the
// findings stale; opening the tab renews them in the background, and while
// it is shown the next edit renews them again.
func TestChecksRenewedWhenShown(t *testing.T) {
	e, _ := openSample(t, big)
	e.side.Select(e.checksTab)
	waitFor(t, "the first findings", func() bool { return !e.checks.stale })
	e.side.Select(e.meetingTab)
	if err := e.AddItem("Customs data model"); err != nil {
		t.Fatal(err)
	}
	if err := e.SetDetails(e.item, -1, Details{Title: "Customs data model", Category: "For decision"}); err != nil {
		t.Fatal(err)
	}
	if err := e.AddBullet(); err != nil {
		t.Fatal(err)
	}
	e.setBulletText(e.Item().Conclusion.Bullets[0], "took note of the draft data model")
	item := draft.Roman(e.item + 1)
	if !e.checks.stale || hasFindingOn(e.checks.found, item) {
		t.Fatalf("an edit with the tab hidden ran the checks")
	}
	e.side.Select(e.checksTab)
	waitFor(t, "the findings on the new item", func() bool {
		return !e.checks.stale && hasFindingOn(e.checks.found, item)
	})
	e.agenda.selectItem(e.item)
	if err := e.DeleteSelected(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the findings without it", func() bool {
		return !e.checks.stale && !hasFindingOn(e.checks.found, item)
	})
}
