package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rapporteur/draft"
	"rapporteur/export"
)

// at is the time versions are frozen at in these tests.
var at = time.Date(2026, 3, 4, 17, 30, 0, 0, time.UTC)

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// sample returns the built-in sample report.
func sample(t *testing.T) *draft.Report {
	t.Helper()
	r, err := Sample()
	must(t, err)
	return r
}

// files writes the sample as a report file with version a frozen and one
// paragraph edited after it, and as a text and a Word document. It returns
// their paths.
func files(t *testing.T) (rap, txt, docx string) {
	t.Helper()
	dir := t.TempDir()
	rap, txt, docx = filepath.Join(dir, "r.rap"), filepath.Join(dir, "r.txt"), filepath.Join(dir, "r.docx")
	r := sample(t)
	must(t, Export(txt, r, ExportOptions{Created: at}))
	must(t, Export(docx, r, ExportOptions{Created: at}))
	must(t, WriteNew(rap, r))
	if _, err := Freeze(rap, "issued", at); err != nil {
		t.Fatal(err)
	}
	d, err := Open(rap, Write)
	must(t, err)
	p := d.Report.Items[1].Paragraphs[0]
	p.Text += " The Committee agreed."
	must(t, d.Save(d.Report))
	must(t, d.Close())
	return rap, txt, docx
}

// garbage writes a file that is neither a report nor a document.
func garbage(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	must(t, os.WriteFile(p, []byte{0, 1, 2, 0xff, 0xfe, 0, 0}, 0o644))
	return p
}

// text is r as the typed text form.
func text(t *testing.T, r *draft.Report) string {
	t.Helper()
	var b strings.Builder
	must(t, export.Text(&b, r))
	return b.String()
}
