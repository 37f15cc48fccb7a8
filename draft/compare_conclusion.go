package draft

// conclusions compares the conclusion blocks of items present on either
// side: whole blocks added or deleted, lead-ins, and bullets.
func (c *Comparison) conclusions(s *sides) {
	for i, it := range s.new.Items {
		base := Change{Item: s.new.ItemNumber(i), ItemTitle: it.Title, group: float64(i),
			pos: float64(len(it.Paragraphs)) + 1, New: s.newNum.ConclusionNumber(s.new, i)}
		j, ok := s.oldItem[it.ID]
		var oc *Conclusion
		if ok {
			oc = s.old.Items[j].Conclusion
			base.Old = s.oldNum.ConclusionNumber(s.old, j)
		}
		switch {
		case it.Conclusion == nil && oc == nil:
		case oc == nil:
			base.Kind, base.Part, base.ID = Added, PartConclusion, it.Conclusion.ID
			base.NewText = it.Conclusion.Text(s.new.Meeting)
			base.Words = []WordOp{{OpInsert, base.NewText}}
			c.Changes = append(c.Changes, base)
		case it.Conclusion == nil:
			c.Changes = append(c.Changes, deletedConclusion(base, oc, s.old.Meeting))
		default:
			c.leadIn(base, oc, it.Conclusion, s)
			c.bullets(base, oc, it.Conclusion)
		}
	}
	for j, it := range s.old.Items {
		if _, ok := s.newItem[it.ID]; ok || it.Conclusion == nil {
			continue
		}
		base := Change{Item: s.old.ItemNumber(j), ItemTitle: it.Title, group: s.group[j],
			pos: float64(len(it.Paragraphs)) + 1, Old: s.oldNum.ConclusionNumber(s.old, j)}
		c.Changes = append(c.Changes, deletedConclusion(base, it.Conclusion, s.old.Meeting))
	}
}

func deletedConclusion(base Change, oc *Conclusion, m Meeting) Change {
	base.Kind, base.Part, base.ID, base.New = Deleted, PartConclusion, oc.ID, 0
	base.OldText = oc.Text(m)
	base.Words = []WordOp{{OpDelete, base.OldText}}
	return base
}

// leadIn reports a lead-in changed by hand on either side. A lead-in left
// to its default on both sides follows the meeting's short name, whose
// change is reported once as a meeting change.
func (c *Comparison) leadIn(base Change, oc, nc *Conclusion, s *sides) {
	if oc.LeadIn == "" && nc.LeadIn == "" {
		return
	}
	base.Part, base.ID = PartLeadIn, nc.ID
	base.OldText, base.NewText = oc.LeadInFor(s.old.Meeting), nc.LeadInFor(s.new.Meeting)
	if ch, ok := textChange(base, false); ok {
		c.Changes = append(c.Changes, ch)
	}
}

// bullets compares two conclusions' bullets by identity. Joining
// punctuation is derived, so a bullet that only gained "; and" because
// another was added after it is not changed.
func (c *Comparison) bullets(base Change, oc, nc *Conclusion) {
	olds, news := bulletIDs(oc), bulletIDs(nc)
	at := make(idSet, len(olds))
	for k, id := range olds {
		at[id] = k
	}
	moves := orderMoves(olds, news)
	seen := map[ID]bool{}
	start := base.pos
	for k, b := range nc.Bullets {
		ch := base
		ch.Part, ch.ID, ch.NewBullet, ch.NewText = PartBullet, b.ID, k+1, b.Text
		ch.pos = start + 0.01*float64(k+1)
		ok := false
		if o, found := at[b.ID]; found {
			seen[b.ID] = true
			ch.OldBullet, ch.OldText = o+1, oc.Bullets[o].Text
			ch, ok = textChange(ch, moves[b.ID])
		} else {
			ch.Kind, ch.Words, ok = Added, []WordOp{{OpInsert, b.Text}}, true
		}
		if ok {
			c.Changes = append(c.Changes, ch)
		}
	}
	for k, b := range oc.Bullets {
		if seen[b.ID] {
			continue
		}
		ch := base
		ch.Kind, ch.Part, ch.ID, ch.OldBullet, ch.OldText = Deleted, PartBullet, b.ID, k+1, b.Text
		ch.Words = []WordOp{{OpDelete, b.Text}}
		ch.pos = start + 0.01*float64(k+1) + 0.005
		c.Changes = append(c.Changes, ch)
	}
}

func bulletIDs(c *Conclusion) []ID {
	ids := make([]ID, len(c.Bullets))
	for k, b := range c.Bullets {
		ids[k] = b.ID
	}
	return ids
}
