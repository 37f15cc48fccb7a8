//go:build headless

package main

import (
	"fmt"
	"io"
)

// openWindow in a headless build (go build -tags headless) says that this
// binary has no window; the subcommands work as in the full build, and the
// binary starts faster because it links neither Fyne nor OpenGL.
func openWindow(args []string, stderr io.Writer) int {
	fmt.Fprintln(stderr, "rapporteur: this build has no window (built with -tags headless); use a subcommand (rapporteur help)")
	return 2
}
