package ingest

import (
	"encoding/xml"
	"strconv"
	"strings"

	"rapporteur/draft"
)

// maxListLevels is the number of levels a Word list definition has.
const maxListLevels = 9

// listLevel is one level of a Word list definition (w:lvl).
type listLevel struct {
	start  int
	format string // w:numFmt: decimal, lowerLetter, upperRoman, bullet, none, …
	text   string // w:lvlText: "%1.", "%1.%2", "•"
}

// abstractList is a w:abstractNum: the levels of one list definition.
type abstractList struct {
	levels [maxListLevels]listLevel
}

// listInstance is a w:num: a list that points at a definition and may
// restart some of its levels.
type listInstance struct {
	abstract  string
	overrides map[int]int // level → start override
}

// listNumbering resolves Word's automatic numbering to the labels a reader
// sees. Counters are kept per list: lists that share a definition continue
// each other, as in Word, unless a list restarts a level with a start
// override, which gives it counters of its own.
type listNumbering struct {
	abstracts map[string]*abstractList
	nums      map[string]*listInstance
	styles    map[string]numRef // paragraph style → its numbering
	counters  map[string]*[maxListLevels]int
}

// numRef is a paragraph's reference to a list: w:numPr.
type numRef struct {
	numID string
	level int
	set   bool // a w:numPr was present (numId "0" switches numbering off)
}

func newListNumbering() *listNumbering {
	return &listNumbering{abstracts: map[string]*abstractList{}, nums: map[string]*listInstance{},
		styles: map[string]numRef{}, counters: map[string]*[maxListLevels]int{}}
}

// parseNumbering reads word/numbering.xml.
func (ln *listNumbering) parseNumbering(data []byte) error {
	var abs *abstractList
	var lvl *listLevel
	var num *listInstance
	overLevel := -1
	start := func(e xml.StartElement) error {
		switch {
		case isW(e.Name, "abstractNum"):
			abs = &abstractList{}
			for i := range abs.levels {
				abs.levels[i] = listLevel{start: 1, format: "decimal"}
			}
			ln.abstracts[wAttr(e, "abstractNumId")] = abs
		case isW(e.Name, "lvl") && abs != nil && num == nil:
			lvl = nil
			if i, ok := levelIndex(wAttr(e, "ilvl")); ok {
				lvl = &abs.levels[i]
			}
		case isW(e.Name, "start") && lvl != nil:
			lvl.start = atoiOr(wAttr(e, "val"), 1)
		case isW(e.Name, "numFmt") && lvl != nil:
			lvl.format = wAttr(e, "val")
		case isW(e.Name, "lvlText") && lvl != nil:
			lvl.text = wAttr(e, "val")
		case isW(e.Name, "num"):
			num = &listInstance{overrides: map[int]int{}}
			ln.nums[wAttr(e, "numId")] = num
		case isW(e.Name, "abstractNumId") && num != nil:
			num.abstract = wAttr(e, "val")
		case isW(e.Name, "lvlOverride") && num != nil:
			overLevel, _ = levelIndex(wAttr(e, "ilvl"))
		case isW(e.Name, "startOverride") && num != nil && overLevel >= 0:
			num.overrides[overLevel] = atoiOr(wAttr(e, "val"), 1)
		}
		return nil
	}
	end := func(e xml.EndElement) {
		switch {
		case isW(e.Name, "abstractNum"):
			abs, lvl = nil, nil
		case isW(e.Name, "lvl"):
			lvl = nil
		case isW(e.Name, "num"):
			num = nil
		case isW(e.Name, "lvlOverride"):
			overLevel = -1
		}
	}
	return newXMLWalker("word/numbering.xml", data).walk(start, end, nil)
}

// parseStyles reads the numbering that paragraph styles carry in
// word/styles.xml, following w:basedOn.
func (ln *listNumbering) parseStyles(data []byte) error {
	own := map[string]numRef{}
	based := map[string]string{}
	var id string
	inPPr := false
	start := func(e xml.StartElement) error {
		switch {
		case isW(e.Name, "style"):
			id = ""
			if wAttr(e, "type") == "paragraph" {
				id = wAttr(e, "styleId")
			}
		case id == "":
		case isW(e.Name, "basedOn"):
			based[id] = wAttr(e, "val")
		case isW(e.Name, "pPr"):
			inPPr = true
		case isW(e.Name, "numId") && inPPr:
			r := own[id]
			r.numID, r.set = wAttr(e, "val"), true
			own[id] = r
		case isW(e.Name, "ilvl") && inPPr:
			r := own[id]
			r.level, _ = levelIndex(wAttr(e, "val"))
			own[id] = r
		}
		return nil
	}
	end := func(e xml.EndElement) {
		if isW(e.Name, "pPr") {
			inPPr = false
		} else if isW(e.Name, "style") {
			id = ""
		}
	}
	if err := newXMLWalker("word/styles.xml", data).walk(start, end, nil); err != nil {
		return err
	}
	for s := range based {
		own[s] = inherited(s, own, based)
	}
	ln.styles = own
	return nil
}

// inherited returns the numbering of style s, looking up its basedOn chain
// (bounded, so a cycle cannot loop).
func inherited(s string, own map[string]numRef, based map[string]string) numRef {
	for range 32 {
		if r, ok := own[s]; ok && r.set {
			return r
		}
		next, ok := based[s]
		if !ok {
			break
		}
		s = next
	}
	return numRef{}
}

// label returns the label a paragraph shows ("37.", "a.", "•") and advances
// the counters; "" when the paragraph is not numbered. The paragraph's own
// w:numPr wins over its style's.
func (ln *listNumbering) label(style string, own numRef) string {
	ref := own
	if !ref.set || ref.numID == "" {
		st := ln.styles[style]
		if !ref.set {
			ref = st
		} else if st.set { // the paragraph gave only a level
			ref.numID = st.numID
		}
	}
	if !ref.set || ref.numID == "" || ref.numID == "0" {
		return ""
	}
	num := ln.nums[ref.numID]
	if num == nil {
		return ""
	}
	abs := ln.abstracts[num.abstract]
	if abs == nil {
		return ""
	}
	key := "a" + num.abstract
	if len(num.overrides) > 0 {
		key = "n" + ref.numID
	}
	c := ln.counters[key]
	if c == nil {
		c = new([maxListLevels]int)
		ln.counters[key] = c
	}
	startOf := func(i int) int {
		if v, ok := num.overrides[i]; ok {
			return v
		}
		return abs.levels[i].start
	}
	i := ref.level
	if c[i] == 0 {
		c[i] = startOf(i)
	} else {
		c[i]++
	}
	for j := i + 1; j < maxListLevels; j++ {
		c[j] = 0
	}
	lv := abs.levels[i]
	if lv.format == "bullet" {
		return "•"
	}
	if lv.format == "none" && !strings.Contains(lv.text, "%") {
		return strings.TrimSpace(lv.text)
	}
	return expandLevelText(lv.text, func(k int) string {
		v := c[k]
		if v == 0 {
			v = startOf(k)
		}
		return formatNumber(v, abs.levels[k].format)
	})
}

// expandLevelText replaces %1…%9 in a w:lvlText with the levels' numbers.
func expandLevelText(text string, number func(level int) string) string {
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			b.WriteString(number(int(text[i+1] - '1')))
			i++
			continue
		}
		b.WriteByte(text[i])
	}
	return strings.TrimSpace(b.String())
}

// formatNumber writes n in a Word number format.
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
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	case "none":
		return ""
	default:
		return strconv.Itoa(n)
	}
}

// wordLetter gives Word's letter numbering: A…Z, then AA…ZZ, AAA….
func wordLetter(n int) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	if n > 780 { // keep hostile counters from building long strings
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(rune('A'+(n-1)%26)), (n-1)/26+1)
}

// levelIndex parses a w:ilvl value, 0 to 8.
func levelIndex(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n >= maxListLevels {
		return 0, false
	}
	return n, true
}

// atoiOr parses a small integer, returning def when s is not one.
func atoiOr(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 1_000_000 {
		return def
	}
	return n
}
