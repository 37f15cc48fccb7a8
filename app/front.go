package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"rapporteur/app/keymap"
)

// frontForm edits the report's front matter: the title page as a report
// imported from a UN or other body keeps it. Each keystroke goes to the
// model through the edit path.
type frontForm struct {
	e     *Editor
	entry *keymap.Entry
	box   fyne.CanvasObject
}

func newFrontForm(e *Editor) *frontForm {
	f := &frontForm{e: e, entry: keymap.NewMultiLineEntry(e.keys)}
	f.entry.Wrapping = fyne.TextWrapWord
	f.entry.SetMinRowsVisible(5)
	f.entry.SetPlaceHolder("e.g. Distr.: General\n12 June 2024\nOriginal: English")
	f.entry.OnChanged = func(s string) { e.edit(typed{at: frontMatter(), text: s}) }
	head := widget.NewLabelWithStyle("Front matter", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	hint := widget.NewLabel("Printed in place of the title block made from the meeting details; leave it empty to print that.")
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	f.box = container.NewVBox(head, f.entry, hint)
	return f
}

func (f *frontForm) object() fyne.CanvasObject { return f.box }

// refresh shows the model's front matter.
func (f *frontForm) refresh() { setQuiet(&f.entry.Entry, f.e.rep.Front) }

// showText puts the cursor in the front matter at rune offset cursor.
func (f *frontForm) showText(cursor int) {
	f.e.win.Canvas().Focus(f.entry)
	setCursor(&f.entry.Entry, cursor)
}
