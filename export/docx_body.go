package export

import (
	"bytes"
	"strconv"
	"strings"

	"rapporteur/draft"
)

// docxBody writes word/document.xml. Derived numbers (item numerals,
// sub-item letters, paragraph numbers, ranges, bullet punctuation) are
// written as text, so they survive editing in Word.
type docxBody struct {
	b   bytes.Buffer
	r   *draft.Report
	n   draft.Numbering
	opt Options
	// align, when set, right-aligns the paragraphs being written.
	align string
}

const docxDocumentHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`

// A4 with 2.5 cm side margins, in twentieths of a point.
const docxSection = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`

// docxDocument returns word/document.xml for the report, its pieces in
// the reading order of draft's Report.Walk.
func docxDocument(r *draft.Report, opt Options) []byte {
	d := &docxBody{r: r, n: r.Numbering(), opt: opt}
	d.b.Grow(1024 + 200*d.n.Total())
	d.b.WriteString(docxDocumentHead)
	total := len(r.Items) + len(r.Annexes)
	for p := range r.Walk() {
		d.piece(p, total)
	}
	if total > 0 {
		d.progress(total, total)
	}
	d.b.WriteString(docxSection)
	return d.b.Bytes()
}

// piece writes one piece; progress is reported as each item or annex
// after the first begins, the one before it being done.
func (d *docxBody) piece(p draft.Piece, total int) {
	switch p.Kind {
	case draft.PieceTitle:
		d.titleBlock()
	case draft.PieceAgenda:
		d.agendaHead()
	case draft.PieceAgendaItem:
		d.agendaRow(p)
	case draft.PieceAgendaSub:
		d.agendaSub(p)
	case draft.PieceItem:
		if p.Item > 0 {
			d.progress(p.Item, total)
		}
		d.para(styleHeading1, itemHeading(p))
		if p.It.Category != "" {
			d.para(styleCategory, "("+docxLine(string(p.It.Category))+")")
		}
		d.refs(p.It.Docs, p.It.Presentations, nil)
	case draft.PieceItemAgain:
		d.para(styleHeading1, itemHeading(p))
	case draft.PieceSub:
		if p.CategoryLine != "" {
			d.para(styleCategory, "("+docxLine(p.CategoryLine)+")")
		}
		d.labelled(styleHeading2, p.Label+".", docxLine(p.Text))
		d.refs(p.SubItem.Docs, p.SubItem.Presentations, p.SubItem.Attachments)
	case draft.PieceSubAgain:
		d.labelled(styleHeading2, p.Label+".", docxLine(p.Text))
	case draft.PieceParagraph:
		d.labelled(styleNumbered, numberLabel(p.Number), p.Text)
	case draft.PieceLeadIn:
		d.labelled(styleNumbered, numberLabel(p.Number), docxLine(p.Text))
	case draft.PieceBullet:
		d.labelled(styleBullet, "•", docxLine(p.Text))
	case draft.PieceAnnex:
		if n := len(d.r.Items) + p.K; n > 0 {
			d.progress(n, total)
		}
		d.annex(p)
	}
}

// numberLabel is a paragraph's label, "37.", made with one allocation.
func numberLabel(n int) string {
	var buf [24]byte
	return string(append(strconv.AppendInt(buf[:0], int64(n), 10), '.'))
}

// itemHeading is "ITEM IV – Title".
func itemHeading(p draft.Piece) string { return "ITEM " + p.Label + " – " + docxLine(p.Text) }

func (d *docxBody) progress(done, total int) {
	if d.opt.Progress != nil {
		d.opt.Progress(done, total)
	}
}

// para writes a paragraph in style; line breaks in text become w:br.
func (d *docxBody) para(style, text string) { d.labelled(style, "", text) }

// labelled writes a paragraph whose label ("37.", "a.", "•") is text
// followed by a tab, the style's hanging indent aligning what follows.
func (d *docxBody) labelled(style, label, text string) {
	d.b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + style + `"/>` + d.jc() + `</w:pPr>`)
	if label != "" {
		d.run(label)
		d.b.WriteString(`<w:r><w:tab/></w:r>`)
	}
	d.run(text)
	d.b.WriteString(`</w:p>`)
}

// jc returns the paragraph alignment property for d.align, or "".
func (d *docxBody) jc() string {
	if d.align == "" {
		return ""
	}
	return `<w:jc w:val="` + d.align + `"/>`
}

// run writes text as one run, line breaks as w:br.
func (d *docxBody) run(text string) {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\t", " ")
	d.b.WriteString(`<w:r>`)
	for k, line := range strings.Split(text, "\n") {
		if k > 0 {
			d.b.WriteString(`<w:br/>`)
		}
		if line == "" {
			continue
		}
		d.b.WriteString(`<w:t xml:space="preserve">`)
		docxEscape(&d.b, line)
		d.b.WriteString(`</w:t>`)
	}
	d.b.WriteString(`</w:r>`)
}

// titleBlock writes the document code, organization, body, sessions,
// venue and dates and "Summary report", leaving out what is not set.
func (d *docxBody) titleBlock() {
	m := d.r.Meeting
	if m.DocCode != "" {
		d.b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + styleSubtitle + `"/><w:jc w:val="right"/></w:pPr>`)
		d.run(docxLine(m.DocCode))
		d.b.WriteString(`</w:p>`)
	}
	body := docxLine(m.Body)
	if m.ShortName != "" && body != "" {
		body += " (" + docxLine(m.ShortName) + ")"
	}
	for _, l := range []struct{ style, text string }{
		{styleTitle, docxLine(m.Organization)}, {styleTitle, body},
		{styleSubtitle, docxLine(m.Sessions)}, {styleSubtitle, joinNonEmpty(", ", docxLine(m.Venue), docxLine(m.Dates))},
		{styleTitle, "Summary report"},
	} {
		if l.text != "" {
			d.para(l.style, l.text)
		}
	}
}

// refs writes document lines, then presentations and points as bullets.
func (d *docxBody) refs(docs []string, pres []draft.Presentation, att []string) {
	for _, doc := range docs {
		d.para(styleDocRef, "Doc. "+docxLine(doc))
	}
	for _, p := range pres {
		d.labelled(styleBullet, "•", docxLine(p.Text))
	}
	for _, a := range att {
		d.labelled(styleBullet, "•", docxLine(a))
	}
}

// annex writes an annex on a new page: "ANNEX I – Title" and its body
// paragraphs.
func (d *docxBody) annex(p draft.Piece) {
	head := "ANNEX " + p.Label
	if t := docxLine(p.Text); t != "" {
		head += " – " + t
	}
	d.para(styleAnnexHead, head)
	for _, para := range p.Annex.Paragraphs() {
		d.para("Normal", para)
	}
}
