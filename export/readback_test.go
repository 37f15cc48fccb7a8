package export

import (
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/ingest"
)

// TestPDFReadsBackAsTheSameReport closes the loop a secretariat makes when
// it circulates our PDF and a delegate sends text copied out of it: the
// fixture's PDF, turned back into text by pdftotext (plain and -layout) and
// imported, is the same report. A comparison by content finds no change in
// any paragraph, bullet, item, sub-item, document or presentation.
func TestPDFReadsBackAsTheSameReport(t *testing.T) {
	readBack(t, fixtureReport(t), false)
}

// TestSamplePDFReadsBack does the same with the sample report, whose title
// block and annexes come back too: the meeting details must be read from
// the title page exactly.
func TestSamplePDFReadsBack(t *testing.T) {
	readBack(t, sampleReport(t), true)
}

func readBack(t *testing.T, r *draft.Report, meeting bool) {
	t.Helper()
	pdf := export(t, r, Options{})
	for _, mode := range [][]string{{"-enc", "UTF-8"}, {"-layout", "-enc", "UTF-8"}} {
		text := runTool(t, "pdftotext", pdf, mode, "-")
		back, _, err := ingest.Text([]byte(text))
		if err != nil {
			t.Fatalf("pdftotext %v: import: %v", mode, err)
		}
		c := draft.CompareByContent(r, back)
		for _, ch := range c.Changes {
			t.Errorf("pdftotext %v: %s ¶%d→%d item %s: %q → %q", mode, ch.Kind, ch.Old, ch.New, ch.Item, ch.OldText, ch.NewText)
		}
		for _, sc := range c.Structure {
			if sc.Kind == draft.MeetingChanged && !meeting {
				t.Logf("pdftotext %v: meeting field %s: %q → %q", mode, sc.Field, sc.Old, sc.New)
				continue // the title block is read back by heuristics
			}
			if sc.Kind == draft.ItemRenamed && strings.EqualFold(sc.Old, sc.New) {
				continue // the PDF sets item headings in capitals
			}
			if sc.Kind == draft.FrontChanged || sc.Kind == draft.StyleChanged && sc.Style == "paragraphs" {
				// The title block's lines that name no meeting field come
				// back as front matter, and plain pdftotext puts numbers
				// in the margin alone on their line: how the text of a
				// PDF reads, not a change to the report's body.
				t.Logf("pdftotext %v: %s", mode, sc.Heading())
				continue
			}
			if sc.Kind == draft.AnnexChanged {
				continue // annex paragraphs are re-flowed by line width
			}
			t.Errorf("pdftotext %v: structure change %+v", mode, sc)
		}
	}
}
