package draft

import (
	"fmt"
	"regexp"
	"strconv"
)

// paraRefRE finds cross-references to the report's own paragraphs: "see
// paragraph 57", "paragraphs 12 to 14", "paragraphs 3, 5 and 9". A
// reference that goes on "of Annex …", "in Doc. …" or "of the …" points into
// another text and is captured in group 3 so that it can be skipped, as is
// a "sub-paragraph".
var paraRefRE = regexp.MustCompile(`(?i)(\bsub-)?\bparagraphs?\s+(\d{1,5}(?:\s*(?:,|and|or|to|-|–)\s*\d{1,5})*)(\s+(?:of|in)\s+(?:Annex|Doc|document|the|Article|Recommendation|Appendix|Chapter|Section|Convention|Agreement)\b)?`)

var digitsRE = regexp.MustCompile(`\d+`)

// ParagraphRefs returns the paragraph numbers a text refers to, in order;
// a range "12 to 14" gives its two ends.
func ParagraphRefs(text string) []int {
	var out []int
	for _, m := range paraRefRE.FindAllStringSubmatch(text, -1) {
		if m[1] != "" || m[3] != "" {
			continue
		}
		for _, d := range digitsRE.FindAllString(m[2], -1) {
			n, err := strconv.Atoi(d)
			if err == nil {
				out = append(out, n)
			}
		}
	}
	return out
}

// checkRefs flags cross-references to paragraphs the report does not have.
func checkRefs(r *Report) []Finding {
	nb := r.Numbering()
	first, last := nb.First(), nb.Last()
	var fs []Finding
	for _, l := range numberedTexts(r) {
		for _, n := range ParagraphRefs(l.text) {
			if n >= first && n <= last {
				continue
			}
			fs = append(fs, Finding{SeverityError, l.roman, l.num, "paragraph-ref-past-end",
				fmt.Sprintf("refers to paragraph %d, but the report has paragraphs %d to %d only; correct the number", n, first, last)})
		}
	}
	return fs
}

// CheckAgainst returns the findings of Check on r, plus the cross-references
// that a change since prev (an earlier version of the same report) has left
// pointing at the wrong paragraph: where a paragraph's reference to number
// n was already there in prev, and paragraph n of prev (followed by its
// identity) now has another number, or is gone. References added since prev
// are taken as written against the current numbering. prev may be nil.
func CheckAgainst(r, prev *Report) []Finding {
	fs := Check(r)
	if prev == nil {
		return fs
	}
	prevAt, prevRefs := map[int]ID{}, map[ID]map[int]bool{}
	for _, l := range numberedTexts(prev) {
		prevAt[l.num] = l.id
		refs := map[int]bool{}
		for _, n := range ParagraphRefs(l.text) {
			refs[n] = true
		}
		prevRefs[l.id] = refs
	}
	now := map[ID]int{}
	cur := numberedTexts(r)
	for _, l := range cur {
		now[l.id] = l.num
	}
	for _, l := range cur {
		for _, n := range ParagraphRefs(l.text) {
			if f, ok := movedRef(l, n, prevRefs[l.id], prevAt, now); ok {
				fs = append(fs, f)
			}
		}
	}
	sortFindings(fs)
	return fs
}

// movedRef checks one reference to paragraph n made by paragraph l.
func movedRef(l located, n int, before map[int]bool, prevAt map[int]ID, now map[ID]int) (Finding, bool) {
	target, ok := prevAt[n]
	if !before[n] || !ok {
		return Finding{}, false
	}
	num, still := now[target]
	switch {
	case !still:
		return Finding{SeverityWarning, l.roman, l.num, "paragraph-ref-deleted",
			fmt.Sprintf("refers to paragraph %d, which has been deleted since the previous version; remove or correct the reference", n)}, true
	case num != n:
		return Finding{SeverityWarning, l.roman, l.num, "paragraph-ref-moved",
			fmt.Sprintf("refers to paragraph %d, but the paragraph it meant is now paragraph %d; change the reference to %d", n, num, num)}, true
	}
	return Finding{}, false
}
