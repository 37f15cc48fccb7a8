package app

import (
	"errors"
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
// opened; with neither, it shows the start page (see ShowStart).
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
	e.ShowStart()
	return nil
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
// status line says why). A document is imported into a new report file
// beside it (same name, .rap), and the import's log is shown; when that
// file exists already, it is opened instead, as made from the document
// before.
func (e *Editor) OpenPath(path string) error {
	document := !workspace.IsReportFile(path)
	_, err := os.Stat(workspace.ImportedPath(path))
	imports := document && err != nil
	doc, err := workspace.OpenForEditing(path)
	if err != nil {
		return err
	}
	e.showDoc(doc)
	switch {
	case imports:
		e.showImportLog(path, doc.Log)
	case document:
		e.status.setSave(fmt.Sprintf("Opened %s, made from %s before (File › Import makes a new report from it)",
			filepath.Base(doc.Path()), filepath.Base(path)))
	}
	return nil
}

// showDoc shows a report the workspace opened and says why it is
// read-only when it is.
func (e *Editor) showDoc(doc *workspace.Doc) {
	e.Show(doc, doc.Report)
	if why := doc.ReadOnlyReason(); why != nil {
		e.status.setSave("Read-only: " + readOnlyText(doc.Path(), why))
	}
}

// readOnlyText says in words why the report at path opened read-only. The
// store's message for a report another window holds ("store: PATH is open
// for writing by ana@pc, pid 598; close it there or open it read-only")
// told a rapporteur whose window had opened it read-only already to open
// it read-only.
func readOnlyText(path string, why error) string {
	msg := strings.TrimPrefix(why.Error(), "store: ")
	if !errors.Is(why, workspace.ErrLocked) {
		return msg
	}
	holder := ""
	if _, after, ok := strings.Cut(msg, "open for writing by "); ok {
		holder, _, _ = strings.Cut(after, ";")
	}
	text := filepath.Base(path) + " is open for writing in another window"
	if holder != "" {
		text += " (" + holder + ")"
	}
	return text + "; close it there, then open it again here to edit it"
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

// firstItemTitle is the title item I of a new report gets when the
// rapporteur names none: the first item of almost every session.
const firstItemTitle = "Opening of the meeting"

// NewReport creates a report file at path with meeting m and one agenda
// item, item I, titled first (firstItemTitle when blank), holding one empty
// paragraph; it opens the file with the cursor in that paragraph.
func (e *Editor) NewReport(path string, m draft.Meeting, first string) error {
	if !strings.EqualFold(filepath.Ext(path), Ext) {
		path += Ext
	}
	if strings.TrimSpace(first) == "" {
		first = firstItemTitle
	}
	r := draft.New()
	r.Meeting = m
	it, err := r.InsertItem(0, strings.TrimSpace(first))
	if err != nil {
		return err
	}
	if _, err := r.InsertParagraph(it, 0, 0, ""); err != nil {
		return err
	}
	if err := e.CreateFile(path, r); err != nil {
		return err
	}
	e.paras.focusRow(0)
	return nil
}

// ImportDraft reads a Word or text draft into a new report file beside it
// (the draft's name with the report extension, or "NAME (2).rap" and so on
// when that is taken) and opens it, with the import's log.
func (e *Editor) ImportDraft(path string) error {
	doc, err := workspace.ImportNew(path, freePath(workspace.ImportedPath(path)))
	if err != nil {
		return err
	}
	e.showDoc(doc)
	e.showImportLog(path, doc.Log)
	return nil
}

// freePath returns path when no file is there, else the first of
// "NAME (2).ext", "NAME (3).ext", … that is free.
func freePath(path string) string {
	if _, err := os.Lstat(path); os.IsNotExist(err) {
		return path
	}
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	for n := 2; ; n++ {
		p := fmt.Sprintf("%s (%d)%s", stem, n, ext)
		if _, err := os.Lstat(p); os.IsNotExist(err) {
			return p
		}
	}
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
