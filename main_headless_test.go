//go:build headless

package main

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"
)

// TestHeadlessHasNoWindow checks that what would open the window (no
// arguments, or a lone report file) gets one line and exit status 2.
func TestHeadlessHasNoWindow(t *testing.T) {
	for _, args := range [][]string{nil, {"report.rap"}} {
		var out, errOut bytes.Buffer
		code := run(args, &out, &errOut)
		if code != 2 || errOut.String() != noWindow+"\n" || out.Len() != 0 {
			t.Errorf("run(%q) = %d, stdout %q, stderr %q; want 2 and %q", args, code, out.String(), errOut.String(), noWindow)
		}
	}
}

// TestHeadlessLinksNoFyne checks the point of the headless build: neither
// Fyne nor OpenGL is linked into it.
func TestHeadlessLinksNoFyne(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	if !ok || len(info.Deps) == 0 {
		t.Fatal("the test binary carries no build information")
	}
	for _, d := range info.Deps {
		if strings.HasPrefix(d.Path, "fyne.io/") || strings.HasPrefix(d.Path, "github.com/go-gl/") {
			t.Errorf("the headless build links %s", d.Path)
		}
	}
}
