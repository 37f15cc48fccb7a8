package app

import (
	"slices"
	"testing"
)

// TestMoveParagraphToItem moves the first paragraph of item II to item IV:
// the ranges of II and III shrink and shift, IV grows, the paragraph keeps
// its identity, and undo restores every range.
func TestMoveParagraphToItem(t *testing.T) {
	e, _ := openSample(t, big)
	ranges := func() []string {
		var out []string
		for i := range e.rep.Items {
			out = append(out, e.num.Range(e.rep, i).String())
		}
		return out
	}
	before := ranges()
	e.agenda.selectItem(1)
	e.para = 0
	p := e.Item().Paragraphs[0]
	if err := e.MoveParagraphToItem(3); err != nil {
		t.Fatal(err)
	}
	if e.item != 3 || e.Item().Paragraphs[len(e.Item().Paragraphs)-1] != p {
		t.Fatalf("paragraph not at the end of item IV (selected item %d)", e.item)
	}
	after := ranges()
	if want := []string{before[0], "3-4", "5-8", "9-14", before[4]}; !slices.Equal(after, want) {
		t.Errorf("ranges after the move %q, want %q (before %q)", after, want, before)
	}
	e.Undo()
	if got := ranges(); !slices.Equal(got, before) {
		t.Errorf("ranges after undo %q, want %q", got, before)
	}
}
