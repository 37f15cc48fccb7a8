package export

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/ingest"
)

// TestStylePDF prints items of every shape in each house style and reads
// the PDF's text back: the headings, sub-item labels and paragraph numbers
// are the style's, and the importer finds the same structure and style
// (a UN report's numbers hang in the margin on their text's line, as the
// UN prints them, so pdftotext -layout gives them inline).
func TestStylePDF(t *testing.T) {
	cases := []struct {
		name  string
		style draft.HouseStyle
		read  draft.HouseStyle // the style the PDF's text reads as
		want  []string         // lines the text holds
		not   []string
		// shape is set where the text reads back to the same structure:
		// minutes' unnumbered paragraphs, once laid out, run together in
		// pdftotext's reading (a limit of the importer's, not tested here).
		shape bool
	}{
		{"un", draft.HouseStyle{SubItems: draft.SubUpper, Headings: draft.HeadSection, Paragraphs: draft.ParaOwnLine},
			draft.HouseStyle{SubItems: draft.SubUpper, Headings: draft.HeadSection},
			[]string{`(?m)^II\. Item shaped item first, in turn$`, `(?m)^A\. +Report 1 of working group 1$`, `(?m)^1\. +The Committee`},
			[]string{`ITEM `, `(?m)^a\. `}, true},
		{"minutes", draft.HouseStyle{Items: draft.ItemsArabic, SubItems: draft.SubDecimal, Headings: draft.HeadNumber, Paragraphs: draft.ParaUnnumbered},
			draft.HouseStyle{Items: draft.ItemsArabic, SubItems: draft.SubDecimal, Headings: draft.HeadNumber, Paragraphs: draft.ParaUnnumbered},
			[]string{`(?m)^2\. ITEM SHAPED ITEM FIRST, IN TURN$`, `(?m)^1\.1 +Report 1 of working group 1$`, `(?m)^The Committee considered point 1 of item 1`},
			[]string{`(?m)^\s*\d+\. +The Committee`, `ITEM [IVX]+ –`}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := walkShapeReport(t)
			r.Style = c.style
			pdf := export(t, r, Options{})
			if dir := os.Getenv("STYLE_PDF_DIR"); dir != "" {
				_ = os.WriteFile(dir+"/"+c.name+".pdf", pdf, 0o644)
			}
			txt := pdfText(t, pdf)
			flat := regexp.MustCompile(`(?m)^ +| +$`).ReplaceAllString(txt, "")
			for _, w := range c.want {
				if !regexp.MustCompile(w).MatchString(flat) {
					t.Errorf("the text has no line %s", w)
				}
			}
			for _, w := range c.not {
				if regexp.MustCompile(w).MatchString(flat) {
					t.Errorf("the text has a line %s", w)
				}
			}
			back, _, err := ingest.Text([]byte(txt))
			if err != nil {
				t.Fatalf("import: %v", err)
			}
			if len(back.Items) != len(r.Items) {
				t.Errorf("%d items read back, want %d", len(back.Items), len(r.Items))
			}
			if got, want := shapeOf(back), shapeOf(r); c.shape && got != want {
				t.Errorf("reads back as\n%s\nwant\n%s", got, want)
			}
			if back.Style != c.read {
				t.Errorf("style %+v, want %+v", back.Style, c.read)
			}
			if t.Failed() {
				t.Logf("text:\n%s", strings.TrimSpace(txt))
			}
		})
	}
}

// TestStyleRedline lists changes to the front matter, a footnote and the
// house style at the head of the redline, with their words marked, and
// prints the new side in its style.
func TestStyleRedline(t *testing.T) {
	old := walkShapeReport(t)
	old.Front = "Distr.: General\n12 June 2024"
	old.Footnotes = []draft.Footnote{{Label: "1", Text: "The harbour master's report."}}
	new := old.Clone()
	new.Front = "Distr.: Limited\n12 June 2024"
	new.Footnotes[0].Text = "The harbour master's second report."
	new.Style = draft.HouseStyle{SubItems: draft.SubUpper, Headings: draft.HeadSection}
	var buf bytes.Buffer
	if err := RedlinePDF(&buf, draft.Compare(old, new), Options{}); err != nil {
		t.Fatal(err)
	}
	flat := squash(pdfText(t, buf.Bytes()))
	for _, w := range []string{"front matter changed: Distr.: General Limited 12 June 2024",
		"footnote 1 changed: The harbour master's second report.",
		"house style: item headings changed: item → section", "I. Item shaped in turn"} {
		if !strings.Contains(flat, w) {
			t.Errorf("the redline lacks %q:\n%s", w, flat)
		}
	}
}
