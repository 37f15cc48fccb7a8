package app

import (
	"errors"
	"fmt"

	"rapporteur/internal/workspace"
)

// askRedline asks where to write the comparison shown as a redline PDF,
// starting in the report's folder: "NAME redline a-working.pdf".
func (e *Editor) askRedline() {
	c := e.compare.cmp
	if c == nil {
		e.showError(errors.New("compare two versions first"))
		return
	}
	name := fmt.Sprintf("%s redline %s-%s", e.reportName(), e.compare.old.Selected, e.compare.new.Selected)
	e.askSave("Save the redline PDF", name, ".pdf", func(path string) { e.WriteRedline(path, nil) })
}

// WriteRedline writes the comparison shown as a redline PDF at path, in
// the background, of the changes only when the view's "Changes only" is
// ticked; done as for Export.
func (e *Editor) WriteRedline(path string, done func(error)) {
	c, only := e.compare.cmp, e.compare.only.Checked
	if c == nil {
		e.showError(errors.New("compare two versions first"))
		return
	}
	e.background(path, func(opt workspace.ExportOptions) error {
		opt.ChangesOnly = only
		return workspace.Redline(path, c, opt)
	}, done)
}
