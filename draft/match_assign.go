package draft

// assign rewrites incoming's IDs: matched parts take prev's IDs, the others
// fresh IDs above both reports' sequences, so that none collides.
func (m *matcher) assign() {
	m.inc.Reserve(max(m.prev.LastID(), m.inc.LastID()))
	subs := make([]map[ID]ID, len(m.inc.Items))
	for i, it := range m.inc.Items {
		var pit *Item
		if j := m.itemTo[i]; j >= 0 {
			pit = m.prev.Items[j]
			it.ID = pit.ID
		} else {
			it.ID = m.inc.NewID()
		}
		subs[i] = m.adoptSubItems(pit, it)
		m.adoptConclusion(pit, it)
	}
	for i, pr := range m.incPars {
		if j := m.parTo[i]; j >= 0 {
			pr.p.ID = m.prevPars[j].p.ID
		} else {
			pr.p.ID = m.inc.NewID()
		}
		if pr.p.Sub != 0 {
			pr.p.Sub = subs[pr.item][pr.p.Sub]
		}
	}
	m.adoptAnnexes()
}

// adoptSubItems matches an item's sub-items to its prev self's by title,
// then by position, and returns the mapping from the incoming sub-item IDs
// to their new ones.
func (m *matcher) adoptSubItems(pit, it *Item) map[ID]ID {
	out := make(map[ID]ID, len(it.SubItems))
	var prevTitles []string
	if pit != nil {
		for _, s := range pit.SubItems {
			prevTitles = append(prevTitles, s.Title)
		}
	}
	incTitles := make([]string, len(it.SubItems))
	for k, s := range it.SubItems {
		incTitles[k] = s.Title
	}
	to := matchTexts(prevTitles, incTitles, true)
	for k, s := range it.SubItems {
		old := s.ID
		if j := to[k]; j >= 0 {
			s.ID = pit.SubItems[j].ID
		} else {
			s.ID = m.inc.NewID()
		}
		out[old] = s.ID
	}
	return out
}

// adoptConclusion gives a conclusion its prev self's ID and matches the
// bullets by text.
func (m *matcher) adoptConclusion(pit, it *Item) {
	c := it.Conclusion
	if c == nil {
		return
	}
	var pc *Conclusion
	if pit != nil {
		pc = pit.Conclusion
	}
	var prevTexts []string
	if pc != nil {
		c.ID = pc.ID
		for _, b := range pc.Bullets {
			prevTexts = append(prevTexts, b.Text)
		}
	} else {
		c.ID = m.inc.NewID()
	}
	incTexts := make([]string, len(c.Bullets))
	for k, b := range c.Bullets {
		incTexts[k] = b.Text
	}
	to := matchTexts(prevTexts, incTexts, false)
	for k, b := range c.Bullets {
		if j := to[k]; j >= 0 {
			b.ID = pc.Bullets[j].ID
		} else {
			b.ID = m.inc.NewID()
		}
	}
}

// adoptAnnexes matches annexes by title, then by position.
func (m *matcher) adoptAnnexes() {
	prevTitles := make([]string, len(m.prev.Annexes))
	for k, a := range m.prev.Annexes {
		prevTitles[k] = a.Title
	}
	incTitles := make([]string, len(m.inc.Annexes))
	for k, a := range m.inc.Annexes {
		incTitles[k] = a.Title
	}
	to := matchTexts(prevTitles, incTitles, true)
	for k, a := range m.inc.Annexes {
		if j := to[k]; j >= 0 {
			a.ID = m.prev.Annexes[j].ID
		} else {
			a.ID = m.inc.NewID()
		}
	}
}

// smallList is the longest list matchTexts compares all pairs of; longer
// lists are matched by identical text only.
const smallList = 64

// matchTexts matches two short lists of texts (titles, bullets) one to one:
// identical texts first, then similar ones, then, when byPosition is set,
// the still unmatched ones at the same index. It returns, for each incoming
// text, the index of its prev match or -1.
func matchTexts(prev, inc []string, byPosition bool) []int {
	to := fill(len(inc), -1)
	used := make([]bool, len(prev))
	keys := make([]string, len(prev))
	for j, t := range prev {
		keys[j] = normKey(t)
	}
	for k, t := range inc {
		key := normKey(t)
		for j := range prev {
			if !used[j] && keys[j] == key {
				to[k], used[j] = j, true
				break
			}
		}
	}
	if len(prev) <= smallList && len(inc) <= smallList {
		similarTexts(keys, inc, to, used)
	}
	if byPosition {
		for k := range inc {
			if to[k] < 0 && k < len(prev) && !used[k] {
				to[k], used[k] = k, true
			}
		}
	}
	return to
}

// similarTexts pairs unmatched texts by word-pair similarity, best first.
func similarTexts(prevKeys, inc []string, to []int, used []bool) {
	var pairs []simPair
	for k, t := range inc {
		if to[k] >= 0 {
			continue
		}
		a := shingles(wordsOf(normKey(t)))
		for j, key := range prevKeys {
			if used[j] {
				continue
			}
			if s := jaccard(a, shingles(wordsOf(key))); s >= minSimilarity {
				pairs = append(pairs, simPair{k, j, s})
			}
		}
	}
	for len(pairs) > 0 {
		best := 0
		for p := range pairs {
			if pairs[p].score > pairs[best].score {
				best = p
			}
		}
		bp := pairs[best]
		to[bp.inc], used[bp.prev] = bp.prev, true
		kept := pairs[:0]
		for _, p := range pairs {
			if p.inc != bp.inc && p.prev != bp.prev {
				kept = append(kept, p)
			}
		}
		pairs = kept
	}
}
