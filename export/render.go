package export

import (
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// Page geometry of the house layout, in millimetres (A4 portrait).
const (
	pageW       = 210.0
	marginLeft  = 25.0
	marginRight = 20.0
	marginTop   = 25.0
	pageBottom  = 297.0 - 20.0
	textW       = pageW - marginLeft - marginRight
	rightEdge   = pageW - marginRight
	rightNoteW  = 28.0
	ptToMM      = 25.4 / 72
)

// renderer draws blocks one after the other, breaking pages so that no
// heading is left alone at the foot of a page and no paragraph leaves a
// single line behind or ahead.
type renderer struct {
	pdf   *fpdf.Fpdf
	fresh bool // nothing drawn on the current page yet
	// colors maps a mark to the RGB colour its words are drawn in.
	colors map[mark][3]int
	seen   seen   // characters fpdf has set, per style
	buf    []byte // reused by rawLine
	// foot holds the footnotes of the current page, footH the height
	// they take at its foot.
	foot  []*block
	footH float64
}

func newRenderer(pdf *fpdf.Fpdf) *renderer {
	return &renderer{pdf: pdf, seen: seen{}, colors: map[mark][3]int{
		inserted: {0, 70, 170},
		deleted:  {190, 20, 20},
		context:  {110, 110, 110},
	}}
}

func (r *renderer) addPage() {
	r.drawFoot()
	r.pdf.AddPage()
	r.fresh = true
}

// render lays out and draws the blocks in order.
func (r *renderer) render(blocks []*block) {
	for i, b := range blocks {
		if r.pdf.Err() {
			return
		}
		breakAt := r.place(blocks, i)
		r.draw(b, breakAt)
	}
}

// place starts a new page before block i when it must: a forced new page,
// a heading chain that would not fit with the first lines of what follows,
// or a paragraph that would leave one line alone. It returns the number of
// lines to set on this page before breaking (0: no forced break).
func (r *renderer) place(blocks []*block, i int) int {
	b := blocks[i]
	b.layout(r.pdf)
	if b.newPage && !r.fresh {
		r.addPage()
	}
	avail := r.bottom() - r.pdf.GetY()
	before := b.before
	if r.fresh {
		before = 0
	}
	if b.keep {
		need := before + b.height(-1)
		j := i + 1
		for ; j < len(blocks) && blocks[j].keep && !blocks[j].newPage; j++ {
			blocks[j].layout(r.pdf)
			need += blocks[j].before + blocks[j].height(-1)
		}
		if j < len(blocks) && !blocks[j].newPage {
			blocks[j].layout(r.pdf)
			need += blocks[j].before + blocks[j].height(2)
		}
		if need > avail+1e-6 && !r.fresh {
			r.addPage()
		}
		return 0
	}
	n := len(b.lines)
	fit := int((avail - before + 1e-6) / b.lh)
	if n <= fit {
		return 0
	}
	if n-fit == 1 {
		fit-- // carry two lines over rather than a widow
	}
	if fit < 2 && !r.fresh {
		r.addPage()
		return 0
	}
	return fit
}

// draw sets the block's lines from the current position down, breaking
// the page after breakAt lines (when > 0) or wherever the page ends.
func (r *renderer) draw(b *block, breakAt int) {
	pdf := r.pdf
	y := pdf.GetY()
	if !r.fresh {
		y += b.before
	}
	setFont(pdf, b.style, b.size)
	for i, ln := range b.lines {
		notes := lineNotes(b, i)
		low := y+b.lh > r.bottom()-r.notesHeight(notes)+1e-6
		if i > 0 && (i == breakAt || low) || i == 0 && low && len(notes) > 0 && !r.fresh {
			r.addPage()
			y = pdf.GetY()
			setFont(pdf, b.style, b.size)
		}
		if len(notes) > 0 {
			r.addNotes(notes) // lays the notes out in their font
			setFont(pdf, b.style, b.size)
		}
		if i == 0 {
			r.firstLine(b, y)
		}
		if note := noteLine(b, i); note != "" {
			r.drawNote(b, note, y)
		}
		if b.bar {
			r.changeBar(y, b.lh)
		}
		r.drawLine(b, ln, y, i == len(b.lines)-1)
		y += b.lh
		r.fresh = false
	}
	pdf.SetXY(marginLeft, y)
}

// firstLine adds the block's bookmark, label and right-hand note.
func (r *renderer) firstLine(b *block, y float64) {
	pdf := r.pdf
	if b.bookmark != "" {
		// The font is UTF-8 here, so fpdf encodes the title as UTF-16.
		pdf.Bookmark(b.bookmark, b.level, y)
	}
	if b.label != "" {
		setFont(pdf, b.labelStyle, b.size)
		c := b.labelColor
		pdf.SetTextColor(c[0], c[1], c[2])
		pdf.SetXY(b.labelX, y)
		pdf.CellFormat(b.labelW, b.lh, b.label, "", 0, "L", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	}
	for _, c := range b.cells {
		setFont(pdf, b.rightStyle, b.size)
		pdf.SetXY(c.x, y)
		pdf.CellFormat(c.w, b.lh, c.text, "", 0, "R", false, 0, "")
	}
	if b.right != "" {
		setFont(pdf, b.rightStyle, b.size)
		pdf.SetXY(rightEdge-rightNoteW, y)
		pdf.CellFormat(rightNoteW, b.lh, b.right, "", 0, "R", false, 0, "")
	}
	setFont(pdf, b.style, b.size)
}

// drawLine sets one line: as one cell when its words are plain and in
// the block's style, word by word otherwise.
func (r *renderer) drawLine(b *block, ln line, y float64, last bool) {
	if len(ln.words) == 0 {
		return
	}
	justify := b.align == 'J' && !last && len(ln.words) > 1
	if b.uniform(ln) {
		align := "L"
		switch {
		case b.align == 'C':
			align = "C"
		case b.align == 'R':
			align = "R"
		case justify:
			align = "J"
		}
		text := ln.joined()
		if r.seen.all(b.style, text) {
			r.rawLine(b, ln, y, justify)
			return
		}
		r.seen.add(b.style, text)
		r.pdf.SetXY(b.x, y)
		r.pdf.CellFormat(b.w, b.lh, text, "", 0, align, false, 0, "")
		return
	}
	r.drawWords(b, ln, y, justify)
}

// drawWords sets a line word by word, colouring marked words and drawing
// their underline (inserted) or strike-through (deleted) rule itself.
func (r *renderer) drawWords(b *block, ln line, y float64, justify bool) {
	pdf := r.pdf
	setFont(pdf, b.style, b.size)
	space := pdf.GetStringWidth(" ")
	gap := space
	x := b.x
	if justify {
		gap += (b.w - ln.width) / float64(len(ln.words)-1)
	} else if b.align == 'C' {
		x += (b.w - ln.width) / 2
	}
	fs := b.size * ptToMM
	base := y + 0.5*b.lh + 0.3*fs
	for k, w := range ln.words {
		if k > 0 && w.glue {
			x -= gap // set against the word before
		}
		setFont(pdf, w.style, b.size)
		c := r.colors[w.mark]
		pdf.SetTextColor(c[0], c[1], c[2])
		pdf.Text(x, base, w.text)
		end := x + w.w
		if k+1 < len(ln.words) && ln.words[k+1].mark == w.mark && !ln.words[k+1].glue {
			end += gap // the rule runs on under the space
		}
		if w.mark == inserted || w.mark == deleted {
			ry := base + 0.12*fs // underline
			if w.mark == deleted {
				ry = base - 0.28*fs // through the x-height
			}
			pdf.SetDrawColor(c[0], c[1], c[2])
			pdf.SetLineWidth(0.06 * fs)
			pdf.Line(x, ry, end, ry)
			pdf.SetDrawColor(0, 0, 0)
		}
		x += w.w + gap
	}
	pdf.SetTextColor(0, 0, 0)
	setFont(pdf, b.style, b.size)
}

// noteLine returns the part of the block's note drawn beside line i: the
// note's lines go under the label, one per line of text; what does not fit
// goes on the last line.
func noteLine(b *block, i int) string {
	if b.note == "" {
		return ""
	}
	parts := strings.Split(b.note, "\n")
	if inMargin(b) {
		if i == 0 {
			return strings.Join(parts, " ")
		}
		return ""
	}
	k := i - 1
	switch {
	case k < 0 || k >= len(parts):
		return ""
	case i == len(b.lines)-1:
		return strings.Join(parts[k:], " ")
	}
	return parts[k]
}

// drawNote sets a line of the small note under the label (in the page
// margin, beside the label, when the block has one line only).
func (r *renderer) drawNote(b *block, note string, y float64) {
	pdf := r.pdf
	x, w := b.labelX, b.labelW
	if inMargin(b) {
		x, w = marginLeft-r.noteW(), r.noteW()-1
	}
	setFont(pdf, "I", 7.5)
	c := b.noteColor
	pdf.SetTextColor(c[0], c[1], c[2])
	pdf.SetXY(x, y)
	pdf.CellFormat(w, b.lh, note, "", 0, "L", false, 0, "")
	pdf.SetTextColor(0, 0, 0)
	setFont(pdf, b.style, b.size)
}

func (r *renderer) noteW() float64 { return 17 }

// inMargin reports whether the block's note goes in the page margin beside
// its first line: when there is no line under the label, or no room there.
func inMargin(b *block) bool { return len(b.lines) == 1 || b.labelW < 10 }

// changeBar draws the vertical bar beside a changed line.
func (r *renderer) changeBar(y, h float64) {
	pdf := r.pdf
	pdf.SetDrawColor(90, 90, 90)
	pdf.SetLineWidth(0.5)
	x := marginLeft - 3
	pdf.Line(x, y+0.4, x, y+h-0.4)
	pdf.SetDrawColor(0, 0, 0)
}
