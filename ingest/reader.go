package ingest

import (
	"slices"
	"strings"
	"unicode"

	"rapporteur/draft"
)

// role is what became of a line.
type role uint8

const (
	rNone   role = iota // not read yet
	rReport             // its text is in the report
	rLogged             // dropped, with an entry in the log
	rNote               // kept as a footnote
	rMerged             // its text is the title of the heading label before it
)

// reader reads the structure of one document from its lines.
type reader struct {
	ls     []line
	places []Place // the input lines' places (Word); nil for text
	role   []role
	dec    []decision
	merged []int32 // a bare heading label → the line that gave its title
	loc    []int32 // a line → its place in the report (an index in wheres), 0 for none yet
	wheres []Where // the places lines went to; wheres[0] is none
	log    Log
	st     houseStyle
	notes  []draft.Footnote
	// backLevel is the heading level of Word's item headings, when they
	// are styled as headings: a heading at that level after the last
	// item opens an annex. 0 for text.
	backLevel int

	arabicItems  bool   // items are numbered 1, 2, 3 under item keywords ("Item 4.")
	doubleSpaced bool   // blank lines stand between the wrapped lines of a paragraph
	width        int    // the width of a full line of text, in characters
	code         string // the document's code, found in its running header
}

func newReader(ls []line, places []Place) *reader {
	return &reader{ls: ls, places: places, role: make([]role, len(ls)), dec: make([]decision, len(ls)), merged: make([]int32, len(ls)),
		loc: make([]int32, len(ls)), wheres: []Where{{}}}
}

// place returns where line i came from.
func (rd *reader) place(i int) Place {
	if rd.places != nil {
		return rd.places[rd.ls[i].idx]
	}
	return Place{Line: int(rd.ls[i].idx) + 1}
}

// drop logs line i as not kept, with the reason.
func (rd *reader) drop(i int, k EntryKind, reason string) {
	rd.role[i] = rLogged
	rd.log = append(rd.log, Entry{Place: rd.place(i), Kind: k, Text: rd.ls[i].text, Reason: reason, line: int32(i + 1)})
}

// placed records that lines went into the report.
func (rd *reader) placed(idx []int) {
	for _, i := range idx {
		if rd.role[i] == rNone || rd.role[i] == rMerged {
			rd.role[i] = rReport
		}
	}
}

// warn logs a warning or correction at line i (no place when i < 0).
func (rd *reader) warn(i int, k EntryKind, reason string) {
	e := Entry{Kind: k, Reason: reason}
	if i >= 0 && i < len(rd.ls) {
		e.Place, e.line = rd.place(i), int32(i+1)
	}
	rd.log = append(rd.log, e)
}

// read reads the document: page furniture and footnotes set apart, the
// house style found, the item headings and paragraph numbers weighed, then
// the front matter, the body and the annexes read in turn.
func (rd *reader) read() (*Result, error) {
	rd.furniture()
	rd.st = rd.detectStyle()
	rd.footnotes()
	rd.titles()
	first := rd.items()
	if first < 0 {
		return nil, ErrNoItem
	}
	rd.measure(first)
	annex := rd.annexStart(first)
	fm := rd.readFront(first)
	kind, err := rd.kind(fm, first, annex)
	if err != nil {
		return nil, err
	}
	rd.arabicItems = rd.st.heads == lItemKW && rd.ls[first].label().glyph != "" && isDigit(rd.ls[first].label().glyph[len(rd.ls[first].label().glyph)-1])
	rd.paragraphNumbers(first, annex, fm.firstParagraph())
	p := newParser(rd)
	p.agenda = kind == KindAgenda
	p.dropCode = fm.meeting.DocCode
	p.run(first, annex)
	if len(p.r.Items) == 0 {
		return nil, ErrNoItem
	}
	p.annexes(annex, len(rd.ls))
	p.settleMeeting(fm)
	fm.reconcile(p)
	fm.checkAgenda(p)
	p.r.Style = rd.houseStyle(p)
	p.r.Front = fm.text()
	p.r.Footnotes = rd.notes
	rd.account()
	rd.settleWhere(first, annex)
	rd.sortLog()
	return &Result{Report: p.r, Kind: kind, Log: rd.log}, nil
}

// measure estimates, from the body, the width of a full line and whether
// pdftotext put blank lines between the wrapped lines of paragraphs.
func (rd *reader) measure(from int) {
	var w []int
	blank := 0
	for i := from; i < len(rd.ls); i++ {
		if rd.role[i] != rNone {
			continue
		}
		w = append(w, len([]rune(rd.ls[i].text)))
		if rd.ls[i].blankAfter() {
			blank++
		}
	}
	rd.width = 70
	if len(w) > 0 {
		slices.Sort(w)
		rd.width = w[len(w)*9/10]
	}
	rd.doubleSpaced = len(w) > 0 && blank*10 > len(w)*7
}

// annexStart returns the index of the first annex heading after the first
// item, or the end.
func (rd *reader) annexStart(first int) int {
	last := first
	for i := first; i < len(rd.ls); i++ {
		if rd.dec[i] == dItem {
			last = i
		}
	}
	end := len(rd.ls)
	if !rd.st.numbered() {
		end = rd.backMatter(last)
	}
	for i := first + 1; i < end; i++ {
		if rd.role[i] != rNone || rd.dec[i] == dItem {
			continue
		}
		t := rd.ls[i].text
		if t[0] != 'A' {
			continue
		}
		if c, ok := annexHeading(t); ok && (i > last || !c.marker) && (!c.bare || rd.standsAlone(i)) {
			return i
		}
		if i > last && bareAnnex(t) && rd.standsAlone(i) {
			return i
		}
	}
	rd.backLevel = rd.itemLevel(first)
	if lvl := rd.backLevel; lvl > 0 {
		for i := last + 1; i < end; i++ {
			if rd.role[i] == rNone && rd.backHeading(i, lvl) {
				return i
			}
		}
	}
	return end
}

// itemLevel returns the heading level Word gives the item headings from
// line first on, 0 when no item heading is styled as a heading.
func (rd *reader) itemLevel(first int) int {
	lvl := 0
	for i := first; i < len(rd.ls); i++ {
		if l := &rd.ls[i]; rd.dec[i] == dItem && l.style == StyleHeading && (lvl == 0 || int(l.level) < lvl) {
			lvl = int(l.level)
		}
	}
	return lvl
}

// backHeading reports whether line i is a Word heading at the level of the
// item headings, or above it, that heads no item: after the last item, a
// section such as "LIST OF PARTICIPANTS", read as an annex.
func (rd *reader) backHeading(i, lvl int) bool {
	l := &rd.ls[i]
	return l.style == StyleHeading && int(l.level) <= lvl && rd.dec[i] != dItem && l.labKind() == lNone
}

// backMatter finds, in minutes, where the text after the last item turns
// to sections that are no agenda item: a heading in capitals standing
// alone ("CLOSURE", "DECISIONS AND RESOLUTIONS"), read as annexes.
func (rd *reader) backMatter(last int) int {
	for i := last + 1; i < len(rd.ls); i++ {
		if rd.role[i] != rNone || rd.ls[i].labKind() != lNone {
			continue
		}
		if rd.sectionHeading(i) {
			return i
		}
	}
	return len(rd.ls)
}

// sectionHeading reports whether line i heads an unnumbered section of
// minutes: a line in capitals standing alone with running text after it.
func (rd *reader) sectionHeading(i int) bool {
	t := rd.ls[i].text
	return rd.ls[i].labKind() == lNone && capsHeading(t) && titleLike(t) && !endsSentence(t) && strings.Count(t, " ") < 12 &&
		len(t) > 5 && rd.standsAlone(i) && rd.proseAfter(i)
}

// capsHeading reports whether t is written in capitals, as headings of
// minutes are, an ordinal ("20th") or a small word ("and", "of") aside.
func capsHeading(t string) bool {
	words, caps := 0, 0
	for k, w := range strings.Fields(t) {
		switch strings.TrimRight(w, ",:") {
		case "and", "of", "the", "on", "for", "in", "to", "by":
			continue
		}
		if n := leadDigits(w); n > 0 {
			w = w[n:]
			switch w {
			case "st", "nd", "rd", "th":
				continue
			}
		}
		if strings.IndexFunc(w, unicode.IsLetter) < 0 {
			continue
		}
		words++
		switch {
		case allCaps(w):
			caps++
		case k == 0:
			return false
		}
	}
	// A heading in capitals may end in a date or a name in small letters:
	// "REPORT ON THE ACTIVITIES OF THE BUREAU (October 1990 to September".
	return words > 0 && caps*10 >= words*6
}

// proseAfter reports whether running text follows line i within a few
// lines: a heading over a section, not a line of a list in capitals.
func (rd *reader) proseAfter(i int) bool {
	for j, n := i+1, 0; j < len(rd.ls) && n < 4; j++ {
		if rd.role[j] != rNone {
			continue
		}
		n++
		if len(rd.ls[j].text) > rd.width/2 && !allCaps(rd.ls[j].text) {
			return true
		}
	}
	return false
}

// bareAnnex reports whether t is an annex heading without a number:
// "Annex", "ANNEX", "Annexes".
func bareAnnex(t string) bool {
	switch t {
	case "Annex", "ANNEX", "Annexes", "ANNEXES":
		return true
	}
	return false
}

// standsAlone reports whether line i stands where a heading does: the text
// before it ends a sentence, or a page starts with it.
func (rd *reader) standsAlone(i int) bool {
	if rd.ls[i].pageBreak() || rd.ls[i].style == StyleHeading {
		return true
	}
	for j := i - 1; j >= 0; j-- {
		if rd.role[j] == rNone {
			return endsSentence(rd.ls[j].text) || rd.dec[j] == dItem
		}
	}
	return true
}

// houseStyle says, for the report, how the document wrote its numbers.
func (rd *reader) houseStyle(p *parser) draft.HouseStyle {
	var s draft.HouseStyle
	switch rd.st.heads {
	case lRoman:
		s.Headings = draft.HeadSection
	case lArabic:
		s.Headings, s.Items, s.Paragraphs = draft.HeadNumber, draft.ItemsArabic, draft.ParaUnnumbered
	}
	if rd.arabicItems {
		s.Items = draft.ItemsArabic
	}
	if p.firstForm != sfNone && p.firstForm != sfLower {
		s.SubItems = p.firstForm.String()
	}
	if rd.st.numbered() {
		own, inline := 0, 0
		for i := range rd.ls {
			if rd.dec[i] == dPara {
				if rd.ls[i].label().bare {
					own++
				} else {
					inline++
				}
			}
		}
		if own > inline {
			s.Paragraphs = draft.ParaOwnLine
		}
	}
	if s.IsDefault() {
		return draft.HouseStyle{}
	}
	return s
}

// account makes sure no line is lost silently: a line neither in the report
// nor in the log gets an entry saying so.
func (rd *reader) account() {
	for i := range rd.ls {
		switch rd.role[i] {
		case rNone, rMerged:
			rd.drop(i, LogDropped, "not placed in the report")
		}
	}
}

// sortLog orders the log by place (see Log.sortByPlace).
func (rd *reader) sortLog() {
	var parts map[string]int
	if rd.places != nil {
		parts = placeOrder(len(rd.places), func(i int) Place { return rd.places[i] })
	}
	rd.log.sortByPlace(parts)
}
