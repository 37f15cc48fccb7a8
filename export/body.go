package export

import (
	"fmt"
	"strings"

	"rapporteur/draft"
)

// Body columns (mm from the page edge).
const (
	paraText   = marginLeft + numberW // where paragraph text starts
	subText    = marginLeft + 7       // sub-item title after its letter
	bulletX    = paraText + 1         // conclusion bullets
	subBulletX = subText              // presentations and points of a sub-item
)

// item returns the blocks of item i, its pieces in the reading order of
// draft's Report.WalkItem: its heading, category, documents and
// presentations, its sub-item headings, its numbered paragraphs and its
// conclusion block.
func (b *builder) item(i int) []*block {
	var out []*block
	for p := range b.r.WalkItem(i) {
		out = b.appendPiece(out, p)
	}
	return out
}

// appendPiece appends the blocks of one piece of an item to out.
func (b *builder) appendPiece(out []*block, p draft.Piece) []*block {
	switch p.Kind {
	case draft.PieceItem:
		return append(out, b.itemHead(p.Item)...)
	case draft.PieceItemAgain:
		return append(out, b.itemHeading(p.Item, false))
	case draft.PieceSub:
		return append(out, b.subHead(p)...)
	case draft.PieceSubAgain:
		h := labelled(p.Mark, b.sub[p.Item][p.Sub], "B", marginLeft, b.subTextX(), 'L')
		h.before, h.keep = 3, true
		return append(out, h)
	case draft.PieceParagraph:
		where := fmt.Sprintf("item %s, paragraph %d", b.nums[p.Item], p.Number)
		pb := b.noted(numbered(p.Mark, b.cl.clean(p.Text, where)))
		pb.before = paraSpace
		return append(out, pb)
	case draft.PieceLeadIn:
		lead := b.noted(numbered(p.Mark, b.cl.clean(p.Text, b.conclusionWhere(p))))
		lead.before = paraSpace
		lead.keep = p.Count > 0
		return append(out, lead)
	case draft.PieceBullet:
		where := fmt.Sprintf("%s, bullet %d", b.conclusionWhere(p), p.K+1)
		bl := b.noted(labelled("•", b.cl.clean(p.Text, where), "", bulletX, bulletX+bulletIn+1, 'J'))
		bl.before = 1.8
		return append(out, bl)
	}
	return out
}

// conclusionWhere names a conclusion's lead-in in warnings.
func (b *builder) conclusionWhere(p draft.Piece) string {
	return fmt.Sprintf("item %s, paragraph %d", b.nums[p.Item], p.Number)
}

// numbered returns a paragraph with its number hanging in the margin
// column ("37."), or without a number flush with the margin where the
// house style prints none. A UN report's numbers, alone on their line in
// pdftotext's reading, hang in the margin as the UN prints them.
func numbered(mark, s string) *block {
	if mark == "" {
		return text(s, "", marginLeft, textW, 'J')
	}
	return labelled(mark, s, "", marginLeft, paraText, 'J')
}

// subTextX is where a sub-item's title starts after its label: further in
// for a decimal label ("4.12").
func (b *builder) subTextX() float64 {
	if b.r.Style.SubItems == draft.SubDecimal {
		return paraText
	}
	return subText
}

// itemHeading returns the item's heading as the house style prints it:
// "ITEM IV – TITLE", "IV. Title" or "4. TITLE"; the first heading of an
// item is bookmarked, and the first item starts a new page.
func (b *builder) itemHeading(i int, first bool) *block {
	num := b.nums[i]
	title := b.titles[i]
	if b.r.Style.UpperTitles() {
		title = strings.ToUpper(title)
	}
	head := text(b.r.Style.ItemMark(num)+" "+title, "B", marginLeft, textW, 'L')
	head.before, head.keep = 9, true
	if first {
		head.bookmark, head.level = num+". "+b.titles[i], 0
		head.newPage = i == 0
	}
	return head
}

// itemHead returns the item's heading, category line, documents and
// presentations, all kept with what follows.
func (b *builder) itemHead(i int) []*block {
	it := b.r.Items[i]
	num := b.nums[i]
	out := []*block{b.itemHeading(i, true)}
	if it.Category != "" {
		out = append(out, b.category(it.Category, marginLeft, "item "+num+", category"))
	}
	for k, d := range it.Docs {
		out = append(out, b.docLine(d, marginLeft, fmt.Sprintf("item %s, document %d", num, k+1)))
	}
	for k, p := range it.Presentations {
		out = append(out, b.bullet(p.Text, marginLeft, fmt.Sprintf("item %s, presentation %d", num, k+1)))
	}
	return keepAll(out)
}

// subHead returns a sub-item's heading group: its category line where one
// stands, "a. Title" in bold, its documents, presentations and points, all
// kept with what follows.
func (b *builder) subHead(p draft.Piece) []*block {
	sub := p.SubItem
	where := fmt.Sprintf("item %s, sub-item %s", b.nums[p.Item], p.Label)
	var out []*block
	if p.CategoryLine != "" {
		c := b.category(draft.Category(p.CategoryLine), marginLeft, where+", category")
		c.before = 4
		out = append(out, c)
	}
	h := labelled(p.Mark, b.sub[p.Item][p.Sub], "B", marginLeft, b.subTextX(), 'L')
	h.before = 3
	if len(out) > 0 {
		h.before = 1
	}
	out = append(out, h)
	for k, d := range sub.Docs {
		out = append(out, b.docLine(d, b.subTextX(), fmt.Sprintf("%s, document %d", where, k+1)))
	}
	for k, pr := range sub.Presentations {
		out = append(out, b.bullet(pr.Text, subBulletX, fmt.Sprintf("%s, presentation %d", where, k+1)))
	}
	for k, a := range sub.Attachments {
		out = append(out, b.bullet(a, subBulletX, fmt.Sprintf("%s, point %d", where, k+1)))
	}
	return keepAll(out)
}

// annex returns annex i on a new page: "Annex I to Doc. …" at the top
// right, the centred "ANNEX I" and title, and the body paragraphs.
func (b *builder) annex(i int) []*block {
	a := b.r.Annexes[i]
	num := draft.AnnexNumber(i)
	where := "annex " + num
	title := b.cl.clean(a.Title, where+", title")
	var out []*block
	if code := b.r.Meeting.DocCode; code != "" {
		ref := text("Annex "+num+" to Doc. "+b.cl.clean(code, "meeting details"), "", marginLeft, textW, 'R')
		ref.size = 9
		out = append(out, ref)
	}
	head := text("ANNEX "+num, "B", marginLeft, textW, 'C')
	head.before = 6
	head.bookmark, head.level = "Annex "+num+annexSuffix(title), 0
	out = append(out, head)
	if title != "" {
		t := text(title, "B", marginLeft, textW, 'C')
		t.before = 2
		out = append(out, t)
	}
	out[0].newPage = true
	keepAll(out)
	for k, p := range a.Paragraphs() {
		pb := text(b.cl.clean(p, fmt.Sprintf("%s, paragraph %d", where, k+1)), "", marginLeft, textW, 'J')
		pb.before = paraSpace
		out = append(out, pb)
	}
	if len(out) > 0 {
		out[len(out)-1].keep = false
	}
	return out
}

func annexSuffix(title string) string {
	if title == "" {
		return ""
	}
	return ". " + title
}
