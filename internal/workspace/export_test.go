package workspace

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFormats checks the one list: PDF, Word and text, in menu order, each
// with its name, and that Export writes each one.
func TestFormats(t *testing.T) {
	want := []struct{ ext, name, magic string }{
		{".pdf", "PDF", "%PDF-"},
		{".docx", "Word", "PK"},
		{".txt", "Text", "Organization:"},
	}
	got := Formats()
	if len(got) != len(want) {
		t.Fatalf("Formats() = %d formats, want %d", len(got), len(want))
	}
	dir := t.TempDir()
	r := sample(t)
	for i, w := range want {
		f := got[i]
		if f.Ext != w.ext || f.Name != w.name || f.Write == nil {
			t.Errorf("format %d = %s %q, want %s %q with a writer", i, f.Ext, f.Name, w.ext, w.name)
		}
		path := filepath.Join(dir, "out"+strings.ToUpper(w.ext))
		if ff, ok := FormatOf(path); !ok || ff.Ext != w.ext {
			t.Errorf("FormatOf(%s) = %v, %v", path, ff.Ext, ok)
		}
		must(t, Export(path, r, ExportOptions{Created: at}))
		b, err := os.ReadFile(path)
		must(t, err)
		if !bytes.Contains(b[:min(len(b), 64)], []byte(w.magic)) {
			t.Errorf("%s starts %q, want %q in it", path, b[:min(len(b), 16)], w.magic)
		}
	}
	if _, ok := FormatOf("x.odt"); ok {
		t.Error("FormatOf(x.odt) found a format")
	}
	if err := Export(filepath.Join(dir, "x.odt"), r, ExportOptions{}); err == nil || !strings.Contains(err.Error(), ".odt") {
		t.Errorf("Export to .odt: %v", err)
	}
}

// TestExportWarns checks that the warning callback hears of a character the
// font cannot show.
func TestExportWarns(t *testing.T) {
	r := sample(t)
	r.Items[1].Paragraphs[0].Text = "Delegates welcomed the 中 sign-off."
	var warnings []string
	opt := ExportOptions{Created: at, Warn: func(m string) { warnings = append(warnings, m) }}
	must(t, Export(filepath.Join(t.TempDir(), "r.pdf"), r, opt))
	if len(warnings) != 1 || !strings.Contains(warnings[0], `U+4E2D "中"`) {
		t.Errorf("warnings = %q, want one naming U+4E2D", warnings)
	}
}

func TestRedline(t *testing.T) {
	rap, _, _ := files(t)
	c, err := Compare(Source{rap, "a"}, Source{rap, Working})
	must(t, err)
	dir := t.TempDir()
	must(t, Redline(filepath.Join(dir, "red.pdf"), c, ExportOptions{Created: at}))
	if err := Redline(filepath.Join(dir, "red.txt"), c, ExportOptions{}); err == nil {
		t.Error("wrote a redline as .txt")
	}
}
