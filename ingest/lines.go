package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"rapporteur/draft"
)

// kind is what a line reads as, before the parser weighs its context.
type kind int

const (
	kText     kind = iota
	kItem          // an item heading in the document's house style
	kSub           // a sub-item heading, if the parser accepts it
	kCategory      // "(For decision)"
	kDoc           // "Doc. PC0727Ea"
	kBullet        // "• text", "- text"
	kEnum          // an enumeration inside running text: "(a)", "ii.", "1)"
	kPara          // a numbered paragraph the document's numbers confirm
	kAnnex         // an annex heading
	kJunk          // furniture found by its form alone: "x x x", a rule
	kHeading       // a heading-styled line (Word) that is none of the above
)

// class is a classified line with the parts its pattern captured.
type class struct {
	kind   kind
	num    int    // paragraph number, item number, annex number, sub-item letter position
	letter string // sub-item letter or label as written
	form   subForm
	text   string // title, paragraph text, bullet text, category
	codes  []string
	hard   bool // a bullet drawn with a bullet glyph rather than - or *
	noCat  bool // the typed "(No category)" line
	marker bool // an annex page's marker, "Annex I to Doc. PC0737E1"
	bare   bool // the label stood alone on its line
	major  int  // the item number a decimal sub-item label names ("2" of "2.1")
}

var (
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
