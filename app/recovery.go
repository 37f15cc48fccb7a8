package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"rapporteur/internal/workspace"
)

// RecoverLabel is the text of the recovery dialog's button that opens a copy
// of the last good backup.
const RecoverLabel = "Open last good copy"

// OpenOrRecover opens the report at path as OpenPath does. When it cannot
// be opened, it shows why; and when a good rolling backup lies beside the
// file (see Checkpoint), the dialog offers to open a copy of the newest
// good one instead. It is meant for every place the user opens a
// file: the Open dialog, the recent files and the command line.
func (e *Editor) OpenOrRecover(path string) {
	if err := e.OpenPath(path); err != nil {
		e.showRecovery(path, err)
	}
}

// ShowOpenError tells the user why the report at path could not be opened,
// offering its last good backup copy when there is one.
func (e *Editor) ShowOpenError(path string, err error) { e.showRecovery(path, err) }

// showRecovery shows err, with the offer of the last good backup when there
// is one. It returns the dialog shown, for tests.
func (e *Editor) showRecovery(path string, err error) dialog.Dialog {
	e.status.setSave(fmt.Sprintf("Cannot open %s: %s", filepath.Base(path), openProblem(path, err)))
	b, ok := workspace.LastGoodBackup(path, err)
	if !ok {
		msg := widget.NewLabel(fmt.Sprintf("%s cannot be opened: %s", path, openProblem(path, err)))
		msg.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustom("Cannot open "+filepath.Base(path), "Close", msg, e.win)
		e.dialogKeys(d, nil, d.Hide, d.Hide)
		d.Resize(fyne.NewSize(560, d.MinSize().Height))
		d.Show()
		return d
	}
	msg := widget.NewLabel(recoveryText(path, err, b))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Cannot open "+filepath.Base(path), RecoverLabel, "Cancel", msg, func(yes bool) {
		if yes {
			e.showError(e.restoreBackup(path, b))
		}
	}, e.win)
	e.dialogKeys(d, nil, d.Confirm, d.Hide)
	d.Resize(fyne.NewSize(560, 280))
	d.Show()
	return d
}

// recoveryText says why the file did not open and what the offer is.
func recoveryText(path string, err error, b workspace.Backup) string {
	return fmt.Sprintf("%s cannot be opened: %s\n\nA good copy of this report was saved automatically at %s. "+
		"Opening it makes a new file, %s; the damaged file is left as it is.",
		path, openProblem(path, err), b.Time.Format("15:04 on 2 January 2006"), filepath.Base(workspace.RecoveredPath(path)))
}

// openProblem is what is wrong with the file at path, as err says it,
// without the chain of packages and the path the user knows already
// ("store: open /home/ana/ptc.rap: the file is damaged: …" reads "the file
// is damaged: …").
func openProblem(path string, err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, path+": "); i >= 0 {
		msg = msg[i+len(path)+2:]
	}
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	return msg
}

// restoreBackup copies backup b of path to a new file beside it and opens
// that file.
func (e *Editor) restoreBackup(path string, b workspace.Backup) error {
	dst, err := workspace.Recover(path, b)
	if err != nil {
		return err
	}
	if err := e.OpenPath(dst); err != nil {
		return err
	}
	e.status.setSave("Recovered from the copy of " + b.Time.Format("15:04") + " into " + filepath.Base(dst))
	return nil
}

// Checkpoint writes a rolling backup of the open report file (see
// workspace.Doc.Checkpoint) after writing pending edits, when the file supports it
// and is open for writing. The window should call it every few minutes
// while the user edits, and on closing.
func (e *Editor) Checkpoint() error {
	if e.doc == nil {
		return nil
	}
	if err := e.save.flush(); err != nil {
		return err
	}
	doc := e.doc
	return e.save.lockDoc(func() error { return e.save.checkpoint(doc, true) })
}
