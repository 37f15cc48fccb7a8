package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"rapporteur/draft"
	"rapporteur/store"
)

// Preference keys and limits for the files the window remembers.
const (
	prefLast   = "lastReport"
	prefRecent = "recentReports"
	maxRecent  = 8
	// Ext is the extension of report files.
	Ext = store.Ext
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

// OpenSample opens the sample report, creating its file the first time.
func (e *Editor) OpenSample() error {
	path, err := samplePath()
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err == nil {
		return e.OpenPath(path)
	}
	if e.files.Sample == nil {
		return errors.New("no sample report is built in")
	}
	r, err := e.files.Sample()
	if err != nil {
		return fmt.Errorf("sample report: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("sample report: %w", err)
	}
	return e.CreateFile(path, r)
}

// samplePath is where the sample report lives: Documents/Rapporteur in the
// home folder when there is a Documents folder, else the user's config folder.
func samplePath() (string, error) {
	if home, err := os.UserHomeDir(); err == nil {
		if st, err := os.Stat(filepath.Join(home, "Documents")); err == nil && st.IsDir() {
			return filepath.Join(home, "Documents", "Rapporteur", "Sample report"+Ext), nil
		}
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("no folder for the sample report: %w", err)
	}
	return filepath.Join(dir, "rapporteur", "Sample report"+Ext), nil
}

// OpenPath opens a report file; a text document is imported into a new
// report file beside it (same name, .rap), or opens that file when it exists.
func (e *Editor) OpenPath(path string) error {
	if e.files.Import != nil && !store.IsReportFile(path) {
		return e.ImportPath(path, strings.TrimSuffix(path, filepath.Ext(path))+Ext)
	}
	doc, r, err := e.files.Open(path)
	if err != nil && e.files.Locked != nil && e.files.Locked(err) && e.files.OpenReadOnly != nil {
		// Another window is writing it: show it read-only, and say so.
		if rdoc, rr, rerr := e.files.OpenReadOnly(path); rerr == nil {
			e.Show(rdoc, rr)
			e.status.setSave("Read-only: " + err.Error())
			return nil
		}
	}
	if err != nil {
		return err
	}
	e.Show(doc, r)
	return nil
}

// ImportPath reads a text document and writes it as the report file out,
// then opens it. An existing out is opened instead of overwritten.
func (e *Editor) ImportPath(path, out string) error {
	if _, err := os.Stat(out); err == nil {
		return e.OpenPath(out)
	}
	r, warnings, err := e.files.Import(path)
	if err != nil {
		return err
	}
	if err := e.CreateFile(out, r); err != nil {
		return err
	}
	if len(warnings) > 0 {
		e.status.setSave(fmt.Sprintf("Imported with %d warnings (first: %s)", len(warnings), warnings[0]))
	}
	return nil
}

// CreateFile writes r as a new report file at path and opens it.
func (e *Editor) CreateFile(path string, r *draft.Report) error {
	doc, err := e.files.Create(path, r)
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
