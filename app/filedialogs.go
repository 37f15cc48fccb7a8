package app

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// prefFolder is where the last file dialog found or left a file.
const prefFolder = "lastFolder"

// documentExts are the documents the window imports.
var documentExts = []string{".docx", ".txt"}

// askOpen asks for a report to open (or a draft, which is imported).
func (e *Editor) askOpen() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if path, ok := e.chosenReader(r, err); ok {
			e.OpenOrRecover(path)
		}
	}, e.win)
	d.SetTitleText("Open a report")
	e.showFileDialog(d, append([]string{Ext}, documentExts...))
}

// askImport asks for a Word or text draft and imports it into a new report
// file beside it.
func (e *Editor) askImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if path, ok := e.chosenReader(r, err); ok {
			e.showError(e.ImportDraft(path))
		}
	}, e.win)
	d.SetTitleText("Import a Word or text draft")
	e.showFileDialog(d, documentExts)
}

func (e *Editor) askSaveAs() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if path, ok := e.chosenWriter(w, err); ok {
			e.showError(e.SaveAs(path))
		}
	}, e.win)
	d.SetTitleText("Save a copy of the report as")
	d.SetFileName("Copy of " + e.reportName() + Ext)
	e.showFileDialog(d, []string{Ext})
}

// askSave asks, in a file dialog titled title, where to write a file of
// extension ext, starting in the report's folder with name suggested, and
// passes the chosen path (with the extension) to write.
func (e *Editor) askSave(title, name, ext string, write func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if path, ok := e.chosenWriter(w, err); ok {
			if !strings.EqualFold(filepath.Ext(path), ext) {
				path += ext
			}
			write(path)
		}
	}, e.win)
	d.SetTitleText(title)
	d.SetFileName(name + ext)
	e.showFileDialog(d, []string{ext})
}

// reportName is the open report's file name without its extension, the
// name exports suggest.
func (e *Editor) reportName() string {
	if e.doc == nil {
		return "Report"
	}
	base := filepath.Base(e.doc.Path())
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// startFolder is where file dialogs open: the open report's folder, else
// the folder of the last file chosen, else the user's Documents folder.
func (e *Editor) startFolder() string {
	var candidates []string
	if e.doc != nil {
		candidates = append(candidates, filepath.Dir(e.doc.Path()))
	}
	candidates = append(candidates, e.app.Preferences().String(prefFolder))
	if home, err := os.UserHomeDir(); err == nil {
		candidates = append(candidates, filepath.Join(home, "Documents"), home)
	}
	for _, dir := range candidates {
		if st, err := os.Stat(dir); dir != "" && err == nil && st.IsDir() {
			return dir
		}
	}
	return ""
}

// showFileDialog shows d in the start folder, listing only files with one
// of exts and never a report's companion files (see fileFilter).
func (e *Editor) showFileDialog(d *dialog.FileDialog, exts []string) {
	if dir := e.startFolder(); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.SetFilter(fileFilter{exts: exts})
	d.SetView(dialog.ListView) // full names: draft.docx and draft.txt differ
	d.Resize(fyne.NewSize(760, 520))
	// Escape cancels it as it does the window's own dialogs, while no field
	// of it has the cursor (a save dialog's name field keeps Escape).
	e.dialogKeys(d, nil, func() {}, d.Dismiss)
	d.Show()
}

// fileFilter lets a file dialog list the files with one of its extensions,
// but never the files SQLite and autosave keep beside a report: its
// journals (-wal, -shm, -journal) and its rolling backup copies.
type fileFilter struct{ exts []string }

// Matches reports whether the file u names is listed.
func (f fileFilter) Matches(u fyne.URI) bool { return listed(u.Name(), f.exts) }

// listed reports whether a file called name is one to list for exts.
func listed(name string, exts []string) bool {
	low := strings.ToLower(name)
	for _, companion := range []string{"-wal", "-shm", "-journal"} {
		if strings.HasSuffix(low, companion) {
			return false
		}
	}
	if strings.Contains(low, Ext+".backup-") || strings.HasSuffix(low, "~") || strings.HasSuffix(low, ".bak") {
		return false
	}
	for _, ext := range exts {
		if strings.HasSuffix(low, strings.ToLower(ext)) {
			return true
		}
	}
	return false
}

// chosenReader turns an open dialog's answer into a path.
func (e *Editor) chosenReader(r fyne.URIReadCloser, err error) (string, bool) {
	if err != nil || r == nil {
		e.showError(err)
		return "", false
	}
	path := r.URI().Path()
	_ = r.Close()
	e.rememberFolder(path)
	return path, true
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
	e.rememberFolder(path)
	return path, true
}

func (e *Editor) rememberFolder(path string) {
	e.app.Preferences().SetString(prefFolder, filepath.Dir(path))
}
