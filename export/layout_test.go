package export

import (
	"io"
	"strings"
	"testing"
)

// TestBreakLines checks the greedy line breaking on made-up widths.
func TestBreakLines(t *testing.T) {
	w := func(text string, width float64, glue bool) word { return word{text: text, w: width, glue: glue} }
	tests := []struct {
		name  string
		words []word
		width float64
		want  string // lines separated by "|"
	}{
		{"fits", []word{w("a", 10, false), w("b", 10, false)}, 25, "a b"},
		{"wraps", []word{w("a", 10, false), w("b", 10, false), w("c", 10, false)}, 25, "a b|c"},
		{"exact fit", []word{w("a", 12, false), w("b", 12, false)}, 25, "a b"},
		{"glued word moves with its head", []word{w("a", 10, false), w("b", 10, false), w("c", 5, true)}, 25, "a|bc"},
		{"glued chain wider than a line stays", []word{w("a", 20, false), w("b", 20, true)}, 25, "a|b"},
		{"long chain alone", []word{w("x", 5, false), w("a", 20, false), w("b", 20, true), w("c", 3, false)}, 25, "x|a|b c"},
		{"empty", nil, 25, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, ln := range breakLines(tc.words, tc.width, 1) {
				got = append(got, ln.joined())
				if ln.width > tc.width+1e-9 && len(ln.words) > 1 {
					t.Errorf("line %q is %.1f wide, column %.1f", ln.joined(), ln.width, tc.width)
				}
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("breakLines = %q, want %q", g, tc.want)
			}
		})
	}
}

// TestProgress checks that Progress counts every item and annex once, in
// order, ending at the total.
func TestProgress(t *testing.T) {
	r := sampleReport(t)
	var got []int
	total := 0
	err := PDF(io.Discard, r, Options{Progress: func(done, n int) { got = append(got, done); total = n }})
	if err != nil {
		t.Fatal(err)
	}
	want := len(r.Items) + len(r.Annexes)
	if total != want || len(got) != want {
		t.Fatalf("progress calls %v with total %d, want 1…%d", got, total, want)
	}
	for k, d := range got {
		if d != k+1 {
			t.Errorf("progress call %d reports %d done, want %d", k+1, d, k+1)
		}
	}
}

// TestLongWordWraps checks that a word wider than the column is cut
// rather than run past the margin, and nothing of it is lost.
func TestLongWordWraps(t *testing.T) {
	r := sampleReport(t)
	long := "https://www.example.org/" + strings.Repeat("abcdefghij", 20)
	r.Items[0].Paragraphs[0].Text = "See " + long + " for details."
	text := squash(pdfText(t, export(t, r, Options{})))
	if !strings.Contains(strings.ReplaceAll(text, " ", ""), strings.ReplaceAll(long, " ", "")) {
		t.Errorf("the long address is not all in the PDF text:\n%s", grep(text, "example"))
	}
}
