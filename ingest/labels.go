package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"rapporteur/draft"
)

// labelKind is the form of the label a line starts with, before the reader
// decides what the label means in the document's house style.
type labelKind int

const (
	lNone    labelKind = iota
	lItemKW            // "ITEM IV – ", "Item 4.", "Agenda item 4 –"
	lRoman             // "IV. Title", "IV.", "IV – Title", "IV\tTitle"
	lArabic            // "37. Text", "37." alone, "37" alone
	lDecimal           // "2.1. Title", "2.1 Title", "2.1" alone
	lLetter            // "a. Title", "A. Title"
	lParen             // "(a) text", "a) text", "(iv) text", "(1) text", "1) text"
	lBullet            // "• text", "- text", "* text"
)

// label is what a line's label says: its form and the numbers it can
// stand for. A label such as "I." or "c." is both a Roman numeral and a
// letter; the reader picks by context.
type label struct {
	kind   labelKind
	num    int    // the number: item, paragraph; major number of a decimal
	minor  int    // the minor number of a decimal label "2.1"
	letter int    // the letter's position (a = 1) when the label is a single letter
	upper  bool   // the letter or Roman numeral is in capitals
	roman  int    // the value of a Roman numeral label, 0 when it is none
	text   string // what follows the label
	bare   bool   // the label stands alone on the line
	hard   bool   // a bullet drawn with a bullet glyph rather than - or *
	loose  bool   // a number followed by a plain space: "1 APPROVAL OF THE MINUTES"
	glyph  string // the label as written, without white space
}

// packed is a label as a line keeps it: small, its texts as offsets into
// the line's text, so a large input costs little per line.
type packed struct {
	kind                     uint8
	upper, bare, hard, loose bool
	letter                   uint8 // a = 1 … z = 26
	glyph                    uint8 // length of the label as written
	minor, roman             int16
	off                      uint32 // where the text after the label starts
	num                      int32
}

// pack keeps l, read from t, in its small form.
func pack(l label, t string) packed {
	if l.kind == lNone {
		return packed{}
	}
	if len(l.glyph) > 255 || l.minor > 999 || l.roman > 9999 {
		return packed{} // no label is that long
	}
	return packed{kind: uint8(l.kind), upper: l.upper, bare: l.bare, hard: l.hard, loose: l.loose, minor: int16(l.minor), letter: uint8(l.letter),
		glyph: uint8(len(l.glyph)), off: uint32(len(t) - len(l.text)), num: int32(l.num), roman: int16(l.roman)}
}

// unpack gives back the label of line text t.
func (p packed) unpack(t string) label {
	if p.kind == uint8(lNone) {
		return label{}
	}
	l := label{kind: labelKind(p.kind), upper: p.upper, bare: p.bare, hard: p.hard, loose: p.loose, minor: int(p.minor), letter: int(p.letter),
		num: int(p.num), roman: int(p.roman)}
	if int(p.off) <= len(t) {
		l.text = t[p.off:]
	}
	if int(p.glyph) <= len(t) {
		l.glyph = t[:p.glyph]
	}
	return l
}

// readLabel reads the label at the start of t, a collapsed line.
func readLabel(t string) label {
	if t == "" {
		return label{}
	}
	if strings.HasPrefix(t, "· ") && len(t) > 3 && isDigit(t[3]) {
		// A scan's speck before a number: "· 6.4. Creation of …".
		l := readLabel(t[3:])
		if l.kind != lNone {
			l.glyph = t[:3] + l.glyph
		}
		return l
	}
	c0 := t[0]
	switch {
	case c0 == 'I' || c0 == 'A' || c0 == 'i' || c0 == 'a':
		if l, ok := itemKeyword(t); ok {
			return l
		}
	}
	switch {
	case c0 >= '0' && c0 <= '9':
		return arabicLabel(t)
	case c0 == '(':
		return parenLabel(t)
	case c0 >= 'a' && c0 <= 'z' || c0 >= 'A' && c0 <= 'Z':
		if l, ok := letterOrRoman(t); ok {
			return l
		}
	case c0 == '-' || c0 == '*':
		if len(t) > 2 && t[1] == ' ' {
			return label{kind: lBullet, text: strings.TrimSpace(t[2:]), glyph: t[:1]}
		}
	}
	if r, size := utf8.DecodeRuneInString(t); strings.ContainsRune(bulletGlyphs, r) {
		return label{kind: lBullet, text: strings.TrimSpace(t[size:]), hard: true, glyph: t[:size]}
	}
	return label{}
}

// itemKeywords open an item heading that names itself: "ITEM IV – …",
// "Agenda item 3: …".
var itemKeywords = []string{"ITEM ", "Item ", "AGENDA ITEM ", "Agenda item ", "Agenda Item "}

// itemKeyword reads "ITEM IV – TITLE", "Item 4. Title", "Item 4." and
// "ITEM 12" with their number. The number must be a whole token followed
// by a separator; "Item 8 of the provisional agenda" is no heading.
func itemKeyword(t string) (label, bool) {
	for _, kw := range itemKeywords {
		if !strings.HasPrefix(t, kw) {
			continue
		}
		rest := t[len(kw):]
		n := tokenEnd(rest)
		if n == 0 {
			return label{}, false
		}
		num, ok := parseNumeral(rest[:n])
		if !ok {
			return label{}, false
		}
		text, ok := afterSeparator(rest[n:], true)
		if !ok {
			return label{}, false
		}
		return label{kind: lItemKW, num: num, text: text, bare: text == "", glyph: kw + rest[:n]}, true
	}
	return label{}, false
}

// tokenEnd returns the length of the Roman numeral or decimal number at the
// start of s: ASCII letters of IVXLCDM, or digits.
func tokenEnd(s string) int {
	n := 0
	if n < len(s) && s[0] >= '0' && s[0] <= '9' {
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		return n
	}
	for n < len(s) && strings.IndexByte("IVXLCDM", s[n]) >= 0 {
		n++
	}
	return n
}

// afterSeparator reads the separator after an item or section number and
// returns the title after it: ". ", "." at the end, " – ", " - ", "—", a tab,
// or the end of the line. A colon counts only where colon is set.
func afterSeparator(s string, colon bool) (string, bool) {
	if s == "" {
		return "", true
	}
	switch {
	case s[0] == '.':
		rest := s[1:]
		if rest == "" {
			return "", true
		}
		if isASCIISpace(rest[0]) {
			return strings.TrimLeft(rest, " \t"), true
		}
		return "", false
	case s[0] == ':' && colon:
		return strings.TrimLeft(s[1:], " \t"), true
	case s[0] == ' ' || s[0] == '\t':
		rest := strings.TrimLeft(s, " \t")
		for _, d := range []string{"–", "—", "-", ":"} {
			if strings.HasPrefix(rest, d) && (d != ":" || colon) {
				after := rest[len(d):]
				if after == "" || after[0] == ' ' || after[0] == '\t' {
					return strings.TrimLeft(after, " \t"), true
				}
			}
		}
		if rest == "" || s[0] == '\t' {
			return rest, true
		}
		return "", false
	}
	for _, d := range []string{"–", "—"} {
		if strings.HasPrefix(s, d) {
			return strings.TrimLeft(s[len(d):], " \t"), true
		}
	}
	return "", false
}

// arabicLabel reads "37. Text", "37.", "37" alone, "2.1. Title", "2.1
// Title", "1) text". Numbers of any length are read; a number followed by
// anything else ("37.5 per cent", "2016 saw") is no label.
func arabicLabel(t string) label {
	n := leadDigits(t)
	num, ok := atoiCap(t[:n])
	if !ok {
		return label{}
	}
	rest := t[n:]
	switch {
	case rest == "":
		return label{kind: lArabic, num: num, bare: true, glyph: t}
	case rest[0] == '.' && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9':
		return decimalLabel(t, num, rest[1:])
	case strings.HasPrefix(rest, " .") && len(rest) > 2 && isDigit(rest[2]):
		return decimalLabel(t, num, rest[2:]) // "7 .6.", as a scan reads "7.6."
	case rest[0] == '.':
		if strings.HasPrefix(rest, "..") && !strings.HasPrefix(rest, "...") {
			rest = rest[1:] // "2.. FINANCE", as a scan reads "2."
		}
		if text, ok := afterSeparator(rest, false); ok {
			return label{kind: lArabic, num: num, text: text, bare: text == "", glyph: t[:len(t)-len(rest)+1]}
		}
		if gluedWord(rest[1:]) {
			// "15438.The Secretariat …": a long number fills its column
			// and pdftotext leaves no space before the text.
			return label{kind: lArabic, num: num, text: rest[1:], glyph: t[:n+1]}
		}
	case rest[0] == ')':
		if len(rest) == 1 || rest[1] == ' ' || rest[1] == '\t' {
			return label{kind: lParen, num: num, text: strings.TrimLeft(rest[1:], " \t"), glyph: t[:n+1]}
		}
	case rest[0] == '\t':
		return label{kind: lArabic, num: num, text: strings.TrimLeft(rest, " \t"), glyph: t[:n]}
	case rest[0] == ' ' && len(rest) > 2 && rest[1] >= 'A' && rest[1] <= 'Z':
		// "1 APPROVAL OF THE MINUTES": a heading of minutes, perhaps; the
		// reader takes it as one only where its title is in capitals.
		return label{kind: lArabic, num: num, text: rest[1:], loose: true, glyph: t[:n]}
	}
	return label{}
}

// gluedWord reports whether s starts with a capitalised word ("The …"),
// as the text of a paragraph whose number touches it does.
func gluedWord(s string) bool {
	return len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z'
}

// decimalLabel reads the rest of "2.1. Title", "2.1 Title" or "2.1" after
// the major number; s starts at the minor number.
func decimalLabel(t string, major int, s string) label {
	m := leadDigits(s)
	minor, ok := atoiCap(s[:m])
	if !ok || m > 3 {
		return label{}
	}
	rest := s[m:]
	glyph := t[:len(t)-len(rest)]
	if strings.HasPrefix(rest, ".") && (len(rest) == 1 || isASCIISpace(rest[1])) {
		rest = rest[1:]
		glyph += "."
	}
	switch {
	case rest == "":
		return label{kind: lDecimal, num: major, minor: minor, bare: true, glyph: glyph}
	case isASCIISpace(rest[0]):
		text := strings.TrimLeft(rest, " \t")
		if text != "" && text[0] >= 'a' && text[0] <= 'z' {
			return label{} // "37.5 per cent": a number in a sentence
		}
		return label{kind: lDecimal, num: major, minor: minor, text: text, glyph: glyph}
	}
	return label{}
}

// parenLabel reads "(a) text", "(iv) text", "(1) text".
func parenLabel(t string) label {
	end := strings.IndexByte(t, ')')
	if end < 2 || end > 6 {
		return label{}
	}
	inner := t[1:end]
	rest := t[end+1:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return label{}
	}
	l := label{kind: lParen, text: strings.TrimLeft(rest, " \t"), glyph: t[:end+1]}
	switch {
	case leadDigits(inner) == len(inner):
		l.num, _ = atoiCap(inner)
	case len(inner) == 1 && unicode.IsLetter(rune(inner[0])):
		l.letter, _ = draft.ParseLetter(strings.ToLower(inner))
		l.upper = inner[0] >= 'A' && inner[0] <= 'Z'
		l.roman = romanValue(inner)
	default:
		l.roman = romanValue(inner)
		if l.roman == 0 {
			return label{}
		}
		l.upper = inner[0] >= 'A' && inner[0] <= 'Z'
	}
	return l
}

// letterOrRoman reads "a. Title", "A. Title", "IV. Title", "iii. text",
// "IV – Title", "a) text" and the bare forms "IV." and "A.".
func letterOrRoman(t string) (label, bool) {
	n := 0
	for n < len(t) && n < 8 && (t[n] >= 'a' && t[n] <= 'z' || t[n] >= 'A' && t[n] <= 'Z') {
		n++
	}
	tok := t[:n]
	rest := t[n:]
	roman := romanValue(tok)
	single := n == 1
	if !single && roman == 0 {
		return label{}, false
	}
	l := label{roman: roman, upper: tok[0] >= 'A' && tok[0] <= 'Z', glyph: tok}
	if single {
		l.letter, _ = draft.ParseLetter(strings.ToLower(tok))
	}
	switch {
	case strings.HasPrefix(rest, ")") && (len(rest) == 1 || rest[1] == ' '):
		l.kind, l.text, l.glyph = lParen, strings.TrimLeft(rest[1:], " \t"), tok+")"
		return l, true
	case strings.HasPrefix(rest, "."):
		text, ok := afterSeparator(rest, false)
		if !ok {
			return label{}, false
		}
		l.text, l.bare, l.glyph = text, text == "", tok+"."
	default:
		// "IV – Title", "IV\tTitle", "IV" alone: Roman numerals in
		// capitals only, a letter needs its full stop.
		if roman == 0 || !l.upper {
			return label{}, false
		}
		text, ok := afterSeparator(rest, false)
		if !ok {
			return label{}, false
		}
		l.text, l.bare = text, text == ""
		if single {
			l.letter = 0 // "C – …" is a numeral, never a letter
		}
	}
	if roman > 0 && !single {
		l.kind = lRoman
	} else if single && roman > 0 && l.upper {
		l.kind = lRoman // "I.", "V.", "X.", "C." — a numeral or a letter
	} else {
		l.kind = lLetter
	}
	return l, true
}

// romanValue returns the value of a Roman numeral written all in capitals
// or all in small letters, 0 when s is none.
func romanValue(s string) int {
	if s == "" || len(s) > 8 {
		return 0
	}
	var buf [8]byte
	upper, lower := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("IVXLCDM", c) >= 0:
			lower = false
			buf[i] = c
		case strings.IndexByte("ivxlcdm", c) >= 0:
			upper = false
			buf[i] = c - 'a' + 'A'
		default:
			return 0
		}
	}
	if !upper && !lower {
		return 0
	}
	n, ok := draft.ParseRoman(string(buf[:len(s)]))
	if !ok {
		return 0
	}
	return n
}

// atoiCap reads a run of ASCII digits, refusing an empty run or a number
// of more than nine digits: a longer run is no label (a phone number, a
// code).
func atoiCap(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	return atoi(s), true
}
