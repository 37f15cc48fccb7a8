package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// The window watches its file
//
// While a report file is open for writing, the window looks at it on disk
// every watchEvery and whenever the window gains the focus (two stat calls,
// off the UI goroutine: workspace.Doc.Whereabouts). When the file was
// deleted, moved away, replaced by another file or changed by another
// program, the window holds the file: it saves nothing more into it (a
// save would go to a file nobody sees, or mix the window's report into
// another file), the title and the status line say what happened instead
// of "Saved", and a banner above the status line offers to save the report
// where it was or elsewhere (Doc.SaveAs: the report with all its versions
// and the working copy as the window has it, edits typed since included).
// The banner takes no focus, so typing goes on into the paragraph and is
// kept; the dialog with the same offer opens only when the rapporteur asks
// to save (Ctrl+S, the banner) or to close. Failed saves are never shown
// one by one. Closing the window or quitting in that state asks first; a
// shutdown that cannot ask (a signal) saves the report where it was, or
// beside it. Should the file come back as it was (moved back), the window
// saves into it again.

// watchEvery is how often the window looks at its file on disk.
var watchEvery = time.Second

// watchable is what the window needs of a report file to watch it: a
// *workspace.Doc has both.
type watchable interface {
	Whereabouts() workspace.Whereabouts
	SaveAs(path string, r *draft.Report, replace bool) (*workspace.Doc, error)
}

// watchedDoc is the open report file as the window watches it: while it is
// held (the file went away under the window) it reports itself read-only
// and refuses to save, so that autosave, closing and freezing write
// nothing into it.
type watchedDoc struct {
	Doc
	file watchable
	held atomic.Bool // read by autosave's writer goroutine
}

// ReadOnly reports whether edits cannot be saved into the file now.
func (d *watchedDoc) ReadOnly() bool { return d.held.Load() || d.Doc.ReadOnly() }

// Save writes r as the working copy, unless the file is held.
func (d *watchedDoc) Save(r *draft.Report) error {
	if d.held.Load() {
		return fmt.Errorf("save %s: %w", d.Path(), errHeld)
	}
	return d.Doc.Save(r)
}

// Freeze freezes r as the next version, unless the file is held.
func (d *watchedDoc) Freeze(r *draft.Report, note string, at time.Time) (string, error) {
	if d.held.Load() {
		return "", fmt.Errorf("freeze %s: %w", d.Path(), errHeld)
	}
	return d.Doc.Freeze(r, note, at)
}

// Checkpoint keeps a backup copy of the file, unless it is held.
func (d *watchedDoc) Checkpoint() error {
	cp, ok := d.Doc.(interface{ Checkpoint() error })
	if !ok || d.held.Load() {
		return nil
	}
	return cp.Checkpoint()
}

// errHeld is why a held file is not written.
var errHeld = errors.New("the file is no longer where it was opened; save the report where it was or elsewhere")

// watcher watches the open report file. Its fields are the UI goroutine's,
// but for the channels the poller reads.
type watcher struct {
	e    *Editor
	doc  *watchedDoc           // the file watched, nil for none
	what workspace.Whereabouts // Here, or what became of the file
	stop chan struct{}         // closed to stop the poller of doc
	kick chan struct{}         // a look now (the window gained the focus)
	// discard is set when the rapporteur chose to close without saving.
	discard bool
	offer   dialog.Dialog // the offer shown, nil for none
	banner  *fyne.Container
	told    *widget.Label // the banner's text
}

// newWatcher makes the editor's watcher, with its banner above the status
// line, has it look at the file when the window gains the focus, and
// makes the window hear the store's warnings (workspace.Warn).
func newWatcher(e *Editor) *watcher {
	w := &watcher{e: e, kick: make(chan struct{}, 1)}
	w.banner = w.newBanner()
	e.status.banner = w.banner
	e.app.Lifecycle().SetOnEnteredForeground(w.lookNow)
	workspace.Warn = hearStoreWarning
	return w
}

// start watches doc, a file the window has just opened, and returns what
// the editor keeps as its Doc: doc itself when it is not watched (no
// file, read-only, or not a workspace file), else doc as watched. It
// remembers the document a report file was imported from (see
// exportInputs) and shows what the store warned of while opening it.
func (w *watcher) start(doc Doc) Doc {
	w.showStoreWarnings()
	w.doc, w.what, w.discard = nil, workspace.Here, false
	w.release()
	if doc == nil {
		return nil
	}
	if s, ok := doc.(interface{ Source() string }); ok && s.Source() != "" {
		rememberSource(w.e.app, doc.Path(), s.Source())
	}
	f, ok := doc.(watchable)
	if !ok || doc.ReadOnly() {
		return doc
	}
	d := &watchedDoc{Doc: doc, file: f}
	w.doc, w.stop = d, make(chan struct{})
	go w.poll(d, w.stop)
	return d
}

// stopPolling stops looking at the file.
func (w *watcher) stopPolling() {
	if w.stop != nil {
		close(w.stop)
		w.stop = nil
	}
}

// lookNow has the poller look at the file at once.
func (w *watcher) lookNow() {
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// poll looks at d's file on disk until stop is closed, off the UI
// goroutine, and tells the UI goroutine when what it finds changes.
func (w *watcher) poll(d *watchedDoc, stop <-chan struct{}) {
	t := time.NewTicker(watchEvery)
	defer t.Stop()
	last := workspace.Here
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		case <-w.kick:
		}
		if now := d.file.Whereabouts(); now != last {
			last = now
			do(func() { w.saw(d, now) })
		}
	}
}

// check looks at the file now, on the calling (UI) goroutine: what the
// poller does, for tests and for the window's own commands.
func (w *watcher) check() {
	if d := w.doc; d != nil {
		w.saw(d, d.file.Whereabouts())
	}
}

// saw takes what became of d's file: the window holds it when it went
// away, and saves into it again when it is back as it was.
func (w *watcher) saw(d *watchedDoc, now workspace.Whereabouts) {
	if w.doc != d || now == w.what {
		return
	}
	w.what = now
	if now == workspace.Here {
		d.held.Store(false)
		w.release()
		w.e.setTitle(d, "")
		w.e.status.setSave("Saving…")
		w.e.save.touch() // what was typed meanwhile
		return
	}
	d.held.Store(true)
	w.hold()
}

// holding reports whether the open file is held: gone from its path, so
// nothing is saved until the rapporteur says where.
func (w *watcher) holding() bool { return w.doc != nil && w.what != workspace.Here }

// hold shows in the title, the banner and the status line that the file
// is held. An offer open for an earlier state is closed.
func (w *watcher) hold() {
	name := filepath.Base(w.doc.Path())
	w.e.setTitle(w.doc, w.what.String())
	s := w.e.status
	s.held = ""
	s.setSave(fmt.Sprintf("Not saved: %s was %s", name, w.what))
	s.held = s.save.Text
	w.told.SetText(w.bannerText())
	w.banner.Show()
	if w.offer != nil {
		w.offer.Hide()
		w.offer = nil
	}
}

// release lets the status line show the save state again.
func (w *watcher) release() {
	w.e.status.held = ""
	w.banner.Hide()
	if w.offer != nil {
		w.offer.Hide()
		w.offer = nil
	}
}

// refusal is the error a command that writes into the file gives while
// the file is held, else nil.
func (w *watcher) refusal(op string) error {
	if !w.holding() {
		return nil
	}
	return fmt.Errorf("cannot %s: %s was %s; save the report where it was or elsewhere first (File › Save)",
		op, filepath.Base(w.doc.Path()), w.what)
}

// setTitle titles the window after doc's file, with what became of it
// when it is not "".
func (e *Editor) setTitle(doc Doc, what string) {
	title := filepath.Base(doc.Path())
	if what != "" {
		title += " (" + what + ")"
	}
	e.win.SetTitle(title + " – Rapporteur")
}
