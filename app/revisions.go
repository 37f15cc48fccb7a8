package app

import (
	"errors"
	"fmt"
	"strings"

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
// Word file with tracked changes (the cursor in the name, Enter goes on),
// then where: the report's folder, "NAME changes a-working.docx".
func (e *Editor) askRevisions() {
	if e.compare.cmp == nil {
		e.showError(errors.New("compare two versions first"))
		return
	}
	name := newDialogField("Your name, as Word shows it")
	name.SetText(e.revisionsAuthor())
	items := []*widget.FormItem{widget.NewFormItem("Changes by", name)}
	e.showForm("Word with tracked changes", "Choose file…", items, name, 640, func(ok bool) {
		if !ok {
			return
		}
		file := fmt.Sprintf("%s changes %s-%s", e.reportName(), e.compare.old.Selected, e.compare.new.Selected)
		e.askSave("Save the comparison as Word", file, ".docx", func(path string) { e.WriteRevisions(path, name.Text, nil) })
	})
}
