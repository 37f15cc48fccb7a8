//go:build headless

package main

import (
	"fmt"
	"io"
	"os"

	"rapporteur/cli"
)

// This is rapporteur built with -tags headless (make build-headless): the
// subcommands work as in the full build, and the binary starts faster
// because it links neither Fyne nor OpenGL.

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs the subcommand args name; a request for the window gets one line
// saying that this build has none.
func run(args []string, stdout, stderr io.Writer) int {
	if cli.OpensWindow(args) {
		fmt.Fprintln(stderr, noWindow)
		return 2
	}
	return cli.Run(args, stdout, stderr)
}

// noWindow is what the headless build says when asked for the window.
const noWindow = "rapporteur: this build has no window (built with -tags headless); use a subcommand (rapporteur help)"
