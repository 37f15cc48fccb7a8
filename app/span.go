package app

import (
	"unicode"
	"unicode/utf8"

	"rapporteur/draft"
)

// span is where a typed text differs from its value before: bytes
// [at, at+old) of the old value became bytes [at, at+new) of the new one.
// A paragraph's editor knows it for every keystroke; for the other fields
// diffSpan finds it. With it the word count and the undo grouping look at
// the changed part only, so a keystroke costs the same in a paragraph of
// 100 characters as in one of 4,000.
type span struct {
	at, old, new int
	known        bool
}

// diffSpan returns the span between old and new: what is left between
// their common beginning and their common end.
func diffSpan(old, new string) span {
	p := 0
	for p < len(old) && p < len(new) && old[p] == new[p] {
		p++
	}
	s := 0
	for s < len(old)-p && s < len(new)-p && old[len(old)-1-s] == new[len(new)-1-s] {
		s++
	}
	return span{at: p, old: len(old) - p - s, new: len(new) - p - s, known: true}
}

// inserted returns the text span c put into new.
func (c span) inserted(new string) string { return new[c.at : c.at+c.new] }

// wordsDelta returns draft.Words(new) - draft.Words(old), counting only the
// words that touch the span: the part from the space before it to the space
// after it is the only one whose words can differ.
func wordsDelta(old, new string, c span) int {
	a := c.at
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(old[:a])
		if unicode.IsSpace(r) {
			break
		}
		a -= n
	}
	eo, en := c.at+c.old, c.at+c.new
	for eo < len(old) {
		r, n := utf8.DecodeRuneInString(old[eo:])
		if unicode.IsSpace(r) {
			break
		}
		eo += n
		en += n
	}
	return draft.Words(new[a:en]) - draft.Words(old[a:eo])
}
