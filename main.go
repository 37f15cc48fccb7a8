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
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
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
	w, err := newWindow(a)
	releaseDisplay()
	if err != nil {
		fmt.Fprintln(stderr, "rapporteur: "+err.Error()+"; "+headless())
		return 1
	}
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
	a.Lifecycle().SetOnStarted(func() {
		takeSignals(a, e)
		returnStartupMemory()
		afterStart(e)
	})
	w.ShowAndRun()
	// However the loop ended (the menu's Quit, the last window closed, a
	// signal), pending edits are written and the file closed here, on the
	// goroutine that ran the window, before the process exits. Closing the
	// window and a signal have done it already.
	e.Shutdown()
	return 0
}

// takeSignals makes SIGINT and SIGTERM shut the window down cleanly: the
// pending edits are written and the file closed on the window's goroutine
// while the window still runs, then the loop stops. Fyne's own handler would
// stop the loop at once and leave the closing to run after it, beside
// background saves that then touch widgets from their own goroutines (the
// "Error in Fyne call thread" lines). signal.Reset removes Fyne's handler;
// since Fyne registers it from a goroutine of its own, the reset is made
// once the window is up and again a second later.
func takeSignals(a fyne.App, e *app.Editor) {
	c := make(chan os.Signal, 1)
	take := func() {
		signal.Reset(syscall.SIGINT, syscall.SIGTERM)
		signal.Notify(c, syscall.SIGINT, syscall.SIGTERM)
	}
	take()
	time.AfterFunc(signalRetake, take)
	go func() {
		<-c
		// Keys already sent to the window are typed first: the loop reads
		// its input once a frame, and a signal sent just after the last key
		// would otherwise stop it before that key was read.
		time.Sleep(inputGrace)
		fyne.Do(func() {
			e.Shutdown()
			a.Driver().Quit() // as Fyne's handler does; the window closes with the loop
		})
	}()
}

// signalRetake is when takeSignals takes the signals from Fyne again.
const signalRetake = time.Second

// inputGrace is how long a signal lets the window go on reading the input
// already sent to it (a dozen frames) before it shuts down.
const inputGrace = 200 * time.Millisecond

// noDisplay returns the one line to print when there is no display to open
// the window on, or "".
func noDisplay() string {
	probe := func(network, addr string) error {
		c, err := display.Hold(network, addr, displayTimeout)
		if err == nil {
			heldDisplay = c
		}
		return err
	}
	why := display.Problem(runtime.GOOS, os.Getenv, probe)
	if why == "" {
		return ""
	}
	return "rapporteur: " + why + "; " + headless()
}

// heldDisplay is the probe's connection to the X server, kept open until
// the window has its own (see display.Hold).
var heldDisplay io.Closer

// releaseDisplay closes the probe's connection, once the window is made.
func releaseDisplay() {
	if heldDisplay != nil {
		heldDisplay.Close()
		heldDisplay = nil
	}
}

// headless is what the one-line refusals offer instead of the window.
func headless() string {
	return "work headless with: rapporteur " + strings.Join(cli.Names(), " | ") + " (see rapporteur help)"
}

// newWindow creates the window, which starts GLFW on the display. The probe
// (noDisplay) cannot see every display GLFW cannot use: an X server that
// answers the connection setup and then refuses the client (no
// authorisation), one that is resetting as its last client leaves (Xvfb
// without -noreset), anything that answers but speaks no X. GLFW then
// prints Xlib's reason and its own error, and panics; newWindow keeps what
// they print and returns it as one error, "cannot use the display :N: …".
// Nothing is open yet, so nothing is lost. What GLFW prints when it does
// start goes on to standard error as usual.
func newWindow(a fyne.App) (w fyne.Window, err error) {
	stop, cerr := display.CaptureStderr()
	if cerr != nil {
		stop = func() []byte { return nil }
	}
	defer func() {
		out := stop()
		if p := recover(); p != nil {
			w, err = nil, fmt.Errorf("cannot use the display %s: %s", displayName(), display.StartFailure(out, p))
			return
		}
		os.Stderr.Write(out)
	}()
	return a.NewWindow("Rapporteur"), nil
}

// displayName is the display the window is shown on, as the environment
// names it.
func displayName() string {
	if d := os.Getenv("DISPLAY"); d != "" {
		return d
	}
	return os.Getenv("WAYLAND_DISPLAY")
}

// afterStart runs on the window's goroutine once the window is up; tests
// set it to act in a running window.
var afterStart = func(*app.Editor) {}

var startupMemory sync.Once

// returnStartupMemory hands back to the system, once the window is up, the
// heap that opening the report and laying out the first frame used and
// freed, and from then on, every freeEvery, the heap that typing and
// redrawing freed: the Go runtime would otherwise keep it mapped, and
// resident, for minutes.
func returnStartupMemory() {
	startupMemory.Do(func() {
		time.AfterFunc(time.Second, func() {
			debug.FreeOSMemory()
			for range time.Tick(freeEvery) {
				debug.FreeOSMemory()
			}
		})
	})
}

// freeEvery is how often the window returns freed heap to the system; each
// time costs a collection, a few milliseconds.
const freeEvery = 30 * time.Second
