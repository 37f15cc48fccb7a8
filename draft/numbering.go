package draft

// Range is the span of paragraph numbers an item covers, First to Last
// inclusive. The zero Range means the item has no paragraphs.
type Range struct{ First, Last int }

// Empty reports whether the range holds no paragraph.
func (g Range) Empty() bool { return g.First == 0 }

// Count returns the number of paragraphs the item holds, conclusion included.
func (it *Item) Count() int {
	n := len(it.Paragraphs)
	if it.Conclusion != nil {
		n++
	}
	return n
}

// Numbering gives the derived paragraph numbers of a report at one moment. It
// costs one pass over the items (not the paragraphs) to make, so callers make
// a fresh one after any structural change rather than keeping numbers.
type Numbering struct {
	start []int // start[i] is the number before item i's first paragraph
	base  int   // the number before the report's first paragraph
	total int
}

// Numbering computes the paragraph numbering of the report as it is now.
func (r *Report) Numbering() Numbering {
	n := Numbering{start: make([]int, len(r.Items)), base: base(r.FirstParagraph)}
	at := n.base
	for i, it := range r.Items {
		n.start[i] = at
		at += it.Count()
	}
	n.total = at - n.base
	return n
}

// base turns a first number (zero meaning 1) into the number before it.
func base(first int) int {
	if first < 1 {
		return 0
	}
	return first - 1
}

// Total returns the number of numbered paragraphs in the report.
func (n Numbering) Total() int { return n.total }

// Last returns the number of the report's last paragraph (First()-1 when
// it has none).
func (n Numbering) Last() int { return n.base + n.total }

// First returns the number the report's first paragraph has or would have.
func (n Numbering) First() int { return n.base + 1 }

// Number returns the number of the k-th (0-based) paragraph of item i; the
// conclusion of an item is numbered k = len(item.Paragraphs).
func (n Numbering) Number(item, k int) int { return n.start[item] + k + 1 }

// Range returns the paragraph range of item i for the agenda table.
func (n Numbering) Range(r *Report, item int) Range {
	c := r.Items[item].Count()
	if c == 0 {
		return Range{}
	}
	return Range{First: n.start[item] + 1, Last: n.start[item] + c}
}

// ConclusionNumber returns the number of item i's conclusion paragraph, or 0
// when it has none.
func (n Numbering) ConclusionNumber(r *Report, item int) int {
	it := r.Items[item]
	if it.Conclusion == nil {
		return 0
	}
	return n.Number(item, len(it.Paragraphs))
}

// Locate returns the item index and position of paragraph number num
// (1-based), with k = len(Paragraphs) for a conclusion; ok is false when num
// is out of range.
func (n Numbering) Locate(num int) (item, k int, ok bool) {
	if num <= n.base || num > n.base+n.total {
		return 0, 0, false
	}
	lo, hi := 0, len(n.start)-1
	for lo < hi { // last item whose start < num
		mid := (lo + hi + 1) / 2
		if n.start[mid] < num {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	// Skip empty items that share the start.
	for lo+1 < len(n.start) && n.start[lo+1] < num {
		lo++
	}
	return lo, num - n.start[lo] - 1, true
}

// ItemNumber returns the number of item i (0-based) as the report's house
// style writes it: 0 → "I" (or "1" in Arabic numerals), counted from
// FirstItem in a report that continues another.
func (r *Report) ItemNumber(i int) string { return r.Style.ItemNumeral(base(r.FirstItem) + i + 1) }

// ItemIndex returns the index of the item numbered roman ("IV", "iv") or
// in Arabic numerals ("4"), or false when the report has no such item.
func (r *Report) ItemIndex(roman string) (int, bool) {
	n, ok := ParseRoman(roman)
	if !ok {
		n, ok = parseDecimal(roman)
	}
	i := n - base(r.FirstItem) - 1
	if !ok || i < 0 || i >= len(r.Items) {
		return 0, false
	}
	return i, true
}

// SubItemLetter returns the letter of sub-item j (0-based): 0 → "a".
func SubItemLetter(j int) string { return Letter(j + 1) }

// parseDecimal reads a positive number in ASCII digits, at most six.
func parseDecimal(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, n > 0
}
