package draft

// Rebuild brings the item's conclusion in line with its agenda while keeping
// the rapporteur's work. It creates the conclusion when the item has none.
//
//   - A built bullet whose rule still applies and that was not edited gets
//     the rule's current text (a renamed sub-item, a changed category).
//   - A built, unedited bullet whose rule no longer applies is removed (a
//     deleted sub-item, or one whose category line changed).
//   - A bullet written or edited by hand stays, in its place: the relative
//     order of those bullets never changes.
//   - A rule with no bullet yet gets a new one, placed before the bullet of
//     the next rule that has one (so hand-written bullets that follow a
//     built one stay with it), else right after the bullet of the previous
//     rule, else first.
//
// A conclusion that holds bullets but none built by a rule (one imported or
// typed entirely by hand) is the rapporteur's own: Rebuild leaves it as it
// is, unless opt.IntoHandWritten is set. Punctuation is derived, so it follows any change of order.
func Rebuild(r *Report, it *Item, opt BuildOptions) {
	c := r.AddConclusion(it)
	if WrittenByHand(c) && !opt.IntoHandWritten {
		return
	}
	rules := buildRules(it, opt)
	text := make(map[string]string, len(rules))
	for _, ru := range rules {
		text[ru.key] = ru.text
	}
	kept := keepBullets(c.Bullets, text)
	c.Bullets = placeNew(r, kept, rules)
}

// WrittenByHand reports whether a conclusion holds bullets and none of them
// was built by a rule: Rebuild leaves such a conclusion alone.
func WrittenByHand(c *Conclusion) bool {
	if c == nil || len(c.Bullets) == 0 {
		return false
	}
	for _, b := range c.Bullets {
		if b.Rule != "" {
			return false
		}
	}
	return true
}

// keepBullets keeps hand-written and edited bullets, updates built ones
// whose rule still applies and drops the rest, and duplicates of a rule.
func keepBullets(old []*Bullet, text map[string]string) []*Bullet {
	var kept []*Bullet
	seen := map[string]bool{}
	for _, b := range old {
		switch {
		case b.Rule == "" || b.Edited:
			kept = append(kept, b)
			seen[b.Rule] = true
		case seen[b.Rule]:
			// a second unedited bullet of one rule: drop it
		default:
			t, ok := text[b.Rule]
			if !ok {
				continue
			}
			b.Text = t
			kept = append(kept, b)
			seen[b.Rule] = true
		}
	}
	return kept
}

// placeNew adds a bullet for every rule that has none in list.
func placeNew(r *Report, list []*Bullet, rules []builtRule) []*Bullet {
	for i, ru := range rules {
		if indexOfRule(list, ru.key) >= 0 {
			continue
		}
		b := &Bullet{ID: r.NewID(), Text: ru.text, Rule: ru.key}
		list = insertAt(list, insertionPoint(list, rules, i), b)
	}
	return list
}

// insertionPoint finds where the bullet of rules[i] goes in list.
func insertionPoint(list []*Bullet, rules []builtRule, i int) int {
	for _, next := range rules[i+1:] {
		if at := indexOfRule(list, next.key); at >= 0 {
			return at
		}
	}
	for j := i - 1; j >= 0; j-- {
		if at := indexOfRule(list, rules[j].key); at >= 0 {
			return at + 1
		}
	}
	return 0
}

func indexOfRule(list []*Bullet, key string) int {
	for i, b := range list {
		if b.Rule == key {
			return i
		}
	}
	return -1
}
