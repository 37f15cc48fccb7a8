package export

import (
	"fmt"

	"rapporteur/draft"
)

// Columns of the table of changes: counts right-aligned at the right.
var changeCols = []string{"Changed", "Added", "Deleted", "Moved", "Other"}

const (
	changeColW   = 16.0
	changeTitleW = textW - 12 - changeColW*5 - 2
)

// front returns the redline's first pages: the title block, a legend, the
// table of changes per item and the list of agenda, meeting and annex
// changes.
func (rb *redline) front() []*block {
	out := rb.titleBlock("SUMMARY REPORT – CHANGES")
	if h := rb.heading(); h != "" {
		t := text(rb.cl.clean(h, "meeting details"), "", marginLeft, textW, 'C')
		t.before = 3
		out = append(out, t)
	}
	out = append(out, rb.legend())
	head := text("CHANGES BY ITEM", "B", marginLeft, textW, 'C')
	head.before, head.keep = 10, true
	cols := rb.changeRow("Item", "", changeCols, "I")
	cols.size, cols.keep = 9, true
	out = append(out, head, cols)
	sum := rb.c.Summary()
	if len(sum) == 0 {
		out = append(out, text("No changes.", "I", marginLeft, textW, 'L'))
	}
	for _, ic := range sum {
		num, title := ic.Item, ic.Title
		if num == "" {
			title = "Meeting details and annexes"
		}
		counts := []int{ic.Changed, ic.Added, ic.Deleted, ic.Moved, ic.Structure}
		cells := make([]string, len(counts))
		for k, n := range counts {
			if n > 0 {
				cells[k] = fmt.Sprint(n)
			} else {
				cells[k] = "–"
			}
		}
		out = append(out, rb.changeRow(num, rb.cl.clean(title, "table of changes"), cells, ""))
	}
	return append(out, rb.structure()...)
}

// heading says what is compared: the comparison's own heading, or one
// naming the two documents by their codes when they differ.
func (rb *redline) heading() string {
	if h := rb.c.Heading(); h != "" {
		return h
	}
	named := *rb.c
	named.OldName, named.NewName = rb.c.Old.Meeting.DocCode, rb.c.New.Meeting.DocCode
	if named.OldName == named.NewName {
		return ""
	}
	return named.Heading()
}

// changeRow returns one row of the table of changes.
func (rb *redline) changeRow(num, title string, cells []string, style string) *block {
	b := labelled(num, title, style, marginLeft, marginLeft+12, 'L')
	b.w, b.rightStyle, b.before = changeTitleW, style, 1.5
	for k, c := range cells {
		b.cells = append(b.cells, cell{x: rightEdge - changeColW*float64(len(cells)-k), w: changeColW, text: c})
	}
	return b
}

// legend explains the marks, drawn with the marks themselves.
func (rb *redline) legend() *block {
	var ws []word
	ws, _ = appendWords(ws, "Inserted words are", plain, true)
	ws, _ = appendWords(ws, "underlined in blue", inserted, true)
	ws, _ = appendWords(ws, "; deleted words are", plain, false)
	ws, _ = appendWords(ws, "struck through in red", deleted, true)
	ws, _ = appendWords(ws, ". A bar in the margin marks a changed paragraph; the margin gives its number in this version and its old one (“was 12”).", plain, false)
	b := &block{words: ws, size: 9.5, lh: 4.8, x: marginLeft, w: textW, align: 'J', before: 8}
	return b
}

// structure lists the changes to the agenda, the meeting details and the
// annexes, one bullet each.
func (rb *redline) structure() []*block {
	if len(rb.c.Structure) == 0 {
		return nil
	}
	head := text("AGENDA, MEETING AND ANNEX CHANGES", "B", marginLeft, textW, 'C')
	head.before, head.keep = 10, true
	out := []*block{head}
	for _, sc := range rb.c.Structure {
		b := rb.bullet(structLine(sc), marginLeft, "structural change")
		if sc.Words != nil && sc.Kind != draft.AnnexChanged {
			// The front matter or a footnote: its words marked here,
			// as no page of the report shows them changed.
			b.words = append(rb.plainWords(structHead(sc)+":", plain, "structural change"), rb.diffWords(sc.Words, "structural change")...)
			b.align = 'J'
		}
		b.before = 1
		out = append(out, b)
	}
	return out
}

// structLine describes one structural change in words, as the text form
// does, with the item it belongs to: "Item III: sub-item b renamed: Report
// from the 144th Session → Report from the 145th Session".
func structLine(sc draft.StructChange) string {
	s := structHead(sc)
	switch v := sc.Values(); {
	case sc.Words != nil:
		s += " (shown in the annex)"
	case v != "":
		s += ": " + v
	}
	return s
}

// structHead names a structural change with the item it belongs to:
// "Item III: sub-item b renamed".
func structHead(sc draft.StructChange) string {
	s := sc.Heading()
	if p := sc.Place(); p != "" {
		s = p + ": " + s
	}
	return s
}
