package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// noteRef is one note on a paragraph, where it stands.
type noteRef struct {
	item, k int      // the paragraph: its item and place in it
	id      draft.ID // the paragraph's ID
	n       int      // the note's place among the paragraph's notes
	note    draft.Note
}

// notesView lists the notes on the report's paragraphs: the comments of a
// Word file brought in, and who changed what in one received with tracked
// changes. Selecting a note shows its paragraph; Remove takes it off.
type notesView struct {
	e      *Editor
	list   *widget.List
	empty  *widget.Label
	remove *widget.Button
	notes  []noteRef
	sel    int
	box    fyne.CanvasObject
}

func newNotesView(e *Editor) *notesView {
	v := &notesView{e: e, sel: -1}
	v.empty = widget.NewLabel("No notes. The comments of a Word file brought in (File › Bring a Draft Into This Report), and who changed what in it, are kept here.")
	v.empty.Wrapping = fyne.TextWrapWord
	v.list = widget.NewList(func() int { return len(v.notes) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		return l
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		if id < len(v.notes) {
			o.(*widget.Label).SetText(v.line(v.notes[id]))
		}
	})
	v.list.OnSelected = v.selected
	v.remove = widget.NewButtonWithIcon("Remove note", theme.DeleteIcon(), func() { v.e.showError(v.removeSelected()) })
	v.remove.Disable()
	v.box = container.NewBorder(container.NewVBox(v.empty, v.remove), nil, nil, nil, v.list)
	return v
}

func (v *notesView) object() fyne.CanvasObject { return v.box }

// line writes a note with its paragraph's number and item.
func (v *notesView) line(n noteRef) string {
	return fmt.Sprintf("¶%d · item %s — %s", v.e.num.Number(n.item, n.k), v.e.rep.ItemNumber(n.item), n.note)
}

// refresh lists the report's notes again, in report order.
func (v *notesView) refresh() {
	v.notes = v.notes[:0]
	for i, it := range v.e.rep.Items {
		for k, p := range it.Paragraphs {
			for n, note := range p.Notes {
				v.notes = append(v.notes, noteRef{item: i, k: k, id: p.ID, n: n, note: note})
			}
		}
	}
	if len(v.notes) == 0 {
		v.empty.Show()
	} else {
		v.empty.Hide()
	}
	v.sel = -1
	v.remove.Disable()
	v.list.UnselectAll()
	v.list.Refresh()
}

// selected shows the note's paragraph.
func (v *notesView) selected(id widget.ListItemID) {
	if id >= len(v.notes) {
		return
	}
	v.sel = id
	v.remove.Enable()
	n := v.notes[id]
	v.e.agenda.selectItem(n.item)
	v.e.paras.scrollTo(n.k)
}

// removeSelected takes the selected note off its paragraph, through the
// edit path (undoable).
func (v *notesView) removeSelected() error {
	if v.sel < 0 || v.sel >= len(v.notes) {
		return nil
	}
	n := v.notes[v.sel]
	return v.e.edit(restructure{do: func(r *draft.Report) error {
		i, k, ok := r.Find(n.id)
		if !ok {
			return fmt.Errorf("the paragraph of the note is gone")
		}
		p := r.Items[i].Paragraphs[k]
		if n.n >= len(p.Notes) || p.Notes[n.n] != n.note {
			return fmt.Errorf("the note is gone")
		}
		p.Notes = slices.Delete(slices.Clone(p.Notes), n.n, n.n+1)
		if len(p.Notes) == 0 {
			p.Notes = nil
		}
		return nil
	}})
}
