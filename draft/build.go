package draft

import (
	"fmt"
	"strings"
)

// BuildOptions tunes how conclusion bullets are built from the agenda.
type BuildOptions struct {
	// KeepDates keeps the dates written into sub-item titles, as
	// ", held from 13 to 14 April 2023"; by default they are dropped.
	KeepDates bool
	// IntoHandWritten lets Rebuild add built bullets to a conclusion
	// written entirely by hand, which it otherwise leaves alone.
	IntoHandWritten bool
}

// Rule keys name the building rule behind a built bullet, so that a rebuild
// finds what it built before. They are stable for the life of the parts
// they name.
const (
	// RulePresentations is the one bullet thanking the presenters of an item.
	RulePresentations = "presentations"
)

// RuleSub returns the rule key of the bullet built for one sub-item.
func RuleSub(id ID) string { return fmt.Sprintf("sub:%d", id) }

// RuleGroup returns the rule key of the bullet built for a group of
// sub-items under one category line, named by its first sub-item.
func RuleGroup(first ID) string { return fmt.Sprintf("group:%d", first) }

// RuleItem returns the rule key of the bullet built for an item without
// sub-items.
func RuleItem(id ID) string { return fmt.Sprintf("item:%d", id) }

// builtRule is one bullet the agenda asks for: its rule key and its text.
type builtRule struct {
	key  string
	text string
}

// BuildConclusion returns fresh bullets for the item as its agenda asks,
// in this order (the order a rapporteur writes them in):
//
//   - For each category line in agenda order, one bullet: a group of
//     sub-items that are for information or to take note (possibly also for
//     discussion) gives one bullet naming them all ("took note of the
//     reports from A and from B"); sub-items for decision or guidance each
//     give their own bullet ("endorsed the report from …, including the
//     Work Programme"), their attached points listed after "including".
//   - The presentations on the item and its sub-items give one bullet
//     ("took note, with thanks, of the presentations by A, B and C"),
//     placed before the bullet of the first sub-item that has a
//     presentation, or first when presentations are made on the item as a
//     whole. A sub-item whose title is itself a presentation ("Presentation
//     by the Vice-Chair") counts as a presentation, not a sub-item.
//   - An item without sub-items gives one bullet from its own category and
//     title.
//
// A sub-item with no category takes its item's; parts with no category at
// all give no bullet. The bullets carry their rule keys; none is edited.
func BuildConclusion(r *Report, it *Item, opt BuildOptions) []*Bullet {
	rules := buildRules(it, opt)
	out := make([]*Bullet, len(rules))
	for i, ru := range rules {
		out[i] = &Bullet{ID: r.NewID(), Text: ru.text, Rule: ru.key}
	}
	return out
}

// buildRules lists the rules that apply to the item, in bullet order.
func buildRules(it *Item, opt BuildOptions) []builtRule {
	pres, firstSub := presentationsOf(it)
	var rules []builtRule
	presBullet := presentationsRule(pres)
	placed := false
	place := func() {
		if !placed && presBullet != nil {
			rules = append(rules, *presBullet)
			placed = true
		}
	}
	if len(it.Presentations) > 0 || len(it.SubItems) == 0 {
		place()
	}
	if len(it.SubItems) == 0 {
		if verb := VerbFor(it.Category); verb != "" {
			rules = append(rules, builtRule{RuleItem(it.ID), joinWords(verb, RunningText(it.Title, opt.KeepDates))})
		}
		return rules
	}
	for _, g := range categoryLines(it) {
		for _, s := range g.subs {
			if s.ID == firstSub {
				place()
			}
		}
		rules = append(rules, groupRules(g, opt)...)
	}
	place()
	return rules
}

// catLine is a run of consecutive sub-items under one category line.
type catLine struct {
	cat  Category
	subs []*SubItem // presentation sub-items excluded
}

// categoryLines splits the item's sub-items into category lines, leaving out
// sub-items that are presentations.
func categoryLines(it *Item) []catLine {
	var out []catLine
	for j, s := range it.SubItems {
		cat := effectiveCategory(it, s)
		newLine := j == 0 || effectiveCategory(it, it.SubItems[j-1]) != cat
		if newLine {
			out = append(out, catLine{cat: cat})
		}
		if !IsPresentation(s.Title) {
			g := &out[len(out)-1]
			g.subs = append(g.subs, s)
		}
	}
	return out
}

func effectiveCategory(it *Item, s *SubItem) Category {
	if strings.TrimSpace(string(s.Category)) != "" {
		return s.Category
	}
	return it.Category
}

// groupRules builds the bullets of one category line.
func groupRules(g catLine, opt BuildOptions) []builtRule {
	verb := VerbFor(g.cat)
	if verb == "" || len(g.subs) == 0 {
		return nil
	}
	if len(g.subs) > 1 && !g.cat.Has(Decision) && !g.cat.Has(Guidance) {
		titles := make([]string, len(g.subs))
		for i, s := range g.subs {
			titles[i] = s.Title
		}
		return []builtRule{{RuleGroup(g.subs[0].ID), joinWords(verb, JoinTitles(titles, opt.KeepDates))}}
	}
	var out []builtRule
	for _, s := range g.subs {
		out = append(out, builtRule{RuleSub(s.ID), joinWords(verb, subText(s, opt))})
	}
	return out
}

// subText is a sub-item's title as running text, followed by its attached
// points: "the report from …, including the PFCWG Work Programme".
func subText(s *SubItem, opt BuildOptions) string {
	t := RunningText(s.Title, opt.KeepDates)
	var att []string
	for _, a := range s.Attachments {
		if rt := RunningText(a, opt.KeepDates); rt != "" {
			att = append(att, rt)
		}
	}
	if len(att) == 0 {
		return t
	}
	return t + ", including " + JoinList(att)
}

// JoinTitles joins several agenda titles as one running-text object. When
// every title starts with the same word ("Report from A", "Report from
// B") it is said once, in the plural: "the reports from A and from B";
// otherwise the titles are listed: "the report on A, the oral report on B
// and the report from C".
func JoinTitles(titles []string, keepDates bool) string {
	texts := make([]string, len(titles))
	for i, t := range titles {
		texts[i] = RunningText(t, keepDates)
	}
	if head, tails, ok := commonHead(texts); ok {
		return head + "s " + JoinList(tails)
	}
	return JoinList(texts)
}

// commonHead finds a shared "the <noun>" at the start of every text and
// returns it with what follows each.
func commonHead(texts []string) (head string, tails []string, ok bool) {
	if len(texts) < 2 {
		return "", nil, false
	}
	for _, t := range texts {
		w := strings.Fields(t)
		if len(w) < 3 || w[0] != "the" {
			return "", nil, false
		}
		h := "the " + w[1]
		if head == "" {
			head = h
		}
		if h != head || strings.HasSuffix(w[1], "s") || !isLetters(w[1]) {
			return "", nil, false
		}
		tails = append(tails, strings.Join(w[2:], " "))
	}
	return head, tails, true
}

func isLetters(s string) bool {
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return s != ""
}
