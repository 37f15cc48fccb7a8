package ingest

import (
	"fmt"
	"sort"
	"strings"

	"rapporteur/draft"
)

// Result is what an import gives: the report, what kind of document it
// was, and the import log.
type Result struct {
	Report *draft.Report
	Kind   DocKind
	Log    Log
}

// DocKind is what the reader took the document for.
type DocKind int

// The kinds of document the reader accepts.
const (
	KindReport DocKind = iota // a summary report or minutes, with paragraphs
	KindAgenda                // an agenda: items, sub-items, no paragraphs
)

// String names the kind: "report", "agenda".
func (k DocKind) String() string {
	if k == KindAgenda {
		return "agenda"
	}
	return "report"
}

// EntryKind says what a log entry records.
type EntryKind string

// The kinds of log entry. Dropped lines (furniture, agenda rows, the
// separator lines of a title page) are in the log with the reason; lines
// kept in a part of the report other than the body (front matter,
// footnotes) are logged too, so a reader can find where they went.
const (
	LogFurniture  EntryKind = "furniture"  // page furniture: dropped
	LogDropped    EntryKind = "dropped"    // other text not kept, with the reason
	LogFront      EntryKind = "front"      // kept in the front matter
	LogFootnote   EntryKind = "footnote"   // kept as a footnote, apart from the text
	LogAgendaRow  EntryKind = "agenda"     // a row of the agenda table: checked, derived
	LogWarning    EntryKind = "warning"    // irregular text, kept as the entry says
	LogCorrection EntryKind = "correction" // a reading corrected against the document's own numbers
)

// Entry is one line of the import log: the place in the input, what
// happened, the text concerned and why.
type Entry struct {
	Place  Place
	Kind   EntryKind
	Text   string
	Reason string
	// At is the place in the report the entry concerns, where it has one:
	// the item, paragraph or conclusion its line went into (for a line
	// not kept, the one it stood after), the front matter, a footnote or
	// an annex.
	At Where

	line int32 // the reader's index of the line concerned, plus one; 0 for none
}

// Where is a place in the report, named by the IDs of its parts so that
// it stays right whatever the numbers become.
type Where struct {
	Part  Part
	Item  draft.ID // in the body: the item
	Para  draft.ID // in the body: the paragraph or the conclusion; 0 for the item's heading
	Annex draft.ID // in the annexes: the annex
	// Near is set for a line the report does not hold (furniture, a
	// dropped line): At is the place it stood after.
	Near bool
}

// Part names a part of the report a log entry may concern.
type Part string

// The parts of a report an entry's Where names.
const (
	PartNone      Part = ""
	PartFront     Part = "front"     // the title block and front matter (the agenda table included)
	PartBody      Part = "body"      // an item: its heading, a paragraph, its conclusion
	PartFootnotes Part = "footnotes" // the footnotes
	PartAnnexes   Part = "annexes"   // an annex
)

// String writes the entry on one line: `line 12: furniture: "GE.18-01763(E)"
// (a job number)`.
func (e Entry) String() string {
	var b strings.Builder
	if p := e.Place.String(); p != "" {
		b.WriteString(p)
		b.WriteString(": ")
	}
	b.WriteString(string(e.Kind))
	b.WriteString(": ")
	if e.Text != "" {
		fmt.Fprintf(&b, "%q", clip(e.Text, 100))
		if e.Reason != "" {
			b.WriteString(" — ")
		}
	}
	b.WriteString(e.Reason)
	return b.String()
}

// Log is the import log, in input order as far as entries have a place.
type Log []Entry

// Warnings returns the warnings and corrections as the one-line messages
// Text has always returned: "line 4: paragraph 4 follows paragraph 2 …".
func (l Log) Warnings() []string {
	var out []string
	for _, e := range l {
		if e.Kind != LogWarning && e.Kind != LogCorrection {
			continue
		}
		s := e.Reason
		if p := e.Place.String(); p != "" {
			s = p + ": " + s
		}
		out = append(out, s)
	}
	return out
}

// Count returns how many entries are of kind k.
func (l Log) Count(k EntryKind) int {
	n := 0
	for _, e := range l {
		if e.Kind == k {
			n++
		}
	}
	return n
}

// sortByPlace orders the entries by place, stably: a text file's by line;
// a Word document's part by part, in the order given (the order in which
// the parts' paragraphs reached the reader), and by paragraph within a
// part; entries without a place last.
func (l Log) sortByPlace(parts map[string]int) {
	type key struct{ part, n int }
	keyOf := func(p Place) key {
		switch {
		case p.Line > 0:
			return key{0, p.Line}
		case p.Para > 0:
			rank, ok := parts[p.Part]
			if !ok {
				rank = len(parts)
			}
			return key{rank, p.Para}
		}
		return key{1 << 30, 0}
	}
	sort.SliceStable(l, func(a, b int) bool {
		ka, kb := keyOf(l[a].Place), keyOf(l[b].Place)
		return ka.part < kb.part || ka.part == kb.part && ka.n < kb.n
	})
}

// placeOrder ranks the Word parts that the places at(0) … at(n-1) name,
// by first appearance.
func placeOrder(n int, at func(int) Place) map[string]int {
	parts := map[string]int{}
	for i := range n {
		p := at(i)
		if _, ok := parts[p.Part]; !ok && p.Para > 0 {
			parts[p.Part] = len(parts)
		}
	}
	return parts
}

// clip shortens s to at most n runes, marking the cut with "…".
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
