package app

import (
	"fmt"

	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// MoveParagraphToItem moves the current paragraph to the end of item to
// (before its conclusion), under that item as a whole, and shows it there.
// Every number in between follows; undo puts it back.
func (e *Editor) MoveParagraphToItem(to int) error {
	_, k, err := e.current()
	if err != nil || k < 0 {
		return orNoParagraph(err)
	}
	if to < 0 || to >= len(e.rep.Items) || to == e.item {
		return nil
	}
	at := len(e.rep.Items[to].Paragraphs)
	from := e.item
	err = e.edit(restructure{do: func(r *draft.Report) error {
		e.item, e.para = to, at
		return r.MoveParagraph(from, k, to, at)
	}})
	if err != nil {
		return err
	}
	e.agenda.selectItem(to)
	e.paras.focusRow(at)
	return nil
}

// askMoveToItem asks which item the current paragraph should move to.
func (e *Editor) askMoveToItem() {
	if _, k, err := e.current(); err != nil || k < 0 {
		e.showError(orNoParagraph(err))
		return
	}
	var names []string
	for i, it := range e.rep.Items {
		names = append(names, fmt.Sprintf("%s. %s", e.rep.ItemNumber(i), truncate(it.Title, 50)))
	}
	pick := newDialogSelect(names)
	e.showForm("Move paragraph to item", "Move", []*widget.FormItem{widget.NewFormItem("Item", pick)}, pick, titleWidth, func(ok bool) {
		if ok && pick.SelectedIndex() >= 0 {
			e.showError(e.MoveParagraphToItem(pick.SelectedIndex()))
		}
	})
}
