package export

import (
	"unicode"

	"rapporteur/draft"
)

// markOf maps a word operation to how its words are shown.
func markOf(op string) mark {
	switch op {
	case draft.OpInsert:
		return inserted
	case draft.OpDelete:
		return deleted
	}
	return plain
}

// diffWords turns word runs into words to lay out. A piece of a run that
// touches the word before it on its own side (a comma after a changed
// word) is glued to it, so that nothing gains or loses a space; the old
// side is the kept and deleted runs, the new side the kept and inserted.
func (rb *redline) diffWords(ops []draft.WordOp, where string) []word {
	var out []word
	spaceOld, spaceNew := true, true
	for _, op := range ops {
		m := markOf(op.Op)
		space := spaceNew
		if m == deleted {
			space = spaceOld
		}
		n := len(out)
		var after bool
		out, after = appendWords(out, rb.cl.clean(op.Text, where), m, space)
		// Never glue across sides: a deletion right after an insertion,
		// or an insertion right after a deletion.
		if n > 0 && n < len(out) && out[n].glue && m != plain && out[n-1].mark != plain && out[n-1].mark != m {
			out[n].glue = false
		}
		switch m {
		case deleted:
			spaceOld = after
		case inserted:
			spaceNew = after
		default:
			spaceOld, spaceNew = after, after
		}
	}
	return out
}

// plainWords returns text as words of one mark.
func (rb *redline) plainWords(text string, m mark, where string) []word {
	out, _ := appendWords(nil, rb.cl.clean(text, where), m, true)
	return out
}

// withEnding adds a bullet's derived punctuation ("; and", ".") after its
// words, glued to the last one.
func withEnding(words []word, ending string) []word {
	out, _ := appendWords(words, ending, plain, false)
	return out
}

// appendWords splits text at white space into words with mark m; space
// says whether white space came before the text. It returns whether the
// text ended in white space.
func appendWords(out []word, text string, m mark, space bool) ([]word, bool) {
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, word{text: text[start:end], mark: m, glue: !space && len(out) > 0})
			space, start = false, -1
		}
	}
	for i, r := range text {
		if unicode.IsSpace(r) {
			flush(i)
			space = true
		} else if start < 0 {
			start = i
		}
	}
	flush(len(text))
	return out, space
}
