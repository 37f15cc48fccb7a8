package display

import (
	"fmt"
	"os"
	"syscall"
	"testing"
)

// TestCaptureStderr writes to standard error from Go and through the file
// descriptor itself, as C code does: both are captured, and standard error
// is back afterwards.
func TestCaptureStderr(t *testing.T) {
	before, err := os.Stderr.Stat()
	if err != nil {
		t.Fatal(err)
	}
	stop, err := CaptureStderr()
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(os.Stderr, "from Go")
	syscall.Write(2, []byte("from C\n"))
	got := string(stop())
	if got != "from Go\nfrom C\n" {
		t.Errorf("captured %q, want both lines", got)
	}
	after, err := os.Stderr.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) {
		t.Errorf("standard error is %v after the capture, was %v", after.Name(), before.Name())
	}
}
