package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"rapporteur/draft"
)

// Text writes the report in the typed text form that ingest.Text reads back
// to the same structure and text, in the reading order of draft's
// Report.Walk: header lines for the meeting, item headings ("ITEM I – …",
// or as the report's house style writes them: "I. …", "1. …"), category
// lines, sub-item headings ("a. …", "A. …", "(a) …", "1.1 …") with their
// "Doc. …" lines and "• …" presentations and attachments, paragraphs one
// per line, numbered as the style prints them (before the text, alone on
// the line above it, or not at all),
// each conclusion with its "• …" bullets and their derived punctuation, and
// "ANNEX I – …" annexes with their bodies.
//
// What the typed form cannot tell apart comes back as the importer reads it:
// an attachment worded like a presentation ("Presentation by …") returns as
// a presentation and the other way round, and a conclusion lead-in that does
// not start with "In conclusion" returns as an ordinary paragraph.
func Text(w io.Writer, r *draft.Report) error {
	tw := &textWriter{w: bufio.NewWriter(w), r: r, marks: r.Marks()}
	for p := range r.Walk() {
		tw.piece(r, p)
	}
	tw.close()
	tw.rest()
	if tw.err == nil {
		tw.err = tw.w.Flush()
	}
	if tw.err != nil {
		return fmt.Errorf("export: write text: %w", tw.err)
	}
	return nil
}

// textWriter writes lines and keeps the first error.
type textWriter struct {
	w   *bufio.Writer
	r   *draft.Report
	err error
	// marks finds the footnotes' marks in the texts written; due holds
	// the footnotes whose marks were written since the last page's foot.
	marks *draft.NoteMarks
	due   []int
	// restDone is set once the footnotes whose marks no text holds are
	// written, after the body.
	restDone bool
	// open is set while a heading group (an item's heading and what the
	// agenda lists under it, or a sub-item's heading) awaits the blank
	// line that ends it.
	open bool
}

func (tw *textWriter) line(parts ...string) {
	if tw.err != nil {
		return
	}
	for _, p := range parts {
		if _, tw.err = tw.w.WriteString(p); tw.err != nil {
			return
		}
	}
	_, tw.err = tw.w.WriteString("\n")
}

// close ends an open heading group with its blank line.
func (tw *textWriter) close() {
	if tw.open {
		tw.line()
		tw.open = false
	}
}

// oneLine puts text on one line: a paragraph is one line in the typed form.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// piece writes one piece of the report's reading order; the agenda table
// is derived, so the typed form leaves it out.
func (tw *textWriter) piece(r *draft.Report, p draft.Piece) {
	switch p.Kind {
	case draft.PieceTitle:
		tw.meeting(r.Meeting)
	case draft.PieceItem:
		tw.close()
		tw.heading(r.Style, p)
		if p.It.Category != "" {
			tw.line("(", oneLine(string(p.It.Category)), ")")
		}
		tw.refs(p.It.Docs, p.It.Presentations, nil)
		tw.open = true
	case draft.PieceSub:
		if p.CategoryLine != "" {
			tw.line("(", oneLine(p.CategoryLine), ")")
		}
		tw.line(p.Mark, " ", oneLine(p.Text))
		tw.refs(p.SubItem.Docs, p.SubItem.Presentations, p.SubItem.Attachments)
		tw.open = true
	case draft.PieceItemAgain:
		tw.close()
		tw.heading(r.Style, p)
	case draft.PieceSubAgain:
		tw.close()
		tw.line(p.Mark, " ", oneLine(p.Text))
		tw.line()
	case draft.PieceParagraph:
		tw.close()
		tw.numbered(r.Style, p)
		tw.line()
		tw.foot()
	case draft.PieceLeadIn:
		tw.close()
		tw.numbered(r.Style, p)
		if p.Count == 0 {
			tw.line()
			tw.foot()
		}
	case draft.PieceBullet:
		tw.line("• ", oneLine(p.Text))
		tw.find(p.Text)
		if p.K == p.Count-1 {
			tw.line()
			tw.foot()
		}
	case draft.PieceAnnex:
		tw.close()
		tw.rest()
		tw.annex(p)
	}
}

// meeting writes the header lines, then the front matter as it came, its
// paragraphs apart.
func (tw *textWriter) meeting(m draft.Meeting) {
	for _, f := range m.Fields() {
		tw.line(f.Label, ": ", oneLine(*f.Value))
	}
	tw.line()
	for _, para := range paragraphs(tw.r.Front) {
		for _, l := range strings.Split(para, "\n") {
			if l = oneLine(l); l != "" {
				tw.line(l)
			}
		}
		tw.line()
	}
}

// paragraphs splits text at its blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// find notes the footnotes whose marks text holds, for the page's foot.
func (tw *textWriter) find(text string) {
	for _, s := range tw.marks.Split(text) {
		if s.Note >= 0 {
			tw.due = append(tw.due, s.Note)
		}
	}
}

// foot writes the footnotes due at the foot of the page, as pdftotext
// gives a page: "1 text", then a form feed.
func (tw *textWriter) foot() {
	tw.notes(tw.due)
	tw.due = tw.due[:0]
}

// rest writes, once, the footnotes whose marks no text holds: at the foot
// of the body's last page.
func (tw *textWriter) rest() {
	if !tw.restDone {
		tw.restDone = true
		tw.notes(tw.marks.Rest())
	}
}

// notes writes footnotes and ends the page.
func (tw *textWriter) notes(ks []int) {
	if len(ks) == 0 {
		return
	}
	for _, k := range ks {
		n := tw.r.Footnotes[k]
		tw.line(oneLine(n.Label), " ", oneLine(n.Text))
	}
	tw.line("\f")
}

// heading writes an item's heading; minutes ("4. TITLE") put the title in
// capitals, as the importer knows their headings from numbered text.
func (tw *textWriter) heading(s draft.HouseStyle, p draft.Piece) {
	title := oneLine(p.Text)
	if s.Headings == draft.HeadNumber {
		title = strings.ToUpper(title)
	}
	tw.line(p.Mark, " ", title)
	tw.line()
}

// numbered writes a paragraph or lead-in with its number as the house
// style prints it: before the text, alone on the line above it, or none.
func (tw *textWriter) numbered(s draft.HouseStyle, p draft.Piece) {
	switch {
	case p.Mark == "":
		tw.line(oneLine(p.Text))
	case s.NumberOwnLine():
		tw.line(p.Mark)
		tw.line(oneLine(p.Text))
	default:
		tw.line(p.Mark, " ", oneLine(p.Text))
	}
	tw.find(p.Text)
}

func (tw *textWriter) refs(docs []string, pres []draft.Presentation, att []string) {
	for _, d := range docs {
		tw.line("Doc. ", oneLine(d))
	}
	for _, p := range pres {
		tw.line("• ", oneLine(p.Text))
	}
	for _, a := range att {
		tw.line("• ", oneLine(a))
	}
}

func (tw *textWriter) annex(p draft.Piece) {
	if t := oneLine(p.Text); t != "" {
		tw.line("ANNEX ", p.Label, " – ", t)
	} else {
		tw.line("ANNEX ", p.Label)
	}
	tw.line()
	for _, para := range p.Annex.Paragraphs() {
		for _, l := range strings.Split(para, "\n") {
			if l = oneLine(l); l != "" {
				tw.line(l)
			}
		}
		tw.line()
	}
}
