package app

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// annexView lists the annexes and edits the selected one.
type annexView struct {
	e     *Editor
	list  *widget.List
	title *widget.Entry
	body  *widget.Entry
	sel   int
	box   fyne.CanvasObject
}

func newAnnexView(e *Editor) *annexView {
	v := &annexView{e: e, sel: -1}
	v.list = widget.NewList(func() int { return len(e.rep.Annexes) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(e.rep.Annexes) {
				o.(*widget.Label).SetText("Annex " + draft.AnnexNumber(id) + ": " + e.rep.Annexes[id].Title)
			}
		})
	v.list.OnSelected = func(id widget.ListItemID) { v.sel = id; v.show() }
	v.title = widget.NewEntry()
	v.title.SetPlaceHolder("Title, e.g. List of participants")
	v.title.OnChanged = func(s string) {
		if a := v.annex(); a != nil && a.Title != s {
			a.Title = s
			v.list.RefreshItem(v.sel)
			e.changed()
		}
	}
	v.body = widget.NewMultiLineEntry()
	v.body.Wrapping = fyne.TextWrapWord
	v.body.SetPlaceHolder("Text; blank lines separate paragraphs")
	v.body.OnChanged = func(s string) {
		if a := v.annex(); a != nil && a.Body != s {
			a.Body = s
			e.changed()
		}
	}
	bar := container.NewHBox(
		widget.NewButtonWithIcon("Annex", theme.ContentAddIcon(), func() { e.showError(e.AddAnnex()) }),
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { e.showError(e.MoveAnnex(v.sel, v.sel-1)) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { e.showError(e.MoveAnnex(v.sel, v.sel+1)) }),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			if v.annex() == nil {
				return
			}
			dialog.ShowConfirm("Delete annex", "Delete Annex "+draft.AnnexNumber(v.sel)+"? Undo brings it back.", func(ok bool) {
				if ok {
					e.showError(e.DeleteAnnex(v.sel))
				}
			}, e.win)
		}),
	)
	editor := container.NewBorder(v.title, nil, nil, nil, v.body)
	split := container.NewVSplit(v.list, editor)
	split.Offset = 0.3
	v.box = container.NewBorder(bar, nil, nil, nil, split)
	return v
}

func (v *annexView) object() fyne.CanvasObject { return v.box }

func (v *annexView) annex() *draft.Annex {
	if v.sel < 0 || v.sel >= len(v.e.rep.Annexes) {
		return nil
	}
	return v.e.rep.Annexes[v.sel]
}

func (v *annexView) show() {
	a := v.annex()
	title, body := "", ""
	if a != nil {
		title, body = a.Title, a.Body
	}
	setQuiet(v.title, title)
	setQuiet(v.body, body)
}

func (v *annexView) refresh() {
	if v.sel >= len(v.e.rep.Annexes) {
		v.sel = len(v.e.rep.Annexes) - 1
	}
	v.list.Refresh()
	if v.sel >= 0 {
		v.list.Select(v.sel)
	}
	v.show()
}

// setQuiet sets an entry's text without calling its OnChanged.
func setQuiet(ent *widget.Entry, s string) {
	if ent.Text == s {
		return
	}
	cb := ent.OnChanged
	ent.OnChanged = nil
	ent.SetText(s)
	ent.OnChanged = cb
}

// AddAnnex appends an annex and selects it.
func (e *Editor) AddAnnex() error {
	e.beforeStructure()
	if _, err := e.rep.InsertAnnex(len(e.rep.Annexes), "New annex", ""); err != nil {
		return err
	}
	e.annexes.sel = len(e.rep.Annexes) - 1
	e.structureChanged()
	return nil
}

// MoveAnnex moves annex from to position to.
func (e *Editor) MoveAnnex(from, to int) error {
	if from < 0 || to < 0 || to >= len(e.rep.Annexes) {
		return nil
	}
	e.beforeStructure()
	if err := e.rep.MoveAnnex(from, to); err != nil {
		return err
	}
	e.annexes.sel = to
	e.structureChanged()
	return nil
}

// DeleteAnnex removes annex i.
func (e *Editor) DeleteAnnex(i int) error {
	if i < 0 || i >= len(e.rep.Annexes) {
		return errors.New("select an annex first")
	}
	e.beforeStructure()
	if _, err := e.rep.DeleteAnnex(i); err != nil {
		return err
	}
	e.structureChanged()
	return nil
}
