package app

import (
	"errors"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// Bringing a draft in: the secretariat issues draft c of the report as a
// Word or text file, and the rapporteur makes it the working copy of the
// report they keep (the window's face of "rapporteur import --into"). Its
// paragraphs are matched to the working copy's by content, so a comparison
// with the last version shows the real edits; a Word file's tracked
// changes are kept apart: its state before them is frozen as a version and
// the changes are accepted in the working copy. Nothing is lost: a working
// copy edited since its last version is frozen first.

// askBringIn asks for the draft to bring into the open report.
func (e *Editor) askBringIn() {
	if e.doc == nil {
		e.showError(errors.New("open the report to bring the draft into first"))
		return
	}
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if path, ok := e.chosenReader(r, err); ok {
			e.showError(e.BringIn(path))
		}
	}, e.win)
	d.SetTitleText("Bring a draft into " + filepath.Base(e.doc.Path()))
	e.showFileDialog(d, documentExts)
}

// BringIn makes the Word or text draft at path the open report's working
// copy, as askBringIn's dialog does: the working copy as it was is frozen
// first when it changed since the last version, the file is written
// through the workspace and opened again, and the comparison of what
// changed is shown, with what the import noticed when it noticed anything.
func (e *Editor) BringIn(path string) error {
	if e.doc == nil || e.doc.ReadOnly() {
		return errors.New("open the report for writing to bring a draft into it")
	}
	if err := e.watch.refusal("bring a draft in"); err != nil {
		return err
	}
	name := filepath.Base(path)
	var (
		rec *workspace.Received
		r   *draft.Report
		log workspace.ImportLogEntries
		err error
	)
	if workspace.IsWord(path) {
		rec, err = workspace.ReadReceived(path)
		if rec != nil {
			r, log = rec.Accepted, workspace.WarningsLog(rec.Warnings)
		}
	} else {
		r, log, err = workspace.ImportLog(path)
	}
	if err != nil {
		return fmt.Errorf("%s cannot be brought in: %w", name, err)
	}
	kept, err := e.keepWorkingCopy("the working copy before " + name + " was brought in")
	if err != nil {
		return err
	}
	target := e.doc.Path()
	e.closeDoc()
	var label string
	if rec != nil && rec.Changes > 0 {
		label, err = workspace.IntoReceived(target, rec, e.now().UTC())
	} else {
		err = workspace.Into(target, r)
	}
	if oerr := e.OpenPath(target); oerr != nil {
		return errors.Join(err, oerr)
	}
	if err != nil {
		return err
	}
	if len(log.Warnings()) > 0 {
		e.showImportLog(path, log)
	}
	msg := fmt.Sprintf("Brought %s in as the working copy", name)
	if label != "" {
		msg += fmt.Sprintf("; version %s is %s as received, before its %s", label, name, rec.Summary())
	}
	if kept != "" {
		msg += fmt.Sprintf("; version %s keeps the working copy as it was", kept)
	}
	if err := e.ShowComparison(); err != nil {
		return err
	}
	e.status.setSave(msg)
	return nil
}

// keepWorkingCopy freezes the working copy with note when there is no
// version yet or it changed since the last one, and returns the label it
// froze ("" when the last version holds it already).
func (e *Editor) keepWorkingCopy(note string) (string, error) {
	if vers := e.Versions(); len(vers) > 0 {
		last, err := e.versionReport(vers[len(vers)-1].Label)
		if err != nil {
			return "", err
		}
		if c := draft.Compare(last, e.rep); len(c.Changes)+len(c.Structure) == 0 {
			return "", nil
		}
	}
	return e.Freeze(note)
}
