package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSpecialFilesRefused refuses a named pipe, a device and a directory
// before reading anything: a FIFO with no writer would block for ever,
// /dev/zero never ends.
func TestSpecialFilesRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs or /dev/zero")
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "report.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ path, want string }{
		{fifo, "named pipe"},
		{"/dev/zero", "character device"},
		{dir, "directory"},
		{filepath.Join(dir, "report.docx"), "no such file"},
	}
	for _, c := range cases {
		done := make(chan error, 1)
		go func() { _, err := ImportFile(c.path); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "ingest: ") {
				t.Errorf("%s: error %v, want one saying %q", c.path, err, c.want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: import blocked", c.path)
		}
	}
}

// TestTextSizeLimit refuses text above MaxTextInput, given whole or read
// from a file, without reading more than the limit.
func TestTextSizeLimit(t *testing.T) {
	big := bytes.Repeat([]byte("ITEM I – A\n1. Text.\n"), MaxTextInput/20+1)
	if _, err := Import(big); err == nil || !strings.Contains(err.Error(), "allowed") {
		t.Errorf("Import of %d bytes: error %v, want the limit", len(big), err)
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, big, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportFile(path); err == nil || !strings.Contains(err.Error(), "allowed") {
		t.Errorf("ImportFile of %d bytes: error %v, want the limit", len(big), err)
	}
}

// TestNotText refuses binary input and text in another encoding, and says
// what a document that is no report is.
func TestNotText(t *testing.T) {
	if _, err := Import([]byte("ITEM I – A\n\x00\x01")); err == nil || !strings.Contains(err.Error(), "not UTF-8 text") {
		t.Errorf("binary: %v", err)
	}
	in := "Economic Commission for Europe\nWhite Paper on Trade\nI. Background\n1.\nThe paper sets out the background.\nII. Scope\n2.\nThe scope is wide.\n"
	_, err := Import([]byte(in))
	if !errors.Is(err, ErrNotReport) || !strings.Contains(err.Error(), "White Paper on Trade") {
		t.Errorf("white paper: error %v, want ErrNotReport naming its title", err)
	}
}
