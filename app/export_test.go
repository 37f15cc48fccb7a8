package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestExportPDFInBackground(t *testing.T) {
	e, _ := openSample(t, big)
	path := filepath.Join(t.TempDir(), "report.pdf")
	done := make(chan error, 1)
	e.Export(path, func(err error) { done <- err })
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("export: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("export did not finish")
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
	if err := writeRedline(path, cmp, nil); err != nil {
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
