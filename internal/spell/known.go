package spell

import (
	"unicode"
	"unicode/utf8"

	"rapporteur/draft"
)

// Known is a set of words taken from the report itself — names of
// presenters, countries, bodies, venues, the words of titles — which the
// checker does not flag in the paragraphs. Words are matched as written
// (with typographic apostrophes and normalisation forms taken as equal) and
// with a possessive "’s" after them. The zero value and nil are empty. A
// Known is not changed after it is built, so it may be shared by
// goroutines.
type Known struct {
	words map[string]bool
}

// NewKnown returns the set of the words of the given texts that start with
// a capital letter, with their hyphenated parts.
func NewKnown(texts ...string) *Known {
	k := &Known{words: map[string]bool{}}
	for _, t := range texts {
		k.addText(t)
	}
	return k
}

func (k *Known) addText(text string) {
	for _, w := range Words(text) {
		for _, p := range append(splitHyphens(w), w) {
			if r, _ := utf8.DecodeRuneInString(p.Word); unicode.IsUpper(r) {
				k.words[key(trimPossessive(p.Word))] = true
			}
		}
	}
}

// Has reports whether word, or word without a possessive ending, is known.
func (k *Known) Has(word string) bool {
	if k == nil || len(k.words) == 0 {
		return false
	}
	w := key(word)
	return k.words[w] || k.words[trimPossessive(w)]
}

// Len returns how many words the set holds.
func (k *Known) Len() int {
	if k == nil {
		return 0
	}
	return len(k.words)
}

// KnownWords collects the names already in the report: the capitalised
// words of the meeting's fields, the item and sub-item titles, the
// presentations (presenters and topics), the sub-items' attachments, the
// working documents and the annex titles. The window builds it again when
// these change; paragraphs, conclusions and annex bodies are what it checks
// and are not collected.
func KnownWords(r *draft.Report) *Known {
	k := &Known{words: map[string]bool{}}
	if r == nil {
		return k
	}
	for _, f := range r.Meeting.Fields() {
		k.addText(*f.Value)
	}
	for _, it := range r.Items {
		k.addText(it.Title)
		k.addAll(it.Docs)
		k.addPresentations(it.Presentations)
		for _, s := range it.SubItems {
			k.addText(s.Title)
			k.addAll(s.Docs)
			k.addAll(s.Attachments)
			k.addPresentations(s.Presentations)
		}
	}
	for _, a := range r.Annexes {
		k.addText(a.Title)
	}
	return k
}

func (k *Known) addAll(texts []string) {
	for _, t := range texts {
		k.addText(t)
	}
}

func (k *Known) addPresentations(ps []draft.Presentation) {
	for _, p := range ps {
		k.addText(p.Text)
	}
}
