package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
)

// prefSource is the preference key prefix under which the window remembers
// the document (text or Word) a report file was imported from, by the
// report file's absolute path: so an export from the window never writes
// over that document, also in a later session that opens the report file
// itself.
const prefSource = "importedFrom:"

// absPath is path made absolute, or path when it cannot be.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// rememberSource records that the report file at report was imported from
// the document at source.
func rememberSource(a fyne.App, report, source string) {
	a.Preferences().SetString(prefSource+absPath(report), absPath(source))
}

// sourceOf returns the document the report file at report was imported
// from, as remembered, or "".
func sourceOf(a fyne.App, report string) string {
	return a.Preferences().String(prefSource + absPath(report))
}

// exportInputs are the files an export from the window must never write
// over: the open report file and the document it was imported from (see
// workspace.ExportOptions.Inputs). The export refuses any report file too.
func (e *Editor) exportInputs() []string {
	if e.doc == nil {
		return nil
	}
	in := []string{e.doc.Path()}
	if src := sourceOf(e.app, e.doc.Path()); src != "" {
		in = append(in, src)
	}
	return in
}
