package workspace

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestSourceOfAnImport checks that a Doc opened from a document names it,
// and that an export given Path and Source as inputs refuses to write over
// that document.
func TestSourceOfAnImport(t *testing.T) {
	_, _, docx := files(t)
	dir := t.TempDir()
	orig := filepath.Join(dir, "draft.docx")
	data, err := os.ReadFile(docx)
	must(t, err)
	must(t, os.WriteFile(orig, data, 0o644))

	cases := []struct {
		name string
		open func() (*Doc, error)
		want string
	}{
		{"first open of the document imports it", func() (*Doc, error) { return OpenForEditing(orig) }, orig},
		{"the document again opens its report file", func() (*Doc, error) { return OpenForEditing(orig) }, orig},
		{"the report file itself", func() (*Doc, error) { return OpenForEditing(ImportedPath(orig)) }, ""},
		{"an import under another name", func() (*Doc, error) { return ImportNew(orig, filepath.Join(dir, "other.rap")) }, orig},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := tc.open()
			must(t, err)
			defer d.Close()
			if got := d.Source(); got != tc.want {
				t.Errorf("Source() = %q, want %q", got, tc.want)
			}
			if tc.want == "" {
				return
			}
			err = Export(orig, d.Report, ExportOptions{Inputs: []string{d.Path(), d.Source()}})
			if !errors.Is(err, ErrOutputIsInput) {
				t.Errorf("export over the source: %v, want ErrOutputIsInput", err)
			}
			if now, _ := os.ReadFile(orig); !bytes.Equal(now, data) {
				t.Error("the source document changed")
			}
		})
	}
}
