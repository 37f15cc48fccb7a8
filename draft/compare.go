package draft

import "sort"

// ChangeKind says what happened to a paragraph or conclusion part.
type ChangeKind string

// The kinds of change a comparison reports.
const (
	Changed ChangeKind = "changed"
	Added   ChangeKind = "added"
	Deleted ChangeKind = "deleted"
	Moved   ChangeKind = "moved"
)

// Part names the part of the body a change is about.
type Part string

// The parts of the body a change can be about.
const (
	PartParagraph  Part = "paragraph"
	PartLeadIn     Part = "lead-in"
	PartBullet     Part = "bullet"
	PartConclusion Part = "conclusion" // a whole conclusion block added or deleted
)

// Comparison is the difference between two states of a report: the body
// changes in report order, grouped by agenda item, and the structural ones.
type Comparison struct {
	Changes   []Change       `json:"changes"`
	Structure []StructChange `json:"structure"`
	Old       *Report        `json:"-"`
	New       *Report        `json:"-"`
	// OldName and NewName say what was compared ("version b", "the working
	// copy", a file name), for headings; the caller sets them.
	OldName, NewName string
}

// Change is one change to a numbered paragraph or to a conclusion. Old and
// New are the paragraph numbers on each side (a conclusion part carries its
// block's number), 0 where a side has none. Item is the Roman number of the
// item on the new side, or on the old side for a deletion.
type Change struct {
	Kind      ChangeKind
	Part      Part
	Old, New  int
	Item      string
	ItemTitle string
	// OldBullet and NewBullet are a bullet's 1-based positions, 0 where a
	// side has none or the change is not about a bullet.
	OldBullet, NewBullet int
	ID                   ID
	// Edited is set on a moved part whose text changed too.
	Edited bool
	// Authors are who made the change, where the report records it: the
	// authors of a received document's tracked changes (see NoteChange and
	// NoteDeletion); empty when unknown.
	Authors []string
	// Words is the part as a redline shows it: the word diff of a changed
	// or edited text, one insert run for an addition, one delete run for a
	// deletion, one equal run for an unedited move.
	Words            []WordOp
	OldText, NewText string

	group, pos float64 // sort keys: item group, then place in it
}

// Compare aligns two states of one report by identity: a paragraph, item,
// sub-item or bullet with the same ID is the same part, whatever its number.
// Renumbering alone is therefore no change.
func Compare(old, new *Report) *Comparison {
	c := &Comparison{Old: old, New: new, Changes: []Change{}, Structure: []StructChange{}}
	s := newSides(old, new)
	c.paragraphs(s)
	c.conclusions(s)
	c.structure(s)
	sort.SliceStable(c.Changes, func(i, j int) bool {
		a, b := c.Changes[i], c.Changes[j]
		if a.group != b.group {
			return a.group < b.group
		}
		return a.pos < b.pos
	})
	sort.SliceStable(c.Structure, func(i, j int) bool { return c.Structure[i].group < c.Structure[j].group })
	return c
}

// place is where a paragraph sits on one side.
type place struct {
	item, k, num int
}

// sides holds the indexes both halves of a comparison need.
type sides struct {
	old, new         *Report
	oldNum, newNum   Numbering
	oldPar, newPar   map[ID]place
	oldItem, newItem map[ID]int
	group            []float64 // group[i]: sort key of old item i
}

func newSides(old, new *Report) *sides {
	s := &sides{old: old, new: new, oldNum: old.Numbering(), newNum: new.Numbering()}
	s.oldPar, s.oldItem = indexReport(old, s.oldNum)
	s.newPar, s.newItem = indexReport(new, s.newNum)
	// An old item sorts with its new self; a deleted one just after the
	// surviving item before it.
	s.group = make([]float64, len(old.Items))
	last := -0.5
	for i, it := range old.Items {
		if j, ok := s.newItem[it.ID]; ok {
			s.group[i] = float64(j)
			last = float64(j)
		} else {
			s.group[i] = last + 0.5
		}
	}
	return s
}

func indexReport(r *Report, n Numbering) (map[ID]place, map[ID]int) {
	pars, items := map[ID]place{}, map[ID]int{}
	for i, it := range r.Items {
		items[it.ID] = i
		for k, p := range it.Paragraphs {
			pars[p.ID] = place{i, k, n.Number(i, k)}
		}
	}
	return pars, items
}

// paragraphs finds the added, deleted, moved and changed paragraphs.
func (c *Comparison) paragraphs(s *sides) {
	for i, it := range s.new.Items {
		moves := c.itemMoves(s, i)
		for k, p := range it.Paragraphs {
			num := s.newNum.Number(i, k)
			base := Change{Part: PartParagraph, New: num, Item: s.new.ItemNumber(i), ItemTitle: it.Title, ID: p.ID,
				NewText: p.Text, group: float64(i), pos: float64(k)}
			o, ok := s.oldPar[p.ID]
			if !ok {
				base.Kind, base.Words = Added, []WordOp{{OpInsert, p.Text}}
				base.Authors = newAuthors(NoteChange, p.Notes, nil)
				c.Changes = append(c.Changes, base)
				continue
			}
			op := s.old.Items[o.item].Paragraphs[o.k]
			base.Old, base.OldText = o.num, op.Text
			base.Authors = newAuthors(NoteChange, p.Notes, op.Notes)
			moved := s.old.Items[o.item].ID != it.ID || moves[p.ID]
			if ch, ok := textChange(base, moved); ok {
				c.Changes = append(c.Changes, ch)
			}
		}
	}
	c.deletedParagraphs(s)
}

// textChange completes a change for a part present on both sides; ok is
// false when the part neither moved nor changed.
func textChange(ch Change, moved bool) (Change, bool) {
	edited := ch.OldText != ch.NewText && nfc(ch.OldText) != nfc(ch.NewText)
	switch {
	case moved:
		ch.Kind, ch.Edited = Moved, edited
	case edited:
		ch.Kind = Changed
	default:
		return ch, false
	}
	if edited {
		ch.Words = WordDiff(ch.OldText, ch.NewText)
	} else {
		ch.Words = []WordOp{{OpEqual, ch.NewText}}
	}
	return ch, true
}

// itemMoves returns the paragraphs of new item i that stayed in the same
// item but left their relative order.
func (c *Comparison) itemMoves(s *sides, i int) map[ID]bool {
	it := s.new.Items[i]
	j, ok := s.oldItem[it.ID]
	if !ok {
		return nil
	}
	return orderMoves(paragraphIDs(s.old.Items[j]), paragraphIDs(it))
}

func paragraphIDs(it *Item) []ID {
	ids := make([]ID, len(it.Paragraphs))
	for k, p := range it.Paragraphs {
		ids[k] = p.ID
	}
	return ids
}

// deletedParagraphs lists old paragraphs with no new self, each placed just
// after the surviving paragraph before it.
func (c *Comparison) deletedParagraphs(s *sides) {
	for i, it := range s.old.Items {
		group, num, title := s.group[i], s.old.ItemNumber(i), it.Title
		if j, ok := s.newItem[it.ID]; ok {
			num, title = s.new.ItemNumber(j), s.new.Items[j].Title
		}
		pos := -0.5
		for k, p := range it.Paragraphs {
			if n, ok := s.newPar[p.ID]; ok {
				if s.new.Items[n.item].ID == it.ID {
					pos = float64(n.k)
				}
				continue
			}
			pos += 0.001
			c.Changes = append(c.Changes, Change{Kind: Deleted, Part: PartParagraph, Old: s.oldNum.Number(i, k),
				Item: num, ItemTitle: title, ID: p.ID, OldText: p.Text, Authors: newAuthors(NoteDeletion, p.Notes, nil),
				Words: []WordOp{{OpDelete, p.Text}}, group: group, pos: pos})
		}
	}
}
