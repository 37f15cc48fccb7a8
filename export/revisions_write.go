package export

import (
	"bytes"
	"strconv"
	"strings"
	"time"

	"rapporteur/draft"
)

// revWriter writes the merged entries of a revision document as
// WordprocessingML with tracked changes.
type revWriter struct {
	b     bytes.Buffer
	id    int
	attrs string // ` w:author="…" w:date="…"`, escaped
	lists revLists
	// words holds the comparison's word difference of changed paragraphs
	// and lead-ins, by line key.
	words map[string][]draft.WordOp
	// authors holds the revision attributes of the paragraphs whose
	// change the comparison credits to its own authors, by line key; cur
	// those of the paragraph being written ("" for the default).
	authors map[string]string
	cur     string
	author  string
	date    time.Time
}

func newRevWriter(author string, date time.Time, lists revLists) *revWriter {
	return &revWriter{attrs: revAttrs(author, date), lists: lists, words: map[string][]draft.WordOp{},
		authors: map[string]string{}, author: author, date: date}
}

// revAttrs returns the author and date attributes of a revision.
func revAttrs(author string, date time.Time) string {
	var a bytes.Buffer
	a.WriteString(` w:author="`)
	docxEscape(&a, author)
	a.WriteString(`"`)
	if !date.IsZero() {
		a.WriteString(` w:date="` + date.UTC().Format("2006-01-02T15:04:05Z") + `"`)
	}
	return a.String()
}

// credit records that the paragraph with line key was changed by authors.
func (w *revWriter) credit(key string, authors []string) {
	if len(authors) > 0 {
		w.authors[key] = revAttrs(strings.Join(authors, ", "), w.date)
	}
}

// rev returns the attributes of a new revision: a fresh id, the author
// and the date.
func (w *revWriter) rev() string {
	w.id++
	a := w.attrs
	if w.cur != "" {
		a = w.cur
	}
	return ` w:id="` + strconv.Itoa(w.id) + `"` + a
}

// revElem names the revision element of a state.
func revElem(s state) string {
	switch s {
	case stIns:
		return "w:ins"
	case stDel:
		return "w:del"
	case stFrom:
		return "w:moveFrom"
	case stTo:
		return "w:moveTo"
	}
	return ""
}

// entries writes a container's entries, with the ranges of their moves.
func (w *revWriter) entries(es []*entry) {
	rangeID := map[[2]int]int{} // move, state → range id
	for x, e := range es {
		if e.move > 0 && (x == 0 || es[x-1].move != e.move || es[x-1].st != e.st) {
			tag := "w:moveFromRangeStart"
			if e.st == stTo {
				tag = "w:moveToRangeStart"
			}
			w.id++
			rangeID[[2]int{e.move, int(e.st)}] = w.id
			w.b.WriteString(`<` + tag + ` w:id="` + strconv.Itoa(w.id) + `"` + w.attrs + ` w:name="move` + strconv.Itoa(e.move) + `"/>`)
		}
		if e.rows != nil || e.oldBlock != nil || e.newBlock != nil {
			w.table(e)
		} else {
			w.para(e, x+1 < len(es) && es[x+1].st == stIns && es[x+1].mark == stIns)
		}
		if e.move > 0 && (x == len(es)-1 || es[x+1].move != e.move || es[x+1].st != e.st) {
			tag := "w:moveFromRangeEnd"
			if e.st == stTo {
				tag = "w:moveToRangeEnd"
			}
			w.b.WriteString(`<` + tag + ` w:id="` + strconv.Itoa(rangeID[[2]int{e.move, int(e.st)}]) + `"/>`)
		}
	}
}

// props returns a paragraph's properties on one side: style, numbering,
// alignment.
func (w *revWriter) props(l *wordLine, onOld bool) string {
	return `<w:pStyle w:val="` + l.style + `"/>` + w.lists.numPr(l.list, onOld) + jcXML(l.jc)
}

// para writes one paragraph: its properties on the side it reads on (the
// new side's where it reads on both, with a property change to the old
// side's where they differ), its mark's revision, and its text.
func (w *revWriter) para(e *entry, beforeInserted bool) {
	l := e.new
	if l == nil {
		l = e.old
	}
	w.cur = w.authors[l.key]
	defer func() { w.cur = "" }()
	w.b.WriteString(`<w:p><w:pPr>`)
	var now, was string
	if e.onNewProps != nil {
		now = w.props(e.onNewProps, false)
	}
	if e.onOldProps != nil {
		was = w.props(e.onOldProps, true)
	}
	if now == "" {
		now, was = was, ""
	}
	w.b.WriteString(now)
	if el := revElem(e.mark); el != "" {
		w.b.WriteString(`<w:rPr><` + el + w.rev() + `/></w:rPr>`)
	}
	if was != "" && was != now {
		w.b.WriteString(`<w:pPrChange` + w.rev() + `><w:pPr>` + was + `</w:pPr></w:pPrChange>`)
	}
	w.b.WriteString(`</w:pPr>`)
	if e.absorbed != nil {
		w.content(e.absorbed, false)
	}
	w.content(e, beforeInserted)
	w.b.WriteString(`</w:p>`)
}

// content writes an entry's label and text in its state; beforeInserted
// says an inserted paragraph follows.
func (w *revWriter) content(e *entry, beforeInserted bool) {
	switch e.st {
	case stKept:
		w.kept(e.old, e.new, beforeInserted)
	case stIns, stDel:
		l := e.new
		if e.st == stDel {
			l = e.old
		}
		if l.text == "" && !w.literal(l) {
			return // nothing to mark: the paragraph mark carries the change
		}
		w.open(e.st)
		w.label(l, e.st)
		w.runs(l.text, l.italic, e.st)
		w.close(e.st)
	case stFrom, stTo:
		w.moved(e)
	}
}

func (w *revWriter) open(s state) {
	if el := revElem(s); el != "" {
		w.b.WriteString(`<` + el + w.rev() + `>`)
	}
}

func (w *revWriter) close(s state) {
	if el := revElem(s); el != "" {
		w.b.WriteString(`</` + el + `>`)
	}
}

// literal reports whether a line's label is written as text.
func (w *revWriter) literal(l *wordLine) bool { return l.label != "" && !w.lists.counted(l.list) }

// label writes a line's label as text followed by its suffix, where Word
// does not count it.
func (w *revWriter) label(l *wordLine, s state) {
	if !w.literal(l) {
		return
	}
	w.runs(l.label, false, s)
	w.suffix(l)
}

func (w *revWriter) suffix(l *wordLine) {
	if sfx := l.suffix(); sfx == "\t" {
		w.b.WriteString(`<w:r><w:tab/></w:r>`)
	} else if sfx != "" {
		w.b.WriteString(`<w:r><w:t xml:space="preserve">` + sfx + `</w:t></w:r>`)
	}
}

// runs writes text as one run; in a deletion its text is w:delText.
func (w *revWriter) runs(text string, italic bool, s state) {
	if text == "" {
		return
	}
	w.b.WriteString(`<w:r>`)
	if italic {
		w.b.WriteString(`<w:rPr><w:i/></w:rPr>`)
	}
	elem := "w:t"
	if s == stDel {
		elem = "w:delText"
	}
	writeRunText(&w.b, "", "", text, elem)
	w.b.WriteString(`</w:r>`)
}

// kept writes a paragraph read on both sides: its label changed where the
// text form of the label differs, its words inserted and deleted. Before
// an inserted paragraph its text never ends with an insertion (see
// endNotInserted).
func (w *revWriter) kept(old, new *wordLine, beforeInserted bool) {
	switch {
	case w.literal(new) && old.label == new.label:
		w.runs(new.label, false, stKept)
		w.suffix(new)
	case w.literal(new) && w.literal(old) && old.suffix() == new.suffix():
		w.wrapped(old.label, false, stDel)
		w.wrapped(new.label, false, stIns)
		w.suffix(new)
	case w.literal(old) || w.literal(new):
		// A label only one side has, or with another suffix (a house
		// style's "IV." and a PTC heading's "ITEM IV –"): each side's
		// label and suffix in its revision.
		w.labelIn(old, stDel)
		w.labelIn(new, stIns)
	}
	ops := w.ops(old, new)
	if beforeInserted {
		ops = endNotInserted(ops)
	}
	for _, op := range ops {
		switch op.Op {
		case draft.OpEqual:
			w.runs(op.Text, new.italic, stKept)
		case draft.OpDelete:
			w.wrapped(op.Text, old.italic, stDel)
		case draft.OpInsert:
			w.wrapped(op.Text, new.italic, stIns)
		}
	}
}

// wrapped writes text as a run inside a revision of state s.
func (w *revWriter) wrapped(text string, italic bool, s state) {
	if text == "" {
		return
	}
	w.open(s)
	w.runs(text, italic, s)
	w.close(s)
}

// labelIn writes a literal label and its suffix as a deletion or an
// insertion.
func (w *revWriter) labelIn(l *wordLine, s state) {
	if !w.literal(l) {
		return
	}
	w.open(s)
	w.runs(l.label, false, s)
	if sfx := l.suffix(); sfx == "\t" {
		w.suffix(l)
	} else {
		w.runs(sfx, false, s) // w:delText in a deletion
	}
	w.close(s)
}

// moved writes one half of a move: its whole text on its side as moved
// text. A paragraph edited on its way is not shown word by word inside the
// move, as LibreOffice (7.4) cannot accept or reject an insertion or a
// deletion inside a moved paragraph; the two halves show the two texts.
func (w *revWriter) moved(e *entry) {
	l := e.new
	if e.st == stFrom {
		l = e.old
	}
	if l.text == "" && !w.literal(l) {
		return
	}
	w.open(e.st)
	w.label(l, stKept)
	w.runs(l.text, l.italic, stKept)
	w.close(e.st)
}

// ops returns the word difference of a line read on both sides: the
// comparison's words where it has them, else a word difference of the
// two texts; where neither gives both texts back exactly (a text that
// changed only in its Unicode form), the old text deleted and the new one
// inserted. The range of an agenda row changes as a whole.
func (w *revWriter) ops(old, new *wordLine) []draft.WordOp {
	if old.text == new.text {
		if old.text == "" {
			return nil
		}
		return []draft.WordOp{{Op: draft.OpEqual, Text: new.text}}
	}
	if ops, ok := w.words[new.key]; ok && exact(ops, old.text, new.text) {
		return ops
	}
	if !strings.HasPrefix(new.key, "arange:") {
		if ops := draft.WordDiff(old.text, new.text); exact(ops, old.text, new.text) {
			return ops
		}
	}
	var ops []draft.WordOp
	if old.text != "" {
		ops = append(ops, draft.WordOp{Op: draft.OpDelete, Text: old.text})
	}
	if new.text != "" {
		ops = append(ops, draft.WordOp{Op: draft.OpInsert, Text: new.text})
	}
	return ops
}

// endNotInserted rewrites word runs that end with an insertion so that they
// end with a deletion, reading the same on both sides: LibreOffice (7.4)
// joins an insertion at the end of a paragraph to an inserted paragraph
// after it, paragraph break included, and Reject All would then join the
// two paragraphs. The last word before the insertion is deleted and
// written again at the head of the insertion; runs that are one insertion
// stay as they are.
func endNotInserted(ops []draft.WordOp) []draft.WordOp {
	n := len(ops)
	if n < 2 || ops[n-1].Op != draft.OpInsert {
		return ops
	}
	out := append([]draft.WordOp(nil), ops[:n-2]...)
	ins, prev := ops[n-1], ops[n-2]
	if prev.Op == draft.OpDelete {
		return append(out, ins, prev)
	}
	toks := draft.Tokens(prev.Text) // prev is kept text
	last := toks[len(toks)-1]
	if head := strings.TrimSuffix(prev.Text, last); head != "" {
		out = append(out, draft.WordOp{Op: draft.OpEqual, Text: head})
	}
	return append(out, draft.WordOp{Op: draft.OpInsert, Text: last + ins.Text}, draft.WordOp{Op: draft.OpDelete, Text: last})
}

// exact reports whether word runs give back both texts exactly.
func exact(ops []draft.WordOp, old, new string) bool {
	return draft.ApplyWords(ops, draft.OpDelete) == old && draft.ApplyWords(ops, draft.OpInsert) == new
}
