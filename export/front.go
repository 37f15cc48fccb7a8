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
// table with its derived paragraph ranges.
func (b *builder) front() []*block {
	out := b.titleBlock("SUMMARY REPORT")
	head := text("AGENDA", "B", marginLeft, textW, 'C')
	head.before = 10
	head.keep = true
	cols := labelled("Item", "", "I", marginLeft, agendaSubX, 'L')
	cols.size, cols.labelStyle, cols.right, cols.rightStyle = 9, "I", "Paragraphs", "I"
	cols.before = 2
	cols.keep = true
	out = append(out, head, cols)
	for i := range b.r.Items {
		out = append(out, b.agendaRows(i)...)
	}
	return out
}

// titleBlock returns the document code, organization, body, sessions,
// venue and dates and the kind of document ("SUMMARY REPORT"), leaving
// out what is not set.
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

// agendaRows returns one item's rows: number, title and range, then its
// category, presentations and sub-items with their category lines.
func (b *builder) agendaRows(i int) []*block {
	it := b.r.Items[i]
	num := b.r.ItemNumber(i)
	row := labelled(num+".", b.titles[i], "", marginLeft, agendaSubX, 'L')
	row.w = agendaTextW - agendaSubX
	row.right = b.n.Range(b.r, i).String()
	row.before = 3
	out := []*block{row}
	if it.Category != "" {
		out = append(out, b.category(it.Category, agendaSubX, "item "+num+", category"))
	}
	for k, p := range it.Presentations {
		out = append(out, b.bullet(p.Text, agendaSubX, fmt.Sprintf("item %s, presentation %d", num, k+1)))
	}
	var last draft.Category
	for j, s := range it.SubItems {
		where := fmt.Sprintf("item %s, sub-item %s", num, draft.SubItemLetter(j))
		if s.Category != "" && s.Category != last && s.Category != it.Category {
			c := b.category(s.Category, agendaSubX, where+", category")
			c.before = 1
			out = append(out, c)
		}
		last = s.Category
		sr := labelled(draft.SubItemLetter(j)+".", b.sub[i][j], "", agendaSubX, agendaSubText, 'L')
		sr.w = agendaTextW - agendaSubText
		out = append(out, sr)
		for k, a := range s.Attachments {
			out = append(out, b.bullet(a, agendaSubText, fmt.Sprintf("%s, point %d", where, k+1)))
		}
	}
	// The item's line stays with what follows it, and so does a category
	// line; a long item may break between its sub-items.
	for k := 0; k < len(out)-1; k++ {
		out[k].keep = k == 0 || out[k].style == "I"
	}
	return out
}
