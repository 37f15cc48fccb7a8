package ingest

import (
	"regexp"
	"strings"

	"rapporteur/draft"
)

// provenance remembers where a paragraph's text came from, so that a
// reading the agenda table contradicts can be corrected afterwards.
type provenance struct {
	para  *draft.Paragraph
	item  int   // index of its item
	first int   // the line it starts at
	stray bool  // it carried no number of its own
	cuts  []cut // lines inside it that start with a number read as text
}

// cut is a line inside a paragraph that starts with a number the reader
// took for running text: where the agenda table's ranges want a paragraph
// to start there, the paragraph is cut at it.
type cut struct {
	line int // its index
	at   int // where its text starts in the paragraph's text
}

// itemLabel writes an item number as the document writes it.
func (p *parser) itemLabel(n int) string {
	if p.rd.st.heads == lArabic || p.rd.st.heads == lItemKW && p.rd.arabicItems {
		return itoa(n)
	}
	return draft.Roman(n)
}

// acceptSub decides whether a line labelled like a sub-item heading heads
// one. Sub-item letters run in order within an item, in one label form
// (a., A., (a) or 2.1); a letter inside running text, after a colon, out
// of order or in another form is no sub-item but text or an enumeration.
func (p *parser) acceptSub(i int, c class) bool {
	if p.item == nil || c.text == "" {
		return false
	}
	if p.subForm != sfNone && c.form != p.subForm {
		return false
	}
	if c.form == sfDecimal && c.major != p.itemNum {
		return false
	}
	if c.form == sfDecimal && c.num == len(p.item.SubItems)+1 && titleLike(c.text) {
		return true // "2.1" under item 2: the numbers say so whatever the text before
	}
	l := &p.rd.ls[i]
	heading := l.style == StyleHeading
	if !p.rd.st.numbered() && c.form != sfDecimal && !heading && p.runsOn(i) {
		// In minutes a lettered line whose sentence runs on into the next
		// line is a lettered point of the text ("a. The Committee approved
		// the report and instructed its"), not a heading.
		return false
	}
	if !heading {
		if t, sentence := p.rd.wrappedTitle(i, c.text); sentence || !titleLike(t) {
			return false
		}
	}
	if p.continuing() && !heading {
		last := withoutMark(p.lastPart())
		// A Word paragraph with the next letter after a list that ends
		// with a full stop heads the next sub-item: the list is done.
		listDone := l.whole() && c.num == len(p.item.SubItems)+1 && strings.HasSuffix(strings.TrimSpace(last), ".")
		if !endsSentence(last) || strings.HasSuffix(last, ":") || p.open.list && !listDone || p.open.enum && !strings.HasSuffix(last, ".") {
			return false
		}
	}
	if p.inConcl && !heading {
		return false
	}
	if c.form != sfDecimal && c.num == 1 && p.romanRuns(i, c) {
		return false
	}
	next := len(p.item.SubItems) + 1
	switch {
	case c.num == next:
		if c.form != sfDecimal && romanLetter(c.letter) && p.romanRuns(i, c) {
			return false // "i." followed by "ii.": an enumeration
		}
		return true
	case c.num < next:
		// A repeated heading puts what follows under a sub-item declared
		// before; it must name that sub-item, whose title may still be
		// open (the heading repeats its declaration right away).
		s := p.item.SubItems[c.num-1]
		title := s.Title
		if p.open.kind == bSubTitle && p.open.sub == s {
			title = joinLines(p.open.parts)
		}
		return similarTitle(c.text, title)
	case c.num <= next+2:
		// A letter or two missing: a sub-item if it reads as a heading and
		// stands where headings do, after a finished sentence.
		return heading || !p.continuing() || p.lastEndsSentence()
	}
	return false
}

// markEndRE is a decision mark that closes a paragraph: "(Decision 3)".
var markEndRE = regexp.MustCompile(`\s*\((?:Decision|Resolution|Recommendation)s?\s+[\d./-]+\)$`)

// noteMarkRE is a footnote's mark after the sentence it ends, where
// pdftotext may set a space before a superscript: "session.2", "session. 2".
var noteMarkRE = regexp.MustCompile(`[.;:!?)”’] ?\d{1,3}$`)

// withoutMark returns a paragraph's last line without the decision mark
// or footnote mark that closes it, so that the sentence before the mark is
// weighed: after "… in particular. (Decision 2)" or "… session.2" the
// paragraph is done.
func withoutMark(t string) string {
	if loc := noteMarkRE.FindStringIndex(t); loc != nil {
		t = t[:loc[0]+1] // "… the next session.2": the footnote's mark
	}
	if loc := markEndRE.FindStringIndex(t); loc != nil && loc[0] > 0 {
		return t[:loc[0]]
	}
	if markEndRE.MatchString(t) {
		return "." // the mark alone on its line ends the paragraph
	}
	return t
}

// wrappedTitle returns the title t of the heading at line i with the
// lines it is wrapped onto when it breaks off (after a comma or a small
// word) and the next lines are unlabelled text: "a. Report of the 5th
// Meeting of the Working Group (PFCWG)," then "held in hybrid format on
// 2-3 February 2026" is one title. A title so wrapped that ends as a
// sentence does (".", ";", ":") is running text: sentence is set.
func (rd *reader) wrappedTitle(i int, t string) (title string, sentence bool) {
	if j := int(rd.merged[i]); j > 0 {
		i = j // a bare label: its title starts on the line below
	}
	for n := 0; n < 3 && breaksOff(t); n++ {
		j := rd.nextLine(i)
		if j < 0 || rd.ls[j].labKind() != lNone || rd.ls[j].whole() || rd.ls[i].blankAfter() && !startsLower(rd.ls[j].text) {
			return t, false
		}
		t, i = t+" "+rd.ls[j].text, j
		if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":") {
			return t, true
		}
	}
	return t, false
}

// runsOn reports whether the sentence of line i runs on into the next
// line: it breaks off after a small word or a comma, or the next line
// starts in small letters.
func (p *parser) runsOn(i int) bool { return p.rd.runsOn(i) }

// runsOn reports whether the sentence of line i runs on into the next
// line: it breaks off after a small word or a comma, or the next line
// starts in small letters or with a bracket, as a wrapped sentence does.
func (rd *reader) runsOn(i int) bool {
	t := rd.ls[i].text
	if breaksOff(t) {
		return true
	}
	j := rd.nextLine(i)
	if j < 0 || rd.ls[j].labKind() != lNone {
		return false
	}
	n := rd.ls[j].text
	return startsLower(n) || strings.HasPrefix(n, "(")
}

// romanLetter reports whether a letter label is also a Roman numeral.
func romanLetter(s string) bool { return len(s) == 1 && strings.Contains("ivxlcdm", s) }

// romanRuns reports whether the lines after i go on as a Roman-numbered
// enumeration ("i." then "ii."), which makes "i." no letter.
func (p *parser) romanRuns(i int, c class) bool {
	v := romanValue(c.letter)
	if v == 0 {
		return false
	}
	rd := p.rd
	for j, seen := i+1, 0; j < len(rd.ls) && seen < 12; j++ {
		if rd.role[j] != rNone {
			continue
		}
		seen++
		l := rd.ls[j].label()
		if l.roman == v+1 && (l.kind == lRoman || l.kind == lLetter || l.kind == lParen) {
			return true
		}
		if rd.dec[j] == dItem || rd.dec[j] == dPara {
			return false
		}
	}
	return false
}

// similarTitle compares a repeated sub-item heading with the declared
// title: the same words, or one the start of the other.
func similarTitle(a, b string) bool {
	if sameText(a, b) {
		return true
	}
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	n := min(len(fa), len(fb), 6)
	if n < 2 {
		return false
	}
	for k := 0; k < n; k++ {
		if fa[k] != fb[k] {
			return false
		}
	}
	return true
}

// enumeration keeps an enumerated line inside the running text it belongs
// to: a conclusion's bullets, a paragraph's list. It returns false when
// there is no such text open.
func (p *parser) enumeration(i int, c class) bool {
	if p.item == nil {
		return false
	}
	if p.open.kind == bItemTitle || p.open.kind == bSubTitle {
		p.flush()
	}
	if p.open.kind == bPara && leadInRE.MatchString(joinLines(p.open.parts)) {
		p.flush()
	}
	if p.inConcl {
		p.flush()
		p.open = block{kind: bConclBullet, line: i}
		p.open.add(i, c.text)
		return true
	}
	if p.continuing() {
		p.open.add(i, p.rd.ls[i].text)
		p.open.enum = true
		return true
	}
	return false
}

// heading handles a heading-styled line (Word) that is not an item,
// sub-item, category or document line: a presentation, or a sub-heading,
// never a numbered paragraph. It returns false for a line to read as text.
func (p *parser) heading(i int, c class) bool {
	if p.item == nil {
		return false
	}
	if draft.IsPresentation(c.text) {
		p.flush()
		p.open = block{kind: bBullet, line: i}
		p.open.add(i, c.text)
		return true
	}
	p.flush()
	p.rd.drop(i, LogDropped, "a sub-heading without a letter: the report has no place for it")
	return true
}

// subHeadingLine reports whether line i, inside a numbered paragraph, is a
// sub-heading without a letter between two paragraphs ("Opening
// statements"): a short title after a finished sentence, followed by a
// numbered paragraph or a heading. It is logged, not joined to the text.
func (p *parser) subHeadingLine(i int, t string) bool {
	if p.rd.dec[i] == dText {
		// "1. Africa" between paragraphs 9 and 10: a sub-heading numbered
		// on its own, not a paragraph.
		t = p.rd.ls[i].label().text
	}
	last := p.lastPart()
	if !strings.HasSuffix(strings.TrimRight(last, "”’\")"), ".") || endsSentence(t) || !titleLike(t) ||
		strings.Count(t, " ") > 8 || startsLower(t) || strings.Contains(t, ",") || isDigit(t[len(t)-1]) {
		return false
	}
	j := p.rd.nextLine(i)
	if j < 0 || p.rd.dec[j] != dPara && p.rd.dec[j] != dItem {
		return false
	}
	p.flush()
	p.rd.drop(i, LogDropped, "a sub-heading without a letter between paragraphs: the report has no place for it")
	return true
}

// paragraphEnds reports whether unnumbered text (minutes) starts a new
// paragraph at line i: after a blank line where blank lines part
// paragraphs, after a line that ends a sentence well short of the page's
// width, and always for a Word paragraph.
func (p *parser) paragraphEnds(i int) bool {
	if len(p.open.idx) == 0 {
		return false
	}
	rd := p.rd
	prev := &rd.ls[p.open.idx[len(p.open.idx)-1]]
	if prev.whole() || rd.ls[i].whole() {
		return true
	}
	if prev.page != rd.ls[i].page && (!endsSentence(withoutMark(prev.text)) || startsLower(rd.ls[i].text)) {
		// The blank lines are the page's foot: the sentence goes on.
		return false
	}
	if prev.blankAfter() && !rd.doubleSpaced {
		return true
	}
	return endsSentence(prev.text) && brokenByHand(prev.text, rd.ls[i].text, rd.width)
}
