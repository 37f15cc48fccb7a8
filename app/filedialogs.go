package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

func (e *Editor) askNew() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if path, ok := e.chosenWriter(w, err); ok {
			e.showError(e.NewReport(path))
		}
	}, e.win)
	d.SetFileName("Report" + Ext)
	d.SetFilter(storage.NewExtensionFileFilter([]string{Ext}))
	e.resizeDialog(d)
}

func (e *Editor) askOpen() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			e.showError(err)
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		e.OpenOrRecover(path)
	}, e.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{Ext, ".txt", ".docx"}))
	e.resizeDialog(d)
}

func (e *Editor) askSaveAs() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if path, ok := e.chosenWriter(w, err); ok {
			e.showError(e.SaveAs(path))
		}
	}, e.win)
	d.SetFileName("Copy of report" + Ext)
	e.resizeDialog(d)
}

// chosenWriter turns a save dialog's answer into a path. The writer has
// not touched the file (see keepChosenFiles): the workspace writes it.
func (e *Editor) chosenWriter(w fyne.URIWriteCloser, err error) (string, bool) {
	if err != nil || w == nil {
		e.showError(err)
		return "", false
	}
	path := w.URI().Path()
	_ = w.Close()
	return path, true
}

type sizedDialog interface {
	Resize(fyne.Size)
	Show()
}

func (e *Editor) resizeDialog(d sizedDialog) {
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}
