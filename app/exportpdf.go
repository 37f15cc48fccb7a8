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

	"rapporteur/internal/workspace"
)

// exportMenuItems are the File menu's export commands, one per format of
// the workspace's list; PDF has the shortcut.
func (e *Editor) exportMenuItems() []*fyne.MenuItem {
	var items []*fyne.MenuItem
	for _, f := range workspace.Formats() {
		var sc fyne.Shortcut
		if f.Ext == ".pdf" {
			sc = key(fyne.KeyE, 0)
		}
		ext := f.Ext
		name := f.Name
		items = append(items, e.cmd("Export "+name+"…", sc, e.do(func() { e.askExport(name, ext) })))
	}
	// The comparison the Compare tab shows, as Word with tracked changes.
	return append(items, e.cmd("Export Comparison as Word…", nil, e.do(e.askRevisions)))
}

// askExport asks where to export the report in the format ext names
// (format, as the menu says it), starting in the report's folder with the
// report's own name.
func (e *Editor) askExport(format, ext string) {
	e.askSave("Export "+format, e.reportName(), ext, func(path string) { e.Export(path, nil) })
}

// Export writes a copy of the report to path, in the format its extension
// chooses, in the background, showing its progress, then offers to open the
// result; characters the font could not show are reported. done, when not
// nil, is called on the UI goroutine with the outcome.
func (e *Editor) Export(path string, done func(error)) {
	snap := e.rep.Clone()
	e.background(path, func(opt workspace.ExportOptions) error { return workspace.Export(path, snap, opt) }, done)
}

// background runs work (an export to path) off the UI goroutine with a
// progress dialog, then reports the outcome and the warnings work heard.
func (e *Editor) background(path string, work func(opt workspace.ExportOptions) error, done func(error)) {
	bar := widget.NewProgressBar()
	busy := widget.NewProgressBarInfinite()
	bar.Hide()
	label := widget.NewLabel("Exporting " + filepath.Base(path) + "…")
	prog := dialog.NewCustomWithoutButtons("Export", container.NewVBox(label, busy, bar), e.win)
	prog.Show()
	inputs := e.exportInputs() // never written over
	go func() {
		var warnings []string // appended on this goroutine only
		err := work(workspace.ExportOptions{
			Inputs: inputs,
			Warn:   func(msg string) { warnings = append(warnings, msg) },
			Progress: func(n, total int) {
				do(func() {
					if total > 0 {
						busy.Stop()
						busy.Hide()
						bar.Show()
						bar.SetValue(float64(n) / float64(total))
					}
				})
			},
		})
		do(func() {
			busy.Stop()
			prog.Hide()
			e.exported(path, warnings, err)
			if done != nil {
				done(err)
			}
		})
	}()
}

// maxShownWarnings is how many export warnings the Exported dialog lists.
const maxShownWarnings = 8

// exported tells the outcome of an export and its warnings, with a button
// to open the file.
func (e *Editor) exported(path string, warnings []string, err error) {
	if err != nil {
		e.showError(err)
		return
	}
	name := filepath.Base(path)
	content := container.NewVBox(widget.NewLabel(path))
	if len(warnings) == 0 {
		e.status.setSave("Exported " + name)
	} else {
		e.status.setSave(fmt.Sprintf("Exported %s with %s (first: %s)", name, plural(len(warnings), "warning"), warnings[0]))
		content.Add(widget.NewLabel(warningList(warnings)))
	}
	open := widget.NewButton("Open "+name, func() {
		u := storage.NewFileURI(path)
		if pu, perr := url.Parse(u.String()); perr == nil {
			e.showError(e.app.OpenURL(pu))
		}
	})
	open.Importance = widget.HighImportance
	content.Add(open)
	d := dialog.NewCustom("Exported", "Close", content, e.win)
	e.dialogKeys(d, nil, d.Hide, d.Hide)
	d.Show()
}

// warningList puts the first warnings one a line, and says how many more.
func warningList(warnings []string) string {
	shown := warnings[:min(len(warnings), maxShownWarnings)]
	s := strings.Join(shown, "\n")
	if more := len(warnings) - len(shown); more > 0 {
		s += fmt.Sprintf("\n… and %d more", more)
	}
	return s
}
