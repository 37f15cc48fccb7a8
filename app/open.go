package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// Preference keys and limits for the files the window remembers.
const (
	prefLast   = "lastReport"
	prefRecent = "recentReports"
	maxRecent  = 8
	// Ext is the extension of report files.
	Ext = workspace.Ext
)

// Start opens the report the command line names, else the last report
// opened, else the built-in sample (created on first use under the user's
// documents folder).
func (e *Editor) Start(args []string) error {
	if len(args) > 0 {
		return e.OpenPath(args[0])
	}
	if last := e.app.Preferences().String(prefLast); last != "" {
		if _, err := os.Stat(last); err == nil {
			if err := e.OpenPath(last); err == nil {
				return nil
			}
		}
	}
	return e.OpenSample()
}

// OpenSample opens the sample report, creating its file the first time
// (see workspace.SamplePath).
func (e *Editor) OpenSample() error {
	doc, err := workspace.OpenSample()
	if err != nil {
		return err
	}
	e.showDoc(doc)
	return nil
}

// OpenPath opens a report file, read-only when it cannot be written (the
// status line says why); a document is imported into a new report file
// beside it (same name, .rap), or opens that file when it exists.
func (e *Editor) OpenPath(path string) error {
	doc, err := workspace.OpenForEditing(path)
	if err != nil {
		return err
	}
	e.showDoc(doc)
	return nil
}

// showDoc shows a report the workspace opened and tells what the user
// should know of it: why it is read-only, what the importer warned of.
func (e *Editor) showDoc(doc *workspace.Doc) {
	e.Show(doc, doc.Report)
	if why := doc.ReadOnlyReason(); why != nil {
		e.status.setSave("Read-only: " + why.Error())
	}
	if w := doc.Warnings; len(w) > 0 {
		e.status.setSave(fmt.Sprintf("Imported with %d warnings (first: %s)", len(w), w[0]))
	}
}

// CreateFile writes r as a new report file at path and opens it.
func (e *Editor) CreateFile(path string, r *draft.Report) error {
	doc, err := workspace.Create(path, r)
	if err != nil {
		return err
	}
	e.Show(doc, r)
	return nil
}

// SaveAs writes the report as it is now to a new file at path and goes on
// editing that file; the old file keeps what it had.
func (e *Editor) SaveAs(path string) error {
	if !strings.EqualFold(filepath.Ext(path), Ext) {
		path += Ext
	}
	if e.watch.holding() { // the file went away: keep its versions too
		return e.watch.saveTo(path, false)
	}
	r := e.rep.Clone()
	e.closeDoc()
	return e.CreateFile(path, r)
}

// NewReport creates an empty report file at path with one agenda item.
func (e *Editor) NewReport(path string) error {
	if !strings.EqualFold(filepath.Ext(path), Ext) {
		path += Ext
	}
	r := draft.New()
	r.Meeting.ShortName = "Committee"
	if _, err := r.InsertItem(0, "Adoption of the agenda"); err != nil {
		return err
	}
	return e.CreateFile(path, r)
}

// rememberRecent records path as the last report and first of the recent.
func rememberRecent(a fyne.App, path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	p := a.Preferences()
	p.SetString(prefLast, path)
	list := []string{path}
	for _, old := range p.StringList(prefRecent) {
		if old != path && len(list) < maxRecent {
			list = append(list, old)
		}
	}
	p.SetStringList(prefRecent, list)
}

// Recent returns the recently opened report files, newest first.
func (e *Editor) Recent() []string { return e.app.Preferences().StringList(prefRecent) }
