package export

import (
	"fmt"
	"strings"

	"rapporteur/draft"
)

// Agenda table columns (mm from the page edge).
const (
	agendaSubX    = marginLeft + 12
	agendaSubText = agendaSubX + 7
	agendaTextW   = rightEdge - rightNoteW - 2
)

// front returns the first page's blocks: the title block and the agenda
// table with its derived paragraph ranges, the pieces of draft's
// Report.Walk before the first item.
func (b *builder) front() []*block {
	var out, row []*block
	for p := range b.r.Walk() {
		switch p.Kind {
		case draft.PieceTitle:
			out = b.titleBlock("SUMMARY REPORT")
		case draft.PieceAgenda:
			head := text("AGENDA", "B", marginLeft, textW, 'C')
			head.before = 10
			head.keep = true
			cols := labelled("Item", "", "I", marginLeft, agendaSubX, 'L')
			cols.size, cols.labelStyle, cols.right, cols.rightStyle = 9, "I", "Paragraphs", "I"
			cols.before = 2
			cols.keep = true
			out = append(out, head, cols)
		case draft.PieceAgendaItem:
			row = b.agendaItem(p)
		case draft.PieceAgendaSub:
			row = append(row, b.agendaSub(p)...)
		default:
			return out
		}
		if rowEnds(p) {
			out = append(out, keepRow(row)...)
		}
	}
	return out
}

// rowEnds reports whether p is the last piece of an item's agenda row.
func rowEnds(p draft.Piece) bool {
	return p.Kind == draft.PieceAgendaItem && p.Count == 0 || p.Kind == draft.PieceAgendaSub && p.Sub == p.Count-1
}

// titleBlock returns the document code, organization, body, sessions,
// venue and dates and the kind of document ("SUMMARY REPORT"), leaving
// out what is not set; or, for a report that keeps its front matter, the
// document code and the front matter, its lines centred.
func (b *builder) titleBlock(kind string) []*block {
	m := b.r.Meeting
	where := "meeting details"
	var out []*block
	add := func(s, style string, size, before float64, align byte) {
		if s = strings.TrimSpace(s); s == "" {
			return
		}
		t := text(b.cl.clean(s, where), style, marginLeft, textW, align)
		t.size, t.lh, t.before = size, size*ptToMM*1.45, before
		out = append(out, t)
	}
	add(m.DocCode, "B", 12, 0, 'R')
	if b.r.Front != "" {
		// The front matter the report keeps is its title page as it
		// came, which names the body, session and place already.
		before := 14.0
		for _, para := range paragraphs(b.r.Front) {
			for _, l := range strings.Split(para, "\n") {
				add(l, "", 12, before, 'C')
				before = 1
			}
			before = 6
		}
		return out
	}
	add(strings.ToUpper(m.Organization), "B", 12, 14, 'C')
	body := strings.ToUpper(m.Body)
	if m.ShortName != "" && body != "" {
		body += " (" + m.ShortName + ")"
	}
	add(body, "B", 14, 4, 'C')
	add(m.Sessions, "", 12, 3, 'C')
	add(joinNonEmpty(", ", m.Venue, m.Dates), "", 12, 1, 'C')
	add(kind, "B", 16, 14, 'C')
	return out
}

// agendaItem returns an item's first agenda rows: number, title and
// range, then its category and presentations.
func (b *builder) agendaItem(p draft.Piece) []*block {
	num := p.Label
	row := labelled(num+".", b.titles[p.Item], "", marginLeft, agendaSubX, 'L')
	row.w = agendaTextW - agendaSubX
	if b.r.Style.Paragraphs != draft.ParaUnnumbered {
		row.right = p.Range.String() // minutes print no paragraph numbers to refer to
	}
	row.before = 3
	out := []*block{row}
	if p.It.Category != "" {
		out = append(out, b.category(p.It.Category, agendaSubX, "item "+num+", category"))
	}
	for k, pr := range p.It.Presentations {
		out = append(out, b.bullet(pr.Text, agendaSubX, fmt.Sprintf("item %s, presentation %d", num, k+1)))
	}
	return out
}

// agendaSub returns a sub-item's agenda rows: its category line where one
// stands, letter and title, and points.
func (b *builder) agendaSub(p draft.Piece) []*block {
	where := fmt.Sprintf("item %s, sub-item %s", b.nums[p.Item], p.Label)
	var out []*block
	if p.CategoryLine != "" {
		c := b.category(draft.Category(p.CategoryLine), agendaSubX, where+", category")
		c.before = 1
		out = append(out, c)
	}
	sr := labelled(p.Mark, b.sub[p.Item][p.Sub], "", agendaSubX, agendaSubText, 'L')
	sr.w = agendaTextW - agendaSubText
	out = append(out, sr)
	for k, a := range p.SubItem.Attachments {
		out = append(out, b.bullet(a, agendaSubText, fmt.Sprintf("%s, point %d", where, k+1)))
	}
	return out
}

// keepRow keeps an item's agenda line with what follows it, and a category
// line too; a long item may break between its sub-items.
func keepRow(out []*block) []*block {
	for k := 0; k < len(out)-1; k++ {
		out[k].keep = k == 0 || out[k].style == "I"
	}
	return out
}
