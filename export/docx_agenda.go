package export

import (
	"strconv"

	"rapporteur/draft"
)

// Agenda table column widths in twentieths of a point (the text column is
// 9,070 wide on A4 with 2.5 cm margins).
const (
	agendaNumW   = 850
	agendaTitleW = 6620
	agendaRangeW = 1600
)

// agendaHead opens the agenda as a real table: a header row marked as a
// repeating table header, then one row per item (agendaRow) holding the
// item number, the title with the item's category, presentations and
// lettered sub-items with their category lines, and the range of
// paragraph numbers. A report without items has no agenda.
func (d *docxBody) agendaHead() {
	if len(d.r.Items) == 0 {
		return
	}
	d.para(styleAgendaHead, "Agenda")
	d.b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>` +
		`<w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
		`<w:tblGrid><w:gridCol w:w="` + strconv.Itoa(agendaNumW) + `"/><w:gridCol w:w="` + strconv.Itoa(agendaTitleW) +
		`"/><w:gridCol w:w="` + strconv.Itoa(agendaRangeW) + `"/></w:tblGrid>`)
	d.b.WriteString(`<w:tr><w:trPr><w:tblHeader/></w:trPr>`)
	d.cell(agendaNumW, "left", func() { d.italic("Item") })
	d.cell(agendaTitleW, "left", func() { d.italic("") })
	d.cell(agendaRangeW, "right", func() { d.italic("Paragraphs") })
	d.b.WriteString(`</w:tr>`)
}

// agendaRow opens an item's row and its title cell; the row ends after its
// last sub-item.
func (d *docxBody) agendaRow(p draft.Piece) {
	d.b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	d.cell(agendaNumW, "left", func() { d.para(styleAgenda, p.Label+".") })
	d.b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(agendaTitleW) + `" w:type="dxa"/></w:tcPr>`)
	d.para(styleAgenda, docxLine(p.Text))
	if p.It.Category != "" {
		d.para(styleAgendaSub, "("+docxLine(string(p.It.Category))+")")
	}
	for _, pr := range p.It.Presentations {
		d.labelled(styleAgendaSub, "•", docxLine(pr.Text))
	}
	if p.Count == 0 {
		d.agendaRowEnd(p)
	}
}

// agendaSub writes a sub-item into its item's title cell.
func (d *docxBody) agendaSub(p draft.Piece) {
	if p.CategoryLine != "" {
		d.para(styleAgendaSub, "("+docxLine(p.CategoryLine)+")")
	}
	d.labelled(styleAgendaSub, p.Label+".", docxLine(p.Text))
	for _, a := range p.SubItem.Attachments {
		d.labelled(styleAgendaSub, "•", docxLine(a))
	}
	if p.Sub == p.Count-1 {
		d.agendaRowEnd(p)
	}
}

// agendaRowEnd closes the title cell, writes the range and ends the row,
// and the table after the last item.
func (d *docxBody) agendaRowEnd(p draft.Piece) {
	d.b.WriteString(`</w:tc>`)
	rng := ""
	if g := p.Range; !g.Empty() {
		rng = strconv.Itoa(g.First) + "-" + strconv.Itoa(g.Last)
	}
	d.cell(agendaRangeW, "right", func() { d.para(styleAgenda, rng) })
	d.b.WriteString(`</w:tr>`)
	if p.Item == len(d.r.Items)-1 {
		d.b.WriteString(`</w:tbl>`)
	}
}

// cell writes a table cell of width w whose paragraphs fill writes.
func (d *docxBody) cell(w int, align string, fill func()) {
	d.b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(w) + `" w:type="dxa"/></w:tcPr>`)
	if align == "right" {
		d.align = "right"
	}
	fill()
	d.align = ""
	d.b.WriteString(`</w:tc>`)
}

// italic writes a header-row paragraph in italics.
func (d *docxBody) italic(text string) {
	d.b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + styleAgenda + `"/>` + d.jc() + `</w:pPr><w:r><w:rPr><w:i/></w:rPr>`)
	if text != "" {
		d.b.WriteString(`<w:t>`)
		docxEscape(&d.b, text)
		d.b.WriteString(`</w:t>`)
	}
	d.b.WriteString(`</w:r></w:p>`)
}
