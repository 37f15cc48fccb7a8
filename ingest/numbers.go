package ingest

import "strings"

// The document's own paragraph numbers are evidence. Every line that
// starts with "N." is a candidate; the reader keeps the reading in which
// the accepted numbers run on best (1, 2, 3 … with as few gaps and repeats
// as possible) and in which no number is taken from an enumeration inside
// a paragraph (lines after a colon, "1. …;" items) or from a line that a
// sentence runs into (a year that opens a wrapped line). The other
// candidates are running text. A Word heading style makes a numbered line
// a sub-heading ("3. Assessment") unless its text is running prose, as
// when a paragraph was given a heading style by mistake: its number still
// counts.

// Weights of the reading. A candidate taken as a paragraph number scores
// one point, more when Word's list numbering drew it; a gap, a repeat, a
// number taken from an enumeration or from the middle of a sentence costs.
const (
	wAccept      = 1.0
	wHinted      = 0.5  // a label from Word's list numbering
	wEnumeration = 0.8  // the line continues an enumeration inside a paragraph
	wMidSentence = 0.6  // the line before it does not end a sentence
	wGap         = 0.45 // numbers skipped, plus wGapEach for each
	wGapEach     = 0.08
	wRepeat      = 0.8 // the same number again
	wFarJump     = 2.5 // a jump of more than maxGap numbers
	wStart       = 0.2 // a first number other than the expected one
	wTitleOnly   = 0.5 // "1. Africa" with a number after it: a numbered sub-heading
	maxGap       = 40
)

// numCand is a line that may carry a paragraph number.
type numCand struct {
	i     int // line index
	num   int
	w     float64
	score float64
	back  int // the candidate before it in the best reading ending here, -1 at the start
}

// paragraphNumbers decides which "N." lines in [from, to) start a numbered
// paragraph; the others are running text (marked dText).
func (rd *reader) paragraphNumbers(from, to int, first int) {
	if !rd.st.numbered() {
		return
	}
	var cs []numCand
	enum := false
	for i := from; i < to; i++ {
		if rd.role[i] != rNone {
			continue
		}
		l := &rd.ls[i]
		if rd.dec[i] == dItem {
			enum = false
			continue
		}
		lab := l.label()
		prev := rd.prevText(i, from)
		if lab.kind != lArabic || l.style == StyleHeading && titleLike(lab.text) || l.style == StyleTitle || !strings.HasSuffix(lab.glyph, ".") && !l.hinted() {
			if lab.kind != lNone {
				// A label of another kind continues an enumeration that a
				// colon opened, or ends it.
				enum = enum && lab.kind != lItemKW
			}
			if strings.HasSuffix(prev, ":") {
				enum = true
			}
			continue
		}
		w := wAccept
		if l.hinted() {
			w += wHinted
		}
		switch {
		case strings.HasSuffix(prev, ":"):
			enum = true
		case enum && enumContinues(prev):
		default:
			enum = false
		}
		if enum {
			w -= wEnumeration
		} else if prev != "" && !endsSentence(prev) && !rd.labelOnly(i, from) {
			w -= wMidSentence
		}
		if !lab.bare && rd.titleOnly(i, lab.text) {
			w -= wTitleOnly
		}
		cs = append(cs, numCand{i: i, num: lab.num, w: w, back: -1})
	}
	for _, k := range bestReading(cs, first) {
		rd.dec[cs[k].i] = dPara
	}
	for k := range cs {
		if rd.dec[cs[k].i] != dPara {
			rd.dec[cs[k].i] = dText
		}
	}
}

// titleOnly reports whether a numbered line's text is a short title with
// no sentence in it, followed at once by another numbered line: a
// sub-heading numbered on its own rather than a paragraph.
func (rd *reader) titleOnly(i int, text string) bool {
	if endsSentence(text) || strings.Count(text, " ") > 7 || !titleLike(text) {
		return false
	}
	j := rd.nextLine(i)
	return j >= 0 && rd.ls[j].labKind() == lArabic
}

// enumContinues reports whether the line before an enumeration's next
// label ends an item of the enumeration: with a semicolon, a comma, "and"
// or "or".
func enumContinues(prev string) bool {
	return strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, " and") ||
		strings.HasSuffix(prev, " or") || strings.HasSuffix(prev, "; and") || strings.HasSuffix(prev, ":")
}

// prevText returns the text of the line before i that is not furniture,
// "" at the start.
func (rd *reader) prevText(i, from int) string {
	for j := i - 1; j >= from; j-- {
		if rd.role[j] == rNone || rd.role[j] == rMerged {
			return rd.ls[j].text
		}
	}
	return ""
}

// labelOnly reports whether the line before i is a heading or a label
// alone, after which a number opens a paragraph whatever the punctuation.
func (rd *reader) labelOnly(i, from int) bool {
	for j := i - 1; j >= from; j-- {
		if rd.role[j] == rNone {
			if k := rd.prevUnread(j); k >= 0 && int(rd.merged[k]) == j {
				return true // the title of a heading whose label stands alone
			}
			return rd.dec[j] == dItem || rd.ls[j].labKind() != lNone && rd.ls[j].labKind() != lArabic
		}
		if rd.role[j] == rMerged {
			return true
		}
	}
	return true
}

// prevUnread returns the line before j that is not furniture, -1 at the
// start.
func (rd *reader) prevUnread(j int) int {
	for k := j - 1; k >= 0; k-- {
		if rd.role[k] == rNone {
			return k
		}
	}
	return -1
}

// bestReading returns the indices into cs of the candidates taken as
// paragraph numbers: a chain of rising numbers (a repeat allowed) with the
// highest score. first is the number the first paragraph is expected to
// carry (1, or what an agenda table says).
func bestReading(cs []numCand, first int) []int {
	if len(cs) == 0 {
		return nil
	}
	bestAt := map[int]int{} // number → candidate ending the best chain with it
	top := -1               // candidate ending the best chain so far
	for k := range cs {
		c := &cs[k]
		start := c.w
		if c.num != first {
			start -= wStart
		}
		c.score, c.back = start, -1
		try := func(b int, cost float64) {
			if s := cs[b].score + c.w - cost; s > c.score {
				c.score, c.back = s, b
			}
		}
		for n := c.num - 1; n >= c.num-maxGap && n >= 0; n-- {
			if b, ok := bestAt[n]; ok {
				gap := c.num - n - 1
				cost := 0.0
				if gap > 0 {
					cost = wGap + wGapEach*float64(gap)
				}
				try(b, cost)
			}
		}
		if b, ok := bestAt[c.num]; ok {
			try(b, wRepeat)
		}
		if top >= 0 && cs[top].num < c.num-maxGap {
			try(top, wFarJump)
		}
		if b, ok := bestAt[c.num]; !ok || c.score >= cs[b].score {
			bestAt[c.num] = k
		}
		if top < 0 || c.score >= cs[top].score {
			top = k
		}
	}
	var out []int
	for k := top; k >= 0; k = cs[k].back {
		out = append(out, k)
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}
