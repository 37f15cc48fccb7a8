package ingest

import "strings"

// A paragraph of a story as the body reader builds it: its properties,
// its text (with the segments of tracked changes), its labels in both
// readings, and its slot in the output.

// paraState is a paragraph being read.
type paraState struct {
	rec     wordPara
	depth   int
	slot    int      // index in out once reserved; -1 before
	all     []byte   // the text of every segment so far (a buffer the reader reuses)
	pieces  []string // the text instead, in pieces, once it outgrows maxKeptBuffer
	piecesN int      // bytes in pieces
	spans   []revSpan
	accLen  int
	props   paraProps
	oldSet  bool
	old     paraProps
	mark    int32
	done    bool // label and hint resolved
	rej     listLabel
	rejHint styleHint
}

// paraProps are the numbering-relevant properties of a paragraph.
type paraProps struct {
	style   string
	num     numRef
	outline int8
}

// startPara opens a paragraph: it takes its place number, and the
// paragraphs around it reserve their slots so that the output keeps the
// order in which paragraphs start (a text box's paragraphs after the
// paragraph that anchors them).
func (br *bodyReader) startPara() {
	br.places++
	for _, q := range br.paras {
		br.reserve(q)
	}
	p := br.newPara()
	p.rec.place = br.places
	p.rec.box = br.boxes > 0
	p.rec.brk = br.pendingBrk
	br.pendingBrk = false
	if t := br.table(); t != nil && t.boxes == br.boxes {
		top := br.tables[0]
		p.rec.cell = &cellPlace{table: t.num, depth: len(br.tables), row: t.row, col: t.col, header: t.header, rowRev: t.rowRev,
			topTable: top.num, topRow: top.row}
	}
	br.paras = append(br.paras, p)
	for _, id := range br.pendingCom {
		br.commentAnchor(p, id)
	}
	br.pendingCom = br.pendingCom[:0]
}

// maxKeptBuffer bounds the text buffer kept for reuse. A longer paragraph
// is kept in pieces of that size and joined once, at its end: growing one
// buffer instead would copy it again and again and leave the copies to the
// collector.
const maxKeptBuffer = 64 << 10

// write adds text to the paragraph.
func (p *paraState) write(b []byte) {
	for len(p.all)+len(b) > maxKeptBuffer {
		n := maxKeptBuffer - len(p.all)
		p.all = append(p.all, b[:n]...)
		p.pieces = append(p.pieces, string(p.all))
		p.piecesN += len(p.all)
		p.all, b = p.all[:0], b[n:]
	}
	p.all = append(p.all, b...)
}

// length returns the bytes of text written so far.
func (p *paraState) length() int { return p.piecesN + len(p.all) }

// take returns the paragraph's text, allocated once at its exact size.
func (p *paraState) take() string {
	if len(p.pieces) == 0 {
		return string(p.all)
	}
	var b strings.Builder
	b.Grow(p.length())
	for _, s := range p.pieces {
		b.WriteString(s)
	}
	b.Write(p.all)
	p.pieces, p.piecesN = nil, 0
	return b.String()
}

// newPara returns a fresh paragraph state, reusing a finished one's text
// buffer: a paragraph's text is then allocated once, at its exact size.
func (br *bodyReader) newPara() *paraState {
	var p *paraState
	if n := len(br.free); n > 0 {
		p, br.free = br.free[n-1], br.free[:n-1]
		buf := p.all[:0]
		*p = paraState{all: buf}
	} else {
		p = &paraState{}
	}
	p.depth, p.slot, p.props, p.mark = br.depth, -1, paraProps{outline: -1}, -1
	return p
}

// reserve gives p its slot in out.
func (br *bodyReader) reserve(p *paraState) {
	if p.slot < 0 {
		p.slot = len(br.out)
		br.out = append(br.out, wordPara{})
		br.holes++
	}
}

// resolve works out the paragraph's hint and its labels in both readings,
// once its properties are read (numbering advances in the order paragraphs
// start, as Word counts them).
func (br *bodyReader) resolve(p *paraState) {
	p.done = true
	p.rec.hint = br.hint(p.props.style, p.props.outline)
	if s := br.styles.resolve(br.styleID(p.props.style)); s != nil && s.brk {
		p.rec.brk = true
	}
	oldProps := p.props
	if p.oldSet {
		oldProps = p.old
	}
	p.rejHint = br.hint(oldProps.style, oldProps.outline)
	accGone := br.gone(p, true)
	rejGone := br.gone(p, false)
	var err error
	if !accGone {
		if p.rec.list, err = br.defs.label(br.acc, br.styleID(p.props.style), p.props.num); err != nil {
			br.err = err
		}
		p.rec.label = p.rec.list.text
	}
	if !rejGone {
		if p.rej, err = br.defs.label(br.rej, br.styleID(oldProps.style), oldProps.num); err != nil {
			br.err = err
		}
	}
}

// gone reports whether the paragraph is absent from a reading: its mark or
// its table row removed by the revision.
func (br *bodyReader) gone(p *paraState, accepted bool) bool {
	check := func(rev int32) bool {
		if rev < 0 {
			return false
		}
		k := br.doc.revs.list[rev].kind
		return (accepted && k.removesOnAccept()) || (!accepted && k.removesOnReject())
	}
	return check(p.mark) || (p.rec.cell != nil && check(p.rec.cell.rowRev))
}

// styleID returns the paragraph's style, the default paragraph style when
// it names none.
func (br *bodyReader) styleID(s string) string {
	if s == "" {
		return br.styles.defaultPara
	}
	return s
}

// hint returns the hint of a paragraph in style s with outline level
// outline (-1 none): a direct outline level wins over the style's; level 9
// is body text.
func (br *bodyReader) hint(s string, outline int8) styleHint {
	switch {
	case outline >= 0 && outline < 9:
		return styleHint{hintHeading, outline + 1}
	case outline == 9:
		return styleHint{}
	}
	if st := br.styles.resolve(br.styleID(s)); st != nil {
		return st.hint
	}
	return styleHint{}
}

// finish closes a paragraph: one that shows something in either reading
// (text, or a list label — Word draws the number of an empty numbered
// paragraph) fills its slot; an empty one only counts.
func (br *bodyReader) finish(p *paraState) {
	br.paras = br.paras[:len(br.paras)-1]
	if !p.done {
		br.resolve(p)
	}
	rec := p.rec
	all := p.take()
	br.free = append(br.free, p)
	rec.text = all
	if p.spans != nil || p.mark >= 0 || (p.rej != rec.list) || p.rejHint != rec.hint {
		r := &paraRevs{mark: p.mark, rejLabel: p.rej, rejHint: p.rejHint, rejSet: p.rej != rec.list || p.rejHint != rec.hint}
		if p.spans == nil {
			p.spans = []revSpan{{end: int32(len(all)), rev: -1, accepted: true, rejected: true}}
		}
		r.all, r.spans = all, p.spans
		rec.text = r.reading(true)
		rec.extra().rev = r
	}
	if all == "" && rec.label == "" && p.rej.text == "" && rec.x == nil {
		if p.slot >= 0 {
			br.out[p.slot] = wordPara{} // stays a hole
		}
		return
	}
	if t := br.table(); t != nil && rec.cell != nil {
		rec.cell.first, t.firstInCell = t.firstInCell, false
	}
	rec.part = br.part
	br.reserve(p)
	br.out[p.slot] = rec
	br.holes--
}

// compact closes up the holes left by empty paragraphs in out[from:].
func (br *bodyReader) compact(from int) {
	if br.holes == 0 {
		return
	}
	kept := br.out[:from]
	for _, q := range br.out[from:] {
		if q.place > 0 {
			kept = append(kept, q)
		}
	}
	clear(br.out[len(kept):])
	br.out = kept
	br.holes = 0
}
