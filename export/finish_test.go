package export

import (
	"bytes"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// TestFinishReturnsFpdfError checks that an error fpdf recorded while the
// document was built comes back from the export and nothing is written.
func TestFinishReturnsFpdfError(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddPage()
	pdf.SetErrorf("font %s missing", "Sans")
	var buf bytes.Buffer
	err := finish(pdf, &buf)
	if err == nil || !strings.Contains(err.Error(), "font Sans missing") {
		t.Fatalf("finish error = %v, want fpdf's error", err)
	}
	if buf.Len() != 0 {
		t.Errorf("finish wrote %d bytes after an error", buf.Len())
	}
}
