package export

import (
	"strconv"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// oldSplit is the splitter as it was: the longest prefix that fits, found
// by shortening one character at a time and measuring again. The new one
// must cut the same pieces.
func oldSplit(pdf *fpdf.Fpdf, wd word, width float64) []string {
	var out []string
	rest := []rune(wd.text)
	for len(rest) > 0 {
		n := len(rest)
		for n > 1 && pdf.GetStringWidth(string(rest[:n])) > width {
			n--
		}
		out = append(out, string(rest[:n]))
		rest = rest[n:]
	}
	return out
}

// longWordDoc returns a document with the report font set.
func longWordDoc(t testing.TB) *fpdf.Fpdf {
	t.Helper()
	pdf, err := newDocument(sampleReport(t).Meeting, Options{}, "report")
	if err != nil {
		t.Fatal(err)
	}
	setFont(pdf, "", 11)
	return pdf
}

func TestSplitLongWords(t *testing.T) {
	pdf := longWordDoc(t)
	words := []string{
		"https://www.example.org/" + strings.Repeat("abcdefghij", 40),
		strings.Repeat("W", 200),
		strings.Repeat("il", 150),
		strings.Repeat("Türkiye–Ελλάδα–Россия·", 12), // several bytes a character
		strings.Repeat("\U0001F600", 100),            // characters the font lacks
		"short",
	}
	for _, w := range words {
		for _, width := range []float64{2, 40, 120} {
			setFont(pdf, "", 11)
			wd := word{text: w, style: "", w: pdf.GetStringWidth(w)}
			got := splitLongWords(pdf, []word{wd}, width, 11)
			want := []string{w}
			if wd.w > width {
				want = oldSplit(pdf, wd, width)
			}
			var texts []string
			for i, p := range got {
				texts = append(texts, p.text)
				if p.glue != (i > 0) {
					t.Errorf("piece %d glue %v", i, p.glue)
				}
				if m := pdf.GetStringWidth(p.text); p.w != m || (m > width && len([]rune(p.text)) > 1) {
					t.Errorf("piece %q: width %v, measured %v, column %v", p.text, p.w, m, width)
				}
			}
			if strings.Join(texts, "|") != strings.Join(want, "|") {
				t.Errorf("%.20q at %v mm: %d pieces, want the old cut's %d", w, width, len(texts), len(want))
			}
		}
	}
}

// BenchmarkLongWord lays out a paragraph that is one word without a space
// (81 s at 16,000 characters before; a 10 MB one never finished).
func BenchmarkLongWord(b *testing.B) {
	pdf := longWordDoc(b)
	for _, n := range []int{16_000, 160_000, 10_000_000} {
		text := strings.Repeat("abcdefghij", n/10)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				blk := &block{text: text, style: "", size: 11, lh: 5, x: 20, w: 120}
				blk.layout(pdf)
				if len(blk.lines) < n/100 {
					b.Fatalf("%d lines", len(blk.lines))
				}
			}
		})
	}
}
