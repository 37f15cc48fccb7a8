// Package xvfb starts a virtual X server of a test's own, for the tests
// that open the real window (the SIGTERM test, the end-to-end typing test).
// It skips the test when Xvfb is not installed (make test installs it).
//
// It may import the standard library only.
package xvfb

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// Start starts Xvfb on the first free display, with a 1400×900 screen and
// no TCP listener, stops it when the test ends, and returns the display
// (":N"). Xvfb itself picks the number (-displayfd), so tests running side
// by side never share a server.
func Start(t testing.TB) string {
	t.Helper()
	bin, err := exec.LookPath("Xvfb")
	if err != nil {
		t.Skip("Xvfb is not installed (make test installs it)")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cmd := exec.Command(bin, "-displayfd", "3", "-screen", "0", "1400x900x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(r).ReadString('\n')
	n, cerr := strconv.Atoi(strings.TrimSpace(line))
	if err != nil || cerr != nil {
		t.Fatalf("Xvfb gave no display number: %q, %v", line, err)
	}
	return ":" + strconv.Itoa(n)
}
