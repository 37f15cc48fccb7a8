package ingest

import (
	"testing"
)

// TestLogWhere: each entry names the place in the report it concerns, by
// the IDs of its parts: the paragraph a warning is about, the item an
// agenda row's range disagrees with, the paragraph a dropped line stood
// after, the front matter, a footnote, an annex.
func TestLogWhere(t *testing.T) {
	in := "SUMMARY REPORT\nAGENDA\nI. Opening 1-2\nII. Closing 3-3\n\fPC0737E1\n\nITEM I – OPENING\n1. Opened.1\n3. Skipped a number.\n\n1 See annex.\n\fPC0737E1\n\nITEM II – CLOSING\n4. Closed.\n5. In conclusion, the PTC:\n• took note.\nANNEX I – LIST OF PARTICIPANTS\nNorway\n"
	res := imp(t, in)
	r := res.Report
	find := func(kind EntryKind, text string) Entry {
		t.Helper()
		for _, e := range res.Log {
			if e.Kind == kind && (e.Text == text || text == "" || e.Reason == text) {
				return e
			}
		}
		t.Fatalf("no %s entry %q in %v", kind, text, res.Log)
		return Entry{}
	}
	cases := []struct {
		name string
		e    Entry
		want Where
	}{
		{"the skipped number names its paragraph", find(LogWarning, "paragraph 3 follows paragraph 1 (numbers skipped); the report numbers it 2"),
			Where{Part: PartBody, Item: r.Items[0].ID, Para: r.Items[0].Paragraphs[1].ID}},
		{"a running header names the paragraph before it", find(LogFurniture, "PC0737E1"), Where{Part: PartFront}},
		{"the footnote", find(LogFootnote, "1 See annex."), Where{Part: PartFootnotes}},
		{"an agenda row", find(LogAgendaRow, ""), Where{Part: PartFront}},
		{"the agenda's range names the item", find(LogWarning, "the agenda table gives item II paragraph 3; the text gives 3-4"),
			Where{Part: PartBody, Item: r.Items[1].ID}},
	}
	for _, c := range cases {
		if c.e.At != c.want {
			t.Errorf("%s: %v at %+v, want %+v", c.name, c.e, c.e.At, c.want)
		}
	}
	// The second running header stands after paragraph 2 (item I's last).
	var headers []Where
	for _, e := range res.Log {
		if e.Kind == LogFurniture {
			headers = append(headers, e.At)
		}
	}
	if len(headers) != 2 || headers[1] != (Where{Part: PartBody, Item: r.Items[0].ID, Para: r.Items[0].Paragraphs[1].ID, Near: true}) {
		t.Errorf("running headers at %+v", headers)
	}
}
