package app

import (
	"sync"

	"fyne.io/fyne/v2/dialog"
)

// storeWarnings holds what the store warned of while the workspace opened
// a report file (workspace.Warn; a crash left the file where it cannot be
// repaired, so its last saved state was read from a private copy), until
// the window shows it. Warn is called on whatever goroutine opened the
// file.
var storeWarnings struct {
	sync.Mutex
	msgs []string
}

// hearStoreWarning is the window's workspace.Warn.
func hearStoreWarning(msg string) {
	storeWarnings.Lock()
	defer storeWarnings.Unlock()
	storeWarnings.msgs = append(storeWarnings.msgs, msg)
}

// takeStoreWarnings returns the warnings heard so far and forgets them.
func takeStoreWarnings() []string {
	storeWarnings.Lock()
	defer storeWarnings.Unlock()
	msgs := storeWarnings.msgs
	storeWarnings.msgs = nil
	return msgs
}

// showStoreWarnings shows the warnings heard while the file now shown was
// opened, in a dialog.
func (w *watcher) showStoreWarnings() {
	if msgs := takeStoreWarnings(); len(msgs) > 0 {
		dialog.ShowInformation("How the report was read", warningList(msgs), w.e.win)
	}
}
