package export

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"rapporteur/draft"
)

// TestPDFFrontAndFootnotes prints a UN-style report that keeps its front
// matter and footnotes: the front matter stands in place of the title
// block, and each footnote at the foot of the page its mark is on, under
// the page's text, however many marks a page holds.
func TestPDFFrontAndFootnotes(t *testing.T) {
	r := walkShapeReport(t)
	r.Style = draft.HouseStyle{SubItems: draft.SubUpper, Headings: draft.HeadSection, Paragraphs: draft.ParaOwnLine}
	r.Front = "United Nations\n\nDistr.: General\n12 June 2024\n\nReport of the Harbour Committee on its ninth session"
	n := 0
	for _, it := range r.Items {
		for _, p := range it.Paragraphs {
			n++
			p.Text = strings.TrimSuffix(p.Text, ".") + fmt.Sprintf(" in port.%d", n)
			r.Footnotes = append(r.Footnotes, draft.Footnote{Label: fmt.Sprint(n),
				Text: fmt.Sprintf("Footnote number %d on the harbour, long enough to take most of a line of small type at the foot.", n)})
		}
	}
	r.Footnotes = append(r.Footnotes, draft.Footnote{Label: "*", Text: "A note whose mark no text holds."})
	pdf := export(t, r, Options{})
	if dir := os.Getenv("STYLE_PDF_DIR"); dir != "" {
		_ = os.WriteFile(dir+"/notes.pdf", pdf, 0o644)
	}
	pages := strings.Split(pdfText(t, pdf), "\f")
	first := squash(pages[0])
	for _, w := range []string{"United Nations", "Distr.: General 12 June 2024", "Report of the Harbour Committee on its ninth session"} {
		if !strings.Contains(first, w) {
			t.Errorf("page 1 lacks the front matter's %q", w)
		}
	}
	if strings.Contains(first, "SUMMARY REPORT") || strings.Contains(first, "HARBOUR COUNCIL") {
		t.Errorf("page 1 prints the title block the front matter replaces:\n%s", pages[0])
	}
	for k := 1; k <= n; k++ {
		mark := fmt.Sprintf("in port.%d ", k)
		note := fmt.Sprintf("Footnote number %d on", k)
		found := false
		for _, pg := range pages {
			flat := squash(pg) + " "
			if i := strings.Index(flat, mark); i >= 0 {
				found = true
				j := strings.Index(flat, note)
				if j < i {
					t.Errorf("footnote %d is not under its mark on the mark's page", k)
				}
			}
		}
		if !found {
			t.Errorf("mark %d not printed", k)
		}
	}
	if !strings.Contains(squash(strings.Join(pages, " ")), "* A note whose mark no text holds.") {
		t.Errorf("the footnote without a mark is lost")
	}
}
