package export

import (
	"bytes"
	"strconv"
	"strings"

	"rapporteur/draft"
)

// The parts a Word export with footnotes adds: word/footnotes.xml, its
// content type and relationship, and the two styles footnotes use. A
// report without footnotes is written without them.
const (
	docxNotesType = `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`
	docxNotesRel  = `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`
	docxNoteStyle = `<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>` +
		`<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` + "\n"
	// noteIDBase is the id of the report's first footnote: Word keeps its
	// separators as footnotes 0 and 1.
	noteIDBase = 2
)

// withNotes returns part with extra inserted before its closing tag end,
// when the report has footnotes.
func withNotes(r *draft.Report, part, extra, end string) []byte {
	if len(r.Footnotes) == 0 {
		return []byte(part)
	}
	k := strings.LastIndex(part, end)
	return []byte(part[:k] + extra + part[k:])
}

// docxFootnotes returns word/footnotes.xml: Word's separators, then each
// footnote with its label and text. The report keeps each footnote's label
// as printed and its mark in the paragraph's text, so the export writes
// the label as a custom mark (w:customMarkFollows) after the reference and
// at the head of the footnote, where the importer reads both back.
func docxFootnotes(r *draft.Report) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`)
	b.WriteString(`<w:footnote w:type="separator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>`)
	b.WriteString(`<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	for k, n := range r.Footnotes {
		b.WriteString(`<w:footnote w:id="` + strconv.Itoa(noteIDBase+k) + `"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>`)
		b.WriteString(`<w:t>`)
		docxEscape(&b, docxLine(n.Label))
		b.WriteString(`</w:t></w:r>`)
		writeRun(&b, " "+docxLine(n.Text))
		b.WriteString(`</w:p></w:footnote>`)
	}
	b.WriteString(`</w:footnotes>`)
	return b.Bytes()
}

// writeNoteRef writes the reference to footnote k where its mark stands,
// the label following it as superscript text.
func writeNoteRef(b *bytes.Buffer, k int, label string) {
	id := strconv.Itoa(noteIDBase + k)
	b.WriteString(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="` + id + `"/><w:t xml:space="preserve">`)
	docxEscape(b, docxLine(label))
	b.WriteString(`</w:t></w:r>`)
}

// writeSegments writes a text split at its footnote marks, each mark
// segment's text its label.
func writeSegments(b *bytes.Buffer, segs []draft.Segment) {
	for _, s := range segs {
		if s.Note >= 0 {
			writeNoteRef(b, s.Note, s.Text)
		} else if s.Text != "" {
			writeRun(b, s.Text)
		}
	}
}
