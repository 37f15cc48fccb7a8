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

// setParagraphText is one keystroke's worth of typing in paragraph p, as
// its editor sends it: the whole new text, through the edit path.
func (e *Editor) setParagraphText(p *draft.Paragraph, text string) {
	e.edit(typed{at: paragraphAt(p.ID), text: text})
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
	err = e.edit(restructure{do: func(r *draft.Report) error {
		_, err := r.InsertParagraph(it, at, sub, "")
		e.para = at
		return err
	}})
	if err != nil {
		return err
	}
	e.paras.focusRow(at)
	return nil
}

// WriteFirstParagraph writes the first paragraph under sub-item j, which
// has none yet, where its heading stands, and puts the cursor in it.
func (e *Editor) WriteFirstParagraph(j int) error {
	it := e.Item()
	if it == nil {
		return errNoItem
	}
	if j < 0 || j >= len(it.SubItems) {
		return nil
	}
	at := len(it.Paragraphs)
	for _, r := range listRows(it) {
		if r.heading && r.sub == j {
			at = r.k
		}
	}
	sub := it.SubItems[j].ID
	err := e.edit(restructure{do: func(r *draft.Report) error {
		_, err := r.InsertParagraph(it, at, sub, "")
		e.para = at
		return err
	}})
	if err != nil {
		return err
	}
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
		off = ent.Caret()
	}
	err = e.edit(restructure{do: func(r *draft.Report) error {
		_, err := r.SplitParagraph(it, k, off)
		e.para = k + 1
		return err
	}})
	if err != nil {
		return err
	}
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
	return e.edit(restructure{do: func(*draft.Report) error { return it.MergeParagraph(k) }})
}

// MoveParagraph moves the current paragraph up (-1) or down (+1) one row of
// the list: past a paragraph they change places; past a sub-item's heading
// it goes under the sub-item on the other side (see moveTarget). One undo
// step either way.
func (e *Editor) MoveParagraph(delta int) error {
	it, k, err := e.current()
	if err != nil || k < 0 {
		return orNoParagraph(err)
	}
	to, sub, ok := moveTarget(it, k, delta)
	if !ok {
		return nil
	}
	p := it.Paragraphs[k]
	keep := e.paras.caretOf(k)
	err = e.edit(restructure{do: func(r *draft.Report) error {
		e.para = to
		p.Sub = sub
		if to == k {
			return nil
		}
		return r.MoveParagraph(e.item, k, e.item, to)
	}})
	if err != nil {
		return err
	}
	e.paras.focusAt(to, keep)
	return nil
}

// DeleteParagraph removes the current paragraph (undo puts it back).
func (e *Editor) DeleteParagraph() error {
	it, k, err := e.current()
	if err != nil || k < 0 {
		return orNoParagraph(err)
	}
	return e.edit(restructure{do: func(*draft.Report) error {
		if _, err := it.DeleteParagraph(k); err != nil {
			return err
		}
		e.para = min(e.para, len(it.Paragraphs)-1)
		return nil
	}})
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
	p := it.Paragraphs[k]
	return e.edit(restructure{do: func(*draft.Report) error {
		p.Sub = sub
		return nil
	}})
}

func orNoParagraph(err error) error {
	if err != nil {
		return err
	}
	return errors.New("the item has no paragraph yet: New Paragraph (Ctrl+Enter) writes its first")
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
	return container.NewHBox(
		widget.NewButtonWithIcon("Before", theme.ContentAddIcon(), run(func() error { return e.InsertParagraph(false) })),
		widget.NewButtonWithIcon("After", theme.ContentAddIcon(), run(func() error { return e.InsertParagraph(true) })),
		widget.NewButtonWithIcon("Split", theme.ContentCutIcon(), run(e.SplitParagraph)),
		widget.NewButtonWithIcon("Merge", theme.ContentPasteIcon(), run(e.MergeParagraph)),
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), run(func() error { return e.MoveParagraph(-1) })),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), run(func() error { return e.MoveParagraph(1) })),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), run(e.DeleteParagraph)),
	)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
