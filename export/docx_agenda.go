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

// agenda writes the agenda as a real table: the item number, the title
// with the item's category, presentations and lettered sub-items with their
// category lines, and the range of paragraph numbers. The header row is
// marked as a repeating table header.
func (d *docxBody) agenda() {
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
	for i := range d.r.Items {
		d.agendaRow(i)
	}
	d.b.WriteString(`</w:tbl>`)
}

func (d *docxBody) agendaRow(i int) {
	it := d.r.Items[i]
	d.b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	d.cell(agendaNumW, "left", func() { d.para(styleAgenda, d.r.ItemNumber(i)+".") })
	d.cell(agendaTitleW, "left", func() {
		d.para(styleAgenda, docxLine(it.Title))
		if it.Category != "" {
			d.para(styleAgendaSub, "("+docxLine(string(it.Category))+")")
		}
		for _, p := range it.Presentations {
			d.labelled(styleAgendaSub, "•", docxLine(p.Text))
		}
		last := it.Category
		for j, s := range it.SubItems {
			if s.Category != "" && s.Category != last {
				d.para(styleAgendaSub, "("+docxLine(string(s.Category))+")")
			}
			last = s.Category
			d.labelled(styleAgendaSub, draft.SubItemLetter(j)+".", docxLine(s.Title))
			for _, a := range s.Attachments {
				d.labelled(styleAgendaSub, "•", docxLine(a))
			}
		}
	})
	rng := ""
	if g := d.n.Range(d.r, i); !g.Empty() {
		rng = strconv.Itoa(g.First) + "-" + strconv.Itoa(g.Last)
	}
	d.cell(agendaRangeW, "right", func() { d.para(styleAgenda, rng) })
	d.b.WriteString(`</w:tr>`)
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
