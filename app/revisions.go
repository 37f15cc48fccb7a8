package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"rapporteur/internal/workspace"
)

// prefAuthor keeps the name the rapporteur writes tracked changes under.
const prefAuthor = "revisionAuthor"

// revisionsAuthor is the name tracked changes are written under: the one
// the rapporteur gave last, else the meeting's short name.
func (e *Editor) revisionsAuthor() string {
	if name := strings.TrimSpace(e.app.Preferences().String(prefAuthor)); name != "" {
		return name
	}
	return e.rep.Meeting.ShortNameOr()
}

// WriteRevisions writes the comparison shown as a Word file with tracked
// changes at path, in the background, the changes by author and dated now;
// the author is kept for next time. done, when not nil, is called on the UI
// goroutine with the outcome.
func (e *Editor) WriteRevisions(path, author string, done func(error)) {
	c := e.compare.cmp
	if c == nil {
		e.showError(errors.New("compare two versions first"))
		return
	}
	author = strings.TrimSpace(author)
	if author != "" {
		e.app.Preferences().SetString(prefAuthor, author)
	}
	at := e.now().UTC()
	e.background(path, func(opt workspace.ExportOptions) error {
		opt.Author, opt.Created = author, at
		return workspace.Revisions(path, c, opt)
	}, done)
}

// askRevisions asks under which name to write the comparison shown as a
// Word file with tracked changes, then where.
func (e *Editor) askRevisions() {
	if e.compare.cmp == nil {
		e.showError(errors.New("compare two versions first"))
		return
	}
	name := widget.NewEntry()
	name.SetText(e.revisionsAuthor())
	items := []*widget.FormItem{widget.NewFormItem("Changes by", name)}
	dialog.ShowForm("Word with tracked changes", "Choose file…", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if path, ok := e.chosenWriter(w, err); ok {
				if !strings.EqualFold(filepath.Ext(path), ".docx") {
					path += ".docx"
				}
				e.WriteRevisions(path, name.Text, nil)
			}
		}, e.win)
		d.SetFileName(fmt.Sprintf("changes %s-%s.docx", e.compare.old.Selected, e.compare.new.Selected))
		e.resizeDialog(d)
	}, e.win)
}
