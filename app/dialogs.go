package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// The window's own dialogs behave as a desktop editor's do: the cursor is
// in the first field when the dialog opens, Enter in a one-line field
// confirms, and Escape cancels, wherever the focus is.

// dialogField is a text field of a dialog: an Entry that gives Escape to its
// dialog. Enter in a one-line field confirms the dialog (OnSubmitted).
type dialogField struct {
	widget.Entry
	onEscape func()
}

// newDialogField returns a one-line dialog field with placeholder hint.
func newDialogField(hint string) *dialogField {
	f := &dialogField{}
	f.ExtendBaseWidget(f)
	f.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	f.SetPlaceHolder(hint)
	return f
}

// TypedKey cancels the dialog on Escape and edits the text otherwise.
func (f *dialogField) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && f.onEscape != nil {
		f.onEscape()
		return
	}
	f.Entry.TypedKey(k)
}

// formDialog is a form shown over the window; see showForm.
type formDialog struct {
	*dialog.FormDialog
	canvas  fyne.Canvas
	prevKey func(*fyne.KeyEvent)
}

// showForm shows a form dialog of width wide with the cursor in first (nil:
// no field), where Enter in any field confirms and Escape cancels; done
// gets the answer once the dialog is gone.
func (e *Editor) showForm(title, confirm string, items []*widget.FormItem, first fyne.Focusable, width float32, done func(ok bool)) *formDialog {
	c := e.win.Canvas()
	fd := &formDialog{canvas: c, prevKey: c.OnTypedKey()}
	fd.FormDialog = dialog.NewForm(title, confirm, "Cancel", items, func(ok bool) {
		c.SetOnTypedKey(fd.prevKey)
		done(ok)
	}, e.win)
	for _, it := range items {
		if f, ok := it.Widget.(*dialogField); ok {
			f.onEscape = fd.Hide
			if !f.MultiLine {
				f.OnSubmitted = func(string) { fd.Submit() }
			}
		}
	}
	// With the focus on a button, or nowhere, keys go to the canvas.
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyEscape:
			fd.Hide()
		case fyne.KeyReturn, fyne.KeyEnter:
			fd.Submit()
		}
	})
	fd.Resize(fyne.NewSize(width, fd.MinSize().Height))
	fd.Show()
	if first != nil {
		c.Focus(first)
	}
	return fd
}
