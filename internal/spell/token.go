package spell

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Range is a word of a text and where it stands: Start and End are byte
// offsets (text[Start:End] == Word), RuneStart and RuneEnd the same place
// counted in runes, as an editor that indexes []rune needs it.
type Range struct {
	Word               string
	Start, End         int
	RuneStart, RuneEnd int
	// DotAfter reports that a full stop follows the word directly, so that
	// an abbreviation such as "etc." can be accepted with it.
	DotAfter bool
}

// Words splits text into the words a spelling check looks at, in order.
// A word is a run of letters, marks and digits, with apostrophes (' ’ ʼ),
// hyphens and full stops inside it ("l’Organisation", "don't",
// "e-commerce", "U.S", "GE.20-12345"); quotes, dashes, brackets and other
// punctuation separate words, and apostrophes, hyphens and full stops at
// either end are left out ("Members’" gives "Members"). Whole
// white-space-separated chunks that are URLs, e-mail addresses or document
// symbols written with slashes ("ECE/TRADE/C/CEFACT/2020/19") give no
// words at all.
func Words(text string) []Range {
	var out []Range
	eachWord(text, func(r Range) { out = append(out, r) })
	return out
}

// eachWord calls yield with each word Words would return, in order,
// without building the list.
func eachWord(text string, yield func(Range)) {
	sc := scanner{text: text, yield: yield}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := chunkEnd(text, i)
		if !skipChunk(text[i:j]) {
			sc.chunk(i, j)
		}
		i = j
	}
}

// chunkEnd returns the end of the run of non-space runes starting at i.
func chunkEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// scanner carries the rune count of text[:at] from word to word, so that
// rune offsets cost one pass over the text.
type scanner struct {
	text      string
	at, runes int
	yield     func(Range)
}

// chunk yields the words of text[i:j].
func (sc *scanner) chunk(i, j int) {
	text := sc.text
	for k := i; k < j; {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !isLetterOrDigit(r) && !isJoiner(r) {
			k += n
			continue
		}
		s, e := trimConnectors(text, k, wordEnd(text, k, j))
		if s < e {
			sc.runes += utf8.RuneCountInString(text[sc.at:s])
			rs := sc.runes
			sc.runes += utf8.RuneCountInString(text[s:e])
			sc.at = e
			sc.yield(Range{Word: text[s:e], Start: s, End: e, RuneStart: rs, RuneEnd: sc.runes,
				DotAfter: e < len(text) && text[e] == '.'})
		}
		if e <= k {
			e = k + n
		}
		k = e
	}
}

// wordEnd returns the end of the word starting at k, within the chunk end j.
func wordEnd(text string, k, j int) int {
	for k < j {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !isLetterOrDigit(r) && !isConnector(r) && !isJoiner(r) {
			break
		}
		k += n
	}
	return k
}

// trimConnectors drops apostrophes, hyphens and full stops (and invisible
// joiners) at both ends of text[s:e].
func trimConnectors(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if isLetterOrDigit(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if isLetterOrDigit(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isLetterOrDigit(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isConnector reports whether r joins two parts of one word: apostrophes,
// hyphens and the full stop.
func isConnector(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '-', '‐', '‑', '.':
		return true
	}
	return false
}

// isJoiner reports whether r is an invisible character that may stand inside
// a word: the soft hyphen and the zero-width joiners.
func isJoiner(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// skipChunk reports whether a white-space-separated chunk is a URL, an
// e-mail address, a file path or a document symbol written with slashes.
func skipChunk(chunk string) bool {
	if !strings.ContainsAny(chunk, ".:/\\@") {
		return false // a plain word, the common case
	}
	c := strings.TrimFunc(chunk, func(r rune) bool {
		return !isLetterOrDigit(r) && r != '/' && r != '\\'
	})
	if !strings.ContainsAny(c, ".:/\\@") {
		return false
	}
	lc := strings.ToLower(c)
	switch {
	case strings.Contains(lc, "://"), strings.HasPrefix(lc, "www."), strings.HasPrefix(lc, "mailto:"),
		strings.ContainsRune(c, '\\'), isEmail(c), isHost(lc):
		return true
	case strings.ContainsRune(c, '/'):
		return isSymbol(c)
	}
	return false
}

func isEmail(c string) bool {
	at := strings.IndexByte(c, '@')
	return at > 0 && strings.Contains(c[at+1:], ".")
}

// topLevel holds the domain endings that make "wco.org" or
// "unece.org/trade" read as an address rather than two words run together.
var topLevel = map[string]bool{
	"org": true, "int": true, "com": true, "net": true, "gov": true, "edu": true, "info": true,
	"eu": true, "uk": true, "fr": true, "be": true, "ch": true, "de": true, "io": true, "un": true,
}

// isHost reports whether lc (lower case) is a host name with an optional
// path: labels of letters, digits and hyphens joined by dots, the last a
// known top-level domain.
func isHost(lc string) bool {
	host, _, _ := strings.Cut(lc, "/")
	dot := strings.LastIndexByte(host, '.')
	if dot < 0 || !topLevel[host[dot+1:]] {
		return false
	}
	for _, label := range strings.Split(host, ".") {
		if label == "" || strings.IndexFunc(label, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
		}) >= 0 {
			return false
		}
	}
	return true
}

// isSymbol reports whether a chunk with slashes is a document symbol or a
// pair of codes ("ECE/TRADE/C/CEFACT/2020/19", "241st/242nd", "WCO/UPU"):
// some part holds a digit or is written in capitals. "and/or" and
// "Americas/Caribbean" are words.
func isSymbol(c string) bool {
	for _, part := range strings.Split(c, "/") {
		if strings.IndexFunc(part, unicode.IsDigit) >= 0 || isCapitals(part) {
			return true
		}
	}
	return false
}

// isCapitals reports whether s holds at least one letter and no lower-case
// letter.
func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}
