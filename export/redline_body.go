package export

import (
	"fmt"
	"strings"

	"rapporteur/draft"
)

// Margin notes and their colours.
var (
	noteGrey  = [3]int{90, 90, 90}
	noteBlue  = [3]int{0, 70, 170}
	noteRed   = [3]int{190, 20, 20}
	noteGreen = [3]int{0, 110, 60}
)

// item returns new item i with its changes shown, in the reading order of
// the new report: paragraphs deleted from the item's start stand before
// its first paragraph, a deleted conclusion before the new one.
func (rb *redline) item(i int) []*block {
	it := rb.r.Items[i]
	var out []*block
	startDone, concluded := false, false
	for p := range rb.r.WalkItem(i) {
		switch p.Kind {
		case draft.PieceItemAgain, draft.PieceSubAgain, draft.PieceParagraph, draft.PieceLeadIn:
			if !startDone {
				out = append(out, rb.deletedParas(rb.atStart[it.ID])...)
				startDone = true
			}
		}
		switch p.Kind {
		case draft.PieceParagraph:
			out = append(out, rb.paragraph(i, p.K))
			out = append(out, rb.deletedParas(rb.after[p.Paragraph.ID])...)
		case draft.PieceLeadIn:
			out = append(out, rb.oldConclusion(i)...)
			out = append(out, rb.conclusion(i)...)
			concluded = true
		case draft.PieceBullet: // in rb.conclusion
		default:
			out = rb.appendPiece(out, p)
		}
	}
	if !startDone {
		out = append(out, rb.deletedParas(rb.atStart[it.ID])...)
	}
	if !concluded {
		out = append(out, rb.oldConclusion(i)...)
	}
	return out
}

// paragraph returns paragraph k of new item i, redlined if it changed.
func (rb *redline) paragraph(i, k int) *block {
	p := rb.r.Items[i].Paragraphs[k]
	num := rb.n.Number(i, k)
	where := fmt.Sprintf("item %s, paragraph %d", rb.nums[i], num)
	ch, ok := rb.changes[p.ID]
	if !ok {
		b := labelled(fmt.Sprintf("%d.", num), rb.cl.clean(p.Text, where), "", marginLeft, paraText, 'J')
		b.before = paraSpace
		return b
	}
	b := rb.changed(ch, fmt.Sprintf("%d.", num), where)
	b.x, b.w, b.labelX, b.labelW = paraText, rightEdge-paraText, marginLeft, numberW
	return b
}

// changed returns a block showing one change: its word diff, a change bar
// and a margin note with the old number or what happened.
func (rb *redline) changed(ch draft.Change, label, where string) *block {
	b := &block{words: rb.diffWords(ch.Words, where), size: bodySize, lh: bodyLead, align: 'J',
		label: label, before: paraSpace, bar: true, noteColor: noteGrey}
	switch ch.Kind {
	case draft.Added:
		b.note, b.noteColor = ch.What(), noteBlue
	case draft.Deleted:
		b.note, b.noteColor, b.labelColor = ch.What(), noteRed, noteRed
	case draft.Moved:
		b.note, b.noteColor = ch.What()+"\n"+ch.Was(), noteGreen
	case draft.Changed:
		b.note = ch.Was()
	}
	return b
}

// deletedParas returns deleted paragraphs struck through where they stood,
// numbered with their old numbers in brackets.
func (rb *redline) deletedParas(chs []draft.Change) []*block {
	var out []*block
	for _, ch := range chs {
		b := rb.changed(ch, fmt.Sprintf("(%d)", ch.Old), fmt.Sprintf("deleted paragraph %d", ch.Old))
		b.x, b.w, b.labelX, b.labelW = paraText, rightEdge-paraText, marginLeft, numberW
		out = append(out, b)
	}
	return out
}

// conclusion returns new item i's conclusion with changed, added and
// deleted bullets shown.
func (rb *redline) conclusion(i int) []*block {
	c := rb.r.Items[i].Conclusion
	num := rb.n.ConclusionNumber(rb.r, i)
	where := fmt.Sprintf("item %s, paragraph %d", rb.nums[i], num)
	whole, added := rb.changes[c.ID]
	added = added && whole.Part == draft.PartConclusion
	lead := rb.leadIn(c, num, where, added)
	out := []*block{lead}
	dels := rb.bullets[c.ID]
	texts := c.Punctuated()
	for k, bl := range c.Bullets {
		// deleted bullets that stood before this one's old place
		for o := rb.ix.oldBulletPos[bl.ID]; o > 0 && len(dels) > 0 && dels[0].OldBullet < o; {
			out = append(out, rb.bulletBlock(rb.diffWords(dels[0].Words, where), dels[0], true))
			dels = dels[1:]
		}
		bw := fmt.Sprintf("%s, bullet %d", where, k+1)
		ch, ok := rb.changes[bl.ID]
		switch {
		case added:
			out = append(out, rb.bulletBlock(rb.plainWords(texts[k], inserted, bw), draft.Change{Kind: draft.Added}, true))
		case ok:
			ws := withEnding(rb.diffWords(ch.Words, bw), draft.Punctuation(k, len(c.Bullets)))
			out = append(out, rb.bulletBlock(ws, ch, true))
		default:
			out = append(out, rb.bulletBlock(rb.plainWords(texts[k], plain, bw), draft.Change{}, false))
		}
	}
	for _, d := range dels {
		out = append(out, rb.bulletBlock(rb.diffWords(d.Words, where), d, true))
	}
	lead.keep = len(out) > 1
	return out
}

// leadIn returns the numbered lead-in, redlined if it changed.
func (rb *redline) leadIn(c *draft.Conclusion, num int, where string, added bool) *block {
	label := fmt.Sprintf("%d.", num)
	text := c.LeadInFor(rb.r.Meeting)
	var b *block
	if ch, ok := rb.changes[c.ID]; ok && ch.Part == draft.PartLeadIn {
		b = rb.changed(ch, label, where)
	} else if added {
		b = rb.changed(draft.Change{Kind: draft.Added, Words: []draft.WordOp{{Op: draft.OpInsert, Text: text}}}, label, where)
	} else {
		b = &block{words: rb.plainWords(text, plain, where), size: bodySize, lh: bodyLead, align: 'J', label: label, before: paraSpace}
	}
	b.x, b.w, b.labelX, b.labelW = paraText, rightEdge-paraText, marginLeft, numberW
	return b
}

// bulletBlock returns one conclusion bullet; bar marks a changed one.
func (rb *redline) bulletBlock(ws []word, ch draft.Change, bar bool) *block {
	x := bulletX + bulletIn + 1
	b := &block{words: ws, size: bodySize, lh: bodyLead, align: 'J', x: x, w: rightEdge - x,
		label: "•", labelX: bulletX, labelW: bulletIn + 1, before: 1.8, bar: bar}
	switch ch.Kind {
	case draft.Added:
		b.note, b.noteColor = ch.What(), noteBlue
	case draft.Deleted:
		b.note, b.noteColor = ch.What(), noteRed
	case draft.Moved:
		b.note, b.noteColor = ch.What(), noteGreen
	}
	return b
}

// oldConclusion shows the conclusion block deleted from new item i, if
// one was.
func (rb *redline) oldConclusion(i int) []*block {
	ch, ok := rb.gone[rb.r.Items[i].ID]
	if !ok {
		return nil
	}
	b := rb.changed(ch, fmt.Sprintf("(%d)", ch.Old), "deleted conclusion")
	b.x, b.w, b.labelX, b.labelW = paraText, rightEdge-paraText, marginLeft, numberW
	return []*block{b}
}

// deletedItems shows the items the new version dropped, struck through.
func (rb *redline) deletedItems() []*block {
	var out []*block
	for j, it := range rb.c.Old.Items {
		if _, ok := indexItems(rb.r)[it.ID]; ok {
			continue
		}
		num := rb.c.Old.ItemNumber(j)
		where := "deleted item " + num
		st := rb.c.Old.Style
		title := it.Title
		if st.UpperTitles() {
			title = strings.ToUpper(title)
		}
		head := &block{words: rb.plainWords(st.ItemMark(num)+" "+title, deleted, where), style: "B",
			size: bodySize, lh: bodyLead, x: marginLeft, w: textW, align: 'L', before: 9, keep: true,
			bar: true, note: "deleted", noteColor: noteRed}
		for k := range head.words {
			head.words[k].style = "B"
		}
		out = append(out, head)
		on := rb.c.Old.Numbering()
		for k, p := range it.Paragraphs {
			ch := draft.Change{Kind: draft.Deleted, Old: on.Number(j, k), Words: []draft.WordOp{{Op: draft.OpDelete, Text: p.Text}}}
			out = append(out, rb.deletedParas([]draft.Change{ch})...)
		}
		if it.Conclusion != nil {
			ch := draft.Change{Kind: draft.Deleted, Old: on.ConclusionNumber(rb.c.Old, j),
				Words: []draft.WordOp{{Op: draft.OpDelete, Text: it.Conclusion.Text(rb.c.Old.Meeting)}}}
			out = append(out, rb.deletedParas([]draft.Change{ch})...)
		}
	}
	return out
}

func indexItems(r *draft.Report) map[draft.ID]int {
	m := make(map[draft.ID]int, len(r.Items))
	for i, it := range r.Items {
		m[it.ID] = i
	}
	return m
}

// annex returns new annex i, its body redlined when it changed.
func (rb *redline) annex(i int) []*block {
	out := rb.builder.annex(i)
	sc, ok := rb.annexes[draft.AnnexNumber(i)]
	if !ok {
		return out
	}
	k := 0
	for k < len(out) && out[k].keep {
		k++
	}
	b := &block{words: rb.diffWords(sc.Words, "annex "+draft.AnnexNumber(i)), size: bodySize, lh: bodyLead,
		x: marginLeft, w: textW, align: 'J', before: paraSpace, bar: true}
	return append(out[:k], b)
}
