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

// item returns the blocks of item i: its heading, category, documents and
// presentations, its sub-item headings where their paragraphs begin, its
// numbered paragraphs and its conclusion block.
func (b *builder) item(i int) []*block {
	it := b.r.Items[i]
	num := b.r.ItemNumber(i)
	out := b.itemHead(i)
	subs := newSubHeads(b, i)
	out = append(out, subs.leading()...)
	for k, p := range it.Paragraphs {
		out = append(out, subs.before(p.Sub)...)
		numStr := b.n.Number(i, k)
		where := fmt.Sprintf("item %s, paragraph %d", num, numStr)
		pb := labelled(fmt.Sprintf("%d.", numStr), b.cl.clean(p.Text, where), "", marginLeft, paraText, 'J')
		pb.before = paraSpace
		out = append(out, pb)
	}
	out = append(out, subs.rest()...)
	if it.Conclusion != nil {
		out = append(out, b.conclusion(i)...)
	}
	return out
}

// itemHead returns the item's heading, category line, documents and
// presentations, all kept with what follows.
func (b *builder) itemHead(i int) []*block {
	it := b.r.Items[i]
	num := b.r.ItemNumber(i)
	head := text("ITEM "+num+" – "+strings.ToUpper(b.titles[i]), "B", marginLeft, textW, 'L')
	head.before = 9
	head.bookmark, head.level = num+". "+b.titles[i], 0
	if i == 0 {
		head.newPage = true
	}
	out := []*block{head}
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

// conclusion returns the numbered lead-in, kept with the first bullet,
// and the bullets with their derived punctuation.
func (b *builder) conclusion(i int) []*block {
	c := b.r.Items[i].Conclusion
	num := b.n.ConclusionNumber(b.r, i)
	where := fmt.Sprintf("item %s, paragraph %d", b.r.ItemNumber(i), num)
	lead := labelled(fmt.Sprintf("%d.", num), b.cl.clean(c.LeadInFor(b.r.Meeting), where), "", marginLeft, paraText, 'J')
	lead.before = paraSpace
	lead.keep = len(c.Bullets) > 0
	out := []*block{lead}
	for k, s := range c.Punctuated() {
		bl := labelled("•", b.cl.clean(s, fmt.Sprintf("%s, bullet %d", where, k+1)), "", bulletX, bulletX+bulletIn+1, 'J')
		bl.before = 1.8
		out = append(out, bl)
	}
	return out
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
