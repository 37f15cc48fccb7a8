package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"rapporteur/draft"
)

// houseStyle is how the document heads its items and numbers its
// paragraphs, as the reader finds it before reading the structure.
type houseStyle struct {
	// heads is the form of an item heading: lItemKW ("ITEM IV – TITLE",
	// "Item 4."), lRoman (UN sections "IV. Title") or lArabic (minutes,
	// "4. TITLE" with sub-items "4.1"); lNone when no form was found.
	heads labelKind
}

// numbered reports whether paragraphs carry printed numbers in this style:
// under item keywords and Roman sections they do; in minutes whose items
// are numbered 1, 2, 2.1 they do not.
func (s houseStyle) numbered() bool { return s.heads != lArabic }

// detectStyle finds how the document heads its items. Word heading styles
// count as evidence with the text: a Heading 1 that reads "IV. Title"
// makes the Roman form likelier, but "Introduction" styled Heading 1 is no
// item at all.
func (rd *reader) detectStyle() houseStyle {
	kw, roman, arabic, paraLabels := 0, 0, 0, 0
	prevRoman, prevArabic := 0, 0
	decimals := 0
	for i := range rd.ls {
		if rd.role[i] != rNone {
			continue
		}
		l := rd.ls[i].label()
		title := l.text
		if l.bare {
			title = rd.nextText(i)
		}
		switch {
		case l.kind == lItemKW && (l.bare || titleLike(title)):
			kw++
		case l.kind == lArabic && rd.wordParagraph(i, title):
			paraLabels++
		case l.kind == lRoman && l.upper && l.roman > 0 && titleLike(title) && !rowWithRange(l.text):
			if l.roman == prevRoman+1 && prevRoman > 0 {
				roman++ // I then II: sections, not initials ("V. Mardin")
			}
			prevRoman = l.roman
		case l.kind == lArabic && minutesHeading(l, title) && (l.bare || capsHeading(title) || !strings.HasSuffix(l.glyph, ".") || !rd.runsOn(i)):
			if l.num == prevArabic+1 {
				arabic++
			}
			prevArabic = l.num
		case l.kind == lArabic && l.glyph != "" && strings.HasSuffix(l.glyph, "."):
			paraLabels++
		case l.kind == lDecimal && l.num == prevArabic && headingText(title, l.bare):
			decimals++
		}
	}
	switch {
	case kw > 0:
		return houseStyle{heads: lItemKW}
	case roman >= 1 && (arabic <= roman || paraLabels > arabic):
		return houseStyle{heads: lRoman}
	case arabic >= 2 && (decimals > 0 || arabic >= 3) && !rd.numberedProse():
		return houseStyle{heads: lArabic}
	case roman >= 1:
		return houseStyle{heads: lRoman}
	}
	return houseStyle{}
}

// wordParagraph reports whether line i is a Word paragraph that reads as
// a numbered paragraph rather than a heading of minutes, however short:
// no heading style, and its text ends a sentence, as headings do not.
func (rd *reader) wordParagraph(i int, title string) bool {
	l := &rd.ls[i]
	return l.whole() && l.style != StyleHeading && l.style != StyleTitle && strings.HasSuffix(title, ".")
}

// minutesHeading reports whether an Arabic-numbered line with title reads
// as an item heading of minutes: "4. STAFF OF THE BUREAU", "4" alone above
// "Financial matters", "1 APPROVAL OF THE MINUTES". A number with its full
// stop alone on its line ("4.") is a UN paragraph number unless its title
// is in capitals: the paragraph's text follows it.
func minutesHeading(l label, title string) bool {
	switch {
	case l.loose:
		return capsHeading(title)
	case l.bare && strings.HasSuffix(l.glyph, "."):
		return capsHeading(title) && titleLike(title)
	}
	return headingText(title, l.bare)
}

// numberedProse reports whether most lines numbered "N." read as prose
// rather than headings: numbered paragraphs without items.
func (rd *reader) numberedProse() bool {
	prose, heads := 0, 0
	for i := range rd.ls {
		l := rd.ls[i].label()
		if l.kind != lArabic || rd.role[i] != rNone {
			continue
		}
		if l.bare {
			if t := rd.nextText(i); t != "" && minutesHeading(l, t) {
				heads++
			} else {
				prose++
			}
			continue
		}
		if headingText(l.text, false) {
			heads++
		} else {
			prose++
		}
	}
	return prose > heads
}

// nextText returns the text of the next line that is not furniture, the
// title of a heading whose label stands alone.
func (rd *reader) nextText(i int) string {
	for j := i + 1; j < len(rd.ls) && j < i+4; j++ {
		if rd.role[j] == rNone {
			if rd.ls[j].labKind() != lNone {
				return ""
			}
			return rd.ls[j].text
		}
	}
	return ""
}

// titleLike reports whether t reads as the title of a heading: it starts
// with a capital, a digit or a quote, is not too long, and does not end
// as running text does (a comma, a semicolon, a sentence of many words).
func titleLike(t string) bool {
	if t == "" || strings.IndexFunc(t, unicode.IsLetter) < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsLower(r) {
		return false
	}
	words := strings.Count(t, " ") + 1
	if words > 30 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	switch {
	case last == ';' || last == ',' && !allCaps(t):
		return false
	case last == '.' && words > 14 && !allCaps(t):
		return false
	}
	return true
}

// headingText reports whether a line numbered "N." reads as an item
// heading in minutes rather than a numbered sentence: title-like, short,
// not a sentence that ends with a full stop unless it is in capitals.
func headingText(t string, bare bool) bool {
	if !titleLike(t) {
		return false
	}
	if allCaps(t) {
		return true
	}
	words := strings.Count(t, " ") + 1
	if strings.HasSuffix(t, ".") && !bare {
		return words <= 8
	}
	return words <= 16
}

// rowWithRange reports whether a Roman-numbered line ends with a range of
// paragraphs or a page number, as a row of an agenda table or a table of
// contents does: "Upcoming events 142-146", "Attendance .... 1–3 3".
func rowWithRange(t string) bool {
	if strings.Contains(t, "....") || strings.Contains(t, "…") {
		return true
	}
	m := rowRE.FindStringSubmatch("I. " + t)
	if m == nil || m[3] == "" {
		return false
	}
	// "Programme of work for 2026-2027": years the title names after a
	// small word, not the row's range of paragraphs.
	words := strings.Fields(m[2])
	if len(words) > 0 && len(m[3]) == 4 && len(m[4]) == 4 {
		switch words[len(words)-1] {
		case "for", "of", "in", "from", "during", "and", "until", "to", "the":
			return false
		}
	}
	return true
}

// letterSub is a sub-item label form within an item.
type subForm uint8

const (
	sfNone    subForm = iota
	sfLower           // a. Title
	sfUpper           // A. Title
	sfParen           // (a) Title
	sfDecimal         // 2.1 Title
)

// String names the form as the house style records it.
func (f subForm) String() string {
	switch f {
	case sfLower:
		return draft.SubLower
	case sfUpper:
		return draft.SubUpper
	case sfParen:
		return draft.SubParen
	case sfDecimal:
		return draft.SubDecimal
	}
	return ""
}
