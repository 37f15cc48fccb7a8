package draft

import (
	"slices"
	"strings"
)

// NoteKind says what a note on a paragraph records.
type NoteKind string

// The kinds of note.
const (
	// NoteComment is a reviewer's comment, such as a Word comment anchored
	// to the paragraph.
	NoteComment NoteKind = "comment"
	// NoteChange records who inserted or changed the paragraph in a
	// document received with tracked changes, on the paragraph as it reads
	// with the changes accepted. A comparison names as a change's authors
	// those of the change notes the new side has and the old one lacks.
	NoteChange NoteKind = "change"
	// NoteDeletion records who deleted the paragraph in a document received
	// with tracked changes, on the paragraph as it read with the changes
	// rejected. A comparison names them as the authors of its deletion.
	NoteDeletion NoteKind = "deletion"
)

// Note is a remark attached to a paragraph that is not part of its text.
type Note struct {
	Kind   NoteKind `json:"Kind,omitempty"`
	Author string   `json:"Author,omitempty"`
	// Date is when the note was made, ISO 8601 as its source wrote it, ""
	// when unknown. Notes carry the time they are given; draft never
	// reads the clock.
	Date string `json:"Date,omitempty"`
	Text string `json:"Text,omitempty"`
}

// String writes a note on one line: "comment by Ana Ferreira
// (2031-03-05): Please check the figures."
func (n Note) String() string {
	var b strings.Builder
	b.WriteString(string(n.Kind))
	if n.Author != "" {
		b.WriteString(" by " + n.Author)
	}
	if n.Date != "" {
		d := n.Date
		if len(d) > len("2006-01-02") {
			d = d[:len("2006-01-02")]
		}
		b.WriteString(" (" + d + ")")
	}
	if t := oneLine(n.Text); t != "" {
		b.WriteString(": " + t)
	}
	return b.String()
}

// AddNote attaches a note to the paragraph.
func (p *Paragraph) AddNote(n Note) { p.Notes = append(p.Notes, n) }

// newAuthors returns, in order and once each, the authors of the notes of
// kind in have that lacks does not hold: who changed a part between two
// sides.
func newAuthors(kind NoteKind, have, lacks []Note) []string {
	var out []string
	for _, n := range have {
		if n.Kind != kind || n.Author == "" || slices.Contains(lacks, n) || slices.Contains(out, n.Author) {
			continue
		}
		out = append(out, n.Author)
	}
	return out
}
