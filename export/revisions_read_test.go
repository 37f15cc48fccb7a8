package export_test

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/ingest"
)

// paragraphChanges lists a comparison's paragraph changes: kind, numbers
// and authors.
func paragraphChanges(c *draft.Comparison) []string {
	var out []string
	for _, ch := range c.Changes {
		if ch.Part == draft.PartParagraph {
			out = append(out, fmt.Sprintf("%s %d→%d %v", ch.Kind, ch.Old, ch.New, ch.Authors))
		}
	}
	return out
}

// TestRevisionsReadBack reads our own Word files with tracked changes back
// as a received document: accepted they import as the new version,
// rejected as the old, and the comparison of the two readings has the
// paragraph changes the document was written from, with their authors.
func TestRevisionsReadBack(t *testing.T) {
	fx, fxEdited := editedFixture(t)
	old := sampleReport(t)
	some := old.Clone()
	for _, e := range edits {
		switch e.name {
		case "word changed", "paragraph added in the middle", "paragraph deleted", "paragraph moved within its item", "bullet changed":
			e.edit(t, some)
		}
	}
	some.Items[0].Paragraphs[0].Text += " Seen by Bob."
	some.Items[0].Paragraphs[0].AddNote(draft.Note{Kind: draft.NoteChange, Author: "Bob"})
	for name, c := range map[string]*draft.Comparison{"fixture": draft.Compare(fx, fxEdited), "sample": draft.Compare(old, some)} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := export.RevisionsDOCX(&buf, c, export.Options{Created: docxCreated, Author: "Ana Ferreira"}); err != nil {
				t.Fatal(err)
			}
			rec, err := ingest.DocxReceived(buf.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			sameStructure(t, rec.Accepted, withoutNotes(c.New))
			sameStructure(t, rec.Rejected, withoutNotes(c.Old))
			draft.PairReadings(rec.Rejected, rec.Accepted, rec.Paragraphs)
			got := paragraphChanges(draft.Compare(rec.Rejected, rec.Accepted))
			if !reflect.DeepEqual(got, credited(c, "Ana Ferreira")) {
				t.Errorf("changes read back\n got %q\nwant %q", got, credited(c, "Ana Ferreira"))
			}
		})
	}
}

// withoutNotes returns a copy of r without its paragraphs' notes, which a
// Word file does not carry.
func withoutNotes(r *draft.Report) *draft.Report {
	c := r.Clone()
	for _, it := range c.Items {
		for _, p := range it.Paragraphs {
			p.Notes = nil
		}
	}
	return c
}

// credited is paragraphChanges with every change credited to its authors,
// or to author when the comparison names none.
func credited(c *draft.Comparison, author string) []string {
	var out []string
	for _, ch := range c.Changes {
		if ch.Part != draft.PartParagraph {
			continue
		}
		a := ch.Authors
		if len(a) == 0 {
			a = []string{author}
		} else {
			a = []string{strings.Join(a, ", ")}
		}
		out = append(out, fmt.Sprintf("%s %d→%d %v", ch.Kind, ch.Old, ch.New, a))
	}
	return out
}
