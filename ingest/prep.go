package ingest

import (
	"strings"
)

// line is one non-blank input line as the reader works on it: its text
// cleaned, the hints its source gave, and the label it starts with. It is
// kept small, since a large input has a million of them.
type line struct {
	text  string // trimmed, runs of spaces collapsed, a Word list label in front; "" once its text is in the report
	idx   int32  // index in the reader's input lines (places; for text, the line number less one)
	page  int32  // 0-based page number, counted by page breaks
	style Style
	level int8
	flags lineFlags
	lab   packed // the label the line starts with
}

// lineFlags are a line's yes/no facts.
type lineFlags uint8

const (
	fBlankAfter lineFlags = 1 << iota // one or more blank lines follow it
	fPageBreak                        // it is the first line of a page
	fHinted                           // its label came from Word's list numbering
	fWhole                            // a whole paragraph (Word), never a wrapped piece
	fInTable                          // in a table cell
)

func (l *line) blankAfter() bool { return l.flags&fBlankAfter != 0 }
func (l *line) pageBreak() bool  { return l.flags&fPageBreak != 0 }
func (l *line) hinted() bool     { return l.flags&fHinted != 0 }
func (l *line) whole() bool      { return l.flags&fWhole != 0 }

// labKind returns the form of the label the line starts with.
func (l *line) labKind() labelKind { return labelKind(l.lab.kind) }

// label returns the label the line starts with.
func (l *line) label() label { return l.lab.unpack(l.text) }

// prepLines turns input lines into the reader's lines: blank lines dropped
// (they set blankAfter on the line before), text collapsed, a Word label
// put in front of its text, pages counted. With consume set it clears each
// input line's Text once read, so that a large document's text is not held
// twice (a labelled line's text is a new string).
func prepLines(in []Line, consume bool) []line {
	out := make([]line, 0, len(in))
	page := 0
	pendingBreak := false
	for i, l := range in {
		if l.Break && i > 0 {
			page++
		}
		pendingBreak = pendingBreak || l.Break
		raw := strings.ToValidUTF8(l.Text, "\uFFFD")
		if l.Style == StyleTableRow {
			raw = strings.ReplaceAll(raw, "\t", "  ")
		}
		t := collapse(strings.ReplaceAll(raw, "\n", " "))
		lab := strings.TrimSpace(strings.ToValidUTF8(l.Label, "\uFFFD"))
		if lab != "" && t != "" {
			t = collapse(lab) + " " + t
		}
		if t == "" {
			if len(out) > 0 {
				out[len(out)-1].flags |= fBlankAfter
			}
			continue
		}
		var f lineFlags
		if l.BlankAfter {
			f |= fBlankAfter
		}
		if pendingBreak {
			f |= fPageBreak
		}
		if lab != "" {
			f |= fHinted
		}
		if l.Whole {
			f |= fWhole
		}
		if l.InTable {
			f |= fInTable
		}
		ln := line{text: t, idx: int32(i), page: int32(page), style: l.Style, level: int8(l.Level), flags: f}
		ln.lab = pack(readLabel(tabbed(lab, raw, t)), t)
		out = append(out, ln)
		pendingBreak = false
		if consume {
			in[i].Text = ""
		}
	}
	return out
}

// tabbed returns the line's text for reading its label: collapsed, but with
// a tab kept where one follows the first word, since a tab separates a
// section number from its title ("IV\tTitle").
func tabbed(label, raw, collapsed string) string {
	if label != "" {
		return collapsed
	}
	s := strings.TrimLeft(raw, " ")
	i := strings.IndexAny(s, " \t")
	if i <= 0 || i > 12 || !labelToken(s[:i]) {
		return collapsed
	}
	gap := s[i:]
	j := 0
	for j < len(gap) && (gap[j] == ' ' || gap[j] == '\t') {
		j++
	}
	// A tab, or a run of spaces as pdftotext -layout leaves between a
	// number's column and its text, separates a label from its title.
	if !strings.Contains(gap[:j], "\t") && j < 2 {
		return collapsed
	}
	rest := collapse(gap[j:])
	if rest == "" {
		return collapsed
	}
	return s[:i] + "\t" + rest
}

// textReader reads a text file's lines straight into the reader's lines,
// without an intermediate list, so a large file costs little beyond its
// lines: a form feed marks the next line as the first of a page, blank
// lines are marked on the line before them.
type textReader struct {
	out             []line
	no              int
	page            int
	brk             bool
	controls, runes int
}

// add reads one line of the file (without its line ending).
func (tr *textReader) add(s string) {
	tr.no++
	if strings.IndexByte(s, '\f') >= 0 {
		// The form feed ends a page; text after it on the same line is
		// the next page's first line.
		tr.brk = true
		tr.page++
		s = strings.ReplaceAll(s, "\f", "")
	}
	t := collapse(s)
	if t == "" {
		if n := len(tr.out); n > 0 {
			tr.out[n-1].flags |= fBlankAfter
		}
		return
	}
	var f lineFlags
	if tr.brk {
		f |= fPageBreak
	}
	ln := line{text: t, idx: int32(tr.no - 1), page: int32(tr.page), flags: f}
	ln.lab = pack(readLabel(tabbed("", s, t)), t)
	tr.out = append(tr.out, ln)
	tr.brk = false
}

// labelToken reports whether a first word may be a section label that a
// tab separates from its title: a number or Roman numeral, with or without
// its full stop.
func labelToken(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	return leadDigits(w) == len(w) || romanValue(w) > 0 || len(w) == 1
}
