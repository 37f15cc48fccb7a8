package ingest

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

// bodyReader reads one WordprocessingML story — the main document, a
// header or footer, the footnotes, the comments — into paragraphs, in one
// streaming pass over its XML. It reads what a reader of the document sees:
// the runs' text (w:t), tabs and breaks; text boxes (once, even where
// mc:AlternateContent holds two copies of them); content controls,
// hyperlinks, smart tags and custom XML (their content); fields (their
// result, never their instruction); tables, nested ones too; math text.
// Tracked changes are kept as segments (see paraRevs), numbering is
// resolved for both readings, and footnote and comment references are
// anchored to their paragraph.
type bodyReader struct {
	part   string
	doc    *wordDoc
	styles *styleSheet
	defs   *listDefs
	acc    *listCounters // numbering as the document reads with its changes accepted
	rej    *listCounters // … and with them rejected
	out    []wordPara
	holes  int // reserved slots of out left empty

	depth      int
	skipAt     int // depth of the element whose content is skipped; 0 none
	paras      []*paraState
	free       []*paraState // finished paragraph states, reused with their buffers
	places     int          // w:p elements met
	tables     []tableState // open tables, outermost first
	tableCount int
	boxes      int    // open text boxes
	alts       []bool // open mc:AlternateContent: whether a branch has been read
	fields     []bool // open complex fields: whether past their separator
	instr      int    // open fields still in their instruction
	revStack   []int32
	dels, ins  int // open deletions (and moves away), insertions (and moves to)
	inT        int
	inPPr      int // depth of the open w:pPr of the current paragraph; 0 none
	inOld      int // depth of the open w:pPrChange; 0 none
	inMarkRPr  bool
	inTrPr     bool
	pendingBrk bool
	pendingCom []string // comments whose range starts before the next paragraph
	rootSeen   bool
	sawBody    bool
	err        error

	// root checks the part's root element; nil accepts any.
	root func(e xml.StartElement) error
	// group, when set, is told when a note or comment opens (e) and closes
	// (nil): the notes and comments parts.
	group func(e *xml.StartElement)
}

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

// tableState is an open table.
type tableState struct {
	num, row, col int
	header        bool
	rowRev        int32
	firstInCell   bool
	boxes         int // text boxes open when the table started
}

func newBodyReader(part string, doc *wordDoc, ss *styleSheet, defs *listDefs) *bodyReader {
	return &bodyReader{part: part, doc: doc, styles: ss, defs: defs, acc: newListCounters(), rej: newListCounters()}
}

// read streams the part through the reader.
func (br *bodyReader) read(p *wordPackage) error {
	if err := p.walkPart(br.part, br.start, br.end, br.text); err != nil {
		return err
	}
	if br.err != nil {
		return br.err
	}
	if len(br.fields) > 0 {
		br.warn(fmt.Sprintf("%s: a field is never closed; the text after its start was read as its instruction", br.part))
	}
	br.compact(0)
	return nil
}

func (br *bodyReader) warn(s string) { br.doc.warnings = append(br.doc.warnings, s) }

// skippedElements hold no text a reader sees: field instructions, the
// properties of content controls, tab-stop definitions, form-field data,
// ruby guide text, and the previous properties of formatting changes
// (w:pPrChange is read for the rejected reading instead).
var skippedElements = map[string]bool{
	"instrText": true, "delInstrText": true, "sdtPr": true, "sdtEndPr": true, "tabs": true,
	"ffData": true, "fldData": true, "rt": true, "rPrChange": true, "sectPrChange": true,
	"tblPrChange": true, "trPrChange": true, "tcPrChange": true, "tblGridChange": true,
	"tblPrExChange": true, "numberingChange": true,
}

// formatChanges are the property changes counted as revisions.
var formatChanges = map[string]bool{
	"rPrChange": true, "pPrChange": true, "sectPrChange": true, "tblPrChange": true, "trPrChange": true,
	"tcPrChange": true, "tblGridChange": true, "tblPrExChange": true, "numberingChange": true,
	"cellIns": true, "cellDel": true, "cellMerge": true,
}

func (br *bodyReader) start(e xml.StartElement) error {
	br.depth++
	if br.skipAt > 0 {
		return nil
	}
	if !br.rootSeen {
		br.rootSeen = true
		if br.root != nil {
			if err := br.root(e); err != nil {
				return err
			}
		}
	}
	switch e.Name.Space {
	case nsW, nsWStrict:
		br.startW(e)
	case nsMC:
		br.startMC(e)
	case nsMath, nsMathS:
		if e.Name.Local == "t" {
			br.inT++
		}
	case nsVML:
		if s := attr(e, "string"); e.Name.Local == "textpath" && s != "" {
			br.addText(s)
		}
	}
	return br.err
}

// startMC reads the first branch of an mc:AlternateContent (the one Word
// itself would show, holding the same text as the others) and skips the
// other branches, so a text box is read once.
func (br *bodyReader) startMC(e xml.StartElement) {
	switch e.Name.Local {
	case "AlternateContent":
		br.alts = append(br.alts, false)
	case "Choice", "Fallback":
		if n := len(br.alts); n > 0 {
			if br.alts[n-1] {
				br.skipAt = br.depth
			}
			br.alts[n-1] = true
		}
	}
}

func (br *bodyReader) startW(e xml.StartElement) {
	l := e.Name.Local
	if formatChanges[l] {
		br.doc.revs.add(revFormat, wAttr(e, "id"), wAttr(e, "author"), wAttr(e, "date"))
	}
	if skippedElements[l] {
		br.skipAt = br.depth
		return
	}
	p := br.top()
	if p != nil && !p.done && br.inPPr == 0 && l != "pPr" && br.depth == p.depth+1 {
		br.resolve(p)
	}
	switch {
	case br.inPPr > 0:
		br.startPPr(p, e)
	case l == "pPr" && p != nil && br.depth == p.depth+1:
		br.inPPr = br.depth
	case l == "p":
		br.startPara()
	case l == "t" || l == "delText":
		br.inT++
	case l == "tab" || l == "ptab":
		br.addText(" ")
	case l == "br":
		br.lineBreak(wAttr(e, "type"))
	case l == "cr":
		br.addText("\n")
	case l == "noBreakHyphen":
		br.addText("-")
	case l == "sym":
		if n, err := strconv.ParseUint(wAttr(e, "char"), 16, 32); err == nil && n > 0 && n < 0x110000 {
			br.addText(string(rune(n)))
		}
	case l == "fldChar":
		br.fieldChar(wAttr(e, "fldCharType"))
	default:
		br.startOther(p, e)
	}
}

// startOther handles tables, revisions, text boxes, notes and comments.
func (br *bodyReader) startOther(p *paraState, e xml.StartElement) {
	switch l := e.Name.Local; l {
	case "body":
		br.sawBody = true
	case "txbxContent":
		br.boxes++
	case "tbl":
		br.tableCount++
		br.tables = append(br.tables, tableState{num: br.tableCount, boxes: br.boxes, rowRev: -1})
	case "tr":
		if t := br.table(); t != nil {
			t.row, t.col, t.header, t.rowRev = t.row+1, 0, false, -1
		}
	case "trPr":
		br.inTrPr = true
	case "tblHeader":
		if t := br.table(); t != nil && br.inTrPr {
			t.header = onOff(e)
		}
	case "tc":
		if t := br.table(); t != nil {
			t.col, t.firstInCell = t.col+1, true
		}
	case "ins", "del", "moveFrom", "moveTo":
		br.startRevision(e)
	case "footnoteReference", "endnoteReference":
		br.noteReference(p, e, l == "endnoteReference")
	case "commentRangeStart", "commentReference":
		br.commentAnchor(p, wAttr(e, "id"))
	case "footnote", "endnote", "comment":
		if br.group != nil && br.depth == 2 {
			br.group(&e)
		}
	case "altChunk", "subDoc":
		br.warn(fmt.Sprintf("%s paragraph %d: an embedded document (w:%s) is not read; paste its text into the document itself", br.part, br.places+1, l))
	}
}

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

func (br *bodyReader) end(e xml.EndElement) {
	defer func() { br.depth-- }()
	if br.skipAt > 0 {
		if br.depth == br.skipAt {
			br.skipAt = 0
		}
		return
	}
	switch e.Name.Space {
	case nsMath, nsMathS:
		if e.Name.Local == "t" {
			br.inT--
		}
		return
	case nsMC:
		if e.Name.Local == "AlternateContent" && len(br.alts) > 0 {
			br.alts = br.alts[:len(br.alts)-1]
		}
		return
	case nsW, nsWStrict:
	default:
		return
	}
	br.endW(e.Name.Local)
}

func (br *bodyReader) endW(l string) {
	p := br.top()
	switch {
	case br.inPPr > 0:
		switch {
		case br.depth == br.inPPr:
			br.inPPr = 0
			br.resolve(p)
		case br.depth == br.inOld:
			br.inOld = 0
		case l == "rPr" && br.inOld == 0:
			br.inMarkRPr = false
		}
	case l == "t" || l == "delText":
		br.inT--
	case l == "p" && p != nil && br.depth == p.depth:
		br.finish(p)
	case l == "ins" || l == "del" || l == "moveFrom" || l == "moveTo":
		br.endRevision()
	case l == "trPr":
		br.inTrPr = false
	case l == "tbl" && len(br.tables) > 0:
		br.tables = br.tables[:len(br.tables)-1]
	case l == "txbxContent" && br.boxes > 0:
		br.boxes--
	case (l == "footnote" || l == "endnote" || l == "comment") && br.group != nil && br.depth == 2:
		br.group(nil)
	}
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

func (br *bodyReader) top() *paraState {
	if len(br.paras) == 0 {
		return nil
	}
	return br.paras[len(br.paras)-1]
}

// table returns the innermost open table, or nil.
func (br *bodyReader) table() *tableState {
	if len(br.tables) == 0 {
		return nil
	}
	return &br.tables[len(br.tables)-1]
}
