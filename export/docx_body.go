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
	// item is the ID of the item whose pieces are being written.
	item draft.ID
	// collect, when set, receives the lines instead of the buffer: the
	// revision writer merges two versions' lines.
	collect func(wordLine)
	// marks, when set, finds the footnotes' marks, written as Word
	// footnote references; restDone is set once the footnotes with no
	// mark found are written.
	marks    *draft.NoteMarks
	restDone bool
}

const docxDocumentHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`

// A4 with 2.5 cm side margins, in twentieths of a point.
const docxSection = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`

// docxDocument returns word/document.xml for the report, its pieces in
// the reading order of draft's Report.Walk.
func docxDocument(r *draft.Report, opt Options) []byte {
	d := &docxBody{r: r, n: r.Numbering(), opt: opt}
	if len(r.Footnotes) > 0 {
		d.marks = r.Marks()
	}
	d.b.Grow(1024 + 200*d.n.Total())
	d.b.WriteString(docxDocumentHead)
	d.walk()
	d.rest()
	d.b.WriteString(docxSection)
	return d.b.Bytes()
}

// walk writes the report's pieces in reading order.
func (d *docxBody) walk() {
	total := len(d.r.Items) + len(d.r.Annexes)
	for p := range d.r.Walk() {
		d.piece(p, total)
	}
	if total > 0 {
		d.progress(total, total)
	}
}

// emit writes a line, or hands it to collect.
func (d *docxBody) emit(l wordLine) {
	if d.collect != nil {
		l.item = d.item
		d.collect(l)
		return
	}
	writeLine(&d.b, &l)
}

// piece writes one piece; progress is reported as each item or annex
// after the first begins, the one before it being done.
func (d *docxBody) piece(p draft.Piece, total int) {
	d.item = 0
	if p.It != nil {
		d.item = p.It.ID
	}
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
		id := p.It.ID
		d.emit(wordLine{ref: lineRef{"item", id, ""}, style: styleHeading1, label: p.Mark, list: listItem, text: docxLine(p.Text), keepCase: !d.r.Style.UpperTitles()})
		if p.It.Category != "" {
			d.para(lineRef{"icat", id, ""}, styleCategory, "("+docxLine(string(p.It.Category))+")")
		}
		d.refs(itemRefs, id, p.It.Docs, p.It.Presentations, nil)
	case draft.PieceItemAgain:
		d.emit(wordLine{ref: lineRef{"iagain", p.It.ID, ""}, style: styleHeading1, label: p.Mark, list: listItemAgain, text: docxLine(p.Text), keepCase: !d.r.Style.UpperTitles()})
	case draft.PieceSub:
		id := p.SubItem.ID
		if p.CategoryLine != "" {
			d.para(lineRef{"scat", id, ""}, styleCategory, "("+docxLine(p.CategoryLine)+")")
		}
		d.emit(wordLine{ref: lineRef{"sub", id, ""}, style: styleHeading2, label: p.Mark, list: listSub, text: docxLine(p.Text)})
		d.refs(subRefs, id, p.SubItem.Docs, p.SubItem.Presentations, p.SubItem.Attachments)
	case draft.PieceSubAgain:
		d.emit(wordLine{ref: lineRef{"sagain", p.SubItem.ID, ""}, style: styleHeading2, label: p.Mark, text: docxLine(p.Text)})
	case draft.PieceParagraph:
		d.emit(d.noted(d.numbered(lineRef{"par", p.Paragraph.ID, ""}, p, p.Text)))
	case draft.PieceLeadIn:
		d.emit(d.noted(d.numbered(lineRef{"lead", p.Conclusion.ID, ""}, p, docxLine(p.Text))))
	case draft.PieceBullet:
		d.emit(d.noted(wordLine{ref: lineRef{"bullet", p.Bullet.ID, ""}, style: styleBullet, label: "•", text: docxLine(p.Text)}))
	case draft.PieceAnnex:
		d.rest()
		if n := len(d.r.Items) + p.K; n > 0 {
			d.progress(n, total)
		}
		d.annex(p)
	}
}

// numbered returns the line of a paragraph or lead-in: its number
// ("37.", with one allocation in the PTC style) and a tab before the text,
// as Word numbers a UN report's paragraphs too; in a style that prints no
// paragraph numbers, a Normal paragraph without a label.
func (d *docxBody) numbered(ref lineRef, p draft.Piece, text string) wordLine {
	if d.r.Style.Paragraphs == draft.ParaUnnumbered {
		return wordLine{ref: ref, style: "Normal", text: text}
	}
	return wordLine{ref: ref, style: styleNumbered, label: numberLabel(p.Number), list: listParagraph, text: text}
}

// noted splits the line's text at its footnote marks, when the report
// has footnotes and the line holds a mark.
func (d *docxBody) noted(l wordLine) wordLine {
	if d.marks == nil {
		return l
	}
	if segs := d.marks.Split(l.text); len(segs) > 1 || len(segs) == 1 && segs[0].Note >= 0 {
		l.segs = segs
	}
	return l
}

// rest writes, once, the references of the footnotes whose marks no text
// holds, in a paragraph of their own after the body, so that no footnote
// is lost.
func (d *docxBody) rest() {
	if d.marks == nil || d.restDone {
		return
	}
	d.restDone = true
	var segs []draft.Segment
	for _, k := range d.marks.Rest() {
		segs = append(segs, draft.Segment{Text: d.r.Footnotes[k].Label, Note: k})
	}
	if len(segs) > 0 {
		d.emit(wordLine{ref: lineRef{"notes", 0, ""}, style: "Normal", segs: segs})
	}
}

// numberLabel is a paragraph's label, "37.", made with one allocation.
func numberLabel(n int) string {
	var buf [24]byte
	return string(append(strconv.AppendInt(buf[:0], int64(n), 10), '.'))
}

func (d *docxBody) progress(done, total int) {
	if d.opt.Progress != nil {
		d.opt.Progress(done, total)
	}
}

// para writes an unlabelled paragraph in style.
func (d *docxBody) para(ref lineRef, style, text string) {
	d.emit(wordLine{ref: ref, style: style, jc: d.align, text: text})
}

// labelled writes a paragraph whose label ("•") is text followed by a
// tab, the style's hanging indent aligning what follows.
func (d *docxBody) labelled(ref lineRef, style, label, text string) {
	d.emit(wordLine{ref: ref, style: style, jc: d.align, label: label, text: text})
}

// titleBlock writes the document code, organization, body, sessions,
// venue and dates and "Summary report", leaving out what is not set; or,
// for a report that keeps its front matter, the code and the front matter
// as it came, which says what the title block would.
func (d *docxBody) titleBlock() {
	m := d.r.Meeting
	if m.DocCode != "" {
		d.emit(wordLine{ref: lineRef{"title:code", 0, ""}, style: styleSubtitle, jc: "right", text: docxLine(m.DocCode)})
	}
	if d.r.Front != "" {
		d.front()
		return
	}
	body := docxLine(m.Body)
	if m.ShortName != "" && body != "" {
		body += " (" + docxLine(m.ShortName) + ")"
	}
	for _, l := range []struct{ key, style, text string }{
		{"title:org", styleTitle, docxLine(m.Organization)}, {"title:body", styleTitle, body},
		{"title:sessions", styleSubtitle, docxLine(m.Sessions)}, {"title:place", styleSubtitle, joinNonEmpty(", ", docxLine(m.Venue), docxLine(m.Dates))},
		{"title:summary", styleTitle, "Summary report"},
	} {
		if l.text != "" {
			d.para(lineRef{l.key, 0, ""}, l.style, l.text)
		}
	}
}

// The kinds of line refs gives an item's and a sub-item's documents,
// presentations and points.
var (
	itemRefs = [3]string{"idoc", "ipres", "iatt"}
	subRefs  = [3]string{"sdoc", "spres", "satt"}
)

// refs writes document lines, then presentations and points as bullets,
// named by kinds and the owner's id.
func (d *docxBody) refs(kinds [3]string, id draft.ID, docs []string, pres []draft.Presentation, att []string) {
	for _, doc := range docs {
		d.para(lineRef{kinds[0], id, doc}, styleDocRef, "Doc. "+docxLine(doc))
	}
	for _, p := range pres {
		d.labelled(lineRef{kinds[1], id, p.Text}, styleBullet, "•", docxLine(p.Text))
	}
	for _, a := range att {
		d.labelled(lineRef{kinds[2], id, a}, styleBullet, "•", docxLine(a))
	}
}

// annex writes an annex on a new page: "ANNEX I – Title" and its body
// paragraphs.
func (d *docxBody) annex(p draft.Piece) {
	head := "ANNEX " + p.Label
	if t := docxLine(p.Text); t != "" {
		head += " – " + t
	}
	id := p.Annex.ID
	d.para(lineRef{"annex", id, ""}, styleAnnexHead, head)
	for _, para := range p.Annex.Paragraphs() {
		d.para(lineRef{"apara", id, para}, "Normal", para)
	}
}

// front writes the front matter centred, a paragraph per line and an empty
// paragraph between its paragraphs, as the importer reads it back. Its
// lines are named by place ("front:2.1"), so that a comparison shows a
// changed line as changed.
func (d *docxBody) front() {
	for k, para := range paragraphs(d.r.Front) {
		if k > 0 {
			d.emit(wordLine{ref: lineRef{"front", 0, strconv.Itoa(k) + "."}, style: "Normal"})
		}
		n := 0
		for _, l := range strings.Split(para, "\n") {
			if l = docxLine(l); l != "" {
				n++
				d.emit(wordLine{ref: lineRef{"front", 0, strconv.Itoa(k+1) + "." + strconv.Itoa(n)}, style: "Normal", jc: "center", text: l})
			}
		}
	}
}
