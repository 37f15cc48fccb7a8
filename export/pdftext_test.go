package export

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"rapporteur/draft"
)

// tool returns the path of a poppler-utils program, skipping the test
// when it is missing outside CI and failing it under CI=true.
func tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s not found (install poppler-utils): required under CI=true", name)
	}
	t.Skipf("%s not found (install poppler-utils); skipping", name)
	return ""
}

// runTool writes pdf to a temporary file and returns the output of the
// poppler program run on it with args before the file name and after.
func runTool(t testing.TB, name string, pdf []byte, args []string, after ...string) string {
	t.Helper()
	bin := tool(t, name)
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, append(append(args, path), after...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
	return string(out)
}

// pdfText returns `pdftotext -layout` of the PDF; pages end in \f.
func pdfText(t testing.TB, pdf []byte) string {
	return runTool(t, "pdftotext", pdf, []string{"-layout", "-enc", "UTF-8"}, "-")
}

// export returns the PDF of r, failing the test on an error.
func export(t testing.TB, r *draft.Report, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := PDF(&buf, r, opt); err != nil {
		t.Fatalf("PDF: %v", err)
	}
	return buf.Bytes()
}

var spaces = regexp.MustCompile(`\s+`)

// squash collapses runs of white space (justified text spreads words).
func squash(s string) string { return spaces.ReplaceAllString(s, " ") }

var paraNumRE = regexp.MustCompile(`(?m)^\s{0,2}(\d+)\.\s{2,}\S`)

// paragraphNumbers returns the paragraph numbers in the margin column, in
// the order they appear.
func paragraphNumbers(text string) []int {
	var out []int
	for _, m := range paraNumRE.FindAllStringSubmatch(text, -1) {
		var n int
		fmt.Sscan(m[1], &n)
		out = append(out, n)
	}
	return out
}

// checkReportText checks the text of r's PDF: numbered paragraphs 1…N in
// order, the item headings and conclusion lead-ins in order, the agenda
// rows with their ranges and every non-ASCII character of the report.
func checkReportText(t *testing.T, r *draft.Report, text string) {
	t.Helper()
	n := r.Numbering()
	nums := paragraphNumbers(text)
	if len(nums) != n.Total() {
		t.Errorf("found %d numbered paragraphs %v, want %d", len(nums), nums, n.Total())
	}
	for k, got := range nums {
		if got != k+1 {
			t.Errorf("numbered paragraph %d reads %d, want %d (order %v)", k+1, got, k+1, nums)
			break
		}
	}
	flat := squash(text)
	var want []string
	for i, it := range r.Items {
		num := draft.Roman(i + 1)
		row := regexp.MustCompile(`(?m)^\s*` + num + `\.\s+` + regexp.QuoteMeta(firstWords(it.Title, 2)))
		if !row.MatchString(text) {
			t.Errorf("agenda row for item %s (%q) not found", num, it.Title)
		}
		if g := n.Range(r, i); !g.Empty() {
			rng := regexp.MustCompile(fmt.Sprintf(`(?m)^\s*%s\.\s.*\s%s\s*$`, num, regexp.QuoteMeta(g.String())))
			if !rng.MatchString(text) {
				t.Errorf("agenda row for item %s does not end in its range %s", num, g.String())
			}
		}
		want = append(want, squash("ITEM "+num+" – "+strings.ToUpper(it.Title)))
		if it.Conclusion != nil {
			want = append(want, fmt.Sprintf("%d. %s", n.ConclusionNumber(r, i), it.Conclusion.LeadInFor(r.Meeting)))
		}
	}
	checkInOrder(t, flat, want)
	for _, c := range nonASCII(r) {
		if !strings.ContainsRune(text, c) {
			t.Errorf("character U+%04X %q of the report is missing from the PDF text", c, string(c))
		}
	}
}

// checkInOrder checks that each of want occurs in text after the previous.
func checkInOrder(t *testing.T, text string, want []string) {
	t.Helper()
	at := 0
	for _, w := range want {
		k := strings.Index(text[at:], w)
		if k < 0 {
			t.Errorf("%q not found after offset %d (missing or out of order)", w, at)
			continue
		}
		at += k + len(w)
	}
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// nonASCII returns every distinct non-ASCII character of the report's text.
func nonASCII(r *draft.Report) []rune {
	seen := map[rune]bool{}
	var out []rune
	add := func(s string) {
		for _, c := range s {
			if c > 0x7f && !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	m := r.Meeting
	for _, s := range []string{m.Organization, m.Body, m.Sessions, m.Dates, m.Venue, m.DocCode} {
		add(s)
	}
	for _, it := range r.Items {
		add(it.Title)
		for _, p := range it.Presentations {
			add(p.Text)
		}
		for _, s := range it.SubItems {
			add(s.Title)
			for _, p := range s.Presentations {
				add(p.Text)
			}
			for _, a := range s.Attachments {
				add(a)
			}
		}
		for _, p := range it.Paragraphs {
			add(p.Text)
		}
		if it.Conclusion != nil {
			add(it.Conclusion.Text(r.Meeting))
		}
	}
	for _, a := range r.Annexes {
		add(a.Title + a.Body)
	}
	return out
}

// TestPDFText reads the sample report's PDF back with pdftotext.
func TestPDFText(t *testing.T) {
	r := sampleReport(t)
	text := pdfText(t, export(t, r, Options{}))
	checkReportText(t, r, text)
	flat := squash(text)
	for _, w := range []string{"Türkiye", "Treviño", "“Sessions”", "Members’", " – ", " — ", "Ελλάδα", "Україна",
		"Российская Федерация", "• Presentation by Türkiye", "SUMMARY REPORT", "WORLD CUSTOMS ORGANIZATION",
		"(For decision)", "c. Report from the 7th Meeting", "Doc. PC0991Ea", "• WGD Work Programme 2031-2033",
		"meetings;", "2031-2033; and", "Федерация.", "ANNEX I", "List of participants", "ANNEX II", "PC0999E1"} {
		if !strings.Contains(flat, w) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
	if got := strings.Count(text, "\f"); got < 4 {
		t.Errorf("PDF has %d pages, want at least 4 (title, body, two annexes)", got)
	}
}

// TestPDFFontsEmbedded checks with pdffonts that every font is embedded.
func TestPDFFontsEmbedded(t *testing.T) {
	out := runTool(t, "pdffonts", export(t, sampleReport(t), Options{}), nil)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no font:\n%s", out)
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		// name type… encoding emb sub uni object ID: emb is 5th from the end.
		if len(f) < 6 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %q", l)
		}
	}
}
