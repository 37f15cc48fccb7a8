package app

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// askExport asks where to export the report in the format ext names.
func (e *Editor) askExport(ext string) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if path, ok := e.chosenWriter(w, err); ok {
			if !strings.EqualFold(filepath.Ext(path), ext) {
				path += ext
			}
			e.Export(path, nil)
		}
	}, e.win)
	name := "report"
	if e.doc != nil {
		name = strings.TrimSuffix(filepath.Base(e.doc.Path()), filepath.Ext(e.doc.Path()))
	}
	d.SetFileName(name + ext)
	e.resizeDialog(d)
}

// Export writes a copy of the report to path in the background, showing
// its progress, then offers to open the result. done, when not nil, is
// called on the UI goroutine with the outcome.
func (e *Editor) Export(path string, done func(error)) {
	if e.files.Export == nil {
		e.showError(fmt.Errorf("this window was opened without an exporter"))
		return
	}
	snap := e.rep.Clone()
	e.background(path, func(progress func(int, int)) error { return e.files.Export(path, snap, progress) }, done)
}

// background runs work (an export to path) off the UI goroutine with a
// progress dialog, then reports the outcome.
func (e *Editor) background(path string, work func(progress func(int, int)) error, done func(error)) {
	bar := widget.NewProgressBar()
	busy := widget.NewProgressBarInfinite()
	bar.Hide()
	label := widget.NewLabel("Exporting " + filepath.Base(path) + "…")
	prog := dialog.NewCustomWithoutButtons("Export", container.NewVBox(label, busy, bar), e.win)
	prog.Show()
	go func() {
		err := work(func(n, total int) {
			fyne.Do(func() {
				if total > 0 {
					busy.Stop()
					busy.Hide()
					bar.Show()
					bar.SetValue(float64(n) / float64(total))
				}
			})
		})
		fyne.Do(func() {
			busy.Stop()
			prog.Hide()
			e.exported(path, err)
			if done != nil {
				done(err)
			}
		})
	}()
}

// exported tells the outcome of an export, with a button to open the file.
func (e *Editor) exported(path string, err error) {
	if err != nil {
		e.showError(err)
		return
	}
	e.status.setSave("Exported " + filepath.Base(path))
	open := widget.NewButton("Open "+filepath.Base(path), func() {
		u := storage.NewFileURI(path)
		if pu, perr := url.Parse(u.String()); perr == nil {
			e.showError(e.app.OpenURL(pu))
		}
	})
	open.Importance = widget.HighImportance
	dialog.ShowCustom("Exported", "Close", container.NewVBox(widget.NewLabel(path), open), e.win)
}
