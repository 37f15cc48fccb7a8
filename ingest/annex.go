package ingest

import (
	"slices"
	"strings"
	"unicode/utf8"

	"rapporteur/draft"
)

// splitAnnexes cuts the lines at the first annex heading: a line on its own
// such as "ANNEX I – LIST OF PARTICIPANTS" or "Annex II: Statements".
func splitAnnexes(ls []line) (body, annexes []line) {
	for i, l := range ls {
		if l.cls.kind == kAnnex {
			return ls[:i], ls[i:]
		}
	}
	return ls, nil
}

// annexes reads the annexes: each heading starts one, and the text up to the
// next heading is its body.
func (p *parser) annexes(ls []line) {
	var cur *draft.Annex
	var body []line
	end := func() {
		if cur != nil {
			cur.Body = p.annexBody(body)
		}
		body = nil
	}
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		c := l.cls
		switch {
		case c.kind == kAnnex && cur != nil && len(body) == 0 && c.num == len(p.r.Annexes):
			// The heading under the page's marker ("Annex I to Doc. …",
			// then "ANNEX I"): the same annex, perhaps with its title.
			if c.text != "" {
				cur.Title = c.text
			} else {
				i = p.annexTitle(ls, i, cur, true)
			}
		case c.kind == kAnnex:
			end()
			if want := len(p.r.Annexes) + 1; c.num != want {
				p.warnf(l.no, "annex %s follows annex %s; the report numbers it %s", draft.Roman(c.num), draft.Roman(want-1), draft.Roman(want))
			}
			cur = &draft.Annex{ID: p.r.NewID(), Title: c.text}
			p.r.Annexes = append(p.r.Annexes, cur)
			if cur.Title == "" && (p.pdf() || c.marker) {
				i = p.annexTitle(ls, i, cur, false)
			}
		case c.kind == kJunk || l.text == p.dropCode:
		default:
			body = append(body, l)
		}
	}
	end()
}

// annexTitle takes the title of an annex whose heading names none ("Annex I
// to Doc. PC0737E1") from the next line in capitals, past page furniture
// such as the document code; under a heading that repeats the page's
// marker, the next line is the title whatever its case. It returns the
// index of the last line used.
func (p *parser) annexTitle(ls []line, i int, a *draft.Annex, anyCase bool) int {
	j := i + 1
	for j < len(ls) && (ls[j].cls.kind == kJunk || ls[j].text == p.dropCode) {
		j++
	}
	if j < len(ls) && ls[j].cls.kind == kText && (anyCase || allCaps(ls[j].text)) {
		a.Title = ls[j].text
		return j
	}
	return i
}

// pdf reports whether the body read like pdftotext output, with blank lines
// between the wrapped lines of a paragraph.
func (p *parser) pdf() bool { return p.wrapped > p.typed }

// annexBody joins an annex's lines into paragraphs separated by blank lines.
// Typed text keeps its lines and blank lines; pdftotext text is re-flowed,
// a line well short of the page width ending its paragraph.
func (p *parser) annexBody(ls []line) string {
	var paras []string
	if !p.pdf() && !flowed(ls) {
		var cur []string
		for _, l := range ls {
			cur = append(cur, l.text)
			if l.blankAfter {
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
func flowed(ls []line) bool {
	for _, l := range ls[:max(len(ls)-1, 0)] {
		if l.blankAfter {
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
