package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"rapporteur/internal/workspace"
)

// Labels of the offer's buttons, for the tests and the manual.
const (
	SaveWhereLabel   = "Save it where it was"
	SaveAsLabel      = "Save as…"
	LaterLabel       = "Not now"
	CloseAnywayLabel = "Close without saving"
)

// showOffer shows, once, what became of the file and the offer to save
// the report where it was or elsewhere. then, when not nil, is what the
// window was doing (closing, quitting): it goes on after a save, or after
// "Close without saving", which the dialog then offers too.
func (w *watcher) showOffer(then func()) {
	if !w.holding() {
		return
	}
	if w.offer != nil {
		w.offer.Hide()
	}
	name := filepath.Base(w.doc.Path())
	msg := widget.NewLabel(w.offerText(then != nil))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(name+" was "+w.what.String(), container.NewPadded(msg), w.e.win)
	where := widget.NewButton(SaveWhereLabel, func() { w.answer(d, func() error { return w.saveWhereItWas() }, then) })
	where.Importance = widget.HighImportance
	as := widget.NewButton(SaveAsLabel, func() { d.Hide(); w.offer = nil; w.askSaveAs(then) })
	buttons := []fyne.CanvasObject{where, as}
	if then != nil {
		buttons = append(buttons, widget.NewButton(CloseAnywayLabel, func() {
			d.Hide()
			w.offer, w.discard = nil, true
			then()
		}))
	}
	buttons = append(buttons, widget.NewButton(LaterLabel, func() { d.Hide(); w.offer = nil }))
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(640, 1)) // as tall as its text
	w.offer = d
	d.Show()
}

// offerText says what happened, that nothing is lost yet, and what each
// choice does.
func (w *watcher) offerText(closing bool) string {
	path := w.doc.Path()
	name := filepath.Base(path)
	var b strings.Builder
	switch w.what {
	case workspace.Deleted:
		fmt.Fprintf(&b, "%s was deleted from %s while it was open here.", name, filepath.Dir(path))
	case workspace.MovedAway:
		fmt.Fprintf(&b, "%s was moved away from %s (renamed, or moved to another folder) while it was open here.", name, filepath.Dir(path))
	case workspace.Replaced:
		fmt.Fprintf(&b, "%s in %s was replaced by another file while it was open here.", name, filepath.Dir(path))
	default:
		fmt.Fprintf(&b, "%s was changed by another program while it was open here.", name)
	}
	b.WriteString("\n\nNothing is lost yet: this window holds the report with its versions and every edit, " +
		"and saves nothing more until you choose where.")
	switch w.what {
	case workspace.Replaced:
		fmt.Fprintf(&b, " %q replaces the file now at %s with the report.", SaveWhereLabel, name)
	case workspace.ChangedElsewhere:
		fmt.Fprintf(&b, " %q replaces what the other program wrote with the report as this window has it.", SaveWhereLabel)
	default:
		fmt.Fprintf(&b, " %q makes %s again.", SaveWhereLabel, name)
	}
	if closing {
		fmt.Fprintf(&b, "\n\n%q loses the edits since the file went away.", CloseAnywayLabel)
	}
	return b.String()
}

// answer runs a choice of the offer: on success the dialog closes and
// then (if any) goes on; on failure the error is shown and the offer
// stays.
func (w *watcher) answer(d dialog.Dialog, save func() error, then func()) {
	if err := save(); err != nil {
		w.e.showError(err)
		return
	}
	d.Hide()
	if then != nil {
		then()
	}
}

// saveWhereItWas writes the report, with all its versions and every edit,
// at the path it was opened from: a new file where the old one was
// deleted or moved away, or over what is there now when it was replaced
// or changed by another program (the offer said so).
func (w *watcher) saveWhereItWas() error {
	if !w.holding() {
		return nil
	}
	replace := w.what == workspace.Replaced || w.what == workspace.ChangedElsewhere
	return w.saveTo(w.doc.Path(), replace)
}

// askSaveAs asks where to save the report, with all its versions and
// every edit, then goes on with then.
func (w *watcher) askSaveAs(then func()) {
	e := w.e
	orig := w.doc.Path()
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		path, ok := e.chosenWriter(wc, err)
		if !ok {
			w.showOffer(then)
			return
		}
		replace := exists(path) // the dialog asked whether to overwrite it
		if !strings.EqualFold(filepath.Ext(path), Ext) {
			path += Ext
			replace = false
		}
		if err := w.saveTo(path, replace); err != nil {
			e.showError(err)
			return
		}
		if then != nil {
			then()
		}
	}, e.win)
	d.SetFileName(filepath.Base(orig))
	if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(orig))); err == nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}

// saveTo writes the report, with all its versions and the working copy as
// the window has it, to a new file at path (over what is there when
// replace is set), and goes on editing that file: the undo history and
// the selection stay.
func (w *watcher) saveTo(path string, replace bool) error {
	old := w.doc
	if old == nil {
		return nil
	}
	e := w.e
	e.save.inflight.Wait() // a snapshot already taken is written (or refused) first
	var nd *workspace.Doc
	err := e.save.lockDoc(func() error {
		var err error
		nd, err = old.file.SaveAs(path, e.rep.Clone(), replace)
		return err
	})
	if err != nil {
		return err
	}
	w.stopPolling()
	old.held.Store(true) // nothing more goes into the old file
	cerr := old.Doc.Close()
	if src := sourceOf(e.app, old.Path()); src != "" {
		rememberSource(e.app, path, src)
	}
	e.doc = w.start(nd)
	e.setTitle(nd, "")
	rememberRecent(e.app, path)
	e.refreshRecent()
	for _, f := range e.fileViews {
		f()
	}
	vs, _ := nd.Versions()
	msg := fmt.Sprintf("Saved at %s, with %s and every edit", path, plural(len(vs), "version"))
	if cerr != nil {
		msg += fmt.Sprintf(" (closing the old file: %v)", cerr)
	}
	// Queued after any save state a write under way has queued for the UI.
	do(func() { e.status.setSave(msg) })
	return nil
}

// asksBeforeClosing reports whether closing (or quitting) must wait for
// the rapporteur: the file is held and they have not chosen to lose the
// edits. It then shows the offer, with then to go on closing.
func (w *watcher) asksBeforeClosing(then func()) bool {
	w.check()
	if !w.holding() || w.discard {
		return false
	}
	w.showOffer(then)
	return true
}

// offerAgain shows the offer when the file is held (File › Save, Ctrl+S),
// and reports whether it did.
func (w *watcher) offerAgain() bool {
	w.check()
	if !w.holding() {
		return false
	}
	w.showOffer(nil)
	return true
}

// closing runs first when the editor closes its file. When the file is
// held and the rapporteur did not choose to lose the edits (a signal, the
// end of the loop, another file opened), the report is saved where it was
// when nothing is there, else beside it under a free name, so that nothing
// is lost; the window says where.
func (w *watcher) closing() {
	w.check()
	if w.holding() && !w.discard {
		name, what := filepath.Base(w.doc.Path()), w.what
		path := rescuePath(w.doc.Path(), what)
		if err := w.saveTo(path, false); err != nil {
			w.e.showError(fmt.Errorf("the report could not be saved at %s: %w", path, err))
		} else {
			dialog.ShowInformation("Report saved", fmt.Sprintf("%s was %s; the report, with every edit, was saved at\n%s",
				name, what, path), w.e.win)
		}
	}
	w.stopPolling()
	w.doc = nil
}

// rescuePath is where closing saves a held report: where it was when
// nothing is there, else "NAME (saved on closing).rap", "NAME (saved on
// closing 2).rap" and so on, beside it.
func rescuePath(path string, what workspace.Whereabouts) string {
	if (what == workspace.Deleted || what == workspace.MovedAway) && !exists(path) {
		return path
	}
	stem := strings.TrimSuffix(path, filepath.Ext(path))
	for n := 1; ; n++ {
		suffix := " (saved on closing)"
		if n > 1 {
			suffix = fmt.Sprintf(" (saved on closing %d)", n)
		}
		if p := stem + suffix + Ext; !exists(p) {
			return p
		}
	}
}

// exists reports whether anything is at path.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
