package app

import "rapporteur/draft"

// The paragraph list shows an item as it reads: each sub-item's heading
// (letter, title, category line, documents, presenters) stands above its
// paragraphs, and a paragraph belongs to the sub-item whose heading it
// stands under. listRows lays an item out so; moveTarget says what moving a
// paragraph up or down does there: past another paragraph it changes
// places, past a heading it goes under the sub-item on the other side and
// keeps its place in the numbering.

// listRow is one row of the paragraph list: a heading or a paragraph.
type listRow struct {
	heading bool
	// sub is the sub-item (index in Item.SubItems) a heading names or a
	// paragraph stands under; -1 for the item as a whole.
	sub int
	// k is a paragraph's index in Item.Paragraphs; for a heading, the
	// index its sub-item's next paragraph takes (where a first paragraph
	// written under an empty sub-item goes).
	k int
	// again marks a heading repeated before a later run of paragraphs under
	// the same sub-item, or the item's, when paragraphs on the item as a
	// whole follow a sub-item's.
	again bool
	// empty marks the heading of a sub-item with no paragraph yet.
	empty bool
}

// listRows lays out item it: paragraphs on the item as a whole first, then
// before each run of paragraphs under one sub-item that sub-item's heading
// (in full before its first run, repeated before a later one), a repeated
// item heading before a run back on the item as a whole, and the heading of
// each sub-item without paragraphs in its agenda place: before the first
// run of a later sub-item, else at the end.
func listRows(it *draft.Item) []listRow {
	n := len(it.SubItems)
	subOf := func(p *draft.Paragraph) int {
		if p.Sub == 0 {
			return -1
		}
		_, j := it.SubItem(p.Sub)
		return j
	}
	has := make([]bool, n)
	for _, p := range it.Paragraphs {
		if j := subOf(p); j >= 0 {
			has[j] = true
		}
	}
	shown := make([]bool, n)
	rows := make([]listRow, 0, len(it.Paragraphs)+n)
	empties := func(before, k int) {
		for x := 0; x < before; x++ {
			if !shown[x] && !has[x] {
				shown[x] = true
				rows = append(rows, listRow{heading: true, sub: x, k: k, empty: true})
			}
		}
	}
	run := -2 // the sub-item of the run under way; -2 before the first paragraph
	for k, p := range it.Paragraphs {
		j := subOf(p)
		if j != run {
			switch {
			case j >= 0:
				empties(j, k)
				rows = append(rows, listRow{heading: true, sub: j, k: k, again: shown[j]})
				shown[j] = true
			case run != -2:
				rows = append(rows, listRow{heading: true, sub: -1, k: k, again: true})
			}
			run = j
		}
		rows = append(rows, listRow{sub: j, k: k})
	}
	empties(n, len(it.Paragraphs))
	return rows
}

// rowOf returns the row showing paragraph k, -1 for none.
func rowOf(rows []listRow, k int) int {
	for r, row := range rows {
		if !row.heading && row.k == k {
			return r
		}
	}
	return -1
}

// moveTarget says where moving paragraph k of it up (delta -1) or down (+1)
// one row takes it: to index at, under sub-item sub (0: the item as a
// whole). Past a paragraph it takes that paragraph's place; past a heading
// it keeps its place and goes under the sub-item on the other side (the
// run above, the item as a whole at the top, or the heading passed, going
// down). ok is false at the top or bottom of the item.
func moveTarget(it *draft.Item, k, delta int) (at int, sub draft.ID, ok bool) {
	rows := listRows(it)
	r := rowOf(rows, k)
	n := r + delta
	if r < 0 || n < 0 || n >= len(rows) {
		return k, it.Paragraphs[k].Sub, false
	}
	subID := func(j int) draft.ID {
		if j < 0 {
			return 0
		}
		return it.SubItems[j].ID
	}
	next := rows[n]
	switch {
	case !next.heading:
		return next.k, it.Paragraphs[k].Sub, true
	case delta > 0:
		return k, subID(next.sub), true
	case n == 0:
		return k, 0, it.Paragraphs[k].Sub != 0
	}
	return k, subID(rows[n-1].sub), true
}
