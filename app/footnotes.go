package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/app/keymap"
	"rapporteur/draft"
)

// footnotesView lists the report's footnotes, each with its label and
// text, to edit, add and remove through the edit path. The paragraph's
// text keeps a footnote's mark: "Sweden.1".
type footnotesView struct {
	e    *Editor
	rows *fyne.Container
	// labels and texts are the rows' entries, one per footnote, dels
	// their remove buttons.
	labels, texts []*keymap.Entry
	dels          []*widget.Button
	box           fyne.CanvasObject
}

func newFootnotesView(e *Editor) *footnotesView {
	v := &footnotesView{e: e, rows: container.NewVBox()}
	head := widget.NewLabelWithStyle("Footnotes", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	add := widget.NewButtonWithIcon("Add Footnote", theme.ContentAddIcon(), func() { _ = e.AddFootnote() })
	hint := widget.NewLabel("Type a footnote's label after the word it belongs to in the paragraph (\"Sweden.1\"): the exports set the footnote where its label stands.")
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	v.box = container.NewVBox(head, v.rows, add, hint)
	return v
}

func (v *footnotesView) object() fyne.CanvasObject { return v.box }

// refresh shows the model's footnotes, rebuilding the rows when their
// number changed.
func (v *footnotesView) refresh() {
	notes := v.e.rep.Footnotes
	if len(notes) != len(v.texts) {
		v.rebuild(len(notes))
	}
	for k, n := range notes {
		setQuiet(&v.labels[k].Entry, n.Label)
		setQuiet(&v.texts[k].Entry, n.Text)
	}
}

// rebuild makes n rows.
func (v *footnotesView) rebuild(n int) {
	v.labels, v.texts, v.dels = nil, nil, nil
	var objs []fyne.CanvasObject
	for k := 0; k < n; k++ {
		label, txt := keymap.NewEntry(v.e.keys), keymap.NewMultiLineEntry(v.e.keys)
		label.SetPlaceHolder("1")
		txt.Wrapping = fyne.TextWrapWord
		txt.SetMinRowsVisible(2)
		txt.SetPlaceHolder("The footnote's text")
		label.OnChanged = func(s string) { v.e.edit(typed{at: footnoteLabelAt(k), text: s}) }
		txt.OnChanged = func(s string) { v.e.edit(typed{at: footnoteTextAt(k), text: s}) }
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { _ = v.e.RemoveFootnote(k) })
		v.labels, v.texts, v.dels = append(v.labels, label), append(v.texts, txt), append(v.dels, del)
		labelBox := container.NewGridWrap(fyne.NewSize(56, label.MinSize().Height), label)
		objs = append(objs, container.NewBorder(nil, nil, labelBox, del, txt))
	}
	v.rows.Objects = objs
	v.rows.Refresh()
}

// showText puts the cursor in footnote k's label or text at rune offset
// cursor.
func (v *footnotesView) showText(k int, label bool, cursor int) {
	if k < 0 || k >= len(v.texts) {
		return
	}
	ent := v.texts[k]
	if label {
		ent = v.labels[k]
	}
	v.e.win.Canvas().Focus(ent)
	setCursor(&ent.Entry, cursor)
}

// AddFootnote appends a footnote labelled one more than the last numbered
// one, and puts the cursor in its text.
func (e *Editor) AddFootnote() error {
	err := e.edit(restructure{do: func(r *draft.Report) error {
		r.Footnotes = append(r.Footnotes, draft.Footnote{Label: nextFootnoteLabel(r.Footnotes)})
		return nil
	}})
	if err == nil {
		e.side.Select(e.houseTab)
		e.house.notes.showText(len(e.rep.Footnotes)-1, false, 0)
	}
	return err
}

// RemoveFootnote removes footnote k; the mark in the paragraph's text
// stays, for the rapporteur to remove or give another footnote.
func (e *Editor) RemoveFootnote(k int) error {
	if k < 0 || k >= len(e.rep.Footnotes) {
		return fmt.Errorf("app: no footnote %d", k+1)
	}
	return e.edit(restructure{do: func(r *draft.Report) error {
		r.Footnotes = append(r.Footnotes[:k:k], r.Footnotes[k+1:]...)
		return nil
	}})
}

// nextFootnoteLabel returns the label after the last numbered footnote's:
// "1" for the first.
func nextFootnoteLabel(notes []draft.Footnote) string {
	n := 0
	for _, f := range notes {
		if v, err := strconv.Atoi(strings.TrimSpace(f.Label)); err == nil && v > n {
			n = v
		}
	}
	return strconv.Itoa(n + 1)
}
