package ingest

import (
	"strings"
)

// mergeBare joins a heading label that stands alone on its line ("I.",
// "Item 1.", "A.", "3", "2.1") with its title on the next line, as
// pdftotext writes a heading whose number sits in a column of its own. A
// paragraph number alone ("37.") is left alone: the paragraph's text
// follows it as running text.
func (rd *reader) mergeBare() {
	for i := range rd.ls {
		if rd.role[i] != rNone {
			continue
		}
		l := rd.ls[i].label()
		if !l.bare || !rd.headingLabel(l) {
			continue
		}
		j := rd.nextLine(i)
		if j < 0 || rd.ls[j].lab.kind != lNone || !titleLike(rd.ls[j].text) || rd.ls[j].style == StyleFootnote {
			continue
		}
		if _, ok := categoryLine(rd.ls[j].text); ok {
			continue
		}
		glyph := strings.TrimSuffix(l.glyph, ".")
		t := glyph + ". " + rd.ls[j].text
		if lb := readLabel(t); lb.kind == l.kind {
			rd.ls[i].text = t
			rd.ls[i].lab = pack(lb, t)
			rd.role[j] = rMerged
			rd.merged[i] = int32(j)
		}
	}
}

// headingLabel reports whether a bare label can head an item or a
// sub-item in the document's house style.
func (rd *reader) headingLabel(l label) bool {
	switch l.kind {
	case lItemKW, lDecimal:
		return true
	case lRoman:
		return l.upper
	case lLetter:
		return true
	case lArabic:
		return rd.st.heads == lArabic
	}
	return false
}

// nextLine returns the next line after i that is not furniture or a
// footnote, within a few lines; -1 when there is none.
func (rd *reader) nextLine(i int) int {
	for j := i + 1; j < len(rd.ls) && j < i+5; j++ {
		if rd.role[j] == rNone {
			return j
		}
	}
	return -1
}

// itemCandidate reports whether line i reads as an item heading in the
// document's house style.
func (rd *reader) itemCandidate(i int) bool {
	l := rd.ls[i].label()
	switch rd.st.heads {
	case lItemKW:
		return l.kind == lItemKW && (l.bare || titleLike(l.text))
	case lRoman:
		return l.kind == lRoman && l.upper && l.roman > 0 && titleLike(l.text) && !rowWithRange(l.text)
	case lArabic:
		return l.kind == lArabic && l.num < 1000 && headingText(l.text, l.bare) && !rowWithRange(l.text)
	}
	return false
}

// items finds the body's item headings and returns the index of the first,
// -1 when there is none. Item numbers that start again (a table of
// contents, the agenda as adopted, then the body; a timetable after it)
// split the headings into runs; the body is the run with the most text
// between its headings. Within it, headings run in order: a number out of
// order is text.
func (rd *reader) items() int {
	var cands []int
	for i := range rd.ls {
		if rd.role[i] == rNone && rd.itemCandidate(i) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return -1
	}
	num := func(i int) int { return itemNumber(rd.ls[i].label()) }
	var runs [][]int
	cur := []int{cands[0]}
	for _, i := range cands[1:] {
		prev := cur[len(cur)-1]
		switch {
		case num(i) > num(prev):
			cur = append(cur, i)
		case num(i) == num(prev) && sameText(rd.ls[i].label().text, rd.ls[prev].label().text):
			cur = append(cur, i) // the heading repeated, as over a page
		default:
			runs = append(runs, cur)
			cur = []int{i}
		}
	}
	runs = append(runs, cur)
	best, most := 0, -1
	for k, run := range runs {
		end := len(rd.ls)
		if k+1 < len(runs) {
			end = runs[k+1][0]
		}
		if v := rd.volume(run[0], end) - len(run); v > most || v == most && len(run) > len(runs[best]) {
			best, most = k, v
		}
	}
	run := runs[best]
	prev := 0
	for k, i := range run {
		n := num(i)
		strong := rd.st.heads == lItemKW || rd.ls[i].style == StyleHeading
		if k > 0 && n > prev+3 && !strong {
			continue // a number far out of order: running text
		}
		rd.dec[i] = dItem
		prev = n
	}
	return run[0]
}

// volume counts the lines in [from, to) that are still unread: the text
// between a run's headings.
func (rd *reader) volume(from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if rd.role[i] == rNone {
			n++
		}
	}
	return n
}
