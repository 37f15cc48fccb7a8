package ingest

import (
	"encoding/xml"
	"fmt"
	"strconv"
)

// What the body reader does inside a paragraph: runs of text, breaks,
// fields, tracked changes, the paragraph's properties, and the notes and
// comments anchored to it.

// startRevision opens a tracked change around runs, or marks the
// paragraph mark or the table row it sits in.
func (br *bodyReader) startRevision(e xml.StartElement) {
	kind := revKinds[e.Name.Local]
	rev := br.doc.revs.add(kind, wAttr(e, "id"), wAttr(e, "author"), wAttr(e, "date"))
	if br.inTrPr {
		if t := br.table(); t != nil {
			t.rowRev = rev
		}
		br.skipAt = br.depth
		return
	}
	br.revStack = append(br.revStack, rev)
	if kind.removesOnAccept() {
		br.dels++
	} else {
		br.ins++
	}
}

// startPPr reads the paragraph's properties: style, numbering, outline
// level, page break, the paragraph mark's revision, and the previous
// properties of a w:pPrChange.
func (br *bodyReader) startPPr(p *paraState, e xml.StartElement) {
	l := e.Name.Local
	props := &p.props
	if br.inOld > 0 {
		props = &p.old
	}
	switch {
	case l == "pPrChange":
		br.inOld, p.oldSet = br.depth, true
		p.old = paraProps{outline: -1}
	case l == "pStyle":
		props.style = wAttr(e, "val")
	case l == "numPr":
		props.num.set = true
	case l == "numId":
		props.num.numID, props.num.set = wAttr(e, "val"), true
	case l == "ilvl":
		props.num.level, _ = levelIndex(wAttr(e, "val"))
		props.num.levelSet = true
	case l == "outlineLvl":
		if n, err := strconv.Atoi(wAttr(e, "val")); err == nil && n >= 0 && n <= 9 {
			props.outline = int8(n)
		}
	case br.inOld > 0:
	case l == "pageBreakBefore":
		p.rec.brk = p.rec.brk || onOff(e)
	case l == "rPr":
		br.inMarkRPr = true
	case (l == "ins" || l == "del" || l == "moveFrom" || l == "moveTo") && br.inMarkRPr:
		p.mark = br.doc.revs.add(revKinds[l], wAttr(e, "id"), wAttr(e, "author"), wAttr(e, "date"))
	case l == "sectPr":
		br.skipAt = br.depth
	}
}

// revKinds maps the revision elements to their kinds.
var revKinds = map[string]revKind{"ins": revInsert, "del": revDelete, "moveFrom": revMoveFrom, "moveTo": revMoveTo}

// lineBreak handles w:br: a page break starts a new page at this paragraph
// (when nothing is written yet) or the next; other breaks end a line.
func (br *bodyReader) lineBreak(typ string) {
	if typ != "page" {
		br.addText("\n")
		return
	}
	if p := br.top(); p != nil && p.length() == 0 {
		p.rec.brk = true
	} else {
		br.pendingBrk = true
	}
}

// fieldChar follows complex fields: the text between a field's begin and
// its separator is its instruction and is skipped, the text after it is
// the result a reader sees. Fields nest.
func (br *bodyReader) fieldChar(typ string) {
	switch typ {
	case "begin":
		if len(br.fields) >= maxXMLDepth {
			br.err = fmt.Errorf("%s: fields nested deeper than %d", br.part, maxXMLDepth)
			return
		}
		br.fields = append(br.fields, false)
		br.instr++
	case "separate":
		if n := len(br.fields); n > 0 && !br.fields[n-1] {
			br.fields[n-1] = true
			br.instr--
		}
	case "end":
		if n := len(br.fields); n > 0 {
			if !br.fields[n-1] {
				br.instr--
			}
			br.fields = br.fields[:n-1]
		}
	}
}

// noteReference anchors a footnote or endnote to the paragraph, where its
// mark stands in the text, and gives it its mark: the next number of its
// kind (1, 2, … for footnotes, i, ii, … for endnotes), or none when a
// custom mark follows as text.
func (br *bodyReader) noteReference(p *paraState, e xml.StartElement, endnote bool) {
	if p == nil || br.instr > 0 || br.dels > 0 || br.part != br.doc.main {
		return
	}
	n := wordNote{endnote: endnote, id: wAttr(e, "id"), anchor: p.rec.place, offset: p.accLen}
	if !onOffAttr(wAttr(e, "customMarkFollows")) {
		k := 0
		if endnote {
			k = 1
		}
		br.doc.noteMarks[k]++
		n.mark = strconv.Itoa(br.doc.noteMarks[k])
		if endnote {
			n.mark = formatNumber(br.doc.noteMarks[k], "lowerRoman")
		}
	}
	br.doc.notes = append(br.doc.notes, n)
	x := p.rec.extra()
	x.notes = append(x.notes, len(br.doc.notes)-1)
}

// commentAnchor records that comment id is anchored to the paragraph (the
// next one to start, when the range starts between paragraphs). A comment
// is anchored once, where its range starts.
func (br *bodyReader) commentAnchor(p *paraState, id string) {
	if br.part != br.doc.main {
		return
	}
	if p == nil {
		br.pendingCom = append(br.pendingCom, id)
		return
	}
	if i, ok := br.doc.anchorComment(id, p.rec.place); ok {
		x := p.rec.extra()
		x.comments = append(x.comments, i)
	}
}

// text takes character data inside w:t, w:delText and m:t.
func (br *bodyReader) text(b []byte) {
	if br.skipAt == 0 && br.inT > 0 {
		if p := br.top(); p != nil && br.instr == 0 && len(b) > 0 {
			br.mark(p)
			p.write(b)
			br.marked(p, len(b))
		}
	}
}

// addText adds text to the paragraph being read, in the reading(s) the
// open revisions leave it in; field instructions add nothing.
func (br *bodyReader) addText(s string) {
	p := br.top()
	if p == nil || br.instr > 0 || s == "" {
		return
	}
	br.mark(p)
	p.write([]byte(s))
	br.marked(p, len(s))
}

// mark opens the segment list of a paragraph that meets its first revised
// text, with the unrevised text so far as its first segment.
func (br *bodyReader) mark(p *paraState) {
	if p.spans == nil && len(br.revStack) > 0 && p.length() > 0 {
		p.spans = append(p.spans, revSpan{end: int32(p.length()), rev: -1, accepted: true, rejected: true})
	}
}

// marked records n bytes just written in the reading(s) they belong to.
func (br *bodyReader) marked(p *paraState, n int) {
	acc, rej := br.dels == 0, br.ins == 0
	rev := int32(-1)
	if k := len(br.revStack); k > 0 {
		rev = br.revStack[k-1]
	}
	if acc {
		p.accLen += n
	}
	if p.spans == nil && rev < 0 {
		return
	}
	end := int32(p.length())
	if n := len(p.spans); n > 0 && p.spans[n-1].rev == rev && p.spans[n-1].accepted == acc && p.spans[n-1].rejected == rej {
		p.spans[n-1].end = end
		return
	}
	p.spans = append(p.spans, revSpan{end: end, rev: rev, accepted: acc, rejected: rej})
}

func (br *bodyReader) endRevision() {
	n := len(br.revStack)
	if n == 0 {
		return
	}
	if br.doc.revs.list[br.revStack[n-1]].kind.removesOnAccept() {
		br.dels--
	} else {
		br.ins--
	}
	br.revStack = br.revStack[:n-1]
}
