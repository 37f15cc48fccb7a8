package ingest

import (
	"strings"

	"rapporteur/draft"
)

// maxNoteLines bounds how far up from a page's foot footnotes are looked for.
const maxNoteLines = 14

// footnotes finds the footnotes at the foot of each page and keeps them
// apart from the text: a footnote starts with its number alone on a line
// or before its text ("1 In this paper, …"), numbers run on through the
// document, and a footnote runs to the next one or the page's end. Word
// gives footnotes as lines of StyleFootnote, kept as they come.
func (rd *reader) footnotes() {
	for i := range rd.ls {
		if l := &rd.ls[i]; rd.role[i] == rNone && l.style == StyleFootnote {
			glyph := l.label().glyph
			if l.hinted() {
				// Word drew the mark: it is the Label, whatever follows
				// it ("7 http://…" reads as no label).
				glyph, _, _ = strings.Cut(l.text, " ")
			}
			rd.addNote(strings.Trim(strings.TrimSpace(glyph), "."), []int{i}, l.text[len(glyph):])
		}
	}
	if len(rd.ls) == 0 || rd.ls[len(rd.ls)-1].page == 0 {
		return
	}
	used := map[int]bool{}
	maxUsed := 0
	start := 0
	for start < len(rd.ls) {
		end := start
		for end < len(rd.ls) && rd.ls[end].page == rd.ls[start].page {
			end++
		}
		maxUsed = rd.pageNotes(start, end, used, maxUsed)
		start = end
	}
}

// pageNotes reads the footnotes of the page [start, end).
func (rd *reader) pageNotes(start, end int, used map[int]bool, maxUsed int) int {
	var foot []int
	for i := end - 1; i >= start && len(foot) < maxNoteLines; i-- {
		if rd.role[i] == rNone {
			foot = append(foot, i)
		}
	}
	// foot runs upwards; find the highest footnote start from which every
	// line down to the page's end is a footnote start or footnote text.
	best := -1
	for k := 0; k < len(foot); k++ {
		i := foot[k]
		n, ok := rd.noteStart(i)
		if ok && (n == starNote || !used[n] && n <= maxUsed+3 && n > 0) && (rd.noteBoundary(i, start) || rd.markedAbove(n, i, start)) {
			best = k
		}
		if rd.ls[i].labKind() != lNone && !ok {
			break // a label of the text's own: no footnote above it
		}
	}
	if best < 0 {
		return maxUsed
	}
	var cur []int
	mark := 0
	flush := func() {
		switch {
		case len(cur) == 0:
		case mark == starNote:
			rd.addNote("*", cur, "")
		default:
			rd.addNote(itoa(mark), cur, "")
			used[mark] = true
			maxUsed = max(maxUsed, mark)
		}
	}
	for k := best; k >= 0; k-- {
		i := foot[k]
		if n, ok := rd.noteStart(i); ok && (n == starNote || !used[n] && (len(cur) == 0 || n == mark+1)) {
			flush()
			cur, mark = []int{i}, n
			continue
		}
		cur = append(cur, i)
	}
	flush()
	return maxUsed
}

// noteStart reads a footnote's number at the start of line i: a number of
// one to three digits alone, or before text without a full stop ("1 In
// this paper"), as a superscript mark prints.
func (rd *reader) noteStart(i int) (int, bool) {
	t := rd.ls[i].text
	if strings.HasPrefix(t, "* ") && len(t) > 3 && t[2] >= 'A' && t[2] <= 'Z' {
		return starNote, true // "* On this occasion, …"
	}
	n := leadDigits(t)
	if n == 0 || n > 3 {
		return 0, false
	}
	switch {
	case n == len(t):
		if rd.st.heads == lArabic {
			return 0, false // a bare number heads an item in minutes
		}
		return atoi(t), true
	case t[n] == ' ' && n+1 < len(t) && !isDigit(t[n+1]):
		if rd.st.heads == lArabic && capsHeading(t[n+1:]) {
			return 0, false // "5 CERTIFICATION" heads an item in minutes
		}
		return atoi(t[:n]), true
	}
	return 0, false
}

// noteBoundary reports whether a footnote may start at line i: the line
// above it ends a sentence or is a label of its own, as the text above a
// page's footnotes does.
func (rd *reader) noteBoundary(i, start int) bool {
	for j := i - 1; j >= start; j-- {
		if rd.role[j] == rNone {
			t := rd.ls[j].text
			// The text above may end with a footnote's mark: "Geneva.1".
			if n := trailingDigits(t); n > 0 && n <= 3 && n < len(t) {
				t = t[:len(t)-n]
			}
			if strings.HasSuffix(t, "..") || strings.HasSuffix(t, "…") || contentsNumber(t) {
				// A contents row's leaders or its range: the number below
				// is its page.
				return false
			}
			return endsSentence(t) || rd.ls[j].labKind() != lNone && rd.ls[j].label().bare
		}
	}
	return true
}

// contentsNumber reports whether t is a number or a range alone, without
// a full stop, as the columns of a table of contents give them: "3",
// "1–2", "12-15".
func contentsNumber(t string) bool {
	n := leadDigits(t)
	if n == 0 {
		return false
	}
	rest := t[n:]
	for _, d := range []string{"–", "-", "—"} {
		if r, ok := strings.CutPrefix(rest, d); ok {
			rest = r[leadDigits(r):]
			break
		}
	}
	return rest == ""
}

// markedAbove reports whether a line of the page above line i carries
// footnote n's mark after a word ("Sweden.2", "questionnaire2,"): then
// the footnote may start below a sentence that runs on to the next page.
func (rd *reader) markedAbove(n, i, start int) bool {
	mark := itoa(n)
	for j := start; j < i; j++ {
		if rd.role[j] != rNone {
			continue
		}
		t := rd.ls[j].text
		for at := strings.Index(t, mark); at >= 0; {
			end := at + len(mark)
			// "closed. 2": a superscript pdftotext set apart after a sentence.
			spaced := at > 1 && t[at-1] == ' ' && strings.IndexByte(".;:", t[at-2]) >= 0 && (end == len(t) || t[end] == ' ')
			if at > 0 && (markBefore(t[at-1]) || spaced) && (end == len(t) || !isDigit(t[end]) && t[end] != '.' || end+1 == len(t)) {
				return true
			}
			next := strings.Index(t[end:], mark)
			if next < 0 {
				break
			}
			at = end + next
		}
	}
	return false
}

// markBefore reports whether a footnote's mark may follow c: a letter or
// the punctuation that ends a word.
func markBefore(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || strings.IndexByte(".,;:)", c) >= 0
}

// addNote keeps the lines as one footnote with its mark.
func (rd *reader) addNote(mark string, idx []int, first string) {
	var parts []string
	for k, i := range idx {
		t := rd.ls[i].text
		if k == 0 {
			t = strings.TrimSpace(strings.TrimPrefix(t, mark))
			if first != "" {
				t = strings.TrimSpace(first)
			}
		}
		parts = append(parts, t)
		rd.role[i] = rNote
		rd.log = append(rd.log, Entry{Place: rd.place(i), Kind: LogFootnote, Text: rd.ls[i].text, Reason: "footnote " + mark + ", kept apart from the text",
			At: Where{Part: PartFootnotes}, line: int32(i + 1)})
	}
	rd.notes = append(rd.notes, draft.Footnote{Label: mark, Text: joinLines(parts)})
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// trailingDigits returns how many ASCII digits t ends with.
func trailingDigits(t string) int {
	n := 0
	for n < len(t) && isDigit(t[len(t)-1-n]) {
		n++
	}
	return n
}

// starNote is the number an asterisk footnote stands for: any asterisk
// note may follow any other.
const starNote = 1 << 20
