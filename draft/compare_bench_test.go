package draft

import (
	"strings"
	"testing"
)

// editBatch applies rounds of twelve edits spread over the report: word
// changes, insertions, deletions, moves within and across items, a bullet
// edit.
func editBatch(t testing.TB, r *Report, rounds int) {
	t.Helper()
	n := len(r.Items)
	for k := 0; k < rounds; k++ {
		at := func(off int) *Item { return r.Items[(k*7+off)%n] }
		for w := 0; w < 4; w++ {
			p := at(w).Paragraphs[w+1]
			p.Text = strings.Replace(p.Text, " ", " revised ", 1)
		}
		for w := 0; w < 2; w++ {
			_, err := r.InsertParagraph(at(4+w), 1, 0, "An inserted paragraph.")
			must(t, err)
		}
		for w := 0; w < 2; w++ {
			_, err := at(6 + w).DeleteParagraph(3)
			must(t, err)
		}
		it := at(8)
		must(t, r.MoveParagraph(indexOf(r, it.ID), len(it.Paragraphs)-1, indexOf(r, it.ID), 0))
		must(t, r.MoveParagraph(indexOf(r, at(9).ID), 2, indexOf(r, at(10).ID), 0))
		at(11).Paragraphs[4].Text += " Added at the end."
		at(12).Conclusion.Bullets[1].SetText("endorsed the report as amended")
	}
}

// fullSize is a report the size of a full PTC report: 14 items of 10
// paragraphs and a conclusion (154 numbered paragraphs), about 17,000 words.
func fullSize(b *testing.B, scale int) *Report {
	r := genReport(b, 21, 14*scale, 10, 118)
	if scale == 1 {
		if n := r.Numbering().Total(); n != 154 {
			b.Fatalf("full-size report has %d paragraphs, want 154", n)
		}
	}
	b.ReportMetric(float64(r.WordCount()), "words")
	return r
}

func benchCompare(b *testing.B, scale int) {
	old := fullSize(b, scale)
	cur := old.Clone()
	editBatch(b, cur, scale)
	if c := Compare(old, cur); len(c.Changes) != 12*scale {
		b.Fatalf("got %d changes, want %d", len(c.Changes), 12*scale)
	}
	b.ResetTimer()
	for range b.N {
		Compare(old, cur)
	}
}

// BenchmarkCompareFull compares two full-size drafts a dozen edits apart
// (target under 10 ms).
func BenchmarkCompareFull(b *testing.B) { benchCompare(b, 1) }

// BenchmarkCompareTenfold compares drafts ten times that size with ten
// times the edits (target under 100 ms).
func BenchmarkCompareTenfold(b *testing.B) { benchCompare(b, 10) }

func benchAdopt(b *testing.B, scale int) {
	prev := fullSize(b, scale)
	inc, _ := rebuild(b, prev, 3)
	editBatch(b, inc, scale)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		cp := inc.Clone()
		b.StartTimer()
		Adopt(prev, cp)
	}
}

// BenchmarkAdoptFull matches a full-size draft read from outside to its
// previous version.
func BenchmarkAdoptFull(b *testing.B) { benchAdopt(b, 1) }

// BenchmarkAdoptTenfold does the same at ten times the size (1,540
// paragraphs): it shows the matching stays near-linear.
func BenchmarkAdoptTenfold(b *testing.B) { benchAdopt(b, 10) }
