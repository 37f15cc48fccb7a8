package ingest

import (
	"encoding/xml"
	"fmt"
	"strconv"
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
