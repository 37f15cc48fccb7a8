package export

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteFileFormats checks that the extension picks the format and an
// unknown one is refused with a message naming it and the supported ones.
func TestWriteFileFormats(t *testing.T) {
	dir := t.TempDir()
	r := sampleReport(t)
	tests := []struct {
		name    string
		prefix  string // what the file must start with
		wantErr string
	}{
		{"out.pdf", "%PDF-", ""},
		{"OUT.PDF", "%PDF-", ""},
		{"out.txt", "", ""},
		{"out.docx", "PK", ""},
		{"out.odt", "", "unknown file extension .odt; supported: .docx, .pdf, .txt"},
		{"out", "", "unknown file extension (none)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name)
			err := WriteFile(path, r, Options{})
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("WriteFile(%s) error = %v, want one containing %q", tc.name, err, tc.wantErr)
				}
				if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("a refused export left %s behind (stat: %v)", tc.name, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("WriteFile(%s): %v", tc.name, err)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 || !strings.HasPrefix(string(got), tc.prefix) {
				t.Errorf("%s starts %q (%d bytes), want prefix %q", tc.name, head(got), len(got), tc.prefix)
			}
		})
	}
}

func head(b []byte) string {
	if len(b) > 8 {
		b = b[:8]
	}
	return string(b)
}

// TestWriteFileAtomic checks that a failed export leaves an existing file
// exactly as it was and no temporary file behind.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.pdf")
	old := []byte("the previous export")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	failures := []struct {
		name string
		run  func() error
	}{
		{"no report", func() error { return WriteFile(path, nil, Options{}) }},
		{"target is a directory", func() error {
			sub := filepath.Join(dir, "taken.pdf")
			if err := os.Mkdir(sub, 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(sub, "keep"), old, 0o644); err != nil {
				return err
			}
			return WriteFile(sub, sampleReport(t), Options{})
		}},
		{"directory missing", func() error {
			return WriteFile(filepath.Join(dir, "missing", "report.pdf"), sampleReport(t), Options{})
		}},
	}
	for _, f := range failures {
		if err := f.run(); err == nil {
			t.Errorf("%s: WriteFile succeeded, want an error", f.name)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != string(old) {
		t.Errorf("existing file now %q (err %v), want it unchanged %q", got, err, old)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
	if err := WriteFile(path, sampleReport(t), Options{}); err != nil {
		t.Fatalf("WriteFile over the old file: %v", err)
	}
	if got, _ := os.ReadFile(path); !strings.HasPrefix(string(got), "%PDF-") {
		t.Errorf("successful export did not replace the file: starts %q", head(got))
	}
}
