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

// agendaTable is the agenda table's properties and grid.
var agendaTable = `<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>` +
	`<w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
	`<w:tblGrid><w:gridCol w:w="` + strconv.Itoa(agendaNumW) + `"/><w:gridCol w:w="` + strconv.Itoa(agendaTitleW) +
	`"/><w:gridCol w:w="` + strconv.Itoa(agendaRangeW) + `"/></w:tblGrid>`

// agendaHead opens the agenda as a real table: a header row marked as a
// repeating table header, then one row per item (agendaRow) holding the
// item number, the title with the item's category, presentations and
// lettered sub-items with their category lines, and the range of
// paragraph numbers. A report without items has no agenda.
func (d *docxBody) agendaHead() {
	if len(d.r.Items) == 0 {
		return
	}
	d.para(lineRef{"agenda:head", 0, ""}, styleAgendaHead, "Agenda")
	d.emit(wordLine{kind: lineTable, ref: lineRef{"agenda", 0, ""}, xml: agendaTable})
	d.emit(wordLine{kind: lineRow, ref: lineRef{"agenda:header", 0, ""}, xml: `<w:tblHeader/>`})
	d.cell(agendaNumW, "left", func() { d.italic(lineRef{"agenda:header:item", 0, ""}, "Item") })
	d.cell(agendaTitleW, "left", func() { d.italic(lineRef{"agenda:header:title", 0, ""}, "") })
	d.cell(agendaRangeW, "right", func() { d.italic(lineRef{"agenda:header:range", 0, ""}, "Paragraphs") })
	d.emit(wordLine{kind: lineRowEnd})
}

// agendaRow opens an item's row and its title cell; the row ends after its
// last sub-item.
func (d *docxBody) agendaRow(p draft.Piece) {
	id := p.It.ID
	d.emit(wordLine{kind: lineRow, ref: lineRef{"arow", id, ""}, xml: `<w:cantSplit/>`})
	d.cell(agendaNumW, "left", func() {
		d.emit(wordLine{ref: lineRef{"anum", id, ""}, style: styleAgenda, label: p.Label + ".", list: listAgendaItem})
	})
	d.emit(wordLine{kind: lineCell, xml: cellWidth(agendaTitleW)})
	d.para(lineRef{"atitle", id, ""}, styleAgenda, docxLine(p.Text))
	if p.It.Category != "" {
		d.para(lineRef{"acat", id, ""}, styleAgendaSub, "("+docxLine(string(p.It.Category))+")")
	}
	for _, pr := range p.It.Presentations {
		d.labelled(lineRef{"apres", id, pr.Text}, styleAgendaSub, "•", docxLine(pr.Text))
	}
	if p.Count == 0 {
		d.agendaRowEnd(p)
	}
}

// agendaSub writes a sub-item into its item's title cell.
func (d *docxBody) agendaSub(p draft.Piece) {
	id := p.SubItem.ID
	if p.CategoryLine != "" {
		d.para(lineRef{"acatl", id, ""}, styleAgendaSub, "("+docxLine(p.CategoryLine)+")")
	}
	d.emit(wordLine{ref: lineRef{"asub", id, ""}, style: styleAgendaSub, label: p.Mark, list: listAgendaSub, text: docxLine(p.Text)})
	for _, a := range p.SubItem.Attachments {
		d.labelled(lineRef{"aatt", id, a}, styleAgendaSub, "•", docxLine(a))
	}
	if p.Sub == p.Count-1 {
		d.agendaRowEnd(p)
	}
}

// agendaRowEnd closes the title cell, writes the range and ends the row,
// and the table after the last item.
func (d *docxBody) agendaRowEnd(p draft.Piece) {
	d.emit(wordLine{kind: lineCellEnd})
	rng := ""
	if g := p.Range; !g.Empty() && d.r.Style.Paragraphs != draft.ParaUnnumbered {
		// Minutes print no paragraph numbers for a range to refer to.
		rng = strconv.Itoa(g.First) + "-" + strconv.Itoa(g.Last)
	}
	d.cell(agendaRangeW, "right", func() { d.para(lineRef{"arange", p.It.ID, ""}, styleAgenda, rng) })
	d.emit(wordLine{kind: lineRowEnd})
	if p.Item == len(d.r.Items)-1 {
		d.emit(wordLine{kind: lineTableEnd})
	}
}

// cellWidth is a cell's properties: its width w in twentieths of a point.
func cellWidth(w int) string {
	switch w {
	case agendaNumW:
		return numCell
	case agendaTitleW:
		return titleCell
	case agendaRangeW:
		return rangeCell
	}
	return `<w:tcW w:w="` + strconv.Itoa(w) + `" w:type="dxa"/>`
}

// The properties of the agenda's cells.
var (
	numCell   = `<w:tcW w:w="` + strconv.Itoa(agendaNumW) + `" w:type="dxa"/>`
	titleCell = `<w:tcW w:w="` + strconv.Itoa(agendaTitleW) + `" w:type="dxa"/>`
	rangeCell = `<w:tcW w:w="` + strconv.Itoa(agendaRangeW) + `" w:type="dxa"/>`
)

// cell writes a table cell of width w whose paragraphs fill writes.
func (d *docxBody) cell(w int, align string, fill func()) {
	d.emit(wordLine{kind: lineCell, xml: cellWidth(w)})
	if align == "right" {
		d.align = "right"
	}
	fill()
	d.align = ""
	d.emit(wordLine{kind: lineCellEnd})
}

// italic writes a header-row paragraph in italics.
func (d *docxBody) italic(ref lineRef, text string) {
	d.emit(wordLine{ref: ref, style: styleAgenda, jc: d.align, text: text, italic: true})
}
