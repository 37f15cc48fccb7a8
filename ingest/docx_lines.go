package ingest

import (
	"strings"
)

// The Word reader's records as the structure reader's input: one Line per
// paragraph with what Word knows about it (see Line in input.go).

// lines gives the document to the structure reader as Lines: the meeting's
// custom properties first, as plain "Key: value" lines; then each paragraph
// of the accepted reading with its list label, its style hint and its
// place; a top-level table row as one StyleTableRow line (the first
// paragraph of each cell, label and text, joined by tabs, an empty cell an
// empty field) followed by the cells' further paragraphs with InTable set;
// a text box's paragraphs where they are anchored, as any paragraph; each
// footnote and endnote right after the paragraph (or row) that references
// it, with StyleFootnote and its mark as Label; headers and footers last,
// with StyleHeader. A Line's Text is the record's text, not a copy.
//
// When the meeting comes from the properties (as export.DOCX writes them),
// the title block (Title and Subtitle paragraphs outside tables) says it
// again: those paragraphs are not passed on but returned as log entries.
func (d *wordDoc) lines() ([]Line, Log) { return d.linesOf(d.reading(true)) }

// linesOf gives paragraphs of one reading of the document as Lines (see
// lines).
func (d *wordDoc) linesOf(paras []wordPara) ([]Line, Log) {
	out := make([]Line, 0, len(d.meeting)+len(paras)+len(d.notes)+len(d.furniture))
	var log Log
	for _, m := range d.meeting {
		out = append(out, Line{Text: m, Place: Place{Part: d.customPart}, Whole: true})
	}
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		if p.cell == nil && len(d.meeting) > 0 && p.hint.kind == hintTitle {
			log = append(log, Entry{Place: Place{Para: p.place, Part: d.main}, Kind: LogFront, At: Where{Part: PartFront}, Text: joinLabel(p.label, p.text),
				Reason: "the title block; the meeting is read from the document's properties"})
			continue
		}
		if p.cell == nil {
			out = append(out, d.line(p))
			out = d.appendNotes(out, paras[i:i+1])
			continue
		}
		j := rowEnd(paras, i)
		out = d.appendRow(out, paras[i:j])
		out = d.appendNotes(out, paras[i:j])
		i = j - 1
	}
	for _, f := range d.furniture {
		out = append(out, Line{Text: f.text, Label: f.label, Style: StyleHeader, Place: Place{Para: f.place, Part: f.part}, Whole: true})
	}
	return out, log
}

// rowEnd returns the end of the top-level table row that starts at
// paras[i]: the paragraphs in that row, and the text boxes anchored in it.
func rowEnd(paras []wordPara, i int) int {
	first := paras[i].cell
	end := i + 1
	for j := i + 1; j < len(paras); j++ {
		switch {
		case sameTopRow(paras[j].cell, first):
			end = j + 1
		case paras[j].box && paras[j].cell == nil:
			continue // a text box in a cell: in the row if the row goes on after it
		default:
			return end
		}
	}
	return end
}

// sameTopRow reports whether c stands in the top-level table row of first.
func sameTopRow(c, first *cellPlace) bool {
	return c != nil && c.topTable == first.topTable && c.topRow == first.topRow
}

// line makes a paragraph's Line, its style hint turned into a Style.
func (d *wordDoc) line(p wordPara) Line {
	l := Line{Text: p.text, Label: p.label, Place: Place{Para: p.place, Part: d.main}, Whole: true, Break: p.brk}
	if p.label != "" {
		l.Level = p.list.level
	}
	switch p.hint.kind {
	case hintTitle:
		l.Style = StyleTitle
	case hintHeading:
		l.Style, l.Level = StyleHeading, int(p.hint.level)
	case hintList:
		l.Style = StyleList
	}
	// A body paragraph styled as a footnote or a header is neither: the
	// style is a look ("Annex" and "Glossary" in a Header style head the
	// back matter of a corpus report). StyleFootnote and StyleHeader are
	// for the notes' and the headers' own parts.
	return l
}

// appendRow writes a top-level table row: one StyleTableRow line joining
// the first paragraph of each of its cells (label and text) by tabs, in
// column order, an empty cell as an empty field; then the other paragraphs
// of its cells, nested tables' and text boxes' too, as InTable lines.
func (d *wordDoc) appendRow(out []Line, row []wordPara) []Line {
	var cells []string
	var rest []Line
	first := -1
	for _, p := range row {
		if p.cell != nil && p.cell.depth == 1 && p.cell.first {
			for len(cells) < p.cell.col-1 {
				cells = append(cells, "")
			}
			head, more, _ := strings.Cut(joinLabel(p.label, p.text), "\n")
			cells = append(cells, strings.ReplaceAll(head, "\t", " "))
			if first < 0 {
				first = p.place
			}
			if more != "" {
				l := d.line(p)
				l.Text, l.Label, l.InTable = more, "", true
				rest = append(rest, l)
			}
			continue
		}
		l := d.line(p)
		l.InTable = true
		rest = append(rest, l)
	}
	if first > 0 {
		out = append(out, Line{Text: strings.Join(cells, "\t"), Style: StyleTableRow, Place: Place{Para: first, Part: d.main}, Whole: true, Break: row[0].brk})
	}
	return append(out, rest...)
}

// appendNotes writes the footnotes and endnotes that paras reference.
func (d *wordDoc) appendNotes(out []Line, paras []wordPara) []Line {
	for _, p := range paras {
		if p.x == nil {
			continue
		}
		for _, i := range p.x.notes {
			n := d.notes[i]
			part := d.notesPart
			if n.endnote {
				part = d.endnotesPart
			}
			out = append(out, Line{Text: n.text, Label: n.mark, Style: StyleFootnote, Place: Place{Para: n.place, Part: part}, Whole: true})
		}
	}
	return out
}

// commentEntries logs the comments: not the document's text, each with
// the paragraph it is anchored to and its author.
func (d *wordDoc) commentEntries() Log {
	var log Log
	for _, c := range d.comments {
		if strings.TrimSpace(c.text) == "" {
			continue
		}
		by := "a comment"
		if c.author != "" {
			by = "a comment by " + c.author
		}
		e := Entry{Kind: LogDropped, Text: c.text, Reason: by + ", not part of the report's text"}
		if c.anchor > 0 {
			e.Place = Place{Para: c.anchor, Part: d.main}
		}
		log = append(log, e)
	}
	return log
}
