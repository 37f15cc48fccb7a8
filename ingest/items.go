package ingest

import (
	"math"
	"strings"
)

// titles finds, for each heading label that stands alone on its line ("I.",
// "Item 1.", "A.", "3", "2.1"), the line below that would be its title, as
// pdftotext writes a heading whose number sits in a column of its own. The
// title is taken only if the label is read as a heading (headText). A
// paragraph number alone ("37.") has no title: the paragraph's text follows
// it as running text.
func (rd *reader) titles() {
	for i := range rd.ls {
		if rd.role[i] != rNone {
			continue
		}
		l := rd.ls[i].label()
		if !l.bare || !rd.headingLabel(l) {
			continue
		}
		j := rd.nextLine(i)
		if j < 0 || rd.ls[j].labKind() != lNone || rd.ls[j].style == StyleFootnote {
			continue
		}
		if t, sentence := rd.wrappedTitle(j, rd.ls[j].text); sentence || !titleLike(t) {
			continue // a title may be wrapped: "… (PFCWG)," then "held in …"
		}
		if _, ok := categoryLine(rd.ls[j].text); ok {
			continue
		}
		rd.merged[i] = int32(j)
	}
}

// headText returns the title of a heading at line i: the text after its
// label, or the line below a label that stands alone.
func (rd *reader) headText(i int, l label) string {
	if l.bare && rd.merged[i] > 0 {
		return rd.ls[rd.merged[i]].text
	}
	return l.text
}

// takeTitle records that the heading at line i took the line below it as
// its title.
func (rd *reader) takeTitle(i int) {
	if j := rd.merged[i]; j > 0 && rd.role[j] == rNone {
		rd.role[j] = rMerged
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
	l.text = rd.headText(i, l)
	if itemNumber(l) < 1 {
		return false
	}
	switch rd.st.heads {
	case lItemKW:
		return l.kind == lItemKW && (l.bare || titleLike(l.text))
	case lRoman:
		return l.kind == lRoman && l.upper && l.roman > 0 && titleLike(l.text) && !rowWithRange(l.text)
	case lArabic:
		return l.kind == lArabic && l.num < 1000 && minutesHeading(l, l.text) && !rowWithRange(l.text) && (l.bare || capsHeading(l.text) || !strings.HasSuffix(l.glyph, ".") || !rd.runsOn(i))
	}
	return false
}

// items finds the body's item headings and returns the index of the first,
// -1 when there is none. Item numbers start again where a table of
// contents or the agenda as adopted stands before the body, or a timetable
// after it; the body's headings are the rising run of numbers with the most
// text under its headings (a list of titles has none). Within it, a
// number out of order is text.
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
	cs := rd.itemWeights(cands)
	chain := bestItems(cs, func(a, b int) bool {
		return sameText(rd.headText(cs[a].i, rd.ls[cs[a].i].label()), rd.headText(cs[b].i, rd.ls[cs[b].i].label()))
	})
	for _, k := range chain {
		rd.dec[cs[k].i] = dItem
		rd.takeTitle(cs[k].i)
	}
	return cs[chain[0]].i
}

// itemWeights weighs item heading candidates: a heading with text under
// it weighs more than a row of a list, and a heading the document's style
// or Word's heading style confirms more still.
func (rd *reader) itemWeights(cands []int) []numCand {
	cs := make([]numCand, len(cands))
	for k, i := range cands {
		end := len(rd.ls)
		if k+1 < len(cands) {
			end = cands[k+1]
		}
		v := rd.volume(i+1, end)
		w := 0.1 + 0.9*float64(min(v, 8))/8
		if v > 8 {
			// A body's items hold more text than a summary of decisions
			// taken under the same headings.
			w += 0.08 * min(math.Log2(float64(v)/8), 4)
		}
		if rd.st.heads == lItemKW || rd.ls[i].style == StyleHeading {
			w += 0.5
		}
		cs[k] = numCand{i: i, num: itemNumber(rd.ls[i].label()), w: w, back: -1}
	}
	return cs
}

// bestItems returns the chain of rising item numbers with the highest
// weight; a number may repeat where the heading repeats (same reports
// whether two candidates carry the same title), and numbers may be skipped
// at a cost.
func bestItems(cs []numCand, same func(a, b int) bool) []int {
	top := -1
	var strong fenwick // numbers of the candidates between b and k with text under them
	for k := range cs {
		c := &cs[k]
		strong.reset()
		c.score, c.back = c.w, -1
		if c.num != 1 {
			c.score -= 0.1
		}
		skipped := map[int]int{}  // numbers of the candidates between b and k
		minBetween := math.MaxInt // the lowest of them
		for b := k - 1; b >= 0 && b >= k-300; b-- {
			p := &cs[b]
			if b+1 < k {
				skipped[cs[b+1].num]++
				minBetween = min(minBetween, cs[b+1].num)
				if cs[b+1].w >= 0.5 {
					strong.add(cs[b+1].num)
				}
			}
			// Leaving out headings with text under them that could have
			// followed b puts their text under b: a chain that does so
			// reads the document less well.
			cost := 0.25 * float64(min(strong.above(p.num), 8))
			if skipped[c.num] > 0 || skipped[p.num+1] > 0 {
				// The chain would jump over the heading that follows b, or
				// over another with k's number: a list and the body mixed.
				cost += 0.6
			}
			switch gap := c.num - p.num - 1; {
			case gap == -1 && p.w >= 0.5 && (b == k-1 || minBetween > p.num+1) && same(k, b):
				// The heading repeated, as over a page, after text of its
				// own and no other heading (a sub-section "C." or "D."
				// reads as a Roman number far above it, and is none).
				cost += 0.2
			case gap < 0:
				continue
			case gap > 0:
				cost += 0.3 + 0.1*float64(min(gap, 20))
			}
			if s := p.score + c.w - cost; s > c.score {
				c.score, c.back = s, b
			}
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

// fenwick counts numbers up to maxItemNumber, for counting the numbers
// above a bound in logarithmic time.
type fenwick struct {
	t     []int32
	total int
	added []int // the numbers added since the last reset
}

// reset empties the tree, in time proportional to what was added.
func (f *fenwick) reset() {
	for _, n := range f.added {
		for ; n <= maxItemNumber; n += n & -n {
			f.t[n]--
		}
	}
	f.added, f.total = f.added[:0], 0
}

const maxItemNumber = 4096

func (f *fenwick) add(n int) {
	if f.t == nil {
		f.t = make([]int32, maxItemNumber+1)
	}
	n = min(max(n, 1), maxItemNumber)
	f.total++
	f.added = append(f.added, n)
	for ; n <= maxItemNumber; n += n & -n {
		f.t[n]++
	}
}

// above returns how many numbers added are greater than n.
func (f *fenwick) above(n int) int {
	if f.total == 0 {
		return 0
	}
	n = min(max(n, 0), maxItemNumber)
	s := 0
	for ; n > 0; n -= n & -n {
		s += int(f.t[n])
	}
	return f.total - s
}
