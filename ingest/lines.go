package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"rapporteur/draft"
)

// line is one non-blank line of the input, cleaned of page-break leftovers,
// tabs and runs of spaces.
type line struct {
	no         int    // 1-based line number in the input
	text       string // trimmed, runs of spaces collapsed
	blankAfter bool   // one or more blank lines follow it
	pageBreak  bool   // a form feed stood on or just before it
	cls        class  // what the line reads as on its own
}

// kind is what a line reads as, before the parser weighs its context.
type kind int

const (
	kText kind = iota
	kItem
	kSub
	kCategory
	kDoc
	kBullet
	kPara
	kAnnex
	kJunk
)

// class is a classified line with the parts its pattern captured.
type class struct {
	kind   kind
	num    int    // paragraph number, item number, annex number
	letter string // sub-item letter
	text   string // title, paragraph text, bullet text, category
	codes  []string
	hard   bool // a bullet drawn with a bullet glyph rather than - or *
	noCat  bool // the typed "(No category)" line
	marker bool // an annex page's marker, "Annex I to Doc. PC0737E1"
}

var (
	itemRE  = regexp.MustCompile(`^(?:ITEM|Item)\s+([IVXLCDM]+|\d{1,3})\s*[–—-]\s*(.*)$`)
	annexRE = regexp.MustCompile(`^(?:ANNEX|Annex)\s+([IVXLC]+|\d{1,2})\s*(?:[–—:.-]\s*(.*))?$`)
	// annexToRE is the heading of an annex page that names the document it
	// belongs to: "Annex I to Doc. PC0737E1", "ANNEX II TO THE SUMMARY REPORT".
	annexToRE = regexp.MustCompile(`^(?i:annex)\s+([IVXLC]+|\d{1,2})\s+(?i:to)\s+(?:(?i:docs?)\.?\s*[A-Z]{1,4}\d{2,6}[A-Za-z0-9]*|(?i:the\s+(?:summary\s+)?report))\s*\.?$`)
	// furnitureRE is page furniture that ends or marks a document: "x x x",
	// a rule of underscores, the document code in brackets, "O. Eng.".
	furnitureRE = regexp.MustCompile(`^(?:x(?:\s+x)*|_{3,}|\([A-Z]{1,4}\d{2,6}[A-Z]?\d{0,2}\)|[A-Z]\.\s*(?:Eng|Fr|Ang)\.?)$`)
	docLineRE   = regexp.MustCompile(`^Docs?\.\s*(.+)$`)
	junkRE      = regexp.MustCompile(`^(?:-\s*\d{1,3}\s*-|[Pp]age\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}|[A-Z]{1,4}\d{2,6}[A-Z]\d{1,2}(?:\s+\d{1,3}\.?|\s+\d{1,3}\s*/\s*\d{1,3})?)$`)
	splitRE     = regexp.MustCompile(`\s*(?:,|;|\band\b)\s*`)
)

// bulletGlyphs are the bullet characters pdftotext and word processors leave
// at the start of a line: U+F0B7 is the Symbol-font bullet from Word.
const bulletGlyphs = "•●\uf0b7▪◦‣∙"

// splitLines cleans the input into non-blank lines.
func splitLines(text string) []line {
	var out []line
	ff := false
	for i, raw := range strings.Split(text, "\n") {
		if strings.ContainsRune(raw, '\f') {
			ff = true
			raw = strings.ReplaceAll(raw, "\f", "")
		}
		t := collapse(raw)
		if t == "" {
			if len(out) > 0 {
				out[len(out)-1].blankAfter = true
			}
			continue
		}
		l := line{no: i + 1, text: t, pageBreak: ff, cls: classify(t)}
		out = append(out, l)
		// A page's running header (its code, "- 5 -") is furniture: the
		// line after it still opens the page.
		ff = ff && l.cls.kind == kJunk
	}
	return out
}

// collapse trims s and turns every run of spaces and tabs into one space.
func collapse(s string) string {
	s = strings.Trim(s, " \t")
	if plain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\v' {
			space = true
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// plain reports whether s needs no collapsing: no space at either end, no
// two spaces in a row, no tab or other control character.
func plain(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c == 0x7f || c == ' ' && s[i+1] == ' ' || c == 0xc2 && i+1 < len(s) && s[i+1] < 0xa0 {
			return false
		}
	}
	return true
}

// classify says what a line reads as on its own. Cheap tests on the first
// bytes keep most lines away from the regular expressions.
func classify(t string) class {
	c0 := t[0]
	if len(t) <= maxJunk && (c0 == 'x' || c0 == '_' || c0 == '(' || c0 == 'O') && furnitureRE.MatchString(t) {
		return class{kind: kJunk}
	}
	if c0 == 'I' && itemRE.MatchString(t) {
		m := itemRE.FindStringSubmatch(t)
		if n, ok := parseNumeral(m[1]); ok {
			return class{kind: kItem, num: n, text: m[2]}
		}
	}
	if c0 == '(' {
		if c, ok := categoryLine(t); ok {
			return c
		}
	}
	if len(t) <= maxJunk && (c0 == '-' || c0 == 'P' || c0 >= '0' && c0 <= '9' || c0 >= 'A' && c0 <= 'Z' && len(t) < 16) && junkRE.MatchString(t) {
		return class{kind: kJunk}
	}
	if c0 >= '0' && c0 <= '9' {
		if n := leadDigits(t); n <= 4 {
			if text, ok := afterLabel(t, n); ok {
				return class{kind: kPara, num: atoi(t[:n]), text: text}
			}
		}
	}
	if c0 >= 'a' && c0 <= 'z' && len(t) > 1 && t[1] == '.' {
		if text, ok := afterLabel(t, 1); ok {
			return class{kind: kSub, letter: t[:1], text: text}
		}
	}
	if r, size := utf8.DecodeRuneInString(t); strings.ContainsRune(bulletGlyphs, r) {
		return class{kind: kBullet, text: strings.TrimSpace(t[size:]), hard: true}
	}
	if len(t) > 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ' {
		return class{kind: kBullet, text: strings.TrimSpace(t[2:])}
	}
	if c0 == 'D' {
		if c, ok := docLine(t); ok {
			return c
		}
	}
	if c0 != 'A' {
		return class{kind: kText, text: t}
	}
	if m := annexRE.FindStringSubmatch(t); m != nil {
		if n, ok := parseNumeral(m[1]); ok && (m[2] != "" || strings.HasPrefix(t, "ANNEX")) {
			return class{kind: kAnnex, num: n, text: m[2]}
		}
	}
	if m := annexToRE.FindStringSubmatch(t); m != nil {
		if n, ok := parseNumeral(m[1]); ok {
			return class{kind: kAnnex, num: n, marker: true}
		}
	}
	return class{kind: kText, text: t}
}

// maxJunk is the longest page-furniture line junkRE can match ("Page 123
// of 456", "PC0737E12 123."); longer lines are never run through it.
const maxJunk = 24

// leadDigits returns how many ASCII digits t starts with.
func leadDigits(t string) int {
	n := 0
	for n < len(t) && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	return n
}

// afterLabel reads a numbered or lettered line "37. Text" whose label is
// t[:n]: a full stop must follow the label, then the end of the line or
// white space before the text. It returns the text, "" for a bare label.
func afterLabel(t string, n int) (string, bool) {
	if n == 0 || len(t) <= n || t[n] != '.' {
		return "", false
	}
	rest := t[n+1:]
	if rest == "" {
		return "", true
	}
	if !isASCIISpace(rest[0]) {
		return "", false
	}
	return strings.TrimLeft(rest, " \t\n\f\r"), true
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// categoryLine recognises "(For decision)" and the typed "(No category)".
func categoryLine(t string) (class, bool) {
	if strings.EqualFold(t, "(No category)") {
		return class{kind: kCategory, noCat: true}, true
	}
	if c, ok := draft.ParseCategory(t); ok {
		return class{kind: kCategory, text: string(c)}, true
	}
	return class{}, false
}

// docLine recognises a line holding only document codes: "Doc. PC0727Ea",
// "Docs. PC0727Ea and PC0728Ea", "Doc. PC0725E (version d)".
func docLine(t string) (class, bool) {
	m := docLineRE.FindStringSubmatch(t)
	if m == nil {
		return class{}, false
	}
	parts := splitRE.Split(strings.TrimSpace(m[1]), -1)
	var codes []string
	for _, p := range parts {
		if p == "" {
			continue
		}
		if strings.ContainsAny(p, " ") && !strings.Contains(p, "(version") {
			return class{}, false
		}
		codes = append(codes, p)
	}
	if len(codes) == 0 {
		return class{}, false
	}
	return class{kind: kDoc, codes: codes}, true
}

// parseNumeral reads a Roman numeral or decimal number.
func parseNumeral(s string) (int, bool) {
	if s[0] >= '0' && s[0] <= '9' {
		n := atoi(s)
		return n, n > 0
	}
	return draft.ParseRoman(s)
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// endsSentence reports whether a line ends where a new paragraph or heading
// may begin: with a full stop, colon, semicolon or closing quote or bracket.
func endsSentence(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".:;!?)”\"’'", r)
}

// allCaps reports whether s has letters and none of them is lower-case: the
// second line of a wrapped item title.
func allCaps(s string) bool {
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
