package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The window's dialogs behave as a desktop editor's do: the cursor is in
// the first field when the dialog opens, Enter confirms (in a one-line
// field, on a choice, or with the focus on nothing), and Escape cancels,
// wherever the focus is. Their fields are dialogField, dialogSelect and
// dialogSelectEntry, which give those two keys to their dialog; with the
// focus on a button or nowhere, the canvas does (dialogKeys).

// dialogKeyer is a dialog field that gives Enter and Escape to its dialog.
type dialogKeyer interface {
	setKeys(submit, cancel func())
}

// dialogField is a text field of a dialog: an Entry that gives Escape to
// its dialog, and Enter too when it is one line.
type dialogField struct {
	widget.Entry
	submit, cancel func()
}

// newDialogField returns a one-line dialog field with placeholder hint.
func newDialogField(hint string) *dialogField {
	f := &dialogField{}
	f.ExtendBaseWidget(f)
	f.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	f.SetPlaceHolder(hint)
	return f
}

// newDialogArea returns a multi-line dialog field, where Enter starts a
// new line, showing rows lines.
func newDialogArea(hint string, rows int) *dialogField {
	f := newDialogField(hint)
	f.MultiLine = true
	f.Wrapping = fyne.TextWrapWord
	f.SetMinRowsVisible(rows)
	return f
}

func (f *dialogField) setKeys(submit, cancel func()) {
	f.submit, f.cancel = submit, cancel
	if !f.MultiLine {
		f.OnSubmitted = func(string) { submit() }
	}
}

// TypedKey cancels the dialog on Escape and edits the text otherwise.
func (f *dialogField) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && f.cancel != nil {
		f.cancel()
		return
	}
	f.Entry.TypedKey(k)
}

// dialogSelect is a choice in a dialog: Enter confirms the dialog, Escape
// cancels it, the other keys choose.
type dialogSelect struct {
	widget.Select
	submit, cancel func()
}

func newDialogSelect(options []string) *dialogSelect {
	s := &dialogSelect{}
	s.ExtendBaseWidget(s)
	s.Options = options
	s.PlaceHolder = "(Select one)"
	return s
}

func (s *dialogSelect) setKeys(submit, cancel func()) { s.submit, s.cancel = submit, cancel }

// TypedKey confirms or cancels the dialog, or changes the choice.
func (s *dialogSelect) TypedKey(k *fyne.KeyEvent) {
	switch {
	case (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && s.submit != nil:
		s.submit()
	case k.Name == fyne.KeyEscape && s.cancel != nil:
		s.cancel()
	default:
		s.Select.TypedKey(k)
	}
}

// dialogSelectEntry is a text field with a list of suggestions in a
// dialog (a category): Escape cancels the dialog, Enter confirms it, Down
// opens the list. The arrow that opens the list with the mouse is not in
// the Tab order, as a combo box's is not: Tab goes on to the next field
// (with Fyne's own arrow, a button, Tab stopped on it and what was typed
// next was lost).
type dialogSelectEntry struct {
	widget.SelectEntry
	menu   *fyne.Menu
	cancel func()
}

func newDialogSelectEntry(options []string) *dialogSelectEntry {
	s := &dialogSelectEntry{}
	s.ExtendBaseWidget(s)
	s.Wrapping = fyne.TextWrapOff
	s.menu = fyne.NewMenu("")
	for _, o := range options {
		s.menu.Items = append(s.menu.Items, fyne.NewMenuItem(o, func() { s.pick(o) }))
	}
	s.ActionItem = newDropArrow(s.openList)
	s.SetOptions(options)
	return s
}

// pick puts option in the field and the cursor back in it.
func (s *dialogSelectEntry) pick(option string) {
	s.SetText(option)
	s.CursorColumn = len([]rune(option))
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil {
		c.Focus(s)
	}
}

// openList shows the suggestions under the field.
func (s *dialogSelectEntry) openList() {
	c := fyne.CurrentApp().Driver().CanvasForObject(s)
	if c == nil || len(s.menu.Items) == 0 {
		return
	}
	pop := widget.NewPopUpMenu(s.menu, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s)
	pop.ShowAtPosition(pos.Add(fyne.NewPos(0, s.Size().Height)))
	pop.Resize(fyne.NewSize(s.Size().Width, pop.MinSize().Height))
}

func (s *dialogSelectEntry) setKeys(submit, cancel func()) {
	s.cancel = cancel
	s.OnSubmitted = func(string) { submit() }
}

// TypedKey cancels the dialog on Escape, opens the list on Down and edits
// the text otherwise.
func (s *dialogSelectEntry) TypedKey(k *fyne.KeyEvent) {
	switch {
	case k.Name == fyne.KeyEscape && s.cancel != nil:
		s.cancel()
	case k.Name == fyne.KeyDown:
		s.openList()
	default:
		s.SelectEntry.TypedKey(k)
	}
}

// dropArrow is the arrow at the end of a dialogSelectEntry: tapped, it
// opens the list; it never takes the focus.
type dropArrow struct {
	widget.BaseWidget
	tapped func()
}

func newDropArrow(tapped func()) *dropArrow {
	a := &dropArrow{tapped: tapped}
	a.ExtendBaseWidget(a)
	return a
}

// Tapped opens the list.
func (a *dropArrow) Tapped(*fyne.PointEvent) { a.tapped() }

// Cursor is the pointer a button shows.
func (a *dropArrow) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer draws the arrow icon with a button's padding.
func (a *dropArrow) CreateRenderer() fyne.WidgetRenderer {
	icon := widget.NewIcon(theme.MenuDropDownIcon())
	return widget.NewSimpleRenderer(container.NewPadded(icon))
}

// dialogKeys makes Enter call submit and Escape call cancel in d: each
// field of it that takes the keys passes them, and the canvas takes them
// while the focus is on a button or nowhere, until d closes.
func (e *Editor) dialogKeys(d dialog.Dialog, fields []fyne.CanvasObject, submit, cancel func()) {
	for _, f := range fields {
		if k, ok := f.(dialogKeyer); ok {
			k.setKeys(submit, cancel)
		}
	}
	c := e.win.Canvas()
	prev := c.OnTypedKey()
	depth := len(c.Overlays().List()) + 1 // with d shown
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		if len(c.Overlays().List()) != depth {
			return // a dialog over d (a file chooser) has the keys
		}
		switch k.Name {
		case fyne.KeyEscape:
			cancel()
		case fyne.KeyReturn, fyne.KeyEnter:
			submit()
		}
	})
	d.SetOnClosed(func() { c.SetOnTypedKey(prev) })
}

// showForm shows a form dialog width wide with the cursor in first (nil:
// no field), where Enter confirms and Escape cancels; done gets the answer
// once the dialog is gone.
func (e *Editor) showForm(title, confirm string, items []*widget.FormItem, first fyne.Focusable, width float32, done func(ok bool)) *dialog.FormDialog {
	d := dialog.NewForm(title, confirm, "Cancel", items, done, e.win)
	var fields []fyne.CanvasObject
	for _, it := range items {
		fields = append(fields, it.Widget)
	}
	e.dialogKeys(d, fields, d.Submit, d.Hide)
	d.Resize(fyne.NewSize(width, d.MinSize().Height))
	d.Show()
	if first != nil {
		e.win.Canvas().Focus(first)
	}
	return d
}

// confirm asks whether to do something that undo can take back ("Delete
// item IV?"): Enter or the button labelled action does it, Escape cancels.
func (e *Editor) confirm(title, message, action string, do func()) *dialog.ConfirmDialog {
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(title, action, "Cancel", msg, func(ok bool) {
		if ok {
			do()
		}
	}, e.win)
	e.dialogKeys(d, nil, d.Confirm, d.Hide)
	d.Resize(fyne.NewSize(480, d.MinSize().Height))
	d.Show()
	return d
}
