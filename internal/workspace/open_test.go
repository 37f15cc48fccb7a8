package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpen opens every kind of path both ways and checks what comes back.
func TestOpen(t *testing.T) {
	rap, txt, docx := files(t)
	tests := []struct {
		name       string
		path       string
		mode       Mode
		reportFile bool
		readOnly   bool
		wantErr    string
	}{
		{"report file, read-only", rap, ReadOnly, true, true, ""},
		{"report file, for writing", rap, Write, true, false, ""},
		{"text document", txt, ReadOnly, false, true, ""},
		{"text document, for writing", txt, Write, false, true, ""},
		{"Word document", docx, ReadOnly, false, true, ""},
		{"missing report file", filepath.Join(t.TempDir(), "none.rap"), ReadOnly, false, false, "none.rap"},
		{"missing document", filepath.Join(t.TempDir(), "none.txt"), ReadOnly, false, false, "none.txt"},
		{"binary named .txt", garbage(t, "bin.txt"), ReadOnly, false, false, "not UTF-8 text"},
		{"binary named .rap", garbage(t, "bin.rap"), Write, false, false, "not a rapporteur report"},
	}
	for _, tt := range tests {
		d, err := Open(tt.path, tt.mode)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if d.IsReportFile() != tt.reportFile || d.ReadOnly() != tt.readOnly || d.Path() != tt.path {
			t.Errorf("%s: report file %v, read-only %v, path %s; want %v, %v, %s", tt.name, d.IsReportFile(), d.ReadOnly(), d.Path(), tt.reportFile, tt.readOnly, tt.path)
		}
		if n := len(d.Report.Items); n < 4 {
			t.Errorf("%s: %d items, want the sample's", tt.name, n)
		}
		must(t, d.Close())
	}
}

// TestDocumentHasNoFile checks what a document refuses: saving, freezing
// and versions, each with an error naming it.
func TestDocumentHasNoFile(t *testing.T) {
	_, txt, _ := files(t)
	d, err := Open(txt, Write)
	must(t, err)
	vs, err := d.Versions()
	if vs != nil || err != nil {
		t.Errorf("Versions = %v, %v; want none", vs, err)
	}
	_, ferr := d.Freeze(d.Report, "", at)
	_, verr := d.Version("a")
	for name, err := range map[string]error{"Save": d.Save(d.Report), "Freeze": ferr, "Version": verr} {
		if !errors.Is(err, ErrNotReportFile) || !strings.Contains(err.Error(), txt) {
			t.Errorf("%s on a document: %v; want ErrNotReportFile naming %s", name, err, txt)
		}
	}
	if r, err := d.Version(Working); r != d.Report || err != nil {
		t.Errorf("Version(working) = %p, %v; want the report read", r, err)
	}
	if err := d.Checkpoint(); err != nil {
		t.Errorf("Checkpoint on a document: %v", err)
	}
}

// TestOpenForEditing covers the window's ways in: a report file for
// writing, one another File holds (read-only, saying why), a document
// (imported beside it) and the same document again (its report file).
func TestOpenForEditing(t *testing.T) {
	rap, txt, _ := files(t)
	d, err := OpenForEditing(rap)
	must(t, err)
	if d.ReadOnly() || d.ReadOnlyReason() != nil {
		t.Errorf("a free report file opened read-only: %v", d.ReadOnlyReason())
	}
	second, err := OpenForEditing(rap)
	must(t, err)
	if !second.ReadOnly() || !errors.Is(second.ReadOnlyReason(), ErrLocked) {
		t.Errorf("a held report file: read-only %v, reason %v; want read-only because locked", second.ReadOnly(), second.ReadOnlyReason())
	}
	must(t, second.Close())
	must(t, d.Close())

	imported, err := OpenForEditing(txt)
	must(t, err)
	want := strings.TrimSuffix(txt, ".txt") + ".rap"
	if imported.Path() != want || imported.ReadOnly() {
		t.Errorf("document opened as %s (read-only %v), want a new report file %s", imported.Path(), imported.ReadOnly(), want)
	}
	imported.Report.Items[0].Title = "Changed in the imported file"
	must(t, imported.Save(imported.Report))
	must(t, imported.Close())
	again, err := OpenForEditing(txt)
	must(t, err)
	defer again.Close()
	if again.Path() != want || again.Report.Items[0].Title != "Changed in the imported file" {
		t.Errorf("second open of the document gave %s with item I %q; want the existing %s", again.Path(), again.Report.Items[0].Title, want)
	}
}

// TestOpenForEditingUnwritable opens a report file that may not be written:
// read-only, saying why, instead of an error.
func TestOpenForEditingUnwritable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any file")
	}
	rap, _, _ := files(t)
	must(t, os.Chmod(rap, 0o444))
	d, err := OpenForEditing(rap)
	must(t, err)
	defer d.Close()
	if !d.ReadOnly() || !OpensReadOnly(d.ReadOnlyReason()) {
		t.Errorf("read-only %v, reason %v", d.ReadOnly(), d.ReadOnlyReason())
	}
}

func TestLoad(t *testing.T) {
	rap, txt, _ := files(t)
	tests := []struct {
		path, label string
		edited      bool // whether the edit made after version a shows
		wantErr     string
	}{
		{rap, "", true, ""},
		{rap, Working, true, ""},
		{rap, "a", false, ""},
		{rap, "zz", false, "no such version"},
		{txt, "", false, ""},
		{txt, "a", false, "not a report file"},
	}
	for _, tt := range tests {
		r, err := Load(tt.path, tt.label)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Load(%s, %q) error %v, want %q", filepath.Base(tt.path), tt.label, err, tt.wantErr)
			}
			continue
		}
		must(t, err)
		if got := strings.HasSuffix(r.Items[1].Paragraphs[0].Text, "The Committee agreed."); got != tt.edited {
			t.Errorf("Load(%s, %q): edited %v, want %v", filepath.Base(tt.path), tt.label, got, tt.edited)
		}
	}
}

func TestIsReportFile(t *testing.T) {
	rap, txt, docx := files(t)
	renamed := filepath.Join(t.TempDir(), "report.bak")
	b, err := os.ReadFile(rap)
	must(t, err)
	must(t, os.WriteFile(renamed, b, 0o644))
	for path, want := range map[string]bool{rap: true, renamed: true, txt: false, docx: false, "missing.rap": true, "missing.txt": false} {
		if got := IsReportFile(path); got != want {
			t.Errorf("IsReportFile(%s) = %v, want %v", filepath.Base(path), got, want)
		}
	}
}

func TestCreateRefusesExisting(t *testing.T) {
	rap, _, _ := files(t)
	before, err := os.ReadFile(rap)
	must(t, err)
	if err := WriteNew(rap, sample(t)); !errors.Is(err, ErrExists) {
		t.Errorf("WriteNew over a report: %v, want ErrExists", err)
	}
	after, err := os.ReadFile(rap)
	must(t, err)
	if string(before) != string(after) {
		t.Error("a refused WriteNew changed the file")
	}
}
