package export_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/export"
)

// redlineText writes the comparison as a redline and returns its
// `pdftotext -layout`, pages ending in \f.
func redlineText(t *testing.T, c *draft.Comparison, opt export.Options) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext not installed")
		}
		t.Skip("pdftotext not installed")
	}
	var buf bytes.Buffer
	if err := export.RedlinePDF(&buf, c, opt); err != nil {
		t.Fatalf("RedlinePDF: %v", err)
	}
	path := filepath.Join(t.TempDir(), "redline.pdf")
	must(t, os.WriteFile(path, buf.Bytes(), 0o644))
	if p := os.Getenv("EXPORT_LOOK_CHANGES_ONLY"); p != "" && opt.ChangesOnly {
		must(t, os.WriteFile(p, buf.Bytes(), 0o644))
	}
	out, err := exec.Command(bin, "-layout", "-enc", "UTF-8", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return string(out)
}

// sevenChanges edits the full-size report in seven places: two words, a
// paragraph added, one deleted, one moved, a bullet changed and an item
// renamed.
func sevenChanges(t *testing.T) *draft.Comparison {
	old := fullReport(t)
	cur := old.Clone()
	cur.Items[2].Paragraphs[3].Text = "Distinctly " + cur.Items[2].Paragraphs[3].Text
	cur.Items[11].Paragraphs[0].Text += " Agreed unanimously."
	_, err := cur.InsertParagraph(cur.Items[5], 4, 0, "A paragraph added in the middle of item VI.")
	must(t, err)
	_, err = cur.Items[8].DeleteParagraph(2)
	must(t, err)
	must(t, cur.MoveParagraph(14, 1, 14, 6))
	cur.Items[9].Conclusion.Bullets[1].SetText("endorsed the amended report")
	cur.Items[3].Title = "A renamed agenda item"
	return draft.Compare(old, cur)
}

var pageNumber = regexp.MustCompile(`(?m)^\s*(\d+)\.\s`)

// TestRedlineChangesOnly writes the redline of seven changes in a
// 40-page report with and without ChangesOnly: the short one has every
// change with its item heading, numbers and a line of context on a few
// pages, and none of the unchanged paragraphs.
func TestRedlineChangesOnly(t *testing.T) {
	c := sevenChanges(t)
	full := redlineText(t, c, export.Options{})
	short := redlineText(t, c, export.Options{ChangesOnly: true})
	fullPages, shortPages := strings.Count(full, "\f"), strings.Count(short, "\f")
	t.Logf("full redline %d pages, changes only %d pages", fullPages, shortPages)
	if fullPages < 30 {
		t.Fatalf("the full redline has %d pages; the test wants a long report", fullPages)
	}
	if shortPages > 4 {
		t.Errorf("changes only: %d pages, want at most 4", shortPages)
	}
	flat := strings.Join(strings.Fields(short), " ")
	for _, want := range []string{
		"CHANGES BY ITEM", "renamed", // the summary and the agenda change
		"ITEM III", "Distinctly", // a word, under its item heading
		"ITEM VI", "A paragraph added in the middle of item VI.", "added",
		"ITEM IX", "deleted",
		"ITEM X", "In conclusion, the PTC:", "endorsed the amended report",
		"ITEM XII", "Agreed unanimously.",
		"ITEM XV", "moved",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("changes only lacks %q", want)
		}
	}
	if strings.Contains(flat, "ITEM I –") || strings.Contains(flat, "ITEM XIII") {
		t.Error("changes only shows an item without changes")
	}
	// A line of context before each change: the paragraph before it, cut
	// to its last words when long (the short bullet before the changed one
	// is whole).
	for _, want := range []string{"21. … ", "49. … ", "77. … ", "140. … ", "took note of the report number 1 under this item; • took note of the report number 2"} {
		if !strings.Contains(flat, want) {
			t.Errorf("changes only lacks the context %q", want)
		}
	}
	// The numbered paragraphs shown are the changed ones and their
	// context: far fewer than the report's 154.
	if got := len(pageNumber.FindAllString(short, -1)); got > 30 {
		t.Errorf("changes only shows %d numbered paragraphs", got)
	}
}
