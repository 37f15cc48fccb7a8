//go:build !headless

// Command rapporteur drafts, versions, compares and exports the summary
// reports of committee meetings. With no arguments (or a report file) it
// opens the window; with a subcommand it works headless:
//
//	rapporteur sample -o FILE
//	rapporteur import TEXT -o FILE
//	rapporteur info FILE [--json]
//	rapporteur export FILE -o OUT.pdf
//	rapporteur freeze FILE [--note TEXT]
//	rapporteur diff FILE b d [--json] [--pdf OUT.pdf]
//	rapporteur conclusions FILE [--item IV] [--rebuild]
//	rapporteur check FILE [--json]
//
// Run "rapporteur help" for the full list. This file only wires: the
// commands are package cli, the window package app, and both perform each
// operation through rapporteur/internal/workspace. It is the one place that
// creates the Fyne application; main_headless.go is the same program built
// with -tags headless, without the window and without Fyne.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	_ "rapporteur/internal/clocale" // before Fyne reads the locale; see its doc

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"

	"rapporteur/app"
	"rapporteur/assets"
	"rapporteur/cli"
	"rapporteur/internal/display"
)

// appID is the application's unique ID; Fyne keeps preferences under it.
const appID = "org.rapporteur.app"

// displayTimeout is how long the window waits for the X server to answer
// before it says that the display does not answer.
var displayTimeout = 3 * time.Second

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run opens the window when args ask for it, else runs the subcommand.
func run(args []string, stdout, stderr io.Writer) int {
	if cli.OpensWindow(args) {
		return openWindow(args, stderr)
	}
	return cli.Run(args, stdout, stderr)
}

// openWindow opens the Fyne window on the report args names, or the last
// report, or the sample. Without a usable display it fails at once with one
// line.
func openWindow(args []string, stderr io.Writer) int {
	if msg := noDisplay(); msg != "" {
		fmt.Fprintln(stderr, msg)
		return 1
	}
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("Rapporteur")
	w.Resize(fyne.NewSize(1360, 860))
	e := app.New(a, w)
	if err := e.Start(args); err != nil {
		if len(args) == 0 {
			dialog.ShowError(err, w)
		} else if _, statErr := os.Stat(args[0]); statErr != nil {
			fmt.Fprintf(stderr, "rapporteur: %v\n", err)
			return 1
		} else {
			// The file is there but will not open: say why in the window and
			// offer its last good backup copy.
			e.ShowOpenError(args[0], err)
		}
	}
	// Quitting from the menu or by a signal (Fyne turns SIGINT and SIGTERM
	// into a quit) still writes pending edits and closes the file.
	a.Lifecycle().SetOnStopped(e.Shutdown)
	a.Lifecycle().SetOnStarted(returnStartupMemory)
	w.ShowAndRun()
	return 0
}

// noDisplay returns the one line to print when there is no display to open
// the window on, or "".
func noDisplay() string {
	probe := func(network, addr string) error { return display.Probe(network, addr, displayTimeout) }
	why := display.Problem(runtime.GOOS, os.Getenv, probe)
	if why == "" {
		return ""
	}
	return "rapporteur: " + why + "; work headless with: rapporteur " + strings.Join(cli.Names(), " | ") + " (see rapporteur help)"
}

var startupMemory sync.Once

// returnStartupMemory hands back to the system, once the window is up, the
// heap that opening the report and laying out the first frame used and
// freed; the Go runtime would otherwise keep it mapped for minutes.
func returnStartupMemory() {
	startupMemory.Do(func() {
		time.AfterFunc(time.Second, debug.FreeOSMemory)
	})
}
