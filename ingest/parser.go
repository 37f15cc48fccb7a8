package ingest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"rapporteur/draft"
)

// blockKind is the kind of text still open, that later lines may continue.
type blockKind int

const (
	bNone        blockKind = iota
	bItemTitle             // an item heading, its title possibly wrapped
	bSubTitle              // a sub-item heading, new or repeated in the body
	bPara                  // a numbered paragraph
	bBullet                // a presentation or attachment bullet
	bConclBullet           // a conclusion bullet
	bStray                 // text outside any numbered paragraph
)

// block is the open text block: its kind, first line and wrapped lines.
type block struct {
	kind  blockKind
	line  int // index of the line where it starts
	num   int // source number of a paragraph or item
	parts []string
	idx   []int          // the lines it holds
	sub   *draft.SubItem // the sub-item a sub-item heading names
	// declare is set when a sub-item heading declares a new sub-item
	// rather than repeating one in the body.
	declare bool
	list    bool // a paragraph that holds a bulleted list
	enum    bool // a paragraph that holds an enumeration ("(a) …", "ii. …")
}

// add appends line i's text to the block.
func (b *block) add(i int, text string) {
	b.parts = append(b.parts, text)
	b.idx = append(b.idx, i)
}

// parser turns classified body lines into a report.
type parser struct {
	rd *reader
	r  *draft.Report

	item    *draft.Item
	itemNum int            // the source number of the current item
	sub     *draft.SubItem // where documents, bullets and paragraphs go
	subForm subForm        // the label form of the item's sub-items
	listed  int            // sub-items declared before the item's first paragraph
	repeat  bool           // sub was chosen by a repeated heading
	hasPara bool           // the item has a numbered paragraph
	cat     draft.Category // category line in force for new sub-items
	preCats []draft.Category
	inConcl bool

	dropCode string // the report's own code, a running header to drop
	agenda   bool   // the document is an agenda: text under items is annotation

	open    block
	lastNum int  // source number of the last numbered paragraph
	seenNum bool // a numbered paragraph has been read
	// wrapped counts paragraph continuation lines that followed a blank
	// line, as pdftotext writes them; typed counts those that did not.
	wrapped, typed int
	widths         []int // a sample of the widths of wrapped lines
	wrappedLines   int

	count     int          // paragraphs and conclusions added so far
	prov      []provenance // where each paragraph came from, in order
	provIdx   map[*draft.Paragraph]int
	firstForm subForm // the label form of the report's first sub-item
}

func newParser(rd *reader) *parser { return &parser{rd: rd, r: draft.New()} }

// maxWidths bounds the line widths kept for estimating the page's width.
const maxWidths = 8192

// width records the width of a wrapped line, keeping a sample of at most
// maxWidths of them.
func (p *parser) width(w int) {
	p.wrappedLines++
	if len(p.widths) < maxWidths {
		p.widths = append(p.widths, w)
		return
	}
	p.widths[p.wrappedLines%maxWidths] = w
}

// last is the number of the last paragraph added, as the report derives
// it; counted as paragraphs come, since a report's Numbering costs a pass
// over its items.
func (p *parser) last() int { return max(p.r.FirstParagraph, 1) - 1 + p.count }

// conclusion returns the item's conclusion, making it, and counts it.
func (p *parser) conclusion() *draft.Conclusion {
	if p.item.Conclusion == nil {
		p.count++
	}
	return p.r.AddConclusion(p.item)
}

// warnf logs a warning at line i.
func (p *parser) warnf(i int, format string, args ...any) {
	p.rd.warn(i, LogWarning, fmt.Sprintf(format, args...))
}

// run reads the body lines [from, to), from the first item heading to the
// first annex.
func (p *parser) run(from, to int) {
	prevBlank := false
	for _, i := range p.rd.readingOrder(from, to) {
		if p.rd.role[i] != rNone {
			continue
		}
		p.feed(i, p.rd.classify(i), prevBlank)
		prevBlank = p.rd.ls[i].blankAfter()
	}
	p.flush()
	p.endItem()
}

// feed handles one line in the light of the open block.
func (p *parser) feed(i int, c class, prevBlank bool) {
	l := &p.rd.ls[i]
	switch c.kind {
	case kJunk:
		p.rd.drop(i, LogFurniture, "page furniture")
		return
	case kText:
		if l.text == p.dropCode {
			p.rd.drop(i, LogFurniture, "the document's code, a running header")
			return
		}
		if (p.rd.pageHead(i) || p.continuing()) && pageNumber(l.text) {
			p.rd.drop(i, LogFurniture, "a page number inside running text")
			return
		}
		if p.rd.dec[i] == dText && c.bare && p.rd.pageHead(i) {
			p.rd.drop(i, LogFurniture, "a page number at the head of a page")
			return
		}
		p.text(i, c, prevBlank)
		return
	case kItem:
		p.flush()
		p.open = block{kind: bItemTitle, line: i, num: c.num}
		p.open.add(i, c.text)
		p.addMerged(i)
		return
	case kPara:
		p.flush()
		p.startPara(i, c)
		return
	case kSub:
		if p.open.kind == bItemTitle {
			p.flush() // the item the sub-item belongs to
		}
		if p.acceptSub(i, c) {
			p.flush()
			p.subHeading(i, c)
			return
		}
		if p.enumeration(i, c) {
			return
		}
	case kEnum:
		if p.enumeration(i, c) {
			return
		}
	case kCategory:
		p.flush()
		p.category(i, c)
		return
	case kDoc:
		if p.continuing() && !p.lastEndsSentence() {
			break
		}
		p.flush()
		p.docs(i, c)
		return
	case kBullet:
		if p.bullet(i, c) {
			return
		}
	case kHeading:
		if p.open.kind == bItemTitle {
			p.flush() // the item the heading belongs to
		}
		if p.heading(i, c) {
			return
		}
	case kAnnex:
		// Annexes are split off before the body is parsed; a heading here
		// cannot occur, but keep its text if it does.
	}
	p.text(i, class{kind: kText, text: l.text}, prevBlank)
}

// pageHead reports whether line i stands at the head of its page: the page
// breaks before it and every line before it on the page was furniture.
func (rd *reader) pageHead(i int) bool {
	if rd.ls[i].page == 0 && !rd.ls[i].pageBreak() {
		return false
	}
	for j := i - 1; j >= 0 && rd.ls[j].page == rd.ls[i].page; j-- {
		if rd.role[j] != rLogged && rd.role[j] != rNote {
			return false
		}
	}
	return true
}

// addMerged adds to the open block the line whose text a bare label took as
// its title, so that it is accounted for.
func (p *parser) addMerged(i int) {
	if j := p.rd.merged[i]; j > 0 {
		p.open.idx = append(p.open.idx, int(j))
	}
}

// continuing reports whether the open block is running text that an
// ambiguous line could continue: a paragraph or a conclusion bullet, whose
// lines end in punctuation where they end.
func (p *parser) continuing() bool {
	switch p.open.kind {
	case bPara, bConclBullet, bStray:
		return true
	}
	return false
}

func (p *parser) lastPart() string {
	if len(p.open.parts) == 0 {
		return ""
	}
	return p.open.parts[len(p.open.parts)-1]
}

func (p *parser) lastEndsSentence() bool {
	if len(p.open.parts) == 0 {
		return true
	}
	return endsSentence(p.lastPart())
}

// text continues the open block or starts unnumbered text.
func (p *parser) text(i int, c class, prevBlank bool) {
	if (p.open.kind == bBullet || p.open.kind == bConclBullet) && joinLines(p.open.parts) == "" {
		// A bullet glyph alone on its line, its text on the next (as
		// pdftotext gives a LibreOffice PDF's bullets): the text is the
		// bullet's, whatever it says.
		p.open.add(i, c.text)
		return
	}
	if (p.item != nil || p.open.kind == bItemTitle) && p.presentationLine(i, c.text) {
		// "Presentation by Serbia" on a line of its own, without a bullet
		// (a Word heading style turned into text): a presentation.
		p.flush()
		p.open = block{kind: bBullet, line: i}
		p.open.add(i, c.text)
		return
	}
	switch p.open.kind {
	case bItemTitle:
		if p.titleGoesOn(i, c.text, 3, true) {
			p.open.add(i, c.text)
			return
		}
	case bSubTitle:
		if p.titleGoesOn(i, c.text, 4, false) {
			p.open.add(i, c.text)
			return
		}
	case bPara:
		if p.subHeadingLine(i, c.text) {
			return
		}
		if prevBlank {
			p.wrapped++
		} else {
			p.typed++
		}
		p.width(len([]rune(p.lastPart())))
		p.open.add(i, c.text)
		return
	case bStray:
		if p.rd.st.numbered() || !p.paragraphEnds(i) || markEndRE.MatchString(c.text) && withoutMark(c.text) == "." {
			// A decision mark alone on its line closes the paragraph above.
			p.open.add(i, c.text)
			return
		}
	case bBullet, bConclBullet:
		if p.rd.st.numbered() || !p.paragraphEnds(i) {
			p.open.add(i, c.text)
			return
		}
	}
	if p.open.kind != bStray && p.headingAlone(i) {
		p.flush()
		p.rd.drop(i, LogDropped, "a sub-heading without a letter under a heading: the report has no place for it")
		return
	}
	p.flush()
	p.open = block{kind: bStray, line: i}
	p.open.add(i, c.text)
}

// headingAlone reports whether line i, in a report whose paragraphs are
// numbered, is a sub-heading under a heading: a short title, numbered or
// lettered on its own or not ("1. Introduction", "(a) Developing country
// participation"), with no open text before it and a numbered paragraph
// right after it. It is no paragraph of its own.
func (p *parser) headingAlone(i int) bool {
	rd := p.rd
	if !rd.st.numbered() || p.item == nil {
		return false
	}
	t := rd.ls[i].text
	if rd.ls[i].labKind() != lNone {
		t = rd.ls[i].label().text
	}
	if t == "" || endsSentence(t) || !titleLike(t) || strings.Count(t, " ") > 9 {
		return false
	}
	j := rd.nextLine(i)
	return j >= 0 && rd.dec[j] == dPara
}

// titleGoesOn reports whether line i continues the open heading's title:
// a heading wrapped over two lines is one heading. A title in capitals
// goes on in capitals; any title goes on where its line breaks off (a
// word such as "of" or "and", a comma, a hyphen) or the next line starts
// in small letters; a sub-item's title in a numbered report goes on up to
// the next line of the structure.
func (p *parser) titleGoesOn(i int, t string, maxParts int, item bool) bool {
	prev := p.lastPart()
	if len(p.open.parts) >= maxParts && !((allCaps(prev) && allCaps(t) || breaksOff(prev) || startsLower(t) ||
		item && p.rd.st.heads == lRoman && p.titleRunEnds(i)) && len(p.open.parts) < 2*maxParts) {
		// A title in capitals, or one that plainly runs on, may take more
		// lines, as a large heading font wraps it.
		return false
	}
	if p.rd.ls[i].whole() || p.presentationLine(i, t) {
		return false
	}
	switch {
	case prev == "":
		return titleLike(t)
	case allCaps(prev) && allCaps(t):
		return true
	case item && allCaps(prev):
		return false
	case breaksOff(prev) || startsLower(t):
		return len(t) < 120
	case item && p.rd.st.numbered() && p.rd.st.heads == lRoman && !endsClause(prev) && !endsClause(t) && titleLike(t) && len(t) < 90 && p.titleRunEnds(i):
		// A section's title wrapped by a large heading font ("IV. Report
		// of the Working Group on", "the Harmonisation of Data",
		// "Requirements for …"): numbered paragraphs follow it.
		return true
	case !item && p.rd.st.numbered() && !endsSentence(t) || !item && p.rd.st.numbered() && p.nextStructural(i):
		return len(t) < 120
	case !item && !p.rd.st.numbered() && p.headingBlock(i, t):
		return true
	}
	return false
}

// headingBlock reports whether line i of minutes, in which paragraphs
// stand apart by blank lines, is the second line of a sub-item's title:
// it follows the title with no blank line between, a blank line follows
// it, and it is short and no sentence.
func (p *parser) headingBlock(i int, t string) bool {
	last := p.open.idx[len(p.open.idx)-1]
	l := &p.rd.ls[i]
	return !p.rd.ls[last].blankAfter() && l.blankAfter() && !endsSentence(t) && len(t) < 90 && strings.Count(t, " ") < 14
}

// titleRunEnds reports whether the short lines from i on, none ending as
// a clause does, run into a part of the structure within a few lines: the
// rest of a wrapped title.
func (p *parser) titleRunEnds(i int) bool {
	for range 4 {
		if p.nextStructural(i) {
			return true
		}
		j := p.rd.nextLine(i)
		if j < 0 || !p.rd.plain(j) || endsClause(p.rd.ls[j].text) || len(p.rd.ls[j].text) >= 90 {
			return false
		}
		i = j
	}
	return false
}

// presentationLine reports whether line i, without a bullet, lists a
// presentation: it reads as one ("Presentation by …", "Opening remarks by
// …"), is no sentence, stands where the running text has finished, and a
// part of the structure follows it.
func (p *parser) presentationLine(i int, t string) bool {
	if len(t) > 300 || endsClause(t) || p.rd.dec[i] == dText || !mayPresent(t) || strings.Count(t, " ") > 24 || !draft.IsPresentation(t) {
		return false
	}
	if p.continuing() && !p.lastEndsSentence() {
		return false
	}
	if p.nextStructural(i) || p.presentationNext(i) {
		return true
	}
	// A presentation wrapped onto a second line ("… updates on the data"
	// then "pilots"), a part of the structure after it.
	j := p.rd.nextLine(i)
	return j >= 0 && p.rd.runsOn(i) && p.rd.plain(j) && !endsClause(p.rd.ls[j].text) && len(p.rd.ls[j].text) < 80 &&
		(p.nextStructural(j) || p.presentationNext(j))
}

// endsClause reports whether t ends as a sentence or a clause does, with
// ".", ";", ":", "!" or "?"; a closing bracket ("… Union (EU)") does not.
func endsClause(t string) bool {
	t = strings.TrimRight(t, ")”\"’'")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".:;!?", r)
}

// mayPresent is a cheap test before draft.IsPresentation: a presentation
// line names its presenter after "by" or "from".
func mayPresent(t string) bool {
	return strings.Contains(t, " by ") || strings.Contains(t, " from ") || strings.Contains(t, " By ") || strings.Contains(t, " From ")
}

// presentationNext reports whether the line after i lists a presentation too.
func (p *parser) presentationNext(i int) bool {
	j := p.rd.nextLine(i)
	if j < 0 {
		return false
	}
	t := p.rd.ls[j].text
	return !endsClause(t) && mayPresent(t) && draft.IsPresentation(t)
}

// nextStructural reports whether the line after i is part of the
// structure (a heading, a category, a number, a document line, a bullet)
// rather than running text: then i finishes a heading.
func (p *parser) nextStructural(i int) bool {
	j := p.rd.nextLine(i)
	if j < 0 {
		return true
	}
	switch p.rd.classify(j).kind {
	case kText, kEnum, kHeading:
		return false
	}
	return true
}

// breaksOff reports whether a heading's line stops where its title cannot
// end: after a small word, a comma, a hyphen or an opening bracket.
func breaksOff(t string) bool {
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, "-") || strings.HasSuffix(t, "(") || strings.HasSuffix(t, "–") || strings.HasSuffix(t, "\u00ad") {
		return true
	}
	i := strings.LastIndexByte(t, ' ')
	switch strings.ToLower(t[i+1:]) {
	case "of", "and", "the", "on", "for", "in", "to", "a", "an", "with", "by", "at", "from", "or", "de", "et", "des", "du", "la", "le",
		"its", "their", "his", "her", "this", "that", "which", "is", "was", "were", "be", "has", "have", "had", "would", "should":
		return true
	}
	return false
}

func startsLower(t string) bool {
	return t != "" && t[0] >= 'a' && t[0] <= 'z'
}

// acceptPara keeps the checks of a numbered paragraph's source number: the
// document's numbers were weighed before (paragraphNumbers).
func (p *parser) startPara(i int, c class) {
	if !p.seenNum && p.count == 0 && c.num > 1 && (c.num < maxFirst || p.rd.nextParaNum(i) == c.num+1) {
		// The text continues another report: number its paragraphs from here.
		p.r.FirstParagraph = c.num
	}
	derived := p.last() + 1
	switch {
	case !p.seenNum && c.num != derived:
		p.warnf(i, "the first paragraph is numbered %d; the report numbers it %d", c.num, derived)
	case p.seenNum && c.num > p.lastNum+1:
		p.warnf(i, "paragraph %d follows paragraph %d (numbers skipped); the report numbers it %d", c.num, p.lastNum, derived)
	case p.seenNum && c.num <= p.lastNum:
		p.warnf(i, "paragraph number %d repeats or goes back after %d; the report numbers it %d", c.num, p.lastNum, derived)
	}
	p.seenNum, p.lastNum = true, c.num
	p.inConcl = false
	p.open = block{kind: bPara, line: i, num: c.num}
	p.open.add(i, c.text)
}

// maxFirst bounds the number a report's first item or paragraph may carry
// when the text continues another report; a larger one (a year at the start
// of a line, say) is not taken as the start unless the next paragraph's
// number follows it (10457, then 10458: a long report's five-digit numbers).
const maxFirst = 1000

// nextParaNum returns the number of the first paragraph number the reader
// confirmed after line i, 0 when there is none.
func (rd *reader) nextParaNum(i int) int {
	for j := i + 1; j < len(rd.ls); j++ {
		if rd.dec[j] == dPara {
			return rd.ls[j].label().num
		}
	}
	return 0
}

// pageNumber reports whether t is a bare page number (one to three digits),
// which pdftotext leaves inside running text at a page break.
func pageNumber(t string) bool {
	if len(t) > 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}
