package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"rapporteur/draft"
)

// BenchmarkComparisonRows measures laying out a comparison in which every
// paragraph of a 1,540-paragraph report changed: the rows, then every
// row's height at the list's width (what a comparison costs on the UI
// goroutine once draft.Compare has run).
func BenchmarkComparisonRows(b *testing.B) {
	test.NewTempApp(b)
	old := syntheticReport(b, 1540)
	cur := old.Clone()
	for _, it := range cur.Items {
		for _, p := range it.Paragraphs {
			p.Text = strings.Replace(p.Text, "pilot", "trial", 1)
		}
	}
	c := draft.Compare(old, cur)
	m := newMeasurer()
	b.ResetTimer()
	for range b.N {
		rows, _ := comparisonRows(c)
		for _, r := range rows {
			if r.kind == rowChange {
				rowHeight(r.show, 900, m)
			}
		}
	}
	b.ReportMetric(float64(len(c.Changes)), "changes")
}
