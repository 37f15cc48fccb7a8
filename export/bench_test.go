package export

import (
	"fmt"
	"io"
	"strings"
	"syscall"
	"testing"

	"rapporteur/draft"
)

// fullReport builds a report the size of a full PTC report times scale:
// 16 items (each with two sub-items and a three-bullet conclusion) and
// 154 numbered paragraphs of about 110 words, about 17,000 words in all.
func fullReport(tb testing.TB, scale int) *draft.Report {
	tb.Helper()
	r := draft.New()
	r.Meeting = draft.Meeting{Organization: "World Customs Organization", Body: "Permanent Technical Committee",
		ShortName: "PTC", Sessions: "251st/252nd Sessions", Dates: "3-5 March 2031", Venue: "Brussels", DocCode: "PC0999E1"}
	words := strings.Fields(longText(5))
	items := 16 * scale
	paras := 154 * scale
	for i := 0; i < items; i++ {
		it, err := r.InsertItem(i, fmt.Sprintf("Agenda item number %d on the Committee’s work", i+1))
		if err != nil {
			tb.Fatal(err)
		}
		for j := 0; j < 2; j++ {
			if _, err := r.InsertSubItem(it, j, fmt.Sprintf("Report of working body %d", j+1), "For decision"); err != nil {
				tb.Fatal(err)
			}
		}
		n := paras/items - 1
		if i < paras%items {
			n++
		}
		for k := 0; k < n; k++ {
			start := (i*7 + k*13) % (len(words) - 120)
			text := fmt.Sprintf("Paragraph %d.%d: %s.", i+1, k+1, strings.Join(words[start:start+118], " "))
			sub := draft.ID(0)
			if k > 0 {
				sub = it.SubItems[k%2].ID
			}
			if _, err := r.InsertParagraph(it, k, sub, text); err != nil {
				tb.Fatal(err)
			}
		}
		conclude(tb, r, it, "took note of the reports", "endorsed the work programme of the working body", "provided guidance on the way forward")
	}
	return r
}

func benchmarkPDF(b *testing.B, scale int) {
	r := fullReport(b, scale)
	if got := r.Numbering().Total(); got != 154*scale {
		b.Fatalf("report has %d numbered paragraphs, want %d", got, 154*scale)
	}
	cpu0 := cpuTime()
	for b.Loop() {
		if err := PDF(io.Discard, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time (all threads, the collector's included) per export: a
	// measure that other processes on a shared machine do not inflate.
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(r.WordCount()), "words")
}

// cpuTime returns the process's user and system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkPDFFull exports a full-size report (target under 50 ms).
func BenchmarkPDFFull(b *testing.B) { benchmarkPDF(b, 1) }

// BenchmarkPDFTenfold exports a report ten times that size (target under 500 ms).
func BenchmarkPDFTenfold(b *testing.B) { benchmarkPDF(b, 10) }

// BenchmarkNewDocument measures what every export pays before its first
// line: fpdf parses and hashes the three TrueType fonts per document (its
// API keeps parsed fonts inside one document, so they cannot be shared).
func BenchmarkNewDocument(b *testing.B) {
	m := draft.Meeting{DocCode: "PC0999E1"}
	for b.Loop() {
		if _, err := newDocument(m, Options{}, "Summary Report"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDocxListed writes as Word the full-size report of the PDF
// benchmarks, whose paragraphs go back and forth between an item's
// sub-items: the item lists its sub-items and repeats a heading before
// nearly every paragraph.
func BenchmarkDocxListed(b *testing.B) {
	r := fullReport(b, 1)
	for b.Loop() {
		if err := DOCX(io.Discard, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
