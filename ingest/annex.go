package ingest

import (
	"slices"
	"strings"
	"unicode/utf8"

	"rapporteur/draft"
)

// annexes reads the annexes, lines [from, to): each heading starts one, and
// the text up to the next heading is its body.
func (p *parser) annexes(from, to int) {
	rd := p.rd
	var cur *draft.Annex
	var body []int
	end := func() {
		if cur != nil {
			cur.Body = p.annexBody(body)
			rd.locateAnnex(body, cur)
		}
		body = nil
	}
	for i := from; i < to; i++ {
		if rd.role[i] != rNone {
			continue
		}
		l := &rd.ls[i]
		c, isHeading := annexHeading(l.text)
		if isHeading && c.bare && i != from && !rd.standsAlone(i) {
			isHeading = false // "Annex II" in running text
		}
		if !isHeading && bareAnnex(l.text) && (i == from || rd.standsAlone(i)) {
			c, isHeading = class{kind: kAnnex, num: len(p.r.Annexes) + 1}, true
		}
		if !isHeading && rd.backLevel > 0 && rd.backHeading(i, rd.backLevel) {
			// A Word heading at the items' level after the last item.
			c, isHeading = class{kind: kAnnex, num: len(p.r.Annexes) + 1, text: l.text}, true
		}
		if !isHeading && !rd.st.numbered() && (i == from || rd.sectionHeading(i) && leadDigits(l.text) == 0 && !strings.ContainsAny(l.text, "0123456789")) {
			// A section of minutes after the last item: "CLOSURE".
			c, isHeading = class{kind: kAnnex, num: len(p.r.Annexes) + 1, text: l.text}, true
		}
		switch {
		case isHeading && cur != nil && len(body) == 0 && c.num == len(p.r.Annexes):
			// The heading under the page's marker ("Annex I to Doc. …",
			// then "ANNEX I"): the same annex, perhaps with its title.
			rd.placed([]int{i})
			if c.text != "" {
				cur.Title = c.text
			} else {
				i = p.annexTitle(i, to, cur, true)
			}
		case isHeading:
			end()
			rd.placed([]int{i})
			if want := len(p.r.Annexes) + 1; c.num != want {
				p.warnf(i, "annex %s follows annex %s; the report numbers it %s", draft.Roman(c.num), draft.Roman(want-1), draft.Roman(want))
			}
			cur = &draft.Annex{ID: p.r.NewID(), Title: c.text}
			p.r.Annexes = append(p.r.Annexes, cur)
			rd.locateAnnex([]int{i}, cur)
			if cur.Title == "" && (p.pdf() || c.marker || c.bare || bareAnnex(l.text)) {
				i = p.annexTitle(i, to, cur, c.bare || bareAnnex(l.text))
			}
			i = p.annexTitleGoesOn(i, to, cur)
		case len(l.text) <= maxJunk && furnitureRE.MatchString(l.text):
			rd.drop(i, LogFurniture, "page furniture")
		case l.text == p.dropCode:
			rd.drop(i, LogFurniture, "the document's code, a running header")
		case cur == nil:
			body = append(body, i) // cannot happen: from is a heading
		default:
			body = append(body, i)
		}
	}
	end()
	if cur == nil && len(body) > 0 {
		for _, i := range body {
			rd.drop(i, LogDropped, "text after the body that no annex heading opens")
		}
	}
}

// annexTitle takes the title of an annex whose heading names none ("Annex I
// to Doc. PC0737E1") from the next line in capitals, past page furniture
// such as the document code; under a heading that repeats the page's
// marker, the next line is the title whatever its case. It returns the
// index of the last line used.
func (p *parser) annexTitle(i, to int, a *draft.Annex, anyCase bool) int {
	rd := p.rd
	j := i + 1
	for j < to && (rd.role[j] != rNone || rd.ls[j].text == p.dropCode || len(rd.ls[j].text) <= maxJunk && furnitureRE.MatchString(rd.ls[j].text)) {
		if rd.role[j] == rNone {
			rd.drop(j, LogFurniture, "page furniture")
		}
		j++
	}
	if j < to {
		if _, isHeading := annexHeading(rd.ls[j].text); !isHeading && rd.ls[j].labKind() == lNone && (anyCase || allCaps(rd.ls[j].text)) {
			a.Title = rd.ls[j].text
			rd.placed([]int{j})
			return j
		}
	}
	return i
}

// annexTitleGoesOn adds to an annex's title in capitals the lines in
// capitals it is wrapped onto — where the title breaks off or the next line
// starts with a small word ("ANNEX II – STATEMENT RECEIVED", then "FROM A
// DELEGATION") — and returns the index of the last line used.
func (p *parser) annexTitleGoesOn(i, to int, a *draft.Annex) int {
	rd := p.rd
	for n := 0; n < 3 && a.Title != "" && allCaps(a.Title) && !rd.ls[i].whole(); n++ {
		j := rd.nextLine(i)
		if j < 0 || j >= to || rd.ls[j].whole() || rd.ls[j].labKind() != lNone || !allCaps(rd.ls[j].text) || len(rd.ls[j].text) > 80 {
			return i
		}
		if _, isHeading := annexHeading(rd.ls[j].text); isHeading || !breaksOff(a.Title) && !startsSmallWord(rd.ls[j].text) {
			return i // "LIST OF PARTICIPANTS", then "NORWAY": the list's first heading
		}
		a.Title = joinLines([]string{a.Title, rd.ls[j].text})
		rd.placed([]int{j})
		i = j
	}
	return i
}

// startsSmallWord reports whether t starts with a word a wrapped title's
// second line starts with: "FROM", "OF", "AND", "ON", …
func startsSmallWord(t string) bool {
	w, _, _ := strings.Cut(t, " ")
	switch strings.ToLower(w) {
	case "of", "and", "the", "on", "for", "in", "to", "by", "with", "from", "at", "or":
		return true
	}
	return false
}

// pdf reports whether the body read like pdftotext output, with blank lines
// between the wrapped lines of a paragraph.
func (p *parser) pdf() bool { return p.wrapped > p.typed }

// annexBody joins an annex's lines into paragraphs separated by blank lines.
// Word paragraphs stay paragraphs; typed text keeps its lines and blank
// lines; pdftotext text is re-flowed, a line well short of the page width
// ending its paragraph.
func (p *parser) annexBody(idx []int) string {
	p.rd.placed(idx)
	ls := make([]*line, len(idx))
	for k, i := range idx {
		ls[k] = &p.rd.ls[i]
	}
	var paras []string
	if len(ls) > 0 && ls[0].whole() {
		// Word: every line is a paragraph of its own.
		for _, l := range ls {
			paras = append(paras, l.text)
		}
		return strings.Join(paras, "\n\n")
	}
	if !p.pdf() && !flowed(ls) {
		var cur []string
		for _, l := range ls {
			cur = append(cur, l.text)
			if l.blankAfter() {
				paras = append(paras, strings.Join(cur, "\n"))
				cur = nil
			}
		}
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, "\n"))
		}
		return strings.Join(paras, "\n\n")
	}
	width := p.pageWidth()
	var cur []string
	for i, l := range ls {
		cur = append(cur, l.text)
		if i+1 == len(ls) || brokenByHand(l.text, ls[i+1].text, width) {
			paras = append(paras, joinLines(cur))
			cur = nil
		}
	}
	if len(cur) > 0 {
		paras = append(paras, joinLines(cur))
	}
	return strings.Join(paras, "\n\n")
}

// brokenByHand reports whether a line of laid-out text ends its paragraph:
// it ends in a colon, or the next line's first word would have fitted on it
// (with a little room, the fonts being proportional), so the line did not
// wrap but was broken on purpose.
func brokenByHand(line, next string, width int) bool {
	if strings.HasSuffix(line, ":") {
		return true
	}
	first, _, _ := strings.Cut(strings.TrimSpace(next), " ")
	n := utf8.RuneCountInString(line) + 1 + utf8.RuneCountInString(first)
	return n*100 <= width*90
}

// flowed reports whether an annex's lines carry no paragraph breaks of their
// own, no blank line between any two of them, as pdftotext writes a page
// without blank lines. Such text is re-flowed by line width; typed text
// keeps its blank lines.
func flowed(ls []*line) bool {
	for _, l := range ls[:max(len(ls)-1, 0)] {
		if l.blankAfter() {
			return false
		}
	}
	return len(ls) > 1
}

// pageWidth estimates the width of a full line from the wrapped lines of the
// numbered paragraphs: their 90th percentile, in characters.
func (p *parser) pageWidth() int {
	if len(p.widths) == 0 {
		return 70
	}
	w := slices.Clone(p.widths)
	slices.Sort(w)
	return w[len(w)*9/10]
}
