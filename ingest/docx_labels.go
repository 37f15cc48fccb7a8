package ingest

import (
	"fmt"
	"strconv"
	"strings"

	"rapporteur/draft"
)

// listCounters are the counters of Word's list numbering for one reading
// of a document (changes accepted, or rejected): per list definition, the
// current number of each level and whether the level has started.
type listCounters struct {
	c map[string]*levelCounters
}

type levelCounters struct {
	val     [maxListLevels]int
	started [maxListLevels]bool
}

func newListCounters() *listCounters { return &listCounters{c: map[string]*levelCounters{}} }

// listLabel is what numbering gives a paragraph: the label as Word shows
// it ("37.", "a.", "2.1", "•"), the list and level, and whether it is a
// bullet.
type listLabel struct {
	text   string
	numID  string
	level  int
	bullet bool
}

// effective returns the list reference a paragraph follows: its own w:numPr,
// completed by its style's (a paragraph may give only a level, or only a
// list), or its style's alone. A style's list without a level takes the
// level that names the style (w:lvl/w:pStyle), else level 0.
func (ld *listDefs) effective(styleID string, own numRef) (numRef, bool) {
	var st numRef
	if s := ld.styles.resolve(styleID); s != nil {
		st = s.numR
	}
	ref := own
	switch {
	case !own.set:
		ref = st
	case own.numID == "" && st.set:
		ref.numID = st.numID
	}
	if !ref.set || ref.numID == "" || ref.numID == "0" {
		return numRef{}, false
	}
	if !ref.levelSet {
		ref.level = 0
		if l, ok := ld.resolveList(ref.numID); ok {
			for i := range maxListLevels {
				if styleID != "" && l.level(i).pStyle == styleID {
					ref.level = i
					break
				}
			}
		}
	}
	return ref, true
}

// label returns the label of a paragraph in style styleID with its own
// w:numPr, advancing counters c; the zero listLabel when the paragraph is
// not numbered. A label longer than maxLabel is an error naming the list
// definition.
func (ld *listDefs) label(c *listCounters, styleID string, own numRef) (listLabel, error) {
	ref, ok := ld.effective(styleID, own)
	if !ok {
		return listLabel{}, nil
	}
	l, ok := ld.resolveList(ref.numID)
	if !ok {
		return listLabel{}, nil
	}
	i := ref.level
	lc := c.c[l.key]
	if lc == nil {
		lc = &levelCounters{}
		c.c[l.key] = lc
	}
	if lc.started[i] {
		lc.val[i]++
	} else {
		lc.val[i], lc.started[i] = l.startOf(i), true
	}
	for j := i + 1; j < maxListLevels; j++ {
		if r := l.level(j).restart; r < 0 || (r > 0 && i < r) {
			lc.started[j] = false
		}
	}
	lv := l.level(i)
	out := listLabel{numID: ref.numID, level: i}
	if lv.format == "bullet" {
		out.text, out.bullet = bulletLabel(lv.text), true
		return out, nil
	}
	text, err := expandLevelText(lv.text, lv.legal, func(k int) (int, string) {
		if lc.started[k] {
			return lc.val[k], l.level(k).format
		}
		return l.startOf(k), l.level(k).format
	})
	if err != nil {
		return listLabel{}, fmt.Errorf("word/numbering.xml: list %s (definition w:abstractNum %s), level %d: %w", ref.numID, l.absName, i+1, err)
	}
	out.text = text
	return out, nil
}

// bulletLabel gives the label of a bullet level: a dash where the level
// draws one, "•" for every other glyph (Symbol, Wingdings, "o" in Courier).
func bulletLabel(text string) string {
	switch t := strings.TrimSpace(text); t {
	case "-", "–", "—":
		return t
	}
	return "•"
}

// expandLevelText replaces %1…%9 in a w:lvlText with the levels' numbers,
// each in its level's format (in decimal under legal numbering). It stops
// with an error as soon as the label passes maxLabel bytes.
func expandLevelText(text string, legal bool, number func(level int) (int, string)) (string, error) {
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			n, format := number(int(text[i+1] - '1'))
			if legal && format != "decimalZero" && format != "none" {
				format = "decimal"
			}
			b.WriteString(formatNumber(n, format))
			i++
		} else {
			b.WriteByte(text[i])
		}
		if b.Len() > maxLabel {
			return "", fmt.Errorf("its label is longer than %d characters (level text %q)", maxLabel, clipBytes(text, 40))
		}
	}
	return strings.TrimSpace(b.String()), nil
}

// clipBytes shortens s to about n bytes for a message, marking the cut.
func clipBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}

// formatNumber writes n in a Word number format; formats without a rule
// here (the East Asian and Hebrew ones) fall back on decimal.
func formatNumber(n int, format string) string {
	switch format {
	case "lowerLetter":
		return strings.ToLower(wordLetter(n))
	case "upperLetter":
		return wordLetter(n)
	case "lowerRoman":
		return strings.ToLower(draft.Roman(n))
	case "upperRoman":
		return draft.Roman(n)
	case "decimalZero":
		if n < 10 && n >= 0 {
			return "0" + strconv.Itoa(n)
		}
	case "ordinal":
		return strconv.Itoa(n) + ordinalSuffix(n)
	case "cardinalText":
		return englishNumber(n, false)
	case "ordinalText":
		return englishNumber(n, true)
	case "decimalEnclosedParen":
		return "(" + strconv.Itoa(n) + ")"
	case "decimalEnclosedFullstop":
		return strconv.Itoa(n) + "."
	case "decimalEnclosedCircle":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "chicago":
		return chicago(n)
	case "hex":
		return strconv.FormatInt(int64(n), 16)
	case "numberInDash":
		return "- " + strconv.Itoa(n) + " -"
	case "none":
		return ""
	}
	return strconv.Itoa(n)
}

// wordLetter gives Word's letter numbering: A…Z, then AA…ZZ, AAA….
func wordLetter(n int) string {
	if n < 1 || n > 780 { // keep hostile counters from building long strings
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(rune('A'+(n-1)%26)), (n-1)/26+1)
}

// chicago gives the Chicago Manual's note marks: *, †, ‡, §, then doubled.
func chicago(n int) string {
	if n < 1 || n > 40 {
		return strconv.Itoa(n)
	}
	marks := []string{"*", "†", "‡", "§"}
	return strings.Repeat(marks[(n-1)%4], (n-1)/4+1)
}

func ordinalSuffix(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return "th"
	case n%10 == 1:
		return "st"
	case n%10 == 2:
		return "nd"
	case n%10 == 3:
		return "rd"
	}
	return "th"
}

var (
	ones      = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	onesNth   = strings.Fields("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth")
	tens      = strings.Fields("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
	tensNth   = strings.Fields("_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth")
	hundredTh = "hundredth"
)

// englishNumber spells n (0–999) in English as Word's cardinalText and
// ordinalText formats do ("Twenty-One", "Third"); larger numbers stay
// decimal.
func englishNumber(n int, ordinal bool) string {
	if n < 0 || n > 999 {
		return strconv.Itoa(n)
	}
	var words []string
	if h := n / 100; h > 0 {
		words = append(words, ones[h])
		if n%100 == 0 && ordinal {
			words = append(words, hundredTh)
		} else {
			words = append(words, "hundred")
		}
	}
	r := n % 100
	switch {
	case r == 0 && n == 0:
		words = append(words, pick(ordinal, onesNth, ones)[0])
	case r == 0:
	case r < 20:
		words = append(words, pick(ordinal, onesNth, ones)[r])
	case r%10 == 0:
		words = append(words, pick(ordinal, tensNth, tens)[r/10])
	default:
		words = append(words, tens[r/10]+"-"+pick(ordinal, onesNth, ones)[r%10])
	}
	s := strings.Join(words, " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

func pick(ordinal bool, a, b []string) []string {
	if ordinal {
		return a
	}
	return b
}
