package ingest

import "strings"

// The reading order of the body's lines. pdftotext reads a page in blocks
// of text; where a PDF sets labels in a column of their own (LibreOffice
// draws a bullet and a paragraph number left of their text), a paragraph
// number and a bullet can come out one after the other before their texts:
//
//	9.                         • Opening remarks by …
//	•                          • Statement by …
//	Opening remarks by …       9. The Secretariat introduced …
//	•
//	Statement by …
//	The Secretariat introduced …
//
// readingOrder puts each label back before its text.

// readingOrder returns the indices of the lines [from, to) in the order the
// parser reads them: file order, except where a bare paragraph number and
// a bare bullet glyph stand next to each other. There each bullet takes
// the text after it (a line and the lines its sentence runs on into), and
// the number waits for the first text no bullet takes — or for a lead-in
// ("In conclusion, the PTC:"), which is never a bullet's text.
func (rd *reader) readingOrder(from, to int) []int {
	order := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		if rd.role[i] != rNone || !rd.labelPair(i, to) {
			order = append(order, i)
			continue
		}
		i = rd.interleave(i, to, &order)
	}
	return order
}

// bareLabel says whether line i is a bullet glyph alone ('b'), a paragraph
// number alone ('n') or neither (0).
func (rd *reader) bareLabel(i int) byte {
	l := &rd.ls[i]
	if l.whole() {
		return 0
	}
	lab := l.label()
	switch {
	case lab.kind == lBullet && lab.text == "" && lab.hard:
		return 'b'
	case lab.kind == lArabic && lab.bare && rd.dec[i] == dPara:
		return 'n'
	}
	return 0
}

// next returns the first line after i not yet read, or to.
func (rd *reader) next(i, to int) int {
	for i++; i < to && rd.role[i] != rNone; i++ {
	}
	return i
}

// labelPair reports whether line i and the next line are two bare labels,
// one of them a bullet: a number and a bullet in either order, or two
// bullets (LibreOffice's PDF gives a list's glyphs first, then its texts).
func (rd *reader) labelPair(i, to int) bool {
	a := rd.bareLabel(i)
	if a == 0 {
		return false
	}
	j := rd.next(i, to)
	if j >= to {
		return false
	}
	b := rd.bareLabel(j)
	return a == 'n' && b == 'b' || a == 'b' && b != 0
}

// plain reports whether line j is text without a label, as a bullet's or
// a paragraph's text is.
func (rd *reader) plain(j int) bool {
	return rd.ls[j].labKind() == lNone && rd.dec[j] == dNone
}

// unit returns the lines of the text starting at line j: the line and
// those its sentence runs on into.
func (rd *reader) unit(j, to int) []int {
	out := []int{j}
	for t := rd.ls[j].text; !endsSentence(t) && !strings.HasSuffix(t, "; and") && !strings.HasSuffix(t, "; or") && rd.runsOn(j); t = rd.ls[j].text {
		k := rd.next(j, to)
		if k >= to || !rd.plain(k) {
			break
		}
		out, j = append(out, k), k
	}
	return out
}

// interleave appends to order the lines from i on, each label before its
// text, and returns the last line it took.
func (rd *reader) interleave(i, to int, order *[]int) int {
	num := -1        // a paragraph number waiting for its text
	var glyphs []int // bullets waiting for their texts, in order
	last := i - 1    // the last line taken
	for j := i; j < to; j = rd.next(j, to) {
		switch rd.bareLabel(j) {
		case 'n':
			if num >= 0 {
				return rd.leftOver(num, glyphs, order, last)
			}
			num, last = j, j
			continue
		case 'b':
			glyphs, last = append(glyphs, j), j
			continue
		}
		if !rd.plain(j) {
			break
		}
		u := rd.unit(j, to)
		switch {
		case len(glyphs) > 0 && !(num >= 0 && leadInRE.MatchString(rd.ls[j].text)):
			*order = append(*order, glyphs[0])
			*order = append(*order, u...)
			glyphs = glyphs[1:]
		case num >= 0:
			*order = append(*order, num)
			*order = append(*order, u...)
			num = -1
		default:
			*order = append(*order, u...)
		}
		last = u[len(u)-1]
		j = last
		if num < 0 && len(glyphs) == 0 {
			return last
		}
	}
	return rd.leftOver(num, glyphs, order, last)
}

// leftOver appends the labels left without a text, where they stand, and
// returns the last line taken.
func (rd *reader) leftOver(num int, glyphs []int, order *[]int, last int) int {
	if num >= 0 {
		*order = append(*order, num)
	}
	*order = append(*order, glyphs...)
	return last
}
