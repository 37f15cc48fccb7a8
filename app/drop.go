package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
)

// dropped is the window's drop handler: a report file (.rap) dropped on
// the window opens, and a Word or text draft (.docx, .txt) is imported, as
// File › Open does with them (see OpenPath). Of several files the first
// that can be opened is; anything else is refused with a word in the
// status line.
func (e *Editor) dropped(_ fyne.Position, uris []fyne.URI) {
	for _, u := range uris {
		path := u.Path()
		if u.Scheme() != "file" || !listed(filepath.Base(path), append([]string{Ext}, documentExts...)) {
			e.status.setSave(fmt.Sprintf("%s is neither a report (.rap) nor a Word or text draft (.docx, .txt)", u.Name()))
			continue
		}
		e.OpenOrRecover(path)
		return
	}
}

// Drop opens or imports the files at paths as if they were dropped on the
// window.
func (e *Editor) Drop(paths ...string) {
	var uris []fyne.URI
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		uris = append(uris, storage.NewFileURI(p))
	}
	e.dropped(fyne.Position{}, uris)
}
