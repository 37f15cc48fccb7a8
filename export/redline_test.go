package export

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"rapporteur/draft"
)

// redlineComparison compares the sample report with an edited copy: a
// paragraph reworded, one added, one deleted, one moved, a bullet added
// and one deleted, a sub-item renamed and an item deleted.
func redlineComparison(t *testing.T) *draft.Comparison {
	t.Helper()
	old := sampleReport(t)
	nw := old.Clone()
	agenda, reports := nw.Items[1], nw.Items[2]
	agenda.Paragraphs[0].Text = strings.Replace(agenda.Paragraphs[0].Text, "introduced the draft Agenda", "presented the revised draft Agenda", 1)
	para(t, nw, agenda, 1, "The delegate of Україна proposed an additional point on capacity building, which was accepted.")
	if _, err := reports.DeleteParagraph(2); err != nil {
		t.Fatal(err)
	}
	if err := nw.MoveParagraph(2, 0, 2, 1); err != nil {
		t.Fatal(err)
	}
	c := reports.Conclusion
	if _, err := c.DeleteBullet(2); err != nil {
		t.Fatal(err)
	}
	if _, err := nw.InsertBullet(c, 1, "agreed to review the pilot at its next session"); err != nil {
		t.Fatal(err)
	}
	reports.SubItems[1].Title = "Report from the 145th Session of the Council"
	if _, err := nw.DeleteItem(3); err != nil {
		t.Fatal(err)
	}
	return draft.Compare(old, nw)
}

// TestRedlinePDFText reads the redline back with pdftotext.
func TestRedlinePDFText(t *testing.T) {
	c := redlineComparison(t)
	var buf bytes.Buffer
	var warnings []string
	if err := RedlinePDF(&buf, c, Options{Warn: func(m string) { warnings = append(warnings, m) }}); err != nil {
		t.Fatalf("RedlinePDF: %v", err)
	}
	if p := os.Getenv("EXPORT_LOOK_REDLINE"); p != "" {
		os.WriteFile(p, buf.Bytes(), 0o644)
	}
	text := pdfText(t, buf.Bytes())
	flat := squash(text)
	checkInOrder(t, flat, []string{
		"SUMMARY REPORT – CHANGES", "CHANGES BY ITEM", "AGENDA, MEETING AND ANNEX CHANGES",
		"Item III: sub-item b renamed: Report from the", "ITEM I – OPENING OF THE MEETING",
		"ITEM II – ADOPTION OF THE AGENDA", "The Chairperson introduced presented the revised draft Agenda",
		"4.", "The delegate of Україна proposed", "added",
		"ITEM III – REPORTS AND UPDATES", "6. In sentence 1 the delegates", "moved",
		"(7)", "The delegate of Ελλάδα said", "deleted", "7. The Secretariat introduced the reports",
		"8. In conclusion, the PTC:", "took note of the reports from the relevant meetings;",
		"added", "agreed to review the pilot at its next session; and",
		"endorsed the report from the 7th Meeting of the WGD, including its Work Programme 2031-2033.",
		"deleted", "took note, with thanks, of the presentations by Türkiye",
		"deleted", "ITEM IV – ANY OTHER BUSINESS", "ANNEX I",
	})
	for _, n := range []string{"6.", "7."} {
		if !strings.Contains(text, n) {
			t.Errorf("redline lacks paragraph number %s", n)
		}
	}
	if len(warnings) > 0 {
		t.Errorf("redline warned: %v", warnings)
	}
	var sum []string
	for _, ic := range c.Summary() {
		sum = append(sum, ic.Item)
	}
	if len(sum) == 0 {
		t.Fatal("comparison found no changes; the test edits were lost")
	}
}

// TestRedlineNoComparison checks the error for a missing comparison.
func TestRedlineNoComparison(t *testing.T) {
	for _, c := range []*draft.Comparison{nil, {}} {
		if err := RedlinePDF(&bytes.Buffer{}, c, Options{}); err == nil {
			t.Errorf("RedlinePDF(%v) succeeded, want an error", c)
		}
	}
}
