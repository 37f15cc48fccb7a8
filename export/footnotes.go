package export

import (
	"strings"
)

// Footnotes of the PDF: set in small type at the foot of the page where
// their mark stands, under a short rule; the marks stay in the text as
// the report keeps them ("Sweden.1").
const (
	noteSize = 9.0
	noteLead = 4.2
	noteRule = 4.0 // the rule above the notes and the space around it, mm
	noteText = marginLeft + 6
)

// noteRef is a footnote whose mark ends word word of a block.
type noteRef struct {
	word int
	note *block
}

// noteBlock returns footnote k as a block for the page's foot.
func (b *builder) noteBlock(k int) *block {
	n := b.r.Footnotes[k]
	where := "footnote " + n.Label
	nb := labelled(b.cl.clean(n.Label, where), b.cl.clean(n.Text, where), "", marginLeft, noteText, 'J')
	nb.size, nb.lh, nb.labelStyle = noteSize, noteLead, ""
	nb.before = 1
	return nb
}

// noted records on the block the footnotes whose marks its text holds,
// by the word each mark ends.
func (b *builder) noted(blk *block) *block {
	if b.marks == nil {
		return blk
	}
	at := 0
	for _, s := range b.marks.Split(blk.text) {
		at += len(s.Text)
		if s.Note >= 0 {
			w := len(strings.Fields(blk.text[:at])) - 1
			blk.notes = append(blk.notes, noteRef{word: max(w, 0), note: b.noteBlock(s.Note)})
		}
	}
	return blk
}

// restNotes returns the footnotes whose marks no text holds, for the foot
// of the body's last page.
func (b *builder) restNotes() []*block {
	if b.marks == nil {
		return nil
	}
	var out []*block
	for _, k := range b.marks.Rest() {
		out = append(out, b.noteBlock(k))
	}
	return out
}

// lineNotes returns the notes whose marks stand on line i of the block.
func lineNotes(b *block, i int) []*block {
	if len(b.notes) == 0 {
		return nil
	}
	start := 0
	for k := 0; k < i; k++ {
		start += len(b.lines[k].words)
	}
	end := start + len(b.lines[i].words)
	var out []*block
	for _, n := range b.notes {
		if n.word >= start && n.word < end || i == len(b.lines)-1 && n.word >= end {
			out = append(out, n.note)
		}
	}
	return out
}

// notesHeight returns the height notes take at a page's foot, the rule
// above them included when the page has none yet.
func (r *renderer) notesHeight(notes []*block) float64 {
	h := 0.0
	for _, n := range notes {
		n.layout(r.pdf)
		h += n.before + n.height(-1)
	}
	if h > 0 && len(r.foot) == 0 {
		h += noteRule
	}
	return h
}

// bottom returns where the page's text must end: above its footnotes.
func (r *renderer) bottom() float64 { return pageBottom - r.footH }

// addNotes puts notes at the foot of the current page.
func (r *renderer) addNotes(notes []*block) {
	if len(notes) == 0 {
		return
	}
	r.footH += r.notesHeight(notes)
	r.foot = append(r.foot, notes...)
}

// drawFoot sets the page's footnotes under a short rule at its foot.
func (r *renderer) drawFoot() {
	if len(r.foot) == 0 {
		return
	}
	pdf := r.pdf
	y := pageBottom - r.footH
	pdf.SetLineWidth(0.2)
	pdf.SetDrawColor(0, 0, 0)
	pdf.Line(marginLeft, y+noteRule/2, marginLeft+45, y+noteRule/2)
	y += noteRule
	for _, n := range r.foot {
		y += n.before
		pdf.SetXY(marginLeft, y)
		for i, ln := range n.lines {
			if i == 0 {
				r.firstLine(n, y)
			}
			r.drawLine(n, ln, y, i == len(n.lines)-1)
			y += n.lh
		}
	}
	r.foot, r.footH = nil, 0
}

// addNotesAfter puts notes at the foot of the page the text has reached,
// or of a new page when they do not fit under it.
func (r *renderer) addNotesAfter(notes []*block) {
	if len(notes) > 0 && r.pdf.GetY() > r.bottom()-r.notesHeight(notes) {
		r.addPage()
	}
	r.addNotes(notes)
}
