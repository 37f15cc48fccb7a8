package export

import (
	"os"
	"testing"
)

// TestLook writes the sample report to $EXPORT_LOOK when set, so the pages
// can be rendered and inspected by eye.
func TestLook(t *testing.T) {
	path := os.Getenv("EXPORT_LOOK")
	if path == "" {
		t.Skip("set EXPORT_LOOK=out.pdf to write the sample report for inspection")
	}
	if err := WriteFile(path, sampleReport(t), Options{Warn: func(m string) { t.Log(m) }}); err != nil {
		t.Fatal(err)
	}
}
