package app

import (
	"errors"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// setParagraphText is the model update behind one keystroke: the text is
// set, the word count adjusted by the paragraph's difference and autosave
// armed. Nothing in it grows with the size of the report.
func (e *Editor) setParagraphText(p *draft.Paragraph, text string) {
	if p.Text == text {
		return
	}
	if !e.hist.typingIn(p.ID) {
		e.hist.push(typing{id: p.ID, text: p.Text})
	}
	e.words += draft.Words(text) - draft.Words(p.Text)
	p.Text = text
	e.changed()
}

var errNoItem = errors.New("select an agenda item first")

// current returns the selected item and the current paragraph (the last
// one focused, or the last of the item when none has been).
func (e *Editor) current() (*draft.Item, int, error) {
	it := e.Item()
	if it == nil {
		return nil, -1, errNoItem
	}
	k := e.para
	if k < 0 || k >= len(it.Paragraphs) {
		k = len(it.Paragraphs) - 1
	}
	return it, k, nil
}

// InsertParagraph inserts an empty paragraph after (or before) the current
// one, under the same sub-item, and puts the cursor in it.
func (e *Editor) InsertParagraph(after bool) error {
	it, k, err := e.current()
	if err != nil {
		return err
	}
	at, sub := 0, draft.ID(0)
	if k >= 0 {
		at, sub = k, it.Paragraphs[k].Sub
		if after {
			at = k + 1
		}
	}
	e.beforeStructure()
	if _, err := e.rep.InsertParagraph(it, at, sub, ""); err != nil {
		return err
	}
	e.para = at
	e.structureChanged()
	e.paras.focusRow(at)
	return nil
}

// SplitParagraph splits the current paragraph at its cursor.
func (e *Editor) SplitParagraph() error {
	it, k, err := e.current()
	if err != nil || k < 0 {
		return orNoParagraph(err)
	}
	off := len(it.Paragraphs[k].Text)
	if ent := e.paras.editorFor(k); ent != nil {
		off = byteOffset(ent.Text, ent.CursorTextOffset())
	}
	e.beforeStructure()
	if _, err := e.rep.SplitParagraph(it, k, off); err != nil {
		return err
	}
	e.words = e.rep.WordCount()
	e.para = k + 1
	e.structureChanged()
	e.paras.focusRow(k + 1)
	return nil
}

// MergeParagraph joins the next paragraph onto the current one.
func (e *Editor) MergeParagraph() error {
	it, k, err := e.current()
	if err != nil || k < 0 {
		return orNoParagraph(err)
	}
	if k+1 >= len(it.Paragraphs) {
		return errors.New("there is no paragraph after this one to merge")
	}
	e.beforeStructure()
	if err := it.MergeParagraph(k); err != nil {
		return err
	}
	e.structureChanged()
	return nil
}

// MoveParagraph moves the current paragraph up (-1) or down (+1) in its item.
func (e *Editor) MoveParagraph(delta int) error {
	it, k, err := e.current()
	if err != nil || k < 0 {
		return orNoParagraph(err)
	}
	to := k + delta
	if to < 0 || to >= len(it.Paragraphs) {
		return nil
	}
	e.beforeStructure()
	if err := e.rep.MoveParagraph(e.item, k, e.item, to); err != nil {
		return err
	}
	e.para = to
	e.structureChanged()
	e.paras.focusRow(to)
	return nil
}

// DeleteParagraph removes the current paragraph (undo puts it back).
func (e *Editor) DeleteParagraph() error {
	it, k, err := e.current()
	if err != nil || k < 0 {
		return orNoParagraph(err)
	}
	e.beforeStructure()
	p, err := it.DeleteParagraph(k)
	if err != nil {
		return err
	}
	e.words -= draft.Words(p.Text)
	if e.para >= len(it.Paragraphs) {
		e.para = len(it.Paragraphs) - 1
	}
	e.structureChanged()
	return nil
}

// SetParagraphSub puts the current paragraph under sub-item j (-1: the item
// as a whole).
func (e *Editor) SetParagraphSub(j int) error {
	it, k, err := e.current()
	if err != nil || k < 0 {
		return orNoParagraph(err)
	}
	var sub draft.ID
	if j >= 0 && j < len(it.SubItems) {
		sub = it.SubItems[j].ID
	}
	if it.Paragraphs[k].Sub == sub {
		return nil
	}
	e.beforeStructure()
	it.Paragraphs[k].Sub = sub
	e.structureChanged()
	return nil
}

func orNoParagraph(err error) error {
	if err != nil {
		return err
	}
	return errors.New("the item has no paragraph yet: insert one first")
}

// byteOffset converts a rune offset in s to a byte offset.
func byteOffset(s string, runes int) int {
	off := 0
	for i := 0; i < runes && off < len(s); i++ {
		_, n := utf8.DecodeRuneInString(s[off:])
		off += n
	}
	return off
}

// toolbar is the row of paragraph commands above the list.
func (v *paraView) toolbar() fyne.CanvasObject {
	e := v.e
	run := func(f func() error) func() {
		return func() { e.showError(f()) }
	}
	v.sub.OnChanged = func(string) { e.showError(e.SetParagraphSub(v.sub.SelectedIndex() - 1)) }
	return container.NewHBox(
		widget.NewButtonWithIcon("Before", theme.ContentAddIcon(), run(func() error { return e.InsertParagraph(false) })),
		widget.NewButtonWithIcon("After", theme.ContentAddIcon(), run(func() error { return e.InsertParagraph(true) })),
		widget.NewButtonWithIcon("Split", theme.ContentCutIcon(), run(e.SplitParagraph)),
		widget.NewButtonWithIcon("Merge", theme.ContentPasteIcon(), run(e.MergeParagraph)),
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), run(func() error { return e.MoveParagraph(-1) })),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), run(func() error { return e.MoveParagraph(1) })),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), run(e.DeleteParagraph)),
		v.sub,
	)
}

// syncSub shows the current paragraph's sub-item in the selector.
func (v *paraView) syncSub() {
	it, k, _ := v.e.current()
	opts := []string{"Whole item"}
	sel := 0
	if it != nil {
		for j, s := range it.SubItems {
			opts = append(opts, draft.SubItemLetter(j)+". "+truncate(s.Title, 28))
			if k >= 0 && it.Paragraphs[k].Sub == s.ID {
				sel = j + 1
			}
		}
	}
	f := v.sub.OnChanged
	v.sub.OnChanged = nil
	v.sub.Options = opts
	v.sub.SetSelectedIndex(sel)
	v.sub.OnChanged = f
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
