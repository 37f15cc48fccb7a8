package export

import (
	"bytes"
	"fmt"
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

// docxDocument returns word/document.xml for the report.
func docxDocument(r *draft.Report, opt Options) []byte {
	d := &docxBody{r: r, n: r.Numbering(), opt: opt}
	d.b.Grow(1024 + 200*d.n.Total())
	d.b.WriteString(docxDocumentHead)
	d.titleBlock()
	d.agenda()
	total := len(r.Items) + len(r.Annexes)
	for i := range r.Items {
		d.item(i)
		d.progress(i+1, total)
	}
	for i := range r.Annexes {
		d.annex(i)
		d.progress(len(r.Items)+i+1, total)
	}
	d.b.WriteString(docxSection)
	return d.b.Bytes()
}

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

// item writes item i in the order the text form uses, so that a .docx
// reads back as the same report: heading, category, documents and
// presentations, the sub-items as the agenda lists them, then the numbered
// paragraphs, each run of paragraphs under another sub-item (or back under
// the item as a whole) introduced by that sub-item's (or the item's) heading
// again, and the conclusion block.
func (d *docxBody) item(i int) {
	it := d.r.Items[i]
	heading := "ITEM " + d.r.ItemNumber(i) + " – " + docxLine(it.Title)
	d.para(styleHeading1, heading)
	if it.Category != "" {
		d.para(styleCategory, "("+docxLine(string(it.Category))+")")
	}
	d.refs(it.Docs, it.Presentations, nil)
	d.subItems(it)
	at := impliedSub(it)
	for k, p := range it.Paragraphs {
		if p.Sub != at {
			if s, j := it.SubItem(p.Sub); s != nil {
				d.labelled(styleHeading2, draft.SubItemLetter(j)+".", docxLine(s.Title))
			} else {
				d.para(styleHeading1, heading)
			}
			at = p.Sub
		}
		d.labelled(styleNumbered, fmt.Sprintf("%d.", d.n.Number(i, k)), p.Text)
	}
	if c := it.Conclusion; c != nil {
		d.labelled(styleNumbered, fmt.Sprintf("%d.", d.n.ConclusionNumber(d.r, i)), docxLine(c.LeadInFor(d.r.Meeting)))
		for _, s := range c.Punctuated() {
			d.labelled(styleBullet, "•", docxLine(s))
		}
	}
}

// subItems writes the item's sub-items as the agenda lists them, with a
// category line wherever the category changes ("(No category)" where a
// sub-item has none after one that had).
func (d *docxBody) subItems(it *draft.Item) {
	var running draft.Category
	for j, s := range it.SubItems {
		if s.Category != running || (j == 0 && it.Category != "") {
			cat := "No category"
			if s.Category != "" {
				cat = docxLine(string(s.Category))
			}
			d.para(styleCategory, "("+cat+")")
			running = s.Category
		}
		d.labelled(styleHeading2, draft.SubItemLetter(j)+".", docxLine(s.Title))
		d.refs(s.Docs, s.Presentations, s.Attachments)
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

// annex writes annex i on a new page: "ANNEX I – Title" and its body
// paragraphs.
func (d *docxBody) annex(i int) {
	a := d.r.Annexes[i]
	head := "ANNEX " + draft.AnnexNumber(i)
	if t := docxLine(a.Title); t != "" {
		head += " – " + t
	}
	d.para(styleAnnexHead, head)
	for _, p := range a.Paragraphs() {
		d.para("Normal", p)
	}
}
