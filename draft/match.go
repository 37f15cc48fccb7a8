package draft

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// CompareByContent compares two reports that share no identity, such as
// two drafts received as text: the new one's parts are first matched to the
// old one's by content (see Adopt), then the two are compared by identity.
// Neither argument is changed; the comparison's New is the matched copy.
func CompareByContent(old, new *Report) *Comparison {
	cp := new.Clone()
	Adopt(old, cp)
	return Compare(old, cp)
}

// Adopt gives incoming's items, sub-items, paragraphs, conclusions, bullets
// and annexes the IDs of the parts of prev they match by content, and fresh
// IDs above both reports' sequences to the parts that match nothing, so
// that Compare(prev, incoming) shows real edits only.
//
// Items match by title, then by where their paragraphs came from, then by
// position between matched items. Paragraphs match by identical text
// (ignoring case and spacing), then by similar text: the share of word
// pairs in common, above a threshold, preferring the same item and a near
// position. Candidates come from an index of rare words, so the work grows
// about linearly with the size of the reports.
func Adopt(prev, incoming *Report) {
	m := newMatcher(prev, incoming)
	m.itemsByTitle()
	m.exactParagraphs()
	m.itemsByParagraphs()
	m.itemsByPosition()
	m.similarParagraphs()
	m.assign()
}

// matcher holds the state of one Adopt.
type matcher struct {
	prev, inc *Report
	itemTo    []int // incoming item index → prev item index, or -1
	itemFrom  []int // prev item index → incoming item index, or -1
	prevPars  []parRef
	incPars   []parRef
	parTo     []int  // incoming paragraph → prev paragraph, or -1
	prevUsed  []bool // prev paragraph already matched
}

// parRef is a paragraph with where it sits and its normalised text.
type parRef struct {
	p       *Paragraph
	item, k int
	rel     float64 // position within the report, 0…1
	key     uint64  // hash of the text lower-cased with spacing collapsed
}

func newMatcher(prev, inc *Report) *matcher {
	m := &matcher{prev: prev, inc: inc,
		itemTo: fill(len(inc.Items), -1), itemFrom: fill(len(prev.Items), -1)}
	m.prevPars = flatten(prev)
	m.incPars = flatten(inc)
	m.parTo = fill(len(m.incPars), -1)
	m.prevUsed = make([]bool, len(m.prevPars))
	return m
}

func fill(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func flatten(r *Report) []parRef {
	var out []parRef
	total := 0
	for _, it := range r.Items {
		total += len(it.Paragraphs)
	}
	for i, it := range r.Items {
		for k, p := range it.Paragraphs {
			rel := 0.0
			if total > 1 {
				rel = float64(len(out)) / float64(total-1)
			}
			out = append(out, parRef{p: p, item: i, k: k, rel: rel, key: keyHash(p.Text)})
		}
	}
	return out
}

// keyHash returns a 64-bit FNV-1a hash of normKey(s), computed in one pass
// without building the key.
func keyHash(s string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	if !isASCII(s) && !norm.NFC.IsNormalString(s) {
		s = nfc(s)
	}
	h := uint64(offset)
	started, space := false, false
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = started
			continue
		}
		if space {
			h = (h ^ ' ') * prime
			space = false
		}
		started = true
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			h = (h ^ uint64(r)) * prime
			continue
		}
		n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, c := range buf[:n] {
			h = (h ^ uint64(c)) * prime
		}
	}
	return h
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normKey is the form under which two texts count as identical: NFC,
// lower case, runs of white space as one space.
func normKey(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = nfc(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func (m *matcher) pairItems(i, j int) {
	m.itemTo[i], m.itemFrom[j] = j, i
}

// itemsByTitle pairs items with the same title, first come first served.
func (m *matcher) itemsByTitle() {
	byTitle := map[string][]int{}
	for j, it := range m.prev.Items {
		k := normKey(it.Title)
		byTitle[k] = append(byTitle[k], j)
	}
	for i, it := range m.inc.Items {
		k := normKey(it.Title)
		if js := byTitle[k]; len(js) > 0 {
			m.pairItems(i, js[0])
			byTitle[k] = js[1:]
		}
	}
}

// exactParagraphs pairs paragraphs with identical text, preferring one in
// the matched item, then the first in report order.
func (m *matcher) exactParagraphs() {
	byKey := map[uint64][]int{}
	for j, pr := range m.prevPars {
		byKey[pr.key] = append(byKey[pr.key], j)
	}
	const scan = 32 // bound the search among duplicates
	for i, pr := range m.incPars {
		list := byKey[pr.key]
		for len(list) > 0 && m.prevUsed[list[0]] {
			list = list[1:]
		}
		byKey[pr.key] = list
		if len(list) == 0 {
			continue
		}
		pick := list[0]
		want := m.itemTo[pr.item]
		for _, j := range list[:min(len(list), scan)] {
			if !m.prevUsed[j] && m.prevPars[j].item == want {
				pick = j
				break
			}
		}
		m.parTo[i], m.prevUsed[pick] = pick, true
	}
}

// itemsByParagraphs pairs an unmatched item with the unmatched prev item
// most of its matched paragraphs came from.
func (m *matcher) itemsByParagraphs() {
	votes := map[[2]int]int{}
	for i, j := range m.parTo {
		if j < 0 {
			continue
		}
		a, b := m.incPars[i].item, m.prevPars[j].item
		if m.itemTo[a] < 0 && m.itemFrom[b] < 0 {
			votes[[2]int{a, b}]++
		}
	}
	for a := range m.inc.Items {
		best, bestN := -1, 0
		for b := range m.prev.Items {
			if n := votes[[2]int{a, b}]; n > bestN && m.itemFrom[b] < 0 {
				best, bestN = b, n
			}
		}
		if best >= 0 && m.itemTo[a] < 0 {
			m.pairItems(a, best)
		}
	}
}

// itemsByPosition pairs the unmatched items lying between the same two
// matched items, in order, when both sides have the same number of them: an
// item renamed in place.
func (m *matcher) itemsByPosition() {
	for i := 0; i < len(m.inc.Items); {
		if m.itemTo[i] >= 0 {
			i++
			continue
		}
		end := i
		for end < len(m.inc.Items) && m.itemTo[end] < 0 {
			end++
		}
		lo, hi := -1, len(m.prev.Items)
		if i > 0 {
			lo = m.itemTo[i-1]
		}
		if end < len(m.inc.Items) {
			hi = m.itemTo[end]
		}
		var free []int
		for j := lo + 1; j < hi && j >= 0; j++ {
			if m.itemFrom[j] < 0 {
				free = append(free, j)
			}
		}
		if len(free) == end-i {
			for k, j := range free {
				m.pairItems(i+k, j)
			}
		}
		i = end
	}
}
