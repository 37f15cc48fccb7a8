package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestInfoNamesHouseStyle imports a UN report and describes it: info names
// its house style and counts its footnotes, and its text export, imported
// again, says the same.
func TestInfoNamesHouseStyle(t *testing.T) {
	dir := t.TempDir()
	rap := filepath.Join(dir, "un.rap")
	if code, _, errOut := runCLI(t, "import", filepath.Join("..", "ingest", "testdata", "un-report.txt"), "-o", rap); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	code, out, errOut := runCLI(t, "info", rap)
	if code != 0 {
		t.Fatalf("info: exit %d: %s", code, errOut)
	}
	for _, w := range []string{"4 items, 12 paragraphs, 210 words, 1 annex, 1 footnote\n",
		"house style: headings IV., sub-items A., paragraph numbers on their own line\n",
		"front matter printed in place of the title block\n"} {
		if !strings.Contains(out, w) {
			t.Errorf("info lacks %q:\n%s", w, out)
		}
	}
	txt, again := filepath.Join(dir, "un.txt"), filepath.Join(dir, "again.rap")
	if code, _, errOut := runCLI(t, "export", rap, "-o", txt); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	if code, _, errOut := runCLI(t, "import", txt, "-o", again); code != 0 {
		t.Fatalf("import of the export: exit %d: %s", code, errOut)
	}
	_, out2, _ := runCLI(t, "info", again)
	if out2 != out {
		t.Errorf("the text export reads back as\n%s\nwant\n%s", out2, out)
	}
	sample := filepath.Join(dir, "s.rap")
	if code, _, errOut := runCLI(t, "sample", "-o", sample); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, errOut)
	}
	if _, info, _ := runCLI(t, "info", sample); strings.Contains(info, "house style") || strings.Contains(info, "footnote") {
		t.Errorf("the sample, in the PTC style without footnotes, says:\n%s", info)
	}
}
