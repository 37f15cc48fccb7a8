package export

import "testing"

// TestCompressShrinksAndKeepsText checks that Options.Compress gives a
// smaller file that reads back to the same text as the default export.
func TestCompressShrinksAndKeepsText(t *testing.T) {
	r := sampleReport(t)
	plain := export(t, r, Options{})
	packed := export(t, r, Options{Compress: true})
	if len(packed) >= len(plain) {
		t.Errorf("compressed PDF is %d bytes, uncompressed %d; want it smaller", len(packed), len(plain))
	}
	if a, b := pdfText(t, plain), pdfText(t, packed); a != b {
		t.Errorf("text of the compressed PDF differs from the uncompressed one:\n%s\n---\n%s", a, b)
	}
}
