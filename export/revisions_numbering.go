package export

import (
	"bytes"
	"strconv"

	"rapporteur/draft"
)

// revLists gives the derived labels of the revision document to Word's
// list numbering, so that a paragraph inserted or deleted renumbers those
// after it without any revision of theirs: one list numbers the paragraphs
// and lead-ins continuously through the report, one the item headings
// (level 0, "ITEM IV –"), their sub-item headings (level 1, "a.", counted
// again under each item) and the repeated item headings (level 2, showing
// level 0's number without counting), one the agenda table's items and
// sub-items. After Accept All the document reads with the new version's
// numbers and after Reject All with the old one's. Where the two versions
// start their numbers differently (a report that continues another), the
// old side has lists of its own, and each paragraph read on both sides
// changes list by a paragraph property change.
type revLists struct {
	newID, oldID [3]int // numIds of the paragraph, item and agenda lists on each side
	// newStart and oldStart are the first paragraph and item numbers.
	newStart, oldStart [2]int
	// letters is set when Word may letter the sub-items: none of either
	// side's items has more than 26, past which Word's letters (aa, bb)
	// differ from the report's (aa, ab).
	letters bool
	// literal is set when a side is written in a house style other than
	// the PTC's: its labels ("IV.", "4.1", "C.") are written as text, a
	// changed label as a revision of its own.
	literal bool
}

const (
	listPars = iota
	listItems
	listAgenda
)

func newRevLists(old, new *draft.Report) revLists {
	l := revLists{newID: [3]int{1, 2, 3}, oldID: [3]int{1, 2, 3}, letters: true, literal: !old.Style.IsDefault() || !new.Style.IsDefault(),
		newStart: [2]int{first(new.FirstParagraph), first(new.FirstItem)},
		oldStart: [2]int{first(old.FirstParagraph), first(old.FirstItem)}}
	if l.oldStart[0] != l.newStart[0] {
		l.oldID[listPars] = 4
	}
	if l.oldStart[1] != l.newStart[1] {
		l.oldID[listItems], l.oldID[listAgenda] = 5, 6
	}
	for _, r := range []*draft.Report{old, new} {
		for _, it := range r.Items {
			if len(it.SubItems) > 26 {
				l.letters = false
			}
		}
	}
	return l
}

// first turns a first number (zero meaning 1) into the number.
func first(n int) int {
	if n < 1 {
		return 1
	}
	return n
}

// counted reports whether Word's list numbering writes the line's label.
func (l revLists) counted(kind listKind) bool {
	if l.literal {
		return false
	}
	switch kind {
	case listNone:
		return false
	case listSub, listAgendaSub:
		return l.letters
	}
	return true
}

// numPr returns the numbering property of a line of this kind on the old
// or the new side, "" for a line Word does not number.
func (l revLists) numPr(kind listKind, onOld bool) string {
	if !l.counted(kind) {
		return ""
	}
	ids := l.newID
	if onOld {
		ids = l.oldID
	}
	var list, lvl int
	switch kind {
	case listParagraph:
		list = listPars
	case listItem:
		list = listItems
	case listSub:
		list, lvl = listItems, 1
	case listItemAgain:
		list, lvl = listItems, 2
	case listAgendaItem:
		list = listAgenda
	case listAgendaSub:
		list, lvl = listAgenda, 1
	}
	return `<w:numPr><w:ilvl w:val="` + strconv.Itoa(lvl) + `"/><w:numId w:val="` + strconv.Itoa(ids[list]) + `"/></w:numPr>`
}

// Level indents repeat those of the styles, so that numbering by Word
// lays the paragraphs out as the Word export does. A level's elements stand
// in the schema's order (start, numFmt, suff, lvlText, lvlJc, pPr), which
// Word holds files to.
const (
	lvlParagraph = `<w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>`
	lvlItem      = `<w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="upperRoman"/><w:suff w:val="space"/><w:lvlText w:val="ITEM %1 –"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="425"/></w:tabs><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>` +
		`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/><w:lvlText w:val="ITEM %1 –"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>`
	lvlAgenda = `<w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="upperRoman"/><w:suff w:val="nothing"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="425"/></w:tabs><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>`
)

// xml returns word/numbering.xml: each list its own abstract definition,
// as Word and LibreOffice count lists that share one differently.
func (l revLists) xml() []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`)
	type def struct {
		id, start int
		levels    string
	}
	defs := []def{{l.newID[listPars], l.newStart[0], lvlParagraph}, {l.newID[listItems], l.newStart[1], lvlItem}, {l.newID[listAgenda], l.newStart[1], lvlAgenda}}
	if l.oldID[listPars] != l.newID[listPars] {
		defs = append(defs, def{l.oldID[listPars], l.oldStart[0], lvlParagraph})
	}
	if l.oldID[listItems] != l.newID[listItems] {
		defs = append(defs, def{l.oldID[listItems], l.oldStart[1], lvlItem}, def{l.oldID[listAgenda], l.oldStart[1], lvlAgenda})
	}
	for _, d := range defs {
		b.WriteString(`<w:abstractNum w:abstractNumId="` + strconv.Itoa(d.id) + `"><w:multiLevelType w:val="multilevel"/>`)
		b.Write(bytes.Replace([]byte(d.levels), []byte("%d"), []byte(strconv.Itoa(d.start)), 1))
		b.WriteString(`</w:abstractNum>`)
	}
	for _, d := range defs {
		b.WriteString(`<w:num w:numId="` + strconv.Itoa(d.id) + `"><w:abstractNumId w:val="` + strconv.Itoa(d.id) + `"/></w:num>`)
	}
	b.WriteString(`</w:numbering>`)
	return b.Bytes()
}
