package ingest

import (
	"slices"
	"strings"

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
		case c.kind == kAnnex:
			end()
			if want := len(p.r.Annexes) + 1; c.num != want {
				p.warnf(l.no, "annex %s follows annex %s; the report numbers it %s", draft.Roman(c.num), draft.Roman(want-1), draft.Roman(want))
			}
			cur = &draft.Annex{ID: p.r.NewID(), Title: c.text}
			p.r.Annexes = append(p.r.Annexes, cur)
			if cur.Title == "" && p.pdf() {
				i = p.annexTitle(ls, i, cur)
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
// such as the document code. It returns the index of the last line used.
func (p *parser) annexTitle(ls []line, i int, a *draft.Annex) int {
	j := i + 1
	for j < len(ls) && (ls[j].cls.kind == kJunk || ls[j].text == p.dropCode) {
		j++
	}
	if j < len(ls) && ls[j].cls.kind == kText && allCaps(ls[j].text) {
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
	if !p.pdf() {
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
	for _, l := range ls {
		cur = append(cur, l.text)
		if n := len([]rune(l.text)); n*10 < width*7 || strings.HasSuffix(l.text, ":") {
			paras = append(paras, joinLines(cur))
			cur = nil
		}
	}
	if len(cur) > 0 {
		paras = append(paras, joinLines(cur))
	}
	return strings.Join(paras, "\n\n")
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
