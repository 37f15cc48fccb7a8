package draft

import (
	"hash/fnv"
	"math"
	"slices"
	"sort"
)

// Similarity settings for paragraphs that are not identical.
const (
	// minSimilarity is the least share of word pairs (Jaccard index) two
	// paragraphs must have in common to be taken as one paragraph edited.
	minSimilarity = 0.35
	rareWords     = 8  // rarest words of a paragraph used to find candidates
	postingScan   = 64 // entries read from one word's list of paragraphs
	candidates    = 8  // candidates scored per paragraph
)

// shingles returns the sorted, distinct hashes of a text's word pairs (of
// its words when it has fewer than three), lower-cased and in NFC.
func shingles(words []string) []uint64 {
	hash := func(a, b string) uint64 {
		h := fnv.New64a()
		h.Write([]byte(a))
		h.Write([]byte{0})
		h.Write([]byte(b))
		return h.Sum64()
	}
	var out []uint64
	if len(words) < 3 {
		for _, w := range words {
			out = append(out, hash(w, ""))
		}
	} else {
		for i := 0; i+1 < len(words); i++ {
			out = append(out, hash(words[i], words[i+1]))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// wordsOf returns the words of a normalised key.
func wordsOf(key string) []string {
	var out []string
	for _, t := range Tokens(key) {
		if isWordToken(t) {
			out = append(out, t)
		}
	}
	return out
}

// jaccard returns |a∩b| / |a∪b| for two sorted sets.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	i, j, common := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			common++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(common) / float64(len(a)+len(b)-common)
}

// simPair is a candidate pairing of an incoming and a prev paragraph.
type simPair struct {
	inc, prev int
	score     float64
}

// similarParagraphs pairs the paragraphs still unmatched with the most
// similar unmatched prev paragraph, best pairs first.
func (m *matcher) similarParagraphs() {
	postings := map[string][]int{}
	prevSh := map[int][]uint64{}
	for j, pr := range m.prevPars {
		if m.prevUsed[j] {
			continue
		}
		ws := wordsOf(normKey(pr.p.Text))
		prevSh[j] = shingles(ws)
		for _, w := range distinct(ws) {
			postings[w] = append(postings[w], j)
		}
	}
	if len(prevSh) == 0 {
		return
	}
	var pairs []simPair
	for i, pr := range m.incPars {
		if m.parTo[i] >= 0 {
			continue
		}
		ws := wordsOf(normKey(pr.p.Text))
		sh := shingles(ws)
		for _, j := range m.candidates(distinct(ws), postings) {
			s := jaccard(sh, prevSh[j])
			if s < minSimilarity {
				continue
			}
			pairs = append(pairs, simPair{i, j, s + m.nearness(i, j)})
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].score > pairs[b].score })
	for _, p := range pairs {
		if m.parTo[p.inc] < 0 && !m.prevUsed[p.prev] {
			m.parTo[p.inc], m.prevUsed[p.prev] = p.prev, true
		}
	}
}

// nearness is a small bonus for a candidate in the matched item and near
// the same place in the report; it breaks ties between equal texts.
func (m *matcher) nearness(i, j int) float64 {
	a, b := m.incPars[i], m.prevPars[j]
	bonus := 0.02 * (1 - math.Abs(a.rel-b.rel))
	if m.itemTo[a.item] == b.item {
		bonus += 0.05
	}
	return bonus
}

// candidates returns the prev paragraphs sharing the most of a paragraph's
// rarest words. The work is bounded: rareWords lists of at most postingScan
// entries each.
func (m *matcher) candidates(words []string, postings map[string][]int) []int {
	sort.Slice(words, func(a, b int) bool {
		na, nb := len(postings[words[a]]), len(postings[words[b]])
		if na != nb {
			return na < nb
		}
		return words[a] < words[b]
	})
	count := map[int]int{}
	used := 0
	for _, w := range words {
		list := postings[w]
		if len(list) == 0 {
			continue
		}
		for _, j := range list[:min(len(list), postingScan)] {
			if !m.prevUsed[j] {
				count[j]++
			}
		}
		if used++; used == rareWords {
			break
		}
	}
	out := make([]int, 0, len(count))
	for j := range count {
		out = append(out, j)
	}
	sort.Slice(out, func(a, b int) bool {
		if count[out[a]] != count[out[b]] {
			return count[out[a]] > count[out[b]]
		}
		return out[a] < out[b]
	})
	return out[:min(len(out), candidates)]
}

func distinct(ws []string) []string {
	seen := make(map[string]bool, len(ws))
	var out []string
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
