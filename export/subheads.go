package export

import (
	"fmt"

	"rapporteur/draft"
)

// subHeads places an item's sub-item headings: those with no paragraphs of
// their own at the head of the item, the others just before their first
// paragraph, in agenda order, so none is lost or repeated.
type subHeads struct {
	b       *builder
	i       int
	next    int // index of the next sub-item not yet placed
	lastCat draft.Category
	own     map[draft.ID]bool // sub-items with paragraphs of their own
}

func newSubHeads(b *builder, i int) *subHeads {
	s := &subHeads{b: b, i: i, own: map[draft.ID]bool{}, lastCat: b.r.Items[i].Category}
	for _, p := range b.r.Items[i].Paragraphs {
		if p.Sub != 0 {
			s.own[p.Sub] = true
		}
	}
	return s
}

// leading places the sub-items before the first one with paragraphs.
func (s *subHeads) leading() []*block {
	subs := s.b.r.Items[s.i].SubItems
	j := 0
	for j < len(subs) && !s.own[subs[j].ID] {
		j++
	}
	return s.upTo(j)
}

// before places the sub-items up to and including sub, if not yet placed.
func (s *subHeads) before(sub draft.ID) []*block {
	if sub == 0 {
		return nil
	}
	_, j := s.b.r.Items[s.i].SubItem(sub)
	if j < s.next {
		return nil
	}
	return s.upTo(j + 1)
}

// rest places the sub-items not placed yet.
func (s *subHeads) rest() []*block {
	return s.upTo(len(s.b.r.Items[s.i].SubItems))
}

func (s *subHeads) upTo(end int) []*block {
	var out []*block
	for ; s.next < end; s.next++ {
		out = append(out, s.head(s.next)...)
	}
	return out
}

// head returns sub-item j's heading group: its category line when it
// starts a new group, "a. Title" in bold, its documents, presentations and
// points, all kept with what follows.
func (s *subHeads) head(j int) []*block {
	b := s.b
	sub := b.r.Items[s.i].SubItems[j]
	letter := draft.SubItemLetter(j)
	where := fmt.Sprintf("item %s, sub-item %s", s.b.r.ItemNumber(s.i), letter)
	var out []*block
	if sub.Category != "" && sub.Category != s.lastCat {
		c := b.category(sub.Category, marginLeft, where+", category")
		c.before = 4
		out = append(out, c)
	}
	s.lastCat = sub.Category
	h := labelled(letter+".", b.sub[s.i][j], "B", marginLeft, subText, 'L')
	h.before = 3
	if len(out) > 0 {
		h.before = 1
	}
	out = append(out, h)
	for k, d := range sub.Docs {
		out = append(out, b.docLine(d, subText, fmt.Sprintf("%s, document %d", where, k+1)))
	}
	for k, p := range sub.Presentations {
		out = append(out, b.bullet(p.Text, subBulletX, fmt.Sprintf("%s, presentation %d", where, k+1)))
	}
	for k, a := range sub.Attachments {
		out = append(out, b.bullet(a, subBulletX, fmt.Sprintf("%s, point %d", where, k+1)))
	}
	return keepAll(out)
}
