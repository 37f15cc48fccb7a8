package export_test

import (
	"bytes"
	"testing"

	"rapporteur/draft"
	"rapporteur/export"
)

// editedFull returns the full-size report and an edited copy with every
// kind of change spread through it.
func editedFull(tb testing.TB) (*draft.Report, *draft.Report) {
	old := fullReport(tb)
	cur := old.Clone()
	for i, it := range cur.Items {
		if i%3 == 0 && len(it.Paragraphs) > 2 {
			it.Paragraphs[1].Text = "In particular, " + it.Paragraphs[1].Text[:len(it.Paragraphs[1].Text)/2] + " and more."
		}
		if i%4 == 1 {
			if _, err := cur.InsertParagraph(it, 0, 0, "An added paragraph opens this item."); err != nil {
				tb.Fatal(err)
			}
		}
		if i%5 == 2 {
			if _, err := it.DeleteParagraph(len(it.Paragraphs) - 1); err != nil {
				tb.Fatal(err)
			}
		}
		if i%6 == 3 && it.Conclusion != nil {
			it.Conclusion.Bullets[0].SetText("endorsed the report under this item")
		}
	}
	if err := cur.MoveParagraph(2, 0, 12, 3); err != nil {
		tb.Fatal(err)
	}
	it, err := cur.InsertItem(8, "An item added in the middle")
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := cur.InsertParagraph(it, 0, 0, "The added item has one paragraph."); err != nil {
		tb.Fatal(err)
	}
	return old, cur
}

// TestRevisionsFullReport checks the benchmark's comparison.
func TestRevisionsFullReport(t *testing.T) {
	old, cur := editedFull(t)
	checkRevisions(t, draft.Compare(old, cur))
}

// BenchmarkRevisionsDOCX measures writing the revision document of two
// full-size versions (154 paragraphs, 17,000 words each), the comparison
// made beforehand.
func BenchmarkRevisionsDOCX(b *testing.B) {
	old, cur := editedFull(b)
	c := draft.Compare(old, cur)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := export.RevisionsDOCX(&buf, c, export.Options{Created: docxCreated}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/doc")
}
