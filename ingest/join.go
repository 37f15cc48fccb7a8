package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinLines joins the wrapped lines of one paragraph or bullet. A line that
// ends in a hyphen after a letter ("e-", "sub-") joins the next without a
// space and keeps its hyphen ("e-commerce", "sub-item"), and so does one
// that ends in a digit and a hyphen before a digit ("2026-2027"); other lines join
// with one space. A line that ends in a soft hyphen, as scans print a
// word broken over two lines, joins the next without it.
func joinLines(parts []string) string {
	var b strings.Builder
	n := len(parts)
	for _, p := range parts {
		n += len(p)
	}
	b.Grow(n)     // the joined text is never longer: no space is left unused
	soft := false // the line before ended in a soft hyphen: the word goes on
	for _, p := range parts {
		p = collapse(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 && !soft && !hyphenJoin(b.String(), p) {
			b.WriteByte(' ')
		}
		p, soft = strings.CutSuffix(p, "\u00ad")
		b.WriteString(p)
	}
	return b.String()
}

// hyphenJoin reports whether prev ends in a word-hyphen that next continues.
func hyphenJoin(prev, next string) bool {
	if !strings.HasSuffix(prev, "-") {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1])
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsDigit(before) && unicode.IsDigit(first) {
		return true // a range broken at its hyphen: "2026-" then "2027"
	}
	return unicode.IsLetter(before) && (unicode.IsLetter(first) || unicode.IsDigit(first))
}
