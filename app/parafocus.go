package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"rapporteur/draft"
)

// The cursor in the paragraph list. Fyne's list draws only the rows in
// view and recycles their editors, so putting the cursor in a paragraph is
// "scroll to it, then focus its editor once the list has drawn it", and an
// editor the list takes for another row while it has the cursor must let
// go of it (or the typing would go into that other paragraph).

// focusRow scrolls to row k and puts the cursor in it, where it was.
func (v *paraView) focusRow(k int) { v.focusAt(k, nil) }

// caretOf returns what puts the caret and selection back where they are
// now in the editor of row k, for the same paragraph drawn in another row
// (moved up or down); nil when row k has no editor on screen.
func (v *paraView) caretOf(k int) func(*paraEntry) {
	ent := v.editorFor(k)
	if ent == nil {
		return nil
	}
	anchor, caret := ent.Anchor(), ent.Caret()
	return func(ent *paraEntry) { ent.Select(anchor, caret) }
}

// showText redraws row k after an undo or redo changed its text, and puts
// the cursor in it at rune offset cursor.
func (v *paraView) showText(k, cursor int) {
	v.refreshRow(k)
	v.focusAt(k, func(ent *paraEntry) { ent.SetCaret(byteOffset(ent.Text(), cursor)) })
}

// focusAt scrolls to row k and puts the cursor in it; then, when not nil,
// places the caret. A row the list has not drawn yet (just inserted, or
// scrolled to) gets the cursor as soon as it is drawn.
func (v *paraView) focusAt(k int, then func(*paraEntry)) {
	v.e.para = k
	v.scrollTo(k)
	v.pending = pendingFocus{row: -1}
	if !v.focusEditor(k, then) {
		v.pending = pendingFocus{row: k, then: then}
	}
}

// pendingFocus is a row to put the cursor in once the list draws it, and
// what to do with the caret then.
type pendingFocus struct {
	row  int
	then func(*paraEntry)
}

// focusEditor focuses the editor drawn for row k, reporting false when
// there is none on the canvas yet.
func (v *paraView) focusEditor(k int, then func(*paraEntry)) bool {
	ent := v.editorFor(k)
	if ent == nil {
		return false
	}
	c := v.e.win.Canvas()
	if c.Focus(ent); c.Focused() != ent {
		return false // not in the window's tree yet
	}
	if then != nil {
		then(ent)
	}
	return true
}

// drawn is called when the list binds row id to an editor: a pending focus
// on it is given once the frame is laid out.
func (v *paraView) drawn(id int) {
	if v.pending.row != id {
		return
	}
	p := v.pending
	v.pending = pendingFocus{row: -1}
	do(func() {
		if v.e.para == p.row {
			v.focusEditor(p.row, p.then)
		}
	})
}

// leave moves the cursor from row id to the paragraph above (dir -1) or
// below (+1), onto its last or first line at x, as Up and Down do between
// the lines of one paragraph. Past the item's first or last paragraph the
// cursor stays.
func (v *paraView) leave(id, dir int, x float32) {
	k := id + dir
	if k < 0 || k >= v.length() {
		return
	}
	v.focusAt(k, func(ent *paraEntry) { ent.PlaceCaret(dir, x) })
}

// startFirst makes a key typed with no widget focused, in an item with
// nothing in it yet, its first paragraph.
func (v *paraView) startFirst(key func(*paraEntry)) {
	if !v.first.Visible() || v.e.Comparing() {
		return
	}
	if err := v.e.InsertParagraph(true); err != nil {
		v.e.showError(err)
		return
	}
	v.focusAt(v.e.para, key)
}

// keepInView scrolls the list so that the caret's line, top to bottom in
// row id's editor, is in view: typing past the bottom of the view, or
// moving into a paragraph taller than it, keeps the cursor visible.
func (v *paraView) keepInView(id int, ent *paraEntry, top, bottom float32) {
	if !ent.Focused() {
		return
	}
	y := v.rowTop(id)
	off, h := v.list.GetScrollOffset(), v.list.Size().Height
	switch {
	case y+bottom > off+h:
		v.list.ScrollToOffset(y + bottom - h)
	case y+top < off:
		v.list.ScrollToOffset(y + top)
	}
}

// rowTop is the y of row id's top in the list's content: the heights of
// the rows above it and the list's separators between them.
func (v *paraView) rowTop(id int) float32 {
	sep := v.list.Theme().Size(theme.SizeNamePadding)
	y := float32(0)
	for k := 0; k < id; k++ {
		y += v.heights[k] + sep
	}
	return y
}

// awayFocus is the paragraph that had the cursor when the list took its
// editor for another row (the rapporteur scrolled it out of view), and
// where the caret was.
type awayFocus struct {
	id            draft.ID
	caret, anchor int
	set           bool
}

// takenBack lets editor ent, about to show another paragraph, give up the
// cursor it had in paragraph was; the next key brings it back there.
func (v *paraView) takenBack(ent *paraEntry, was draft.ID) {
	v.away = awayFocus{id: was, caret: ent.Caret(), anchor: ent.Anchor(), set: true}
	v.e.win.Canvas().Unfocus()
}

// resumeTyping makes a key typed with no widget focused, after the
// paragraph with the cursor was scrolled out of view, go back into that
// paragraph, as in a word processor.
func (v *paraView) resumeTyping(c fyne.Canvas) {
	c.SetOnTypedRune(func(r rune) { v.resume(func(ent *paraEntry) { ent.TypedRune(r) }) })
	c.SetOnTypedKey(func(k *fyne.KeyEvent) { v.resume(func(ent *paraEntry) { ent.TypedKey(k) }) })
}

// resume scrolls back to the paragraph that lost the cursor, puts the caret
// back and then does key.
func (v *paraView) resume(key func(*paraEntry)) {
	a := v.away
	if !a.set {
		v.startFirst(key)
		return
	}
	v.away = awayFocus{}
	_, w, ok := v.e.idx.paragraph(v.e.rep, a.id)
	if !ok || w.item != v.e.item {
		return
	}
	v.focusAt(w.pos, func(ent *paraEntry) {
		ent.Select(a.anchor, a.caret)
		key(ent)
	})
}
