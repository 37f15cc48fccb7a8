package export_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"rapporteur/assets"
	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/ingest"
	"rapporteur/internal/fixture"
)

var docxCreated = time.Date(2031, 3, 5, 17, 30, 0, 0, time.UTC)

// roundTrip exports r as .docx and imports it again.
func roundTrip(t *testing.T, r *draft.Report) (*draft.Report, []string) {
	t.Helper()
	var buf bytes.Buffer
	if err := export.DOCX(&buf, r, export.Options{Created: docxCreated}); err != nil {
		t.Fatalf("DOCX: %v", err)
	}
	back, warn, err := ingest.Docx(buf.Bytes())
	if err != nil {
		t.Fatalf("Docx of the exported report: %v", err)
	}
	return back, warn
}

// sameStructure fails the test where got differs from want in its summary
// (items, ranges, sub-items, categories, documents, conclusions, annexes) or
// in any paragraph's text, sub-item or presentation.
func sameStructure(t *testing.T, got, want *draft.Report) {
	t.Helper()
	gs, _ := json.MarshalIndent(got.Summarize(), "", " ")
	ws, _ := json.MarshalIndent(want.Summarize(), "", " ")
	if !bytes.Equal(gs, ws) {
		t.Errorf("summary after the round trip differs:\ngot  %s\nwant %s", gs, ws)
	}
	if len(got.Items) != len(want.Items) {
		t.Fatalf("got %d items, want %d", len(got.Items), len(want.Items))
	}
	for i, wi := range want.Items {
		gi := got.Items[i]
		if len(gi.Paragraphs) != len(wi.Paragraphs) {
			t.Errorf("item %s: got %d paragraphs, want %d", draft.Roman(i+1), len(gi.Paragraphs), len(wi.Paragraphs))
			continue
		}
		for k, wp := range wi.Paragraphs {
			gp := gi.Paragraphs[k]
			if gp.Text != wp.Text {
				t.Errorf("item %s paragraph %d:\ngot  %q\nwant %q", draft.Roman(i+1), k+1, gp.Text, wp.Text)
			}
			if subIndex(gi, gp.Sub) != subIndex(wi, wp.Sub) {
				t.Errorf("item %s paragraph %d: under sub-item %d, want %d", draft.Roman(i+1), k+1, subIndex(gi, gp.Sub), subIndex(wi, wp.Sub))
			}
		}
		if g, w := presentations(gi), presentations(wi); g != w {
			t.Errorf("item %s presentations:\ngot  %s\nwant %s", draft.Roman(i+1), g, w)
		}
	}
	for i, wa := range want.Annexes {
		if i < len(got.Annexes) && got.Annexes[i].Body != wa.Body {
			t.Errorf("annex %d body:\ngot  %q\nwant %q", i+1, got.Annexes[i].Body, wa.Body)
		}
	}
}

func subIndex(it *draft.Item, id draft.ID) int {
	if id == 0 {
		return -1
	}
	_, j := it.SubItem(id)
	return j
}

func presentations(it *draft.Item) string {
	b, _ := json.Marshal(struct {
		Item []draft.Presentation
		Subs [][]draft.Presentation
		Atts [][]string
	}{Item: it.Presentations, Subs: subPresentations(it), Atts: subAttachments(it)})
	return string(b)
}

func subPresentations(it *draft.Item) [][]draft.Presentation {
	var out [][]draft.Presentation
	for _, s := range it.SubItems {
		out = append(out, s.Presentations)
	}
	return out
}

func subAttachments(it *draft.Item) [][]string {
	var out [][]string
	for _, s := range it.SubItems {
		out = append(out, s.Attachments)
	}
	return out
}

// TestDocxRoundTripFixture exports the real report (read as text) to .docx
// and imports it again: the structure and every paragraph come back.
func TestDocxRoundTripFixture(t *testing.T) {
	want, _, err := ingest.Text(fixture.Read(t, fixture.Name))
	if err != nil {
		t.Fatalf("Text of the fixture: %v", err)
	}
	got, _ := roundTrip(t, want)
	sameStructure(t, got, want)
}

// TestDocxRoundTripSample does the same with the built-in sample report,
// which has meeting details, grouped sub-items and annexes.
func TestDocxRoundTripSample(t *testing.T) {
	want, _, err := ingest.Text(assets.SampleReport)
	if err != nil {
		t.Fatalf("Text of the sample: %v", err)
	}
	got, warn := roundTrip(t, want)
	sameStructure(t, got, want)
	if got.Meeting != want.Meeting {
		t.Errorf("meeting: got %+v, want %+v", got.Meeting, want.Meeting)
	}
	if len(warn) > 0 {
		t.Errorf("the exported sample imports with warnings: %q", warn)
	}
}
