package draft

import "strings"

// presentationsOf lists the presentations made on the item, in agenda
// order: the item's own, then each sub-item's, a sub-item whose title is a
// presentation counting as one. firstSub is the ID of the first sub-item
// with a presentation (0 when there is none).
func presentationsOf(it *Item) (all []Presentation, firstSub ID) {
	all = append(all, it.Presentations...)
	for _, s := range it.SubItems {
		var own []Presentation
		if IsPresentation(s.Title) {
			own = append(own, Presentation{Text: s.Title})
		}
		own = append(own, s.Presentations...)
		if len(own) > 0 && firstSub == 0 {
			firstSub = s.ID
		}
		all = append(all, own...)
	}
	return all, firstSub
}

// presentationsRule builds the one bullet thanking the presenters, or nil
// when there were no presentations.
func presentationsRule(ps []Presentation) *builtRule {
	if len(ps) == 0 {
		return nil
	}
	return &builtRule{key: RulePresentations, text: PresentationsText(ps)}
}

// PresentationsText returns the bullet text for presentations made on an
// item: "took note, with thanks, of the presentation by Serbia", "… of the
// presentations by the United States (US), the European Union (EU),
// Türkiye, Norway and Indonesia". A presenter named twice is named once.
// When every contribution is of one other kind ("Opening remarks by …")
// that kind is named instead of "presentation", without the thanks: "took
// note of the opening remarks by …".
func PresentationsText(ps []Presentation) string {
	var who []string
	seen := map[string]bool{}
	for _, p := range ps {
		name := p.Presenter()
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		who = append(who, name)
	}
	noun := contributionNoun(ps)
	verb := "took note, with thanks, of"
	if !strings.HasPrefix(noun, "presentation") {
		verb = "took note of"
	}
	return verb + " the " + noun + " by " + JoinList(who)
}

// contributionNoun names what the presenters gave: "presentation",
// "presentations", "opening remarks".
func contributionNoun(ps []Presentation) string {
	kind := ps[0].Kind()
	for _, p := range ps[1:] {
		if p.Kind() != kind {
			kind = ""
		}
	}
	if kind == "" || strings.Contains(kind, "presentation") {
		kind = "presentation"
	}
	if len(ps) > 1 && !strings.HasSuffix(kind, "s") {
		kind += "s"
	}
	return kind
}
