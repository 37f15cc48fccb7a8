package export

import (
	"bytes"
	"strconv"
	"strings"

	"rapporteur/draft"
)

// wordLine is one paragraph of the Word export, or one step of its agenda
// table's structure, as the writer produces them in reading order. The
// Word export writes each at once (writeLine); the revision writer
// (RevisionsDOCX) collects the lines of two versions and merges them.
type wordLine struct {
	kind lineKind
	// ref names the paragraph or row across versions of one report: the
	// same part gives the same ref, whatever its number. The revision
	// writer turns it into key ("par:37" is the paragraph with ID 37),
	// unique within one document; the Word export leaves key empty.
	ref lineRef
	key string
	// item is the ID of the item the line belongs to, 0 for none.
	item  draft.ID
	style string
	jc    string // alignment, "" for the style's
	// label is written before the text: a derived number ("37.", "IV.",
	// "a.", "ITEM IV –") or a bullet ("•"); list says whether Word's list
	// numbering can count it instead.
	label  string
	list   listKind
	text   string
	italic bool
	// keepCase writes the text as it is under a style in capitals (a UN
	// section's "IV. Title" in a Heading 1 that prints "ITEM IV – TITLE").
	keepCase bool
	// segs, when set, is the text split at its footnote marks, written
	// with the marks as Word footnote references (export.DOCX only).
	segs []draft.Segment
	// xml is the properties of a table, row or cell.
	xml string
}

// lineRef is what names a line: its kind ("par", "item", "ipres" …), the
// ID of its part or owner, and for a line known by its text (a
// presentation, a document, an annex paragraph) the text.
type lineRef struct {
	kind string
	id   draft.ID
	text string
}

// key returns the ref written as a key: "par:37", "ipres:4:Presentation by
// Chile", "title:org".
func (r lineRef) key() string {
	k := r.kind
	if r.id != 0 {
		k += ":" + strconv.FormatInt(int64(r.id), 10)
	}
	if r.text != "" {
		k += ":" + r.text
	}
	return k
}

// lineKind says what a wordLine is.
type lineKind uint8

// The kinds of wordLine.
const (
	linePara lineKind = iota
	lineTable
	lineTableEnd
	lineRow
	lineRowEnd
	lineCell
	lineCellEnd
)

// listKind names the derived label a line carries, which the revision
// writer leaves to Word's list numbering so that renumbering is never a
// revision.
type listKind uint8

// The list labels of the Word export.
const (
	listNone       listKind = iota
	listParagraph           // "37." + tab: numbered paragraphs and lead-ins, continuous
	listItem                // "ITEM IV –" + space
	listItemAgain           // the item heading repeated: same number, not counted
	listSub                 // "a." + tab: a sub-item heading
	listAgendaItem          // "IV.": the agenda table's number cell
	listAgendaSub           // "a." + tab: a sub-item in the agenda table
)

// suffix returns what separates a line's label from its text.
func (l *wordLine) suffix() string {
	switch l.list {
	case listItem, listItemAgain:
		return " "
	case listAgendaItem:
		return ""
	}
	return "\t"
}

// writeLine writes one line of the Word export as WordprocessingML.
func writeLine(b *bytes.Buffer, l *wordLine) {
	switch l.kind {
	case lineTable:
		b.WriteString(`<w:tbl>` + l.xml)
	case lineTableEnd:
		b.WriteString(`</w:tbl>`)
	case lineRow:
		b.WriteString(`<w:tr><w:trPr>` + l.xml + `</w:trPr>`)
	case lineRowEnd:
		b.WriteString(`</w:tr>`)
	case lineCell:
		b.WriteString(`<w:tc><w:tcPr>` + l.xml + `</w:tcPr>`)
	case lineCellEnd:
		b.WriteString(`</w:tc>`)
	default:
		writePara(b, l)
	}
}

func writePara(b *bytes.Buffer, l *wordLine) {
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + l.style + `"/>` + jcXML(l.jc) + `</w:pPr>`)
	switch {
	case l.italic:
		b.WriteString(`<w:r><w:rPr><w:i/></w:rPr>`)
		if l.text != "" {
			b.WriteString(`<w:t>`)
			docxEscape(b, l.text)
			b.WriteString(`</w:t>`)
		}
		b.WriteString(`</w:r>`)
	case l.segs != nil:
		if l.label != "" {
			writeRun(b, l.label)
			b.WriteString(`<w:r><w:tab/></w:r>`)
		}
		writeSegments(b, l.segs)
	case l.label == "":
		writeRun(b, l.text)
	case l.suffix() == "\t":
		writeRun(b, l.label)
		b.WriteString(`<w:r><w:tab/></w:r>`)
		writeRun(b, l.text)
	case l.keepCase:
		b.WriteString(`<w:r><w:rPr><w:caps w:val="0"/></w:rPr>`)
		writeRunText(b, l.label, l.suffix(), l.text, "w:t")
		b.WriteString(`</w:r>`)
	default:
		writeLabelledRun(b, l.label, l.suffix(), l.text)
	}
	b.WriteString(`</w:p>`)
}

// jcXML returns the paragraph alignment property, or "".
func jcXML(jc string) string {
	if jc == "" {
		return ""
	}
	return `<w:jc w:val="` + jc + `"/>`
}

// writeRun writes text as one run, line breaks as w:br.
func writeRun(b *bytes.Buffer, text string) { writeLabelledRun(b, "", "", text) }

// writeLabelledRun writes label, sep and text as one run, line breaks as
// w:br.
func writeLabelledRun(b *bytes.Buffer, label, sep, text string) {
	b.WriteString(`<w:r>`)
	writeRunText(b, label, sep, text, "w:t")
	b.WriteString(`</w:r>`)
}

// writeRunText writes the inside of a run: label and sep (written before
// the first line) and text in elements named elem (w:t, or w:delText in a
// deletion), line breaks as w:br, tabs as spaces.
func writeRunText(b *bytes.Buffer, label, sep, text, elem string) {
	if strings.ContainsAny(text, "\r\t") {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\t", " ")
	}
	for k := 0; ; k++ {
		line, rest, more := strings.Cut(text, "\n")
		if k > 0 {
			b.WriteString(`<w:br/>`)
		}
		if line != "" || label != "" || sep != "" {
			b.WriteString(`<` + elem + ` xml:space="preserve">`)
			docxEscape(b, label)
			docxEscape(b, sep)
			docxEscape(b, line)
			b.WriteString(`</` + elem + `>`)
			label, sep = "", ""
		}
		if !more {
			return
		}
		text = rest
	}
}
