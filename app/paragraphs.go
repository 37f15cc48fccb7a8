package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/app/keymap"
	"rapporteur/draft"
)

// numberWidth is the width of the paragraph-number column.
const numberWidth = 52

// wrapMargin is taken off the text width when counting wrapped lines, so
// that rounding never makes a row a line too short.
const wrapMargin = 6

// paraView is the centre of the window: the selected item's heading and its
// paragraphs in a virtualised list, one word-wrapped Entry per visible row.
type paraView struct {
	e       *Editor
	title   *widget.Label
	detail  *widget.Label
	sub     *widget.Select
	list    *widget.List
	box     fyne.CanvasObject
	measure *measurer
	width   float32            // text width the row heights were computed for
	heights map[int]float32    // row heights set on the list
	bound   map[*paraEntry]int // editors and the rows they last showed
	rows    map[int]*paraEntry // the editor showing each row
	pending pendingFocus       // a row to focus once drawn (row -1: none)
}

func newParaView(e *Editor) *paraView {
	v := &paraView{e: e, measure: newMeasurer(), heights: map[int]float32{}, bound: map[*paraEntry]int{}, rows: map[int]*paraEntry{}, pending: pendingFocus{row: -1}}
	v.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.title.Wrapping = fyne.TextWrapWord
	v.detail = widget.NewLabel("")
	v.detail.Wrapping = fyne.TextWrapWord
	v.detail.Importance = widget.LowImportance
	v.sub = widget.NewSelect(nil, nil)
	v.list = widget.NewList(v.length, v.create, v.update)
	watch := container.New(&widthWatcher{onWidth: v.setWidth}, v.list)
	head := container.NewVBox(v.title, v.detail, container.NewHScroll(v.toolbar()))
	v.box = container.NewBorder(head, nil, nil, nil, watch)
	return v
}

func (v *paraView) object() fyne.CanvasObject { return v.box }

func (v *paraView) length() int {
	if it := v.e.Item(); it != nil {
		return len(it.Paragraphs)
	}
	return 0
}

func (v *paraView) create() fyne.CanvasObject {
	num := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	ent := newParaEntry(v.e.keys)
	return container.New(&rowLayout{}, num, ent)
}

func (v *paraView) update(id widget.ListItemID, obj fyne.CanvasObject) {
	c := obj.(*fyne.Container)
	num, ent := c.Objects[0].(*widget.Label), c.Objects[1].(*paraEntry)
	it := v.e.Item()
	if it == nil || id >= len(it.Paragraphs) {
		return
	}
	p := it.Paragraphs[id]
	if t := v.numberText(it, id); num.Text != t {
		num.SetText(t)
	}
	if old, ok := v.bound[ent]; ok && v.rows[old] == ent {
		delete(v.rows, old)
	}
	v.bound[ent], v.rows[id] = id, ent
	ent.OnChanged = nil
	if ent.Text != p.Text {
		ent.SetText(p.Text)
	}
	pid := p.ID
	ent.OnChanged = func(s string) { v.typed(pid, id, s) }
	ent.onFocus = func() { v.focused(id) }
	v.drawn(id)
}

// numberText is the row's derived number, with the sub-item letter under
// the first paragraph written under each sub-item.
func (v *paraView) numberText(it *draft.Item, k int) string {
	s := fmt.Sprintf("%d.", v.e.num.Number(v.e.item, k))
	p := it.Paragraphs[k]
	if p.Sub != 0 && (k == 0 || it.Paragraphs[k-1].Sub != p.Sub) {
		if _, j := it.SubItem(p.Sub); j >= 0 {
			s += "\n(" + draft.SubItemLetter(j) + ")"
		}
	}
	return s
}

// typed is a keystroke in row id, paragraph pid: the model is updated
// through the edit path and the row's height follows its text.
func (v *paraView) typed(pid draft.ID, id int, text string) {
	v.e.edit(typed{at: paragraphAt(pid), text: text})
	v.setHeight(id, text)
}

func (v *paraView) focused(id int) {
	v.e.para = id
	v.syncSub()
}

func (v *paraView) setHeight(id int, text string) {
	h := v.measure.entryHeight(text, v.width)
	if v.heights[id] != h {
		v.heights[id] = h
		v.list.SetItemHeight(id, h)
	}
}

// setWidth recomputes every row's height when the list's width changes.
func (v *paraView) setWidth(w float32) {
	tw := w - numberWidth - theme.Padding() - 2*theme.InnerPadding() - wrapMargin
	if tw == v.width {
		return
	}
	v.width = tw
	v.setHeights()
}

func (v *paraView) setHeights() {
	it := v.e.Item()
	if it == nil {
		return
	}
	for k, p := range it.Paragraphs {
		v.setHeight(k, p.Text)
	}
}

// refresh redraws the heading and every row from the model.
func (v *paraView) refresh() {
	it := v.e.Item()
	v.heights = map[int]float32{}
	if it == nil {
		v.title.SetText("No item selected")
		v.detail.SetText("Add an agenda item on the left to start.")
	} else {
		v.title.SetText(fmt.Sprintf("ITEM %s – %s", v.e.rep.ItemNumber(v.e.item), strings.ToUpper(it.Title)))
		v.detail.SetText(itemDetail(v.e, v.e.item))
	}
	v.setHeights()
	v.syncSub()
	v.list.Refresh()
}

// itemDetail is the line under an item's heading: category, documents,
// sub-items and the live paragraph range.
func itemDetail(e *Editor, i int) string {
	it := e.rep.Items[i]
	var parts []string
	if it.Category != "" {
		parts = append(parts, "("+string(it.Category)+")")
	}
	if len(it.Docs) > 0 {
		parts = append(parts, "Doc. "+strings.Join(it.Docs, ", "))
	}
	if n := len(it.SubItems); n > 0 {
		parts = append(parts, fmt.Sprintf("%d sub-items", n))
	}
	if g := e.num.Range(e.rep, i); !g.Empty() {
		parts = append(parts, fmt.Sprintf("paragraphs %d–%d", g.First, g.Last))
	} else {
		parts = append(parts, "no paragraphs yet")
	}
	return strings.Join(parts, " · ")
}

func (v *paraView) refreshRow(k int) {
	if it := v.e.Item(); it != nil && k >= 0 && k < len(it.Paragraphs) {
		v.setHeight(k, it.Paragraphs[k].Text)
		v.list.RefreshItem(k)
	}
}

func (v *paraView) scrollTo(k int) {
	if k >= 0 && k < v.length() {
		v.list.ScrollTo(k)
	}
}

// editorFor returns the visible Entry showing row k, or nil. The list
// recycles its rows, so the editor last given row k is the one showing it.
func (v *paraView) editorFor(k int) *paraEntry {
	if ent := v.rows[k]; ent != nil && ent.Visible() {
		return ent
	}
	return nil
}

// focusRow scrolls to row k and puts the cursor in it.
func (v *paraView) focusRow(k int) { v.focusAt(k, -1) }

// showText redraws row k after an undo or redo changed its text, and puts
// the cursor in it at rune offset cursor.
func (v *paraView) showText(k, cursor int) {
	v.refreshRow(k)
	v.focusAt(k, cursor)
}

// focusAt scrolls to row k and puts the cursor in it, at rune offset
// cursor (or where it was, for -1). A row the list has not drawn yet (just
// inserted, or scrolled to) gets the cursor as soon as it is drawn.
func (v *paraView) focusAt(k, cursor int) {
	v.e.para = k
	v.scrollTo(k)
	v.syncSub()
	v.pending = pendingFocus{row: -1}
	if !v.focusEditor(k, cursor) {
		v.pending = pendingFocus{row: k, cursor: cursor}
	}
}

// pendingFocus is a row to put the cursor in once the list draws it.
type pendingFocus struct{ row, cursor int }

// focusEditor focuses the editor drawn for row k, reporting false when
// there is none on the canvas yet.
func (v *paraView) focusEditor(k, cursor int) bool {
	ent := v.editorFor(k)
	if ent == nil {
		return false
	}
	c := v.e.win.Canvas()
	if c.Focus(ent); c.Focused() != ent {
		return false // not in the window's tree yet
	}
	if cursor >= 0 {
		setCursor(&ent.Entry, cursor)
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
	fyne.Do(func() {
		if v.e.para == p.row {
			v.focusEditor(p.row, p.cursor)
		}
	})
}

// paraEntry is a multi-line, word-wrapping Entry that reports when it
// gains focus, so commands know which paragraph is current, and passes the
// window's shortcuts on (see keymap).
type paraEntry struct {
	widget.Entry
	onFocus func()
	keys    *keymap.Map
}

func newParaEntry(keys *keymap.Map) *paraEntry {
	e := &paraEntry{keys: keys}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetMinRowsVisible(1)
	return e
}

// TypedShortcut runs the window's command for s, or edits the text.
func (e *paraEntry) TypedShortcut(s fyne.Shortcut) { e.keys.Typed(s, e.Entry.TypedShortcut) }

// FocusGained marks the entry's paragraph as the current one.
func (e *paraEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.onFocus != nil {
		e.onFocus()
	}
}

// rowLayout puts the number on the left at a fixed width and the editor in
// the rest of the row.
type rowLayout struct{}

func (rowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(numberWidth, objs[0].MinSize().Height))
	objs[1].Move(fyne.NewPos(numberWidth+pad, 0))
	objs[1].Resize(fyne.NewSize(size.Width-numberWidth-pad, size.Height))
}

func (rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(numberWidth+theme.Padding()+objs[1].MinSize().Width, objs[1].MinSize().Height)
}

// widthWatcher lays its one child out at full size and reports width changes.
type widthWatcher struct {
	onWidth func(float32)
}

func (l *widthWatcher) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Resize(size)
	objs[0].Move(fyne.NewPos(0, 0))
	l.onWidth(size.Width)
}

func (l *widthWatcher) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }
