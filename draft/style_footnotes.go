package draft

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segment is a piece of a text split at its footnote marks: plain text,
// or (Note ≥ 0) the mark of footnote Note in Report.Footnotes.
type Segment struct {
	Text string
	Note int
}

// NoteMarks finds the footnotes' marks in the report's texts in reading
// order. The text keeps each footnote's mark as printed ("Sweden.1"): a
// mark is the footnote's label right after a word or its punctuation and
// before a space, punctuation or the text's end, and footnotes are found
// in their order, each after the one before.
type NoteMarks struct {
	notes []Footnote
	next  int // the footnote looked for next
}

// Marks returns a NoteMarks over the report's footnotes.
func (r *Report) Marks() *NoteMarks { return &NoteMarks{notes: r.Footnotes} }

// Split splits text at the marks of the footnotes it holds next. A text
// without marks is one plain segment.
func (m *NoteMarks) Split(text string) []Segment {
	var out []Segment
	from := 0
	for m.next < len(m.notes) {
		at := markAt(text, from, m.notes[m.next].Label)
		if at < 0 {
			break
		}
		if at > from {
			out = append(out, Segment{Text: text[from:at], Note: -1})
		}
		l := m.notes[m.next].Label
		out = append(out, Segment{Text: l, Note: m.next})
		from = at + len(l)
		m.next++
	}
	if from < len(text) || len(out) == 0 {
		out = append(out, Segment{Text: text[from:], Note: -1})
	}
	return out
}

// Rest returns the indexes of the footnotes whose marks were not found.
func (m *NoteMarks) Rest() []int {
	var out []int
	for k := m.next; k < len(m.notes); k++ {
		out = append(out, k)
	}
	return out
}

// markAt returns where label stands as a footnote mark in text from
// byte from on, -1 for nowhere.
func markAt(text string, from int, label string) int {
	if label == "" {
		return -1
	}
	for from < len(text) {
		k := strings.Index(text[from:], label)
		if k < 0 {
			return -1
		}
		at := from + k
		if markBefore(text[:at]) && markAfter(text[at+len(label):], label) {
			return at
		}
		from = at + 1
	}
	return -1
}

// markBefore reports whether a mark may follow text: a letter or the
// punctuation that ends a word, never a digit, a space or nothing.
func markBefore(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	switch {
	case text == "" || unicode.IsSpace(r) || unicode.IsDigit(r):
		return false
	}
	return unicode.IsLetter(r) || strings.ContainsRune(".,;:)]’”\"'!?", r)
}

// markAfter reports whether a mark may stand before rest: the text's end,
// a space or punctuation; a digit or letter would make it part of a word
// (a label of letters may stand before a digit or letter of no kind).
func markAfter(rest, label string) bool {
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
