package textarea

import (
	"unicode"
	"unicode/utf8"
)

// isMark reports whether s starts with a mark that combines with the
// character before it (an accent typed after its letter, say).
func isMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.M, r)
}

// nextChar returns the offset after the character at p, with the marks that
// combine with it.
func nextChar(s string, p int) int {
	if p >= len(s) {
		return len(s)
	}
	_, n := utf8.DecodeRuneInString(s[p:])
	p += n
	for p < len(s) && isMark(s[p:]) {
		_, n = utf8.DecodeRuneInString(s[p:])
		p += n
	}
	return p
}

// prevChar returns the offset of the character before p, with the marks
// that combine with it.
func prevChar(s string, p int) int {
	for p > 0 {
		_, n := utf8.DecodeLastRuneInString(s[:p])
		p -= n
		if !isMark(s[p:]) {
			break
		}
	}
	return p
}

// class sorts characters for word movement: spaces, word characters
// (letters, digits, marks and the apostrophes inside words) and the rest.
func class(r rune) int {
	switch {
	case unicode.IsSpace(r):
		return 0
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || r == '_' || r == '\'' || r == '’':
		return 1
	}
	return 2
}

func classAt(s string, p int) int {
	r, _ := utf8.DecodeRuneInString(s[p:])
	return class(r)
}

func classBefore(s string, p int) int {
	r, _ := utf8.DecodeLastRuneInString(s[:p])
	return class(r)
}

// nextWord returns where Ctrl+Right goes from p: past the rest of the word
// (or run of punctuation) and the spaces after it, to the start of the
// next word, as in a word processor.
func nextWord(s string, p int) int {
	if p < len(s) && classAt(s, p) != 0 {
		c := classAt(s, p)
		for p < len(s) && classAt(s, p) == c {
			p = nextChar(s, p)
		}
	}
	for p < len(s) && classAt(s, p) == 0 {
		p = nextChar(s, p)
	}
	return p
}

// prevWord returns where Ctrl+Left goes from p: back over spaces, then to
// the start of the word (or run of punctuation) before them.
func prevWord(s string, p int) int {
	for p > 0 && classBefore(s, p) == 0 {
		p = prevChar(s, p)
	}
	if p > 0 {
		c := classBefore(s, p)
		for p > 0 && classBefore(s, p) == c {
			p = prevChar(s, p)
		}
	}
	return p
}

// wordAt returns the word (or run of spaces or punctuation) at p, for a
// double click: the run of one class around p, or the one just before p at
// the end of a word.
func wordAt(s string, p int) (int, int) {
	if len(s) == 0 {
		return 0, 0
	}
	if p >= len(s) || (p > 0 && classAt(s, p) == 0 && classBefore(s, p) != 0) {
		p = prevChar(s, p)
	}
	c := classAt(s, p)
	start, end := p, nextChar(s, p)
	for start > 0 && classBefore(s, start) == c && s[start-1] != '\n' {
		start = prevChar(s, start)
	}
	for end < len(s) && classAt(s, end) == c && s[end] != '\n' {
		end = nextChar(s, end)
	}
	return start, end
}

// hardLine returns the hard line (up to its newline) around p, for a
// triple click.
func hardLine(s string, p int) (int, int) {
	start, end := p, p
	for start > 0 && s[start-1] != '\n' {
		start--
	}
	for end < len(s) && s[end] != '\n' {
		end++
	}
	return start, end
}
