package export

import (
	"fmt"

	"rapporteur/draft"
)

// Type sizes (points) and spacing (mm) of the house layout.
const (
	bodySize  = 11.0
	bodyLead  = 5.6
	paraSpace = 3.6
	numberW   = 12.0 // the margin column paragraph numbers hang in
	bulletIn  = 5.0  // from a bullet to its text
)

// builder turns the parts of a report into blocks, cleaning every text
// once and naming where it came from in warnings.
type builder struct {
	r      *draft.Report
	n      draft.Numbering
	cl     *cleaner
	nums   []string   // item numbers
	titles []string   // cleaned item titles
	sub    [][]string // cleaned sub-item titles
	// marks, when set, finds the footnotes' marks in the paragraphs, so
	// that each footnote goes to the foot of its mark's page.
	marks *draft.NoteMarks
}

func newBuilder(r *draft.Report, cl *cleaner) *builder {
	b := &builder{r: r, n: r.Numbering(), cl: cl}
	for i, it := range r.Items {
		b.nums = append(b.nums, r.ItemNumber(i))
		b.titles = append(b.titles, cl.clean(it.Title, fmt.Sprintf("item %s, title", b.nums[i])))
		var subs []string
		for j, s := range it.SubItems {
			where := fmt.Sprintf("item %s, sub-item %s, title", b.nums[i], draft.SubItemLetter(j))
			subs = append(subs, cl.clean(s.Title, where))
		}
		b.sub = append(b.sub, subs)
	}
	return b
}

// text returns a body-size block of text in style over the given column.
func text(s, style string, x, w float64, align byte) *block {
	return &block{text: s, style: style, size: bodySize, lh: bodyLead, x: x, w: w, align: align}
}

// labelled returns a block whose label hangs in a margin column before
// the text: a paragraph number, a letter or a bullet.
func labelled(label, s, style string, labelX, textX float64, align byte) *block {
	b := text(s, style, textX, rightEdge-textX, align)
	b.label, b.labelX, b.labelW, b.labelStyle = label, labelX, textX-labelX, style
	return b
}

// category returns the italic category line "(For decision)".
func (b *builder) category(c draft.Category, x float64, where string) *block {
	return text("("+b.cl.clean(string(c), where)+")", "I", x, rightEdge-x, 'L')
}

// bullet returns a bulleted line: the bullet at x, the text after it.
func (b *builder) bullet(s string, x float64, where string) *block {
	return labelled("•", b.cl.clean(s, where), "", x, x+bulletIn, 'L')
}

// docLine returns the "Doc. PC0727Ea" reference line.
func (b *builder) docLine(code string, x float64, where string) *block {
	return text("Doc. "+b.cl.clean(code, where), "", x, rightEdge-x, 'L')
}

// keepAll marks blocks to stay with what follows them.
func keepAll(bs []*block) []*block {
	for _, b := range bs {
		b.keep = true
	}
	return bs
}
