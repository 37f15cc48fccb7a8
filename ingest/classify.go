package ingest

import (
	"regexp"
	"strings"
)

// decision is what the reader decided about a line before the parser
// reads it, from the document's own numbers and the house style.
type decision uint8

const (
	dNone decision = iota
	dItem          // an item heading of the body's run of items
	dPara          // a paragraph number the document's numbering confirms
	dText          // a number that is not one: the line is running text
)

// classify says what line i reads as in the document's house style, given
// the reader's decisions about item headings and paragraph numbers.
func (rd *reader) classify(i int) class {
	l := &rd.ls[i]
	t := l.text
	c0 := t[0]
	if len(t) <= maxJunk && (c0 == 'x' || c0 == '_' || c0 == '(' || c0 == 'O') && furnitureRE.MatchString(t) {
		return class{kind: kJunk}
	}
	lab := l.label()
	switch rd.dec[i] {
	case dItem:
		return class{kind: kItem, num: itemNumber(lab), text: rd.headText(i, lab), bare: lab.bare}
	case dPara:
		return class{kind: kPara, num: lab.num, text: lab.text, bare: lab.bare}
	case dText:
		return class{kind: kText, text: t, bare: lab.bare}
	}
	if c0 == '(' {
		if c, ok := categoryLine(t); ok {
			return c
		}
	}
	if len(t) <= maxJunk && (c0 == '-' || c0 == 'P' || c0 >= '0' && c0 <= '9' || c0 >= 'A' && c0 <= 'Z' && len(t) < 16) && junkRE.MatchString(t) {
		return class{kind: kJunk}
	}
	if c, ok := rd.subCandidate(l, lab); ok {
		c.text = rd.headText(i, lab)
		return c
	}
	switch lab.kind {
	case lParen:
		return class{kind: kEnum, text: lab.text, letter: lab.glyph}
	case lRoman:
		if !lab.upper {
			return class{kind: kEnum, text: lab.text, letter: lab.glyph}
		}
	case lBullet:
		return class{kind: kBullet, text: lab.text, hard: lab.hard}
	}
	if c0 == 'D' {
		if c, ok := docLine(t); ok {
			return c
		}
	}
	if c0 == 'A' {
		if c, ok := annexHeading(t); ok {
			return c
		}
	}
	if l.style == StyleHeading && titleLike(t) || l.style == StyleTitle {
		// A heading-styled line of running prose (a sentence of forty
		// words) is text whatever its style says.
		return class{kind: kHeading, text: t}
	}
	return class{kind: kText, text: t}
}

// itemNumber is the number an item heading's label gives.
func itemNumber(l label) int {
	if l.kind == lRoman {
		return l.roman
	}
	return l.num
}

// subCandidate reads a line that may head a sub-item: "a. Title",
// "A. Title", "(a) Title", "2.1 Title". Whether it does is for the parser
// to say, from the item's letters so far and the running text.
func (rd *reader) subCandidate(l *line, lab label) (class, bool) {
	c := class{kind: kSub, text: lab.text, letter: lab.glyph, bare: lab.bare}
	switch {
	case lab.kind == lLetter && lab.letter > 0:
		c.num, c.form = lab.letter, sfLower
		if lab.upper {
			c.form = sfUpper
		}
	case lab.kind == lRoman && lab.letter > 0 && lab.upper && len(lab.glyph) == 2:
		// "I.", "C.", "V.": a letter where the numeral is not an item.
		c.num, c.form = lab.letter, sfUpper
	case lab.kind == lParen && lab.letter > 0:
		c.num, c.form = lab.letter, sfParen
	case lab.kind == lDecimal && rd.st.heads == lArabic:
		c.num, c.form, c.major = lab.minor, sfDecimal, lab.num
	default:
		return class{}, false
	}
	c.letter = strings.ToLower(strings.Trim(lab.glyph, "().")) // "a", "iv", "2.1"
	return c, true
}

// annexAloneRE is an annex's number alone on its line: "Annex II".
var annexAloneRE = regexp.MustCompile(`^(?:Annex|ANNEX)\s+([IVXLC]+|\d{1,2})$`)

// annexHeading recognises "ANNEX I – LIST OF PARTICIPANTS", "Annex II:
// Statements", "ANNEX I" and an annex page's marker "Annex I to Doc. …".
func annexHeading(t string) (class, bool) {
	if m := annexRE.FindStringSubmatch(t); m != nil {
		if n, ok := parseNumeral(m[1]); ok && (m[2] != "" || strings.HasPrefix(t, "ANNEX")) {
			return class{kind: kAnnex, num: n, text: m[2]}, true
		}
	}
	if m := annexAloneRE.FindStringSubmatch(t); m != nil {
		// "Annex I" alone, its title on the next line: a heading where it
		// stands alone (the reader checks), a mention in running text else.
		if n, ok := parseNumeral(m[1]); ok {
			return class{kind: kAnnex, num: n, bare: true}, true
		}
	}
	if m := annexToRE.FindStringSubmatch(t); m != nil {
		if n, ok := parseNumeral(m[1]); ok {
			return class{kind: kAnnex, num: n, marker: true}, true
		}
	}
	return class{}, false
}
