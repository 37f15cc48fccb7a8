package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// updating reports whether -update was given. The flag itself is defined
// once for the package's test binary, in docx_test.go (package export_test,
// linked into the same binary), so it is looked up rather than redefined.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// fixedOptions are the options of the golden exports: a fixed date makes
// the output byte-identical from run to run.
func fixedOptions() Options {
	return Options{Created: time.Date(2031, 3, 5, 17, 0, 0, 0, time.UTC), Author: "Rapporteur tests"}
}

// TestPDFGolden compares the export of the sample report with
// testdata/sample.pdf byte for byte; -update rewrites it.
func TestPDFGolden(t *testing.T) {
	var got bytes.Buffer
	if err := PDF(&got, sampleReport(t), fixedOptions()); err != nil {
		t.Fatalf("PDF: %v", err)
	}
	golden := filepath.Join("testdata", "sample.pdf")
	if updating() {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./export -run Golden -update to create it)", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("PDF of the sample report differs from %s (%d bytes, want %d); look at it and rerun with -update if the change is intended", golden, got.Len(), len(want))
	}
}

// TestPDFDeterministic checks that two exports with the same options are
// identical, which the golden test relies on.
func TestPDFDeterministic(t *testing.T) {
	r := sampleReport(t)
	var a, b bytes.Buffer
	if err := PDF(&a, r, fixedOptions()); err != nil {
		t.Fatal(err)
	}
	if err := PDF(&b, r, fixedOptions()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two exports of the same report differ (%d and %d bytes)", a.Len(), b.Len())
	}
}
