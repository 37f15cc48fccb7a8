package export_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/ingest"
)

// fullReport builds a full-size report: 16 items with sub-items, 138
// paragraphs and 16 conclusions (154 numbered paragraphs), about 17,000
// words.
func fullReport(tb testing.TB) *draft.Report {
	tb.Helper()
	words := strings.Fields("the delegate of the committee informed members about the progress made on customs data " +
		"exchange and recalled that the working group had agreed to review the guidance on risk management " +
		"before the next session while several members welcomed the initiative and asked the secretariat to report")
	r := draft.New()
	r.Meeting = draft.Meeting{Organization: "World Customs Organization", Body: "Permanent Technical Committee",
		ShortName: "PTC", Sessions: "251st/252nd Sessions", Dates: "3-5 March 2031", Venue: "Brussels", DocCode: "PC0999E1", Language: "E"}
	w := 0
	for i := range 16 {
		it, err := r.InsertItem(i, fmt.Sprintf("Agenda item number %d on customs matters", i+1))
		if err != nil {
			tb.Fatal(err)
		}
		var subs []draft.ID
		for j := range i % 4 {
			s, err := r.InsertSubItem(it, j, fmt.Sprintf("Report of meeting %d of group %d", j+1, i+1), draft.Categories[j%len(draft.Categories)])
			if err != nil {
				tb.Fatal(err)
			}
			s.Docs = []string{fmt.Sprintf("PC%04dEa", 700+10*i+j)}
			subs = append(subs, s.ID)
		}
		n := 8
		if i >= 6 {
			n = 9
		}
		for k := range n {
			var sub draft.ID
			if len(subs) > 0 {
				sub = subs[k*len(subs)/n]
			}
			text := make([]string, 120)
			for x := range text {
				text[x] = words[w%len(words)]
				w++
			}
			if _, err := r.InsertParagraph(it, k, sub, strings.Join(text, " ")+"."); err != nil {
				tb.Fatal(err)
			}
		}
		c := r.AddConclusion(it)
		for k := range 3 {
			if _, err := r.InsertBullet(c, k, fmt.Sprintf("took note of the report number %d under this item", k+1)); err != nil {
				tb.Fatal(err)
			}
		}
	}
	if _, err := r.InsertAnnex(0, "List of participants", "Chairperson: Ana Ferreira\n\nMembers: many"); err != nil {
		tb.Fatal(err)
	}
	if got := r.WordCount(); got < 16000 || got > 18000 {
		tb.Fatalf("full report has %d words, want about 17,000", got)
	}
	if got := r.Numbering().Total(); got != 154 {
		tb.Fatalf("full report has %d paragraphs, want 154", got)
	}
	return r
}

// BenchmarkDocxExport measures export.DOCX on a full-size report.
func BenchmarkDocxExport(b *testing.B) {
	r := fullReport(b)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := export.DOCX(&buf, r, export.Options{Created: docxCreated}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDocxImport measures ingest.Docx on the export of a full-size
// report. It lives here, beside the export benchmark, to share the report.
func BenchmarkDocxImport(b *testing.B) {
	var buf bytes.Buffer
	if err := export.DOCX(&buf, fullReport(b), export.Options{Created: docxCreated}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		if _, _, err := ingest.Docx(buf.Bytes()); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFullReportRoundTrip checks the benchmark's report survives the round
// trip, so the import benchmark measures a real import.
func TestFullReportRoundTrip(t *testing.T) {
	want := fullReport(t)
	got, _ := roundTrip(t, want)
	sameStructure(t, got, want)
}

// BenchmarkPDFDiscussedInTurn exports the full-size report whose sub-items
// are discussed in turn, as most items of a real report are (fixture items
// IV and V): each sub-item's heading stands once, before its paragraphs.
func BenchmarkPDFDiscussedInTurn(b *testing.B) {
	r := fullReport(b)
	for b.Loop() {
		if err := export.PDF(io.Discard, r, export.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
