package app

import (
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"rapporteur/draft"
)

// SaveDelay is how long the window waits after the last edit before it
// writes the report: typing bursts become one write, and every edit reaches
// the file well within a second.
const SaveDelay = 300 * time.Millisecond

// CheckpointEvery is how often autosave also keeps a backup copy of the
// report beside it (the store keeps the last five), so that a file damaged
// later can be recovered from a recent good copy. The first save after a
// report is opened makes one at once.
const CheckpointEvery = 2 * time.Minute

// autosave writes the report in the background a moment after edits stop.
// The report is cloned on the UI goroutine and written from another, so the
// window never waits on the disk and never shares the model across goroutines.
type autosave struct {
	e     *Editor
	delay time.Duration

	mu      sync.Mutex // guards timer and pending
	timer   *time.Timer
	pending bool

	write sync.Mutex // serialises calls on the Doc
	// checkpointed is when the last backup copy was made; guarded by write.
	checkpointed time.Time
	gen          int // edits seen so far; touched on the UI goroutine only
	done         sync.WaitGroup
	// inflight counts snapshots handed to writeSnapshot and not yet
	// written; flush waits for them, so the file never closes under one.
	inflight sync.WaitGroup
}

func newAutosave(e *Editor, delay time.Duration) *autosave {
	return &autosave{e: e, delay: delay}
}

// touch records an edit and (re)starts the delay. It runs on the UI goroutine.
func (a *autosave) touch() {
	a.gen++
	a.mu.Lock()
	defer a.mu.Unlock()
	a.pending = true
	if a.timer == nil {
		a.timer = time.AfterFunc(a.delay, a.fire)
		return
	}
	a.timer.Reset(a.delay)
}

// fire runs on the timer's goroutine when edits have paused.
func (a *autosave) fire() {
	a.done.Add(1)
	fyne.Do(func() {
		defer a.done.Done()
		a.mu.Lock()
		if !a.pending {
			a.mu.Unlock()
			return
		}
		a.pending = false
		a.mu.Unlock()
		doc := a.e.doc
		if doc == nil || doc.ReadOnly() {
			return
		}
		snap, gen := a.e.rep.Clone(), a.gen
		a.done.Add(1)
		a.inflight.Add(1)
		go a.writeSnapshot(doc, snap, gen)
	})
}

func (a *autosave) writeSnapshot(doc Doc, snap *draft.Report, gen int) {
	defer a.done.Done()
	a.write.Lock()
	err := doc.Save(snap)
	var cpErr error
	if err == nil {
		cpErr = a.checkpoint(doc, false)
	}
	a.write.Unlock()
	fyne.Do(func() {
		if err != nil {
			a.e.setSaveState(fmt.Sprintf("Not saved: %v", err))
			return
		}
		if cpErr != nil {
			a.e.setSaveState(fmt.Sprintf("Saved; backup copy failed: %v", cpErr))
			return
		}
		if gen == a.gen {
			a.e.setSaveState("Saved")
		}
	})
	// Only now, with the status queued for the UI goroutine, may a flush
	// that waits for this write go on and let the window stop.
	a.inflight.Done()
}

// flush cancels the delay and writes pending edits now, on the calling (UI)
// goroutine, after any background write has finished. Closing the window
// and switching files call it, so closing never has to ask "save?".
func (a *autosave) flush() error {
	a.mu.Lock()
	if a.timer != nil {
		a.timer.Stop()
	}
	pending := a.pending
	a.pending = false
	a.mu.Unlock()
	a.inflight.Wait() // a snapshot already taken reaches the file first
	a.write.Lock()
	defer a.write.Unlock()
	doc := a.e.doc
	if !pending || doc == nil || doc.ReadOnly() {
		return nil
	}
	if err := doc.Save(a.e.rep); err != nil {
		return fmt.Errorf("save %s: %w", doc.Path(), err)
	}
	a.e.setSaveState("Saved")
	return nil
}

// checkpoint has the Doc keep a backup copy when CheckpointEvery has passed
// since the last one, or always when now is set. The caller holds a.write.
func (a *autosave) checkpoint(doc Doc, now bool) error {
	cp, ok := doc.(interface{ Checkpoint() error })
	if !ok || doc.ReadOnly() || (!now && time.Since(a.checkpointed) < CheckpointEvery) {
		return nil
	}
	if err := cp.Checkpoint(); err != nil {
		return err
	}
	a.checkpointed = time.Now()
	return nil
}

// lockDoc runs fn with the Doc to itself, e.g. to freeze a version while no
// background write is under way.
func (a *autosave) lockDoc(fn func() error) error {
	a.write.Lock()
	defer a.write.Unlock()
	return fn()
}
