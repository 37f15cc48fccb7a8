package app

import (
	"os"
	"sync"
	"testing"
	"time"

	"rapporteur/app/textarea"
)

// uiQueue holds what background goroutines hand to the UI goroutine in
// tests. Fyne's test driver runs fyne.Do's function at once on the calling
// goroutine, so a spelling check or an autosave finishing in the middle of
// a test would touch widgets and the report while the test does: a race,
// and once a crash (a map of rows read while a test changed it). Tests
// run the queued functions on their own goroutine, in drainUI.
var uiQueue struct {
	mu sync.Mutex
	fs []func()
}

func TestMain(m *testing.M) {
	do = func(f func()) {
		uiQueue.mu.Lock()
		uiQueue.fs = append(uiQueue.fs, f)
		uiQueue.mu.Unlock()
	}
	textarea.Do = do // the caret's blinks too
	os.Exit(m.Run())
}

// drainUI runs, on the test's goroutine, what background goroutines have
// handed to the UI goroutine so far, and what those functions hand on in
// turn; it reports whether it ran anything.
func drainUI() bool {
	ran := false
	for {
		uiQueue.mu.Lock()
		fs := uiQueue.fs
		uiQueue.fs = nil
		uiQueue.mu.Unlock()
		if len(fs) == 0 {
			return ran
		}
		for _, f := range fs {
			f()
		}
		ran = true
	}
}

// awaitUI waits up to d for a value on ch, running what background
// goroutines hand to the UI goroutine meanwhile; it fails the test with
// "<what> did not finish" when d passes.
func awaitUI[T any](t *testing.T, what string, ch <-chan T, d time.Duration) T {
	t.Helper()
	deadline := time.After(d)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		drainUI()
		select {
		case v := <-ch:
			return v
		case <-tick.C:
		case <-deadline:
			t.Fatalf("%s did not finish", what)
		}
	}
}
