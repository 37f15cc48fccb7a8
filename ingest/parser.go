package ingest

import (
	"fmt"

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
	line  int // input line where it starts
	num   int // source number of a paragraph or item
	parts []string
	sub   *draft.SubItem // the sub-item a sub-item heading names
	// declare is set when a sub-item heading declares a new sub-item
	// rather than repeating one in the body.
	declare bool
	list    bool // a paragraph that holds a bulleted list
}

// parser turns classified body lines into a report.
type parser struct {
	r    *draft.Report
	warn []string

	item    *draft.Item
	sub     *draft.SubItem // where documents, bullets and paragraphs go
	listed  int            // sub-items declared before the item's first paragraph
	repeat  bool           // sub was chosen by a repeated heading
	hasPara bool           // the item has a numbered paragraph
	cat     draft.Category // category line in force for new sub-items
	preCats []draft.Category
	inConcl bool

	dropCode string // the report's own code, a running header to drop

	open    block
	lastNum int  // source number of the last numbered paragraph
	seenNum bool // a numbered paragraph has been read
	// wrapped counts paragraph continuation lines that followed a blank
	// line, as pdftotext writes them; typed counts those that did not.
	wrapped, typed int
	widths         []int
}

func (p *parser) warnf(no int, format string, args ...any) {
	p.warn = append(p.warn, fmt.Sprintf("line %d: ", no)+fmt.Sprintf(format, args...))
}

// run reads the body lines, from the first item heading to the first annex.
func (p *parser) run(ls []line) {
	for i, l := range ls {
		prevBlank := i > 0 && ls[i-1].blankAfter
		p.feed(l, l.cls, prevBlank)
	}
	p.flush()
	p.endItem()
}

// feed handles one line in the light of the open block.
func (p *parser) feed(l line, c class, prevBlank bool) {
	switch c.kind {
	case kJunk:
		return
	case kText:
		if l.text == p.dropCode || (l.pageBreak || p.continuing()) && pageNumber(l.text) {
			return
		}
		p.text(l, c, prevBlank)
		return
	case kItem:
		p.flush()
		p.open = block{kind: bItemTitle, line: l.no, num: c.num, parts: []string{c.text}}
		return
	case kPara:
		if p.acceptPara(l, c) {
			p.flush()
			p.startPara(l, c)
			return
		}
		if l.pageBreak && c.text == "" {
			return // "18." alone at the head of a page is its number
		}
	case kSub:
		if p.continuing() && !p.lastEndsSentence() {
			break
		}
		p.flush()
		p.subHeading(l, c)
		return
	case kCategory:
		p.flush()
		p.category(l, c)
		return
	case kDoc:
		if p.continuing() && !p.lastEndsSentence() {
			break
		}
		p.flush()
		p.docs(l, c)
		return
	case kBullet:
		if p.bullet(l, c) {
			return
		}
	case kAnnex:
		// Annexes are split off before the body is parsed; a heading here
		// cannot occur, but keep its text if it does.
	}
	p.text(l, class{kind: kText, text: l.text}, prevBlank)
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

func (p *parser) lastEndsSentence() bool {
	if len(p.open.parts) == 0 {
		return true
	}
	return endsSentence(p.open.parts[len(p.open.parts)-1])
}

// text continues the open block or starts unnumbered text.
func (p *parser) text(l line, c class, prevBlank bool) {
	switch p.open.kind {
	case bItemTitle:
		if allCaps(c.text) && len(p.open.parts) < 3 {
			p.open.parts = append(p.open.parts, c.text)
			return
		}
	case bSubTitle:
		if len(p.open.parts) < 4 {
			p.open.parts = append(p.open.parts, c.text)
			return
		}
	case bPara:
		if prevBlank {
			p.wrapped++
		} else {
			p.typed++
		}
		p.widths = append(p.widths, len([]rune(p.open.parts[len(p.open.parts)-1])))
		p.open.parts = append(p.open.parts, c.text)
		return
	case bBullet, bConclBullet, bStray:
		p.open.parts = append(p.open.parts, c.text)
		return
	}
	if p.item == nil && p.open.kind != bItemTitle {
		return
	}
	p.flush()
	p.open = block{kind: bStray, line: l.no, parts: []string{c.text}}
}

// acceptPara decides whether "N. …" starts a paragraph or is a wrapped line
// that happens to begin with a number, such as a year.
func (p *parser) acceptPara(l line, c class) bool {
	if p.item == nil && p.open.kind != bItemTitle {
		return false
	}
	if !p.seenNum || c.num == p.lastNum+1 {
		return true
	}
	if p.continuing() && !p.lastEndsSentence() {
		return false
	}
	return c.num > 0 && c.num >= p.lastNum-3 && c.num <= p.lastNum+10
}

// maxFirst bounds the number a report's first item or paragraph may carry
// when the text continues another report; a larger one (a year at the start
// of a line, say) is not taken as the start.
const maxFirst = 1000

// startPara opens a numbered paragraph and checks its source number.
func (p *parser) startPara(l line, c class) {
	n := p.r.Numbering()
	if !p.seenNum && n.Total() == 0 && c.num > 1 && c.num < maxFirst {
		// The text continues another report: number its paragraphs from here.
		p.r.FirstParagraph = c.num
		n = p.r.Numbering()
	}
	derived := n.Last() + 1
	switch {
	case !p.seenNum && c.num != derived:
		p.warnf(l.no, "the first paragraph is numbered %d; the report numbers it %d", c.num, derived)
	case p.seenNum && c.num > p.lastNum+1:
		p.warnf(l.no, "paragraph %d follows paragraph %d (numbers skipped); the report numbers it %d", c.num, p.lastNum, derived)
	case p.seenNum && c.num <= p.lastNum:
		p.warnf(l.no, "paragraph number %d repeats or goes back after %d; the report numbers it %d", c.num, p.lastNum, derived)
	}
	p.seenNum, p.lastNum = true, c.num
	p.inConcl = false
	p.open = block{kind: bPara, line: l.no, num: c.num, parts: []string{c.text}}
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
