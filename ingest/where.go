package ingest

import "rapporteur/draft"

// Where each line went in the report, for the log: the parser records
// the place of the lines of each block it files (locate), and the entries
// that name a line are given that place once the report is read
// (settleWhere).

// locate records that the lines idx went to w.
func (rd *reader) locate(idx []int, w Where) {
	n := int32(len(rd.wheres))
	rd.wheres = append(rd.wheres, w)
	for _, i := range idx {
		if i >= 0 && i < len(rd.loc) {
			rd.loc[i] = n
		}
	}
}

// locateBlock records where the block b just filed went: its item's
// heading, the paragraph it made, or the conclusion it opened or added to.
func (p *parser) locateBlock(b block) {
	if p.item == nil {
		return
	}
	w := Where{Part: PartBody, Item: p.item.ID}
	switch b.kind {
	case bPara, bStray:
		switch {
		case p.inConcl && p.item.Conclusion != nil:
			w.Para = p.item.Conclusion.ID
		case len(p.item.Paragraphs) > 0:
			w.Para = p.item.Paragraphs[len(p.item.Paragraphs)-1].ID
		}
	case bConclBullet:
		if p.item.Conclusion != nil {
			w.Para = p.item.Conclusion.ID
		}
	case bBullet, bSubTitle:
		if n := len(p.item.Paragraphs); n > 0 && p.hasPara {
			w.Para = p.item.Paragraphs[n-1].ID
		}
	}
	p.rd.locate(b.idx, w)
}

// locateAnnex records that the lines idx belong to annex a.
func (rd *reader) locateAnnex(idx []int, a *draft.Annex) {
	rd.locate(idx, Where{Part: PartAnnexes, Annex: a.ID})
}

// settleWhere gives each log entry that names a line the place in the
// report that line went to: the body's line its block went into, the
// front matter before the first item (line first), the annexes from
// line annex on, the footnotes; a line the report does not hold gets
// the place of the line it stood after, marked Near.
func (rd *reader) settleWhere(first, annex int) {
	for k := range rd.log {
		e := &rd.log[k]
		if e.At.Part != PartNone || e.line == 0 {
			continue
		}
		e.At = rd.whereOf(int(e.line-1), first, annex)
	}
}

func (rd *reader) whereOf(i, first, annex int) Where {
	switch {
	case rd.loc[i] > 0:
		return rd.wheres[rd.loc[i]]
	case rd.role[i] == rNote:
		return Where{Part: PartFootnotes}
	case i < first:
		return Where{Part: PartFront}
	}
	for j := i - 1; j >= first; j-- {
		if rd.loc[j] > 0 {
			w := rd.wheres[rd.loc[j]]
			w.Near = true
			return w
		}
	}
	if i >= annex {
		return Where{Part: PartAnnexes, Near: true}
	}
	return Where{Part: PartFront, Near: true}
}
