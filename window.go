//go:build !headless

package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"

	"rapporteur/app"
	"rapporteur/assets"
)

// appID is the application's unique ID; Fyne keeps preferences under it.
const appID = "org.rapporteur.app"

// openWindow opens the Fyne window on the report args names, or the last
// report, or the sample. Without a display it fails at once with one line.
func openWindow(args []string, stderr io.Writer) int {
	if msg := noDisplay(runtime.GOOS, os.Getenv, dialDisplay); msg != "" {
		fmt.Fprintln(stderr, msg)
		return 1
	}
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("Rapporteur")
	w.Resize(fyne.NewSize(1360, 860))
	e := app.New(a, w, app.DefaultFiles())
	// Quitting from the menu or by a signal (Fyne turns SIGINT and SIGTERM
	// into a quit) still writes pending edits and closes the file.
	a.Lifecycle().SetOnStopped(e.Shutdown)
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
	a.Lifecycle().SetOnStarted(returnStartupMemory)
	w.ShowAndRun()
	return 0
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
