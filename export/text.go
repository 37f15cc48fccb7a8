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
	tw := &textWriter{w: bufio.NewWriter(w)}
	for p := range r.Walk() {
		tw.piece(r, p)
	}
	tw.close()
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
	err error
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
	case draft.PieceLeadIn:
		tw.close()
		tw.numbered(r.Style, p)
		if p.Count == 0 {
			tw.line()
		}
	case draft.PieceBullet:
		tw.line("• ", oneLine(p.Text))
		if p.K == p.Count-1 {
			tw.line()
		}
	case draft.PieceAnnex:
		tw.close()
		tw.annex(p)
	}
}

func (tw *textWriter) meeting(m draft.Meeting) {
	for _, f := range m.Fields() {
		tw.line(f.Label, ": ", oneLine(*f.Value))
	}
	tw.line()
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
