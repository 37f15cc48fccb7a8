package main

import (
	"fmt"
	"io"
)

// openWindow opens the Fyne window. Until the window lands it explains how
// to work headless.
func openWindow(args []string, stderr io.Writer) int {
	fmt.Fprintln(stderr, "rapporteur: the window is not built yet; use a headless command (rapporteur help)")
	return 2
}
