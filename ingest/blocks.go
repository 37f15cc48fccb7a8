package ingest

import (
	"regexp"
	"strings"

	"rapporteur/draft"
)

var leadInRE = regexp.MustCompile(`^(?i:in conclusion),?\s+(.{1,120}):$`)

// flush closes the open block and puts its text where it belongs.
func (p *parser) flush() {
	b := p.open
	p.open = block{}
	if b.kind == bNone {
		return
	}
	if b.kind == bStray && p.agenda {
		for k, i := range b.idx {
			if k == 0 || p.rd.role[i] == rNone {
				p.rd.drop(i, LogDropped, "an annotation of the agenda, not a paragraph of the report")
			}
		}
		return
	}
	p.rd.placed(b.idx)
	defer p.release(b.idx)
	defer p.locateBlock(b)
	switch b.kind {
	case bItemTitle:
		p.itemHeading(b)
	case bSubTitle:
		p.subTitle(b)
	case bPara:
		p.paragraph(b)
	case bBullet:
		p.agendaBullet(b)
	case bConclBullet:
		c := p.conclusion()
		c.Bullets = append(c.Bullets, &draft.Bullet{ID: p.r.NewID(), Text: draft.StripPunctuation(joinLines(b.parts))})
	case bStray:
		if !p.rd.st.numbered() && leadInRE.MatchString(joinLines(b.parts)) {
			p.paragraph(b) // minutes: "In conclusion, the Committee:" opens a conclusion
			return
		}
		if p.rd.st.numbered() {
			p.warnf(b.line, "text without a paragraph number kept as paragraph %d", p.last()+1)
		} else if p.item != nil && leadInRE.MatchString(joinLines(b.parts)) {
			// Minutes number no paragraph: "In conclusion, the
			// Committee:" opens the conclusion as it stands.
			p.paragraph(b)
			return
		}
		p.addParagraph(joinLines(b.parts), b, true)
	}
}

// release lets the lines' texts go once they are in the report: a large
// input need not be held twice. The lines that start with a number read as
// text keep theirs, for a correction the agenda table may ask for.
func (p *parser) release(idx []int) {
	for _, i := range idx {
		if p.rd.dec[i] != dText {
			p.rd.ls[i].text = ""
		}
	}
}

// itemHeading starts a new item, or returns to the current item as a whole
// when the heading repeats it.
func (p *parser) itemHeading(b block) {
	title := joinLines(b.parts)
	if it := p.item; it != nil && b.num == p.itemNum && sameText(title, it.Title) {
		p.endConclusion()
		p.sub, p.repeat = nil, true
		return
	}
	p.endItem()
	if len(p.r.Items) == 0 && b.num > 1 && b.num < maxFirst {
		// The text continues another report: count its items from here.
		p.r.FirstItem = b.num
	}
	if want := p.r.ItemNumber(len(p.r.Items)); draft.Roman(b.num) != want {
		p.warnf(b.line, "item %s follows item %s; the report numbers it %s", p.itemLabel(b.num), p.itemLabel(p.itemNum), p.itemLabel(len(p.r.Items)+max(p.r.FirstItem, 1)))
	}
	p.item = &draft.Item{ID: p.r.NewID(), Title: title}
	p.itemNum = b.num
	p.r.Items = append(p.r.Items, p.item)
	p.sub, p.listed, p.repeat, p.hasPara, p.subForm = nil, 0, false, false, sfNone
	p.cat, p.preCats, p.inConcl = "", nil, false
}

// endItem settles the item's own category and closes its conclusion.
func (p *parser) endItem() {
	if p.item == nil {
		return
	}
	p.endConclusion()
	if len(p.item.SubItems) == 0 && len(p.preCats) > 0 {
		p.item.Category = p.preCats[0]
	}
}

func (p *parser) endConclusion() { p.inConcl = false }

// subHeading handles "a. Title": a new sub-item, or a repeated heading that
// puts the following paragraphs under an existing one.
func (p *parser) subHeading(i int, c class) {
	p.endConclusion()
	p.rd.takeTitle(i)
	if p.subForm == sfNone {
		p.subForm = c.form
		if p.firstForm == sfNone {
			p.firstForm = c.form
		}
	}
	n := c.num
	if n <= len(p.item.SubItems) {
		p.open = block{kind: bSubTitle, line: i, sub: p.item.SubItems[n-1]}
		p.open.add(i, c.text)
		p.addMerged(i)
		return
	}
	if want := len(p.item.SubItems) + 1; n != want {
		p.warnf(i, "sub-item %s follows sub-item %s; the report letters it %s", c.letter, draft.Letter(want-1), draft.Letter(want))
	}
	s := &draft.SubItem{ID: p.r.NewID()}
	if len(p.item.SubItems) == 0 && len(p.preCats) > 0 {
		p.cat = p.preCats[len(p.preCats)-1]
		if len(p.preCats) > 1 {
			p.item.Category = p.preCats[0]
		}
		if len(p.preCats) > 2 {
			p.warnf(i, "%d category lines before the first sub-item; the item keeps the first, the sub-item the last", len(p.preCats))
		}
	}
	s.Category = p.cat
	p.item.SubItems = append(p.item.SubItems, s)
	p.sub, p.repeat = s, false
	if !p.hasPara {
		p.listed++
	}
	p.open = block{kind: bSubTitle, line: i, sub: s, declare: true}
	p.open.add(i, c.text)
	p.addMerged(i)
}

// subTitle sets a new sub-item's title or checks a repeated one.
func (p *parser) subTitle(b block) {
	title := joinLines(b.parts)
	if b.declare {
		b.sub.Title = title
		return
	}
	if !sameText(title, b.sub.Title) {
		p.warnf(b.line, "heading %q differs from the sub-item's title %q; the title is kept", title, b.sub.Title)
	}
	p.sub, p.repeat = b.sub, true
}

// category records a category line for the sub-items that follow.
func (p *parser) category(i int, c class) {
	p.rd.placed([]int{i})
	p.endConclusion()
	if p.item == nil {
		return
	}
	cat := draft.Category(c.text)
	if len(p.item.SubItems) == 0 {
		p.preCats = append(p.preCats, cat)
		return
	}
	p.cat = cat
}

// docs adds document codes to the current sub-item or the item.
func (p *parser) docs(i int, c class) {
	p.rd.placed([]int{i})
	p.endConclusion()
	if p.item == nil {
		return
	}
	for _, code := range c.codes {
		d, err := draft.ParseDocCode(code)
		if err != nil {
			p.warnf(i, "%v; kept as written", err)
		} else {
			code = d.String()
		}
		if p.sub != nil {
			p.sub.Docs = append(p.sub.Docs, code)
		} else {
			p.item.Docs = append(p.item.Docs, code)
		}
	}
}

// bullet handles a bullet line; it returns false when the line is better
// read as running text (a dash that wraps into a line of a paragraph).
func (p *parser) bullet(i int, c class) bool {
	if p.open.kind == bItemTitle {
		p.flush()
	}
	if p.item == nil {
		return false
	}
	if (p.open.kind == bPara || p.open.kind == bStray && !p.rd.st.numbered()) && leadInRE.MatchString(joinLines(p.open.parts)) {
		p.flush()
	}
	if p.inConcl {
		p.flush()
		p.open = block{kind: bConclBullet, line: i}
		p.open.add(i, c.text)
		return true
	}
	if p.continuing() && !c.hard && !p.lastEndsSentence() {
		return false
	}
	if (p.open.kind == bPara || p.open.kind == bStray) && (p.open.list || strings.HasSuffix(p.lastPart(), ":")) {
		p.open.add(i, "• "+c.text) // a list inside the paragraph
		p.open.list = true
		return true
	}
	p.flush()
	p.open = block{kind: bBullet, line: i}
	p.open.add(i, c.text)
	return true
}

// agendaBullet files a bullet outside a conclusion: a presentation, or an
// attachment of the current sub-item.
func (p *parser) agendaBullet(b block) {
	text := joinLines(b.parts)
	switch {
	case draft.IsPresentation(text) || p.sub == nil:
		pr := draft.Presentation{Text: text}
		if p.sub != nil {
			p.sub.Presentations = append(p.sub.Presentations, pr)
		} else {
			p.item.Presentations = append(p.item.Presentations, pr)
		}
	default:
		p.sub.Attachments = append(p.sub.Attachments, text)
	}
}

// paragraph files a numbered paragraph, or opens a conclusion block when it
// is a lead-in such as "In conclusion, the PTC:".
func (p *parser) paragraph(b block) {
	text := joinLines(b.parts)
	if leadInRE.MatchString(text) {
		p.foldConclusion()
		c := p.conclusion()
		c.LeadIn = text // settled against the meeting's short name later
		p.inConcl = true
		return
	}
	p.addParagraph(text, b, false)
}

// addParagraph appends a paragraph under the current sub-item. The item's
// first paragraph after a list of several sub-items belongs to the item as
// a whole, as the agenda lists them before the discussion.
func (p *parser) addParagraph(text string, b block, stray bool) {
	p.foldConclusion()
	p.inConcl = false
	if !p.hasPara && p.listed >= 2 && !p.repeat {
		p.sub = nil
	}
	p.hasPara = true
	p.count++
	para := &draft.Paragraph{ID: p.r.NewID(), Text: text}
	if p.sub != nil {
		para.Sub = p.sub.ID
	}
	p.item.Paragraphs = append(p.item.Paragraphs, para)
	p.prov = append(p.prov, provenance{para: para, item: len(p.r.Items) - 1, first: b.line, stray: stray, cuts: p.cuts(b, text)})
}

// cuts finds the lines of block b, joined into text, that start with a
// number read as running text, and where their text starts in it.
func (p *parser) cuts(b block, text string) []cut {
	var out []cut
	from := 0
	for k := 1; k < len(b.idx); k++ {
		li := b.idx[k]
		if p.rd.dec[li] != dText || p.rd.ls[li].labKind() != lArabic {
			continue
		}
		part := collapse(b.parts[k])
		at := strings.Index(text[from:], part)
		if at < 0 {
			continue
		}
		out = append(out, cut{line: li, at: from + at})
		from += at + len(part)
	}
	return out
}

// foldConclusion turns a conclusion that text follows within the same item
// into an ordinary paragraph, since a conclusion closes its item.
func (p *parser) foldConclusion() {
	c := p.item.Conclusion
	if c == nil {
		return
	}
	p.item.Conclusion = nil
	parts := []string{c.LeadIn}
	for _, pb := range c.Punctuated() {
		parts = append(parts, "• "+pb)
	}
	text := strings.Join(parts, " ")
	p.item.Paragraphs = append(p.item.Paragraphs, &draft.Paragraph{ID: c.ID, Text: text})
	p.rd.warn(-1, LogWarning, "item "+p.r.ItemNumber(len(p.r.Items)-1)+": a conclusion block is followed by more text in the item; it is kept as ordinary paragraph "+
		itoa(p.last()))
}

// sameText compares two titles as written, ignoring case and spacing.
func sameText(a, b string) bool {
	return strings.EqualFold(collapse(a), collapse(b))
}
