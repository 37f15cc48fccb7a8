package draft

import (
	"reflect"
	"testing"
)

// reading builds one reading of a received document as the importer gives
// it: a report of its own, with IDs of its own.
func reading(t *testing.T, texts ...string) *Report {
	t.Helper()
	r := New()
	r.Reserve(100) // IDs apart from the other reading's
	it, err := r.InsertItem(0, "Reports")
	if err != nil {
		t.Fatal(err)
	}
	for k, s := range texts {
		if _, err := r.InsertParagraph(it, k, 0, s); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

// TestPairReadings pairs a received document's two readings: the
// comparison shows each tracked change once, as the right kind, with its
// author, even a paragraph rewritten beyond what content matching pairs.
func TestPairReadings(t *testing.T) {
	rej := reading(t, "The Secretariat introduced the report.", "A paragraph the delegation deleted.",
		"Members welcomed the report.", "The Chair closed the item.")
	acc := reading(t, "The Secretariat introduced the revised report.", "A paragraph the delegation added.",
		"Members welcomed the report.", "Everything was said differently here, with no word in common.")
	unplaced := PairReadings(rej, acc, []ReceivedParagraph{
		{Rejected: "The Secretariat introduced the report.", Accepted: "The Secretariat introduced the revised report.", Authors: []string{"Ana"}, Date: "2031-03-05T10:00:00Z"},
		{Rejected: "ITEM I – Reports", Accepted: "ITEM I – Reports", Comments: []Note{{Kind: NoteComment, Text: "On the heading."}}},
		{Accepted: "A paragraph the delegation added.", Authors: []string{"Bob"}},
		{Rejected: "A paragraph the delegation deleted.", Authors: []string{"Carla"}},
		{Rejected: "Members welcomed the report.", Accepted: "Members welcomed the report.",
			Comments: []Note{{Kind: NoteComment, Author: "Dan", Text: "Which report?"}}},
		{Rejected: "The Chair closed the item.", Accepted: "4. Everything was said differently here, with no word in common.", Authors: []string{"Ana", "Bob"}},
	})
	type got struct {
		kind    ChangeKind
		old     int
		new     int
		authors []string
	}
	var changes []got
	for _, ch := range Compare(rej, acc).Changes {
		changes = append(changes, got{ch.Kind, ch.Old, ch.New, ch.Authors})
	}
	want := []got{{Changed, 1, 1, []string{"Ana"}}, {Deleted, 2, 0, []string{"Carla"}}, {Added, 0, 2, []string{"Bob"}}, {Changed, 4, 4, []string{"Ana", "Bob"}}}
	if !reflect.DeepEqual(changes, want) {
		t.Errorf("changes\n got %+v\nwant %+v", changes, want)
	}
	if n := acc.Items[0].Paragraphs[2].Notes; len(n) != 1 || n[0].Text != "Which report?" {
		t.Errorf("comment notes %+v", n)
	}
	if len(unplaced) != 1 || unplaced[0].Text != "On the heading." {
		t.Errorf("unplaced comments %+v, want the heading's", unplaced)
	}
	if err := acc.Validate(); err != nil {
		t.Error(err)
	}
}

// TestAdoptPair brings a received pair into the report it was made from:
// the comparison of the pair is unchanged, and the rejected reading, the
// report as sent, compares with it without changes.
func TestAdoptPair(t *testing.T) {
	prev := reading(t, "The Secretariat introduced the report.", "A paragraph the delegation deleted.",
		"Members welcomed the report.", "The Chair closed the item.")
	prev.Reserve(500)
	rej := reading(t, prev.Items[0].Paragraphs[0].Text, prev.Items[0].Paragraphs[1].Text, prev.Items[0].Paragraphs[2].Text, prev.Items[0].Paragraphs[3].Text)
	acc := reading(t, "The Secretariat introduced the revised report.", "A paragraph the delegation added.",
		"Members welcomed the report.", "The Chair closed the item.")
	PairReadings(rej, acc, []ReceivedParagraph{
		{Rejected: "The Secretariat introduced the report.", Accepted: "The Secretariat introduced the revised report.", Authors: []string{"Ana"}},
		{Accepted: "A paragraph the delegation added.", Authors: []string{"Bob"}},
		{Rejected: "A paragraph the delegation deleted.", Authors: []string{"Carla"}},
	})
	before := Compare(rej, acc)
	AdoptPair(prev, rej, acc)
	if c := Compare(prev, rej); len(c.Changes)+len(c.Structure) != 0 {
		t.Errorf("the report as sent differs from the one it was made from: %+v %+v", c.Changes, c.Structure)
	}
	after := Compare(rej, acc)
	if len(after.Changes) != len(before.Changes) {
		t.Fatalf("%d changes after adopting, %d before", len(after.Changes), len(before.Changes))
	}
	for i := range after.Changes {
		if a, b := after.Changes[i], before.Changes[i]; a.Kind != b.Kind || a.Old != b.Old || a.New != b.New || !reflect.DeepEqual(a.Authors, b.Authors) {
			t.Errorf("change %d: %s after adopting, %s before", i, a.Heading(), b.Heading())
		}
	}
	for _, r := range []*Report{rej, acc} {
		if err := r.Validate(); err != nil {
			t.Error(err)
		}
	}
	if acc.Items[0].ID != prev.Items[0].ID {
		t.Error("the accepted reading's item lost the report's identity")
	}
}
