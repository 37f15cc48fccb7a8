package draft

import (
	"slices"
	"testing"
)

// TestRebuildAfterAgendaChanges edits a built block by hand, changes the
// agenda (a category changed, a sub-item deleted, one renamed, one added)
// and checks that the rebuild updates the built bullets and keeps every
// bullet edited or written by hand, in its place.
func TestRebuildAfterAgendaChanges(t *testing.T) {
	r := New()
	it := updatesItem(r)
	Rebuild(r, it, BuildOptions{})
	c := it.Conclusion
	if c == nil || len(c.Bullets) != 5 {
		t.Fatalf("first build: got %v, want a conclusion of 5 bullets", c)
	}
	// The rapporteur's work: a bullet added by hand after the first, a verb
	// changed on the first decision bullet, a closing bullet by hand.
	h1, _ := r.InsertBullet(c, 1, "welcomed the progress made;")
	SetVerb(c.Bullets[3], "approved")
	edited := c.Bullets[3]
	h2, _ := r.InsertBullet(c, len(c.Bullets), "agreed to continue the work.")
	editedText := edited.Text

	// The agenda changes.
	s := it.SubItems
	s[1].Category = "For decision"
	s[6].Title = "Report from the 71st Team Meeting (TM), 1 December 2024"
	if _, err := it.DeleteSubItem(2); err != nil {
		t.Fatal(err)
	}
	r.InsertSubItem(it, len(it.SubItems), "Report of the Auditors", "For decision")

	Rebuild(r, it, BuildOptions{})
	want := []string{
		"welcomed the progress made",
		"took note of the report from the 90th Session of the Commission",
		"endorsed the report from the 150th Session of the Council",
		"took note of the oral report on the Innovation Forum and the report from the 70th Team Meeting (TM)",
		editedText,
		"endorsed the report from the 71st Team Meeting (TM), including the updated TM Work Programme and the updated Maintenance Procedure",
		"provided guidance on the oral report from the 8th Meeting of the Travel Working Group (TWG) and other developments",
		"endorsed the report of the Auditors",
		"agreed to continue the work",
	}
	if got := bulletTexts(c.Bullets); !slices.Equal(got, want) {
		t.Fatalf("after rebuild:\n got %q\nwant %q", got, want)
	}
	if c.Bullets[0] != h1 || c.Bullets[4] != edited || c.Bullets[8] != h2 {
		t.Errorf("hand and edited bullets lost their identity or place")
	}
	if !edited.Edited || edited.Text != "approved the report from the 7th Meeting of the Travel Working Group (TWG), including the TWG Work Programme 2024-2026" {
		t.Errorf("edited bullet = %+v, want the approved text kept and marked edited", *edited)
	}
	p := c.Punctuated()
	if p[7] != "endorsed the report of the Auditors; and" || p[8] != "agreed to continue the work." {
		t.Errorf("punctuation of the last two = %q, %q", p[7], p[8])
	}
}

func TestRebuildIsStable(t *testing.T) {
	r := New()
	it := commerceItem(r)
	it.Category = "For discussion"
	Rebuild(r, it, BuildOptions{})
	first := slices.Clone(it.Conclusion.Bullets)
	firstTexts := bulletTexts(first)
	Rebuild(r, it, BuildOptions{})
	if !slices.Equal(it.Conclusion.Bullets, first) || !slices.Equal(bulletTexts(it.Conclusion.Bullets), firstTexts) {
		t.Errorf("second rebuild changed the block: %q, want %q", bulletTexts(it.Conclusion.Bullets), firstTexts)
	}
}

func TestRebuildLeavesHandWrittenBlock(t *testing.T) {
	r := New()
	it := updatesItem(r)
	c := r.AddConclusion(it)
	r.InsertBullet(c, 0, "took note of the reports from the relevant meetings;")
	r.InsertBullet(c, 1, "expressed its concern.")
	before := bulletTexts(c.Bullets)
	Rebuild(r, it, BuildOptions{})
	if got := bulletTexts(c.Bullets); !slices.Equal(got, before) {
		t.Errorf("hand-written block changed: got %q, want %q", got, before)
	}
	if !WrittenByHand(c) {
		t.Errorf("WrittenByHand = false for a block with no built bullet")
	}
	Rebuild(r, it, BuildOptions{IntoHandWritten: true})
	got := bulletTexts(c.Bullets)
	if len(got) != len(before)+5 || !slices.Equal(got[5:], before) || c.Bullets[0].Rule == "" {
		t.Errorf("IntoHandWritten: got %q, want the 5 built bullets first, then the hand-written ones in order", got)
	}
}

func TestRebuildDropsDuplicatesAndStaleRules(t *testing.T) {
	r := New()
	it, _ := r.InsertItem(0, "Finance")
	it.Category = "For decision"
	c := r.AddConclusion(it)
	key := RuleItem(it.ID)
	c.Bullets = []*Bullet{
		{ID: r.NewID(), Text: "old", Rule: key},
		{ID: r.NewID(), Text: "copy", Rule: key},
		{ID: r.NewID(), Text: "stale", Rule: "sub:999"},
		{ID: r.NewID(), Text: "kept stale", Rule: "sub:998", Edited: true},
	}
	Rebuild(r, it, BuildOptions{})
	want := []string{"endorsed the finance", "kept stale"}
	if got := bulletTexts(c.Bullets); !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRebuildCreatesConclusion(t *testing.T) {
	r := New()
	it, _ := r.InsertItem(0, "Closing")
	Rebuild(r, it, BuildOptions{})
	if it.Conclusion == nil || len(it.Conclusion.Bullets) != 0 {
		t.Errorf("conclusion = %+v, want an empty block", it.Conclusion)
	}
}
