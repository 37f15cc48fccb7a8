package app

import (
	"fmt"
	"sync"
	"time"

	"rapporteur/draft"
)

// SaveDelay is how long the window waits after the last edit before it
// writes the report: a burst of typing becomes one write.
const SaveDelay = 300 * time.Millisecond

// MaxSaveDelay is the longest an edit waits to be written while typing
// goes on without a pause: with the write itself, every edit is in the
// file within a second of its keystroke, and a crash loses at most that.
const MaxSaveDelay = 700 * time.Millisecond

// CheckpointEvery is how often autosave also keeps a backup copy of the
// report beside it (the store keeps the last five), so that a file damaged
// later can be recovered from a recent good copy. The first save after a
// report is opened makes one at once.
const CheckpointEvery = 2 * time.Minute

// autosave writes the report in the background SaveDelay after the last
// edit, and at the latest MaxSaveDelay after the first edit not yet
// written. The report is cloned on the UI goroutine and written from
// another, so the window never waits on the disk and never shares the model
// across goroutines.
type autosave struct {
	e        *Editor
	delay    time.Duration
	maxDelay time.Duration

	mu      sync.Mutex // guards timer, pending and first
	timer   *time.Timer
	pending bool
	first   time.Time // when the oldest edit not yet in a snapshot was made
	due     time.Time // when the timer fires
	// now and afterFunc are the clock and the timer; tests replace them.
	now       func() time.Time
	afterFunc func(time.Duration, func()) *time.Timer

	write sync.Mutex // serialises calls on the Doc
	// checkpointed is when the last backup copy was made; guarded by write.
	checkpointed time.Time
	gen          int // edits seen so far; touched on the UI goroutine only
	// inflight counts snapshots handed to writeSnapshot and not yet
	// written; flush waits for them, so the file never closes under one.
	inflight sync.WaitGroup
}

func newAutosave(e *Editor, delay time.Duration) *autosave {
	return &autosave{e: e, delay: delay, maxDelay: MaxSaveDelay, now: time.Now, afterFunc: time.AfterFunc}
}

// touch records an edit and sets the timer: SaveDelay from now, or less
// when the first pending edit would otherwise wait more than MaxSaveDelay.
// It runs on the UI goroutine.
func (a *autosave) touch() {
	a.gen++
	a.mu.Lock()
	defer a.mu.Unlock()
	now := a.now()
	if !a.pending {
		a.pending, a.first = true, now
	}
	wait := max(0, min(a.delay, a.first.Add(a.maxDelay).Sub(now)))
	a.due = now.Add(wait)
	if a.timer == nil {
		a.timer = a.afterFunc(wait, a.fire)
		return
	}
	a.timer.Reset(wait)
}

// fire runs on the timer's goroutine: the UI goroutine takes a snapshot of
// the report and hands it to a writer.
func (a *autosave) fire() {
	do(func() {
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
		a.inflight.Add(1)
		go a.writeSnapshot(doc, snap, gen)
	})
}

func (a *autosave) writeSnapshot(doc Doc, snap *draft.Report, gen int) {
	a.write.Lock()
	err := doc.Save(snap)
	var cpErr error
	if err == nil {
		cpErr = a.checkpoint(doc, false)
	}
	a.write.Unlock()
	do(func() {
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

// flush cancels the timer and writes pending edits now, on the calling
// (UI) goroutine, after any background write has finished. Closing the
// window, quitting, a signal and switching files call it, so closing never
// has to ask "save?".
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
