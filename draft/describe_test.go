package draft

import "testing"

func TestChangeHeading(t *testing.T) {
	tests := []struct {
		ch           Change
		heading, was string
	}{
		{Change{Kind: Changed, Part: PartParagraph, Old: 45, New: 46}, "¶45→46 changed", "was 45"},
		{Change{Kind: Changed, Part: PartParagraph, Old: 12, New: 12}, "¶12→12 changed", ""},
		{Change{Kind: Added, Part: PartParagraph, New: 47}, "¶—→47 added", ""},
		{Change{Kind: Deleted, Part: PartParagraph, Old: 6}, "¶6→— deleted", "was 6"},
		{Change{Kind: Moved, Part: PartParagraph, Old: 10, New: 1, Edited: true}, "¶10→1 moved (edited)", "was 10"},
		{Change{Kind: Moved, Part: PartBullet, Old: 8, New: 9, OldBullet: 2, NewBullet: 3}, "¶8→9 bullet 2→3 moved", "was 8"},
		{Change{Kind: Added, Part: PartBullet, Old: 8, New: 8, NewBullet: 1}, "¶8→8 bullet —→1 added", ""},
		{Change{Kind: Changed, Part: PartLeadIn, Old: 5, New: 5}, "¶5→5 lead-in changed", ""},
		{Change{Kind: Deleted, Part: PartConclusion, Old: 20}, "¶20→— conclusion deleted", "was 20"},
	}
	for _, tt := range tests {
		if got := tt.ch.Heading(); got != tt.heading {
			t.Errorf("%+v: Heading %q, want %q", tt.ch, got, tt.heading)
		}
		if got := tt.ch.Was(); got != tt.was {
			t.Errorf("%+v: Was %q, want %q", tt.ch, got, tt.was)
		}
	}
}

func TestStructChangeWords(t *testing.T) {
	tests := []struct {
		sc                     StructChange
		heading, values, place string
	}{
		{StructChange{Kind: MeetingChanged, Field: "doc_code", Old: "PC1", New: "PC2"}, "meeting doc code changed", "PC1 → PC2", ""},
		{StructChange{Kind: SubItemRenamed, Item: "III", Sub: "b", Old: "Old", New: "New"}, "sub-item b renamed", "Old → New", "Item III"},
		{StructChange{Kind: ItemAdded, Item: "IV", New: "Closing"}, "item added", "Closing", "Item IV"},
		{StructChange{Kind: DocRemoved, Item: "II", Old: "PC0727Ea"}, "document removed", "PC0727Ea", "Item II"},
		{StructChange{Kind: DocAdded, Item: "II", Sub: "a", New: "PC0728Ea"}, "sub-item a document added", "PC0728Ea", "Item II"},
		{StructChange{Kind: AnnexChanged, Annex: "I", Words: []WordOp{{OpEqual, "x"}}}, "annex I changed", "", ""},
		{StructChange{Kind: AnnexMoved, Annex: "II"}, "annex II moved", "", ""},
	}
	for _, tt := range tests {
		if got := tt.sc.Heading(); got != tt.heading {
			t.Errorf("%+v: Heading %q, want %q", tt.sc, got, tt.heading)
		}
		if got := tt.sc.Values(); got != tt.values {
			t.Errorf("%+v: Values %q, want %q", tt.sc, got, tt.values)
		}
		if got := tt.sc.Place(); got != tt.place {
			t.Errorf("%+v: Place %q, want %q", tt.sc, got, tt.place)
		}
	}
}

func TestMarkup(t *testing.T) {
	ops := []WordOp{{OpEqual, "the "}, {OpDelete, "green"}, {OpInsert, "grey"}, {OpEqual, " paper"}}
	if got, want := Markup(ops), "the [-green-]{+grey+} paper"; got != want {
		t.Errorf("Markup = %q, want %q", got, want)
	}
	if got := Markup(nil); got != "" {
		t.Errorf("Markup(nil) = %q", got)
	}
	// The terminal form clips kept text but marks runs the same way.
	if got, want := inline(ops), Markup(ops); got != want {
		t.Errorf("inline = %q, want %q", got, want)
	}
}

func TestComparisonHeading(t *testing.T) {
	for _, tt := range []struct{ old, new, want string }{
		{"version b", "the working copy", "Changes from version b to the working copy"},
		{"", "version c", ""},
		{"version a", "", ""},
	} {
		c := &Comparison{OldName: tt.old, NewName: tt.new}
		if got := c.Heading(); got != tt.want {
			t.Errorf("%q, %q: %q, want %q", tt.old, tt.new, got, tt.want)
		}
	}
}
