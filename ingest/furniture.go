package ingest

import (
	"regexp"

	"sort"
	"strconv"
	"strings"
	"unicode"

	"rapporteur/draft"
)

// Page furniture: what a page carries besides the report's text. It is
// dropped, and every dropped line is logged with its reason.

var (
	// jobNumberRE is a UN job number, printed on a document's first page:
	// "GE.18-01763(E)", "GE.20-02502 (E) 120320 130320", "V.19-01234 (E)".
	jobNumberRE = regexp.MustCompile(`^(?:GE|V|N|NY)\.?\s?\d{2}-\d{4,6}\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}\s*\*?$`)
	// symbolRE is a UN document symbol: "ECE/TRADE/C/CEFACT/2018/1",
	// "AGAT/2020/INF.1", "ECE/TRADE/C/CEFACT/2019/22/Rev.1".
	symbolRE = regexp.MustCompile(`^[A-Z]{2,12}(?:/[A-Za-z0-9][A-Za-z0-9.\-]*){2,8}$`)
	// pageLabelRE is a page number as pages print it: "- 3 -", "Page 3",
	// "Page 3 of 9", "3/9", "iii".
	pageLabelRE = regexp.MustCompile(`^(?:-\s*\d{1,4}\s*-|[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})$`)
	// recycleRE is the UN footer under the recycling symbol.
	recycleRE = regexp.MustCompile(`^Please\s+recycle\b.{0,4}$`)
)

// furnitureEdge is how many lines at the head and foot of a page are
// looked at for running headers, footers and page numbers.
const furnitureEdge = 3

// furniture marks and logs the page furniture: job numbers, bar codes,
// page numbers at the head or foot of pages, and lines repeated at the
// edges of several pages (running headers such as the document symbol).
func (rd *reader) furniture() {
	for i := range rd.ls {
		if rd.ls[i].style == StyleHeader {
			rd.header(i)
			continue
		}
		if reason := fixedFurniture(rd.ls[i].text); reason != "" {
			rd.drop(i, LogFurniture, reason)
		}
	}
	pages := rd.pageEdges()
	if len(pages) < 2 {
		return
	}
	rd.repeatedEdges(pages)
	rd.pageNumbers(pages)
}

// header drops a line of a Word header or footer part: furniture, but
// the document's code in it is the meeting's, as a running header's is.
func (rd *reader) header(i int) {
	t := rd.ls[i].text
	if rd.code == "" && documentCode(t) {
		rd.code = t
	}
	rd.drop(i, LogFurniture, "a page header or footer")
}

// fixedFurniture says why a line is furniture wherever it stands, "" when
// it is not: a job number, a bar code, the recycling footer.
func fixedFurniture(t string) string {
	switch {
	case len(t) <= 40 && jobNumberRE.MatchString(t):
		return "a job number"
	case barCode(t):
		return "a bar code"
	case len(t) <= 20 && recycleRE.MatchString(t):
		return "a page footer"
	}
	return ""
}

// barCode reports whether t is drawn in a bar-code or symbol font: every
// letter is in the private use area, as pdftotext gives such glyphs.
func barCode(t string) bool {
	n := 0
	for _, r := range t {
		switch {
		case r >= 0xE000 && r <= 0xF8FF:
			n++
		case r == ' ' || r == '*':
		default:
			return false
		}
	}
	return n >= 4
}

// pageEdge lists the lines at the head and the foot of one page, by index.
type pageEdge struct {
	head, foot []int
}

// pageEdges returns the edges of each page, furniture already found left
// out so that a job number does not hide the footer above it.
func (rd *reader) pageEdges() []pageEdge {
	var pages []pageEdge
	start := 0
	for start < len(rd.ls) {
		end := start
		for end < len(rd.ls) && rd.ls[end].page == rd.ls[start].page {
			end++
		}
		var e pageEdge
		for i := start; i < end && len(e.head) < furnitureEdge; i++ {
			if rd.role[i] == rNone {
				e.head = append(e.head, i)
			}
		}
		for i := end - 1; i >= start && len(e.foot) < furnitureEdge; i-- {
			if rd.role[i] == rNone {
				e.foot = append(e.foot, i)
			}
		}
		pages = append(pages, e)
		start = end
	}
	return pages
}

// repeatedEdges drops lines that stand at the edge of several pages, the
// same but for their digits: running headers and footers.
func (rd *reader) repeatedEdges(pages []pageEdge) {
	seen := map[string][]int{} // shape → pages it stands on
	where := map[string][]int{}
	for p, e := range pages {
		for _, i := range append(append([]int(nil), e.head...), e.foot...) {
			t := rd.ls[i].text
			if len(t) > 100 {
				continue
			}
			k := shape(t)
			if ps := seen[k]; len(ps) == 0 || ps[len(ps)-1] != p {
				seen[k] = append(ps, p)
			}
			where[k] = append(where[k], i)
		}
	}
	need := 3
	if len(pages) <= 4 {
		need = 2
	}
	// In the order the lines first stand, so that the document's code is
	// the first repeated code line, not the one a map's order gives.
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return where[keys[a]][0] < where[keys[b]][0] })
	for _, k := range keys {
		ps := seen[k]
		if len(ps) < need || !furnitureShape(k, rd.ls[where[k][0]].text) {
			continue
		}
		if rd.code == "" && documentCode(rd.ls[where[k][0]].text) {
			rd.code = rd.ls[where[k][0]].text
		}
		for _, i := range where[k] {
			if rd.role[i] == rNone {
				rd.drop(i, LogFurniture, "repeated at the edge of "+strconv.Itoa(len(ps))+" pages (a running header or footer)")
			}
		}
	}
}

// furnitureShape reports whether a repeated line may be furniture: a line
// the report's structure uses — a label ("37.", "a."), a category, a
// document line, a bullet, a conclusion's lead-in ("In conclusion, the
// PTC:", which a page may well begin or end with), a line that opens a
// list with a colon, a presentation, a sentence of four words or more (the
// same footnote at the foot of two pages) — repeats without being furniture.
func furnitureShape(k, t string) bool {
	if strings.TrimSpace(k) == "" || readLabel(t).kind != lNone {
		return false
	}
	if strings.HasSuffix(t, ":") || draft.IsPresentation(t) {
		return false
	}
	if strings.HasSuffix(t, ".") && strings.Count(t, " ") >= 3 && !strings.HasSuffix(t, "..") {
		return false // a sentence, such as a footnote's "See ECE/…/19, annex II."
	}
	if _, ok := categoryLine(t); ok {
		return false
	}
	if _, ok := docLine(t); ok {
		return false
	}
	return true
}

// shape is a line with its digits replaced, so that "PC0737E1 18." and
// "PC0737E1 19." or "- 3 -" and "- 4 -" are the same running line.
func shape(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	digit := false
	for _, r := range t {
		if unicode.IsDigit(r) {
			if !digit {
				b.WriteByte('#')
			}
			digit = true
			continue
		}
		digit = false
		b.WriteRune(r)
	}
	return b.String()
}

// pageNumbers drops the page numbers at the edges of pages: explicit forms
// ("- 3 -", "Page 3 of 9") always, bare numbers ("3", "18.") where they keep
// step with the pages over a run of pages, as page numbers do (a blank page
// left out of the text shifts the step; a heading's number does not keep it).
func (rd *reader) pageNumbers(pages []pageEdge) {
	type cand struct{ i, page, off int }
	var cands []cand
	for p, e := range pages {
		// A page has one number: one standing at its foot, or one without
		// a full stop, rather than "4." at its head, which opens a paragraph.
		var pc []cand
		plain := false
		for _, i := range append(append([]int(nil), e.foot[:min(2, len(e.foot))]...), e.head[:min(2, len(e.head))]...) {
			t := rd.ls[i].text
			if rd.role[i] != rNone {
				continue
			}
			if pageLabelRE.MatchString(t) {
				rd.drop(i, LogFurniture, "a page number")
				continue
			}
			if v, ok := bareNumber(t); ok {
				if rd.footnoteMark(e, i, v) || strings.HasSuffix(t, ".") && rd.followsParagraph(i, v) {
					continue
				}
				pc = append(pc, cand{i, p, v - p})
				plain = plain || !strings.HasSuffix(t, ".")
			}
		}
		for _, c := range pc {
			if !plain || !strings.HasSuffix(rd.ls[c.i].text, ".") {
				cands = append(cands, c)
			}
		}
	}
	need := 3
	if len(pages) <= 5 {
		need = 2
	}
	byOffset := map[int][]cand{}
	for _, c := range cands {
		byOffset[c.off] = append(byOffset[c.off], c)
	}
	for _, cs := range byOffset {
		for a := 0; a < len(cs); {
			b := a + 1
			for b < len(cs) && cs[b].page > cs[b-1].page && cs[b].page-cs[b-1].page <= 3 {
				b++
			}
			if b-a >= need {
				for _, c := range cs[a:b] {
					if rd.role[c.i] == rNone {
						rd.drop(c.i, LogFurniture, "a page number")
					}
				}
			}
			a = b
		}
	}
}

// footnoteMark reports whether the bare number v at line i, near the foot
// of the page whose edges e are, opens a footnote rather than numbering the
// page: text stands below it on the page, and the page's text carries the
// mark ("… since 2019.1"). A page number stands at the very edge.
func (rd *reader) footnoteMark(e pageEdge, i, v int) bool {
	if len(e.foot) == 0 || e.foot[0] == i || len(e.head) == 0 {
		return false
	}
	if _, ok := bareNumber(rd.ls[e.foot[0]].text); ok {
		return false // the page's number, perhaps, below a footnote's mark
	}
	return e.head[0] < i && rd.markedAbove(v, i, e.head[0])
}

// followsParagraph reports whether the number v with its full stop at
// line i goes on from the paragraph numbered v-1 a little above it: a
// paragraph's number alone at a page's head or foot (LibreOffice's PDF
// sets "89." on a line of its own), not the page's.
func (rd *reader) followsParagraph(i, v int) bool {
	for j := i - 1; j >= 0 && j >= i-80; j-- {
		if l := rd.ls[j].label(); l.kind == lArabic && l.num == v-1 && strings.HasSuffix(l.glyph, ".") {
			return true
		}
	}
	return false
}

// bareNumber reads a line that is only a number of one to four digits,
// with or without a full stop: a page number, perhaps.
func bareNumber(t string) (int, bool) {
	t = strings.TrimSuffix(t, ".")
	if t == "" || len(t) > 4 || leadDigits(t) != len(t) {
		return 0, false
	}
	return atoi(t), true
}

// documentCode reports whether t is a document's code as its title page
// and running header print it: "PC0737E1", "ECE/TRADE/C/CEFACT/2018/1".
func documentCode(t string) bool {
	if d, err := draft.ParseDocCode(t); err == nil && d.Language != "" {
		return true
	}
	return symbolRE.MatchString(t)
}
