package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/internal/docxtest"
	"rapporteur/store"
)

// wordLines returns the Word export of r, one line per paragraph.
func wordLines(t *testing.T, r *draft.Report) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.DOCX(&buf, r, export.Options{}); err != nil {
		t.Fatal(err)
	}
	p, err := docxtest.Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return p.Lines(docxtest.AsIs)
}

// checkDocx reads a Word file with tracked changes: accepted it reads as
// the Word export of cur, rejected as that of old; it returns its
// revisions counted.
func checkDocx(t *testing.T, path string, old, cur *draft.Report) docxtest.Counts {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := docxtest.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	n, errs := docxtest.Lint(p.Document)
	for _, e := range errs {
		t.Errorf("lint: %v", e)
	}
	if d := docxtest.Diff(p.Lines(docxtest.Accepted), wordLines(t, cur)); d != "" {
		t.Errorf("accepted: %s", d)
	}
	if d := docxtest.Diff(p.Lines(docxtest.Rejected), wordLines(t, old)); d != "" {
		t.Errorf("rejected: %s", d)
	}
	return n
}

func loadVersion(t *testing.T, path, label string) *draft.Report {
	t.Helper()
	f, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if label == "" {
		r, err := f.Load()
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	r, err := f.Version(label)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestDiffDocx writes comparisons as Word files with tracked changes: two
// versions, a version and the working copy, two documents by content.
func TestDiffDocx(t *testing.T) {
	path := versionedFile(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "a-working.docx")
	code, _, errOut := runCLI(t, "diff", path, "a", "--docx", out, "--author", "Ana Ferreira")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	n := checkDocx(t, out, loadVersion(t, path, "a"), loadVersion(t, path, ""))
	if n.Authors["Ana Ferreira"] == 0 || len(n.Authors) != 1 {
		t.Errorf("authors %v, want Ana Ferreira's", n.Authors)
	}

	out = filepath.Join(dir, "a-b.docx")
	if code, _, errOut := runCLI(t, "diff", path, "a", "b", "--docx", out); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if n := checkDocx(t, out, loadVersion(t, path, "a"), loadVersion(t, path, "b")); n.Authors["PTC"] == 0 {
		t.Errorf("authors %v, want the meeting's short name", n.Authors)
	}

	a, b := filepath.Join(dir, "c.txt"), filepath.Join(dir, "d.txt")
	oldR, newR := diffReport(t), diffReport(t)
	newR.Items[1].Paragraphs[2].Text = "Several delegates supported the revised proposal."
	for p, r := range map[string]*draft.Report{a: oldR, b: newR} {
		var buf bytes.Buffer
		if err := export.Text(&buf, r); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out = filepath.Join(dir, "c-d.docx")
	if code, _, errOut := runCLI(t, "diff", a, b, "--docx", out); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if n := checkDocx(t, out, oldR, newR); n.Inserted != 1 || n.Total() != 1 {
		t.Errorf("revisions %+v, want the one word inserted", n)
	}
}

// TestDiffFlagsNeedTheirFile refuses --changes-only without --pdf and
// --author without --docx.
func TestDiffFlagsNeedTheirFile(t *testing.T) {
	path := versionedFile(t)
	for _, args := range [][]string{{"diff", path, "a", "--changes-only"}, {"diff", path, "a", "--author", "X"}} {
		code, _, errOut := runCLI(t, args...)
		if code == 0 || !strings.Contains(errOut, "is for the") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
	out := filepath.Join(t.TempDir(), "r.pdf")
	if code, _, errOut := runCLI(t, "diff", path, "a", "--pdf", out, "--changes-only"); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
		t.Errorf("no redline written: %v", err)
	}
}
