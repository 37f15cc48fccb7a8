package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"rapporteur/draft"
)

// Text writes the report in the typed text form that ingest.Text reads back
// to the same structure and text: header lines for the meeting, "ITEM I – …"
// headings, category lines, "a. …" sub-item headings with their "Doc. …"
// lines and "• …" presentations and attachments, numbered paragraphs one per
// line (a sub-item's heading repeated before the paragraphs written under
// it), each conclusion with its "• …" bullets and their derived punctuation,
// and "ANNEX I – …" annexes with their bodies.
//
// What the typed form cannot tell apart comes back as the importer reads it:
// an attachment worded like a presentation ("Presentation by …") returns as
// a presentation and the other way round, and a conclusion lead-in that does
// not start with "In conclusion" returns as an ordinary paragraph.
func Text(w io.Writer, r *draft.Report) error {
	tw := &textWriter{w: bufio.NewWriter(w)}
	tw.meeting(r.Meeting)
	n := r.Numbering()
	for i, it := range r.Items {
		tw.item(r, n, i, it)
	}
	for i, a := range r.Annexes {
		tw.annex(i, a)
	}
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

// oneLine puts text on one line: a paragraph is one line in the typed form.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (tw *textWriter) meeting(m draft.Meeting) {
	for _, f := range m.Fields() {
		tw.line(f.Label, ": ", oneLine(*f.Value))
	}
	tw.line()
}

func (tw *textWriter) heading(num string, it *draft.Item) {
	tw.line("ITEM ", num, " – ", oneLine(it.Title))
	tw.line()
}

func (tw *textWriter) item(r *draft.Report, n draft.Numbering, i int, it *draft.Item) {
	tw.heading(r.ItemNumber(i), it)
	if it.Category != "" {
		tw.line("(", oneLine(string(it.Category)), ")")
	}
	tw.refs(it.Docs, it.Presentations, nil)
	tw.subItems(it)
	tw.line()
	at := impliedSub(it)
	for k, p := range it.Paragraphs {
		if p.Sub != at {
			if s, j := it.SubItem(p.Sub); s != nil {
				tw.line(draft.SubItemLetter(j), ". ", oneLine(s.Title))
				tw.line()
			} else {
				tw.heading(r.ItemNumber(i), it)
			}
			at = p.Sub
		}
		tw.line(fmt.Sprint(n.Number(i, k)), ". ", oneLine(p.Text))
		tw.line()
	}
	if c := it.Conclusion; c != nil {
		tw.line(fmt.Sprint(n.ConclusionNumber(r, i)), ". ", oneLine(c.LeadInFor(r.Meeting)))
		for _, b := range c.Punctuated() {
			tw.line("• ", oneLine(b))
		}
		tw.line()
	}
}

// subItems writes the item's sub-items as its agenda lists them, with a
// category line wherever the category changes.
func (tw *textWriter) subItems(it *draft.Item) {
	var running draft.Category
	for j, s := range it.SubItems {
		if s.Category != running || (j == 0 && it.Category != "") {
			if s.Category == "" {
				tw.line("(No category)")
			} else {
				tw.line("(", oneLine(string(s.Category)), ")")
			}
			running = s.Category
		}
		tw.line(draft.SubItemLetter(j), ". ", oneLine(s.Title))
		tw.refs(s.Docs, s.Presentations, s.Attachments)
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

func (tw *textWriter) annex(i int, a *draft.Annex) {
	if t := oneLine(a.Title); t != "" {
		tw.line("ANNEX ", draft.AnnexNumber(i), " – ", t)
	} else {
		tw.line("ANNEX ", draft.AnnexNumber(i))
	}
	tw.line()
	for _, p := range a.Paragraphs() {
		for _, l := range strings.Split(p, "\n") {
			if l = oneLine(l); l != "" {
				tw.line(l)
			}
		}
		tw.line()
	}
}

// impliedSub returns the sub-item the importer places the item's first
// paragraph under when no sub-item heading precedes it: the only sub-item of
// an item that has one, else the item as a whole (0). The text and Word
// writers print a sub-item heading only where a paragraph's sub-item differs
// from this, so their output reads back to the same structure.
func impliedSub(it *draft.Item) draft.ID {
	if len(it.SubItems) == 1 {
		return it.SubItems[0].ID
	}
	return 0
}
