package app

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"rapporteur/internal/workspace"
)

func TestExportPDFInBackground(t *testing.T) {
	e, _ := openSample(t, big)
	if err := e.save.flush(); err != nil { // so that "Saved" cannot follow "Exported"
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	done := make(chan error, 1)
	e.Export(path, func(err error) { done <- err })
	if err := awaitUI(t, "the export", done, 30*time.Second); err != nil {
		t.Fatalf("export: %v", err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Errorf("%s starts %q, want a PDF", path, b[:min(len(b), 8)])
	}
	if got, want := e.SaveState(), "Exported report.pdf"; got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
}

func TestRedlinePDF(t *testing.T) {
	e, _ := openSample(t, big)
	if _, err := e.Freeze("a"); err != nil {
		t.Fatal(err)
	}
	p := e.rep.Items[1].Paragraphs[0]
	e.setParagraphText(p, p.Text+" The Committee agreed.")
	cmp, err := e.Compare("a", workingLabel)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "redline.pdf")
	if err := workspace.Redline(path, cmp, workspace.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Errorf("redline starts %q, want a PDF", b[:min(len(b), 8)])
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".rapporteur-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

// exportAndWait writes pending edits (so that autosave's "Saved" cannot
// follow the export's status), exports the report to path and waits for
// the outcome.
func exportAndWait(t *testing.T, e *Editor, path string) {
	t.Helper()
	if err := e.save.flush(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	e.Export(path, func(err error) { done <- err })
	if err := awaitUI(t, "the export", done, 30*time.Second); err != nil {
		t.Fatalf("export: %v", err)
	}
}

// TestExportReportsReplacedCharacters exports a paragraph holding a
// character the PDF font lacks: the status line says so, naming it.
func TestExportReportsReplacedCharacters(t *testing.T) {
	e, _ := openSample(t, big)
	p := e.rep.Items[1].Paragraphs[0]
	e.setParagraphText(p, "Delegates welcomed the 中 sign-off.")
	exportAndWait(t, e, filepath.Join(t.TempDir(), "report.pdf"))
	got := e.SaveState()
	if !strings.HasPrefix(got, "Exported report.pdf with 1 warning (first: ") || !strings.Contains(got, `U+4E2D "中"`) {
		t.Errorf("status = %q, want the replaced character reported", got)
	}
}

// TestExportMenuListsFormats checks that the File menu offers every format
// of the workspace's list, Word included, and that each one exports; the
// comparison the Compare tab shows is exported as Word after them.
func TestExportMenuListsFormats(t *testing.T) {
	e, _ := openSample(t, big)
	var labels []string
	for _, it := range e.win.MainMenu().Items[0].Items {
		if strings.HasPrefix(it.Label, "Export ") {
			labels = append(labels, it.Label)
		}
	}
	want := []string{"Export PDF…", "Export Word…", "Export Text…", "Export Comparison as Word…"}
	if !slices.Equal(labels, want) {
		t.Errorf("File menu exports %q, want %q", labels, want)
	}
	dir := t.TempDir()
	for _, ext := range []string{".docx", ".txt"} {
		path := filepath.Join(dir, "report"+ext)
		exportAndWait(t, e, path)
		if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", path, err)
		}
	}
}
