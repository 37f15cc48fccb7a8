package app

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/app/keymap"
	"rapporteur/app/textarea"
	"rapporteur/draft"
)

// annexView lists the annexes and edits the selected one.
type annexView struct {
	e     *Editor
	list  *widget.List
	title *keymap.Entry
	body  *textarea.Area
	sel   int
	box   fyne.CanvasObject
	// editor holds the selected annex's title and text; empty says how to
	// add one and stands in its place while there is no annex.
	editor, empty fyne.CanvasObject
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
	v.title = keymap.NewEntry(e.keys)
	v.title.SetPlaceHolder("Title, e.g. List of participants")
	v.title.OnChanged = func(s string) {
		if a := v.annex(); a != nil {
			e.edit(typed{at: annexTitleOf(a.ID), text: s})
		}
	}
	v.body = textarea.New()
	v.body.PassShortcut = e.keys.Run
	v.body.OnEdit = func(textarea.Edit) {
		if a := v.annex(); a != nil {
			e.edit(typed{at: annexBodyOf(a.ID), text: v.body.Text()})
			e.marks.typed(v.body)
		}
	}
	bar := container.NewHBox(
		widget.NewButtonWithIcon("Annex", theme.ContentAddIcon(), func() { e.askTitleAs("New annex", annexExample, e.AddAnnex) }),
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { e.showError(e.MoveAnnex(v.sel, v.sel-1)) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { e.showError(e.MoveAnnex(v.sel, v.sel+1)) }),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			if v.annex() == nil {
				return
			}
			e.confirm("Delete annex", "Delete Annex "+draft.AnnexNumber(v.sel)+"? Undo brings it back.", "Delete", func() {
				e.showError(e.DeleteAnnex(v.sel))
			})
		}),
	)
	hint := widget.NewLabel("Blank lines separate the annex's paragraphs.")
	hint.Importance = widget.LowImportance
	v.editor = container.NewBorder(v.title, hint, nil, nil, container.NewVScroll(v.body))
	none := widget.NewLabel("No annex yet. + Annex adds one: the list of participants, a statement received from a delegation.")
	none.Wrapping = fyne.TextWrapWord
	none.Importance = widget.LowImportance
	v.empty = container.NewVBox(none)
	split := container.NewVSplit(v.list, container.NewStack(v.editor, v.empty))
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
		v.editor.Show()
		v.empty.Hide()
	} else {
		// Nothing to type into: what was typed would go nowhere.
		v.editor.Hide()
		v.empty.Show()
	}
	setQuiet(&v.title.Entry, title)
	if v.body.Text() != body {
		v.body.SetText(body)
	}
	if a != nil {
		v.e.marks.bind(v.body, annexBodyOf(a.ID))
	} else {
		v.body.ContextItems = nil
	}
}

// showText puts the cursor in the selected annex's title or body at rune
// offset cursor, after an undo or redo changed it and the view was redrawn.
func (v *annexView) showText(kind textKind, cursor int) {
	if kind == annexTitle {
		v.e.win.Canvas().Focus(v.title)
		setCursor(&v.title.Entry, cursor)
		return
	}
	v.e.win.Canvas().Focus(v.body)
	v.body.SetCaret(byteOffset(v.body.Text(), cursor))
}

func (v *annexView) refresh() {
	if v.sel >= len(v.e.rep.Annexes) {
		v.sel = len(v.e.rep.Annexes) - 1
	}
	if v.sel < 0 && len(v.e.rep.Annexes) > 0 {
		v.sel = 0 // a report opens on Annex I, never on fields that belong to none
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

// annexExample is the example a new annex's title field shows.
const annexExample = "e.g. List of participants"

// AddAnnex appends an annex titled title, selects it and puts the cursor
// in its text.
func (e *Editor) AddAnnex(title string) error {
	err := e.edit(restructure{do: func(r *draft.Report) error {
		_, err := r.InsertAnnex(len(r.Annexes), title, "")
		e.annexes.sel = len(r.Annexes) - 1
		return err
	}})
	if err != nil {
		return err
	}
	e.side.Select(e.annexTab)
	e.win.Canvas().Focus(e.annexes.body)
	return nil
}

// MoveAnnex moves annex from to position to.
func (e *Editor) MoveAnnex(from, to int) error {
	if from < 0 || to < 0 || to >= len(e.rep.Annexes) {
		return nil
	}
	return e.edit(restructure{do: func(r *draft.Report) error {
		e.annexes.sel = to
		return r.MoveAnnex(from, to)
	}})
}

// DeleteAnnex removes annex i.
func (e *Editor) DeleteAnnex(i int) error {
	if i < 0 || i >= len(e.rep.Annexes) {
		return errors.New("select an annex first")
	}
	return e.edit(restructure{do: func(r *draft.Report) error {
		_, err := r.DeleteAnnex(i)
		return err
	}})
}
