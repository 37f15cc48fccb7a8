package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/app/keymap"
	"rapporteur/app/textarea"
	"rapporteur/draft"
)

// numberWidth is the width of the paragraph-number column.
const numberWidth = 52

// paraView is the centre of the window: the selected item's heading and its
// paragraphs in a virtualised list, one paragraph editor (textarea.Area)
// per visible row, each sub-item's heading standing above its paragraphs
// (see listRows). The list's rows are headings and paragraphs; heights and
// scrolling go by row, the editors and the cursor by paragraph.
type paraView struct {
	e       *Editor
	title   *widget.Label
	detail  *widget.Label
	list    *widget.List
	layout  []listRow   // the rows of the item shown
	rowFor  []int       // each paragraph's row
	measure *subHeading // a heading laid out off screen, for row heights
	box     fyne.CanvasObject
	width   float32            // the editors' width the row heights are for
	heights map[int]float32    // row heights set on the list
	bound   map[*paraEntry]int // editors and the rows they last showed
	rows    map[int]*paraEntry // the editor showing each row
	ids     map[*paraEntry]draft.ID
	pending pendingFocus // a row to focus once drawn (row -1: none)
	away    awayFocus    // the paragraph whose editor the list took back
	// first stands in the list's place in an item with nothing in it yet:
	// a way in, as an empty sub-item has.
	first *fyne.Container
}

func newParaView(e *Editor) *paraView {
	v := &paraView{e: e, heights: map[int]float32{}, bound: map[*paraEntry]int{}, rows: map[int]*paraEntry{},
		ids: map[*paraEntry]draft.ID{}, pending: pendingFocus{row: -1}}
	v.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.title.Wrapping = fyne.TextWrapWord
	v.detail = widget.NewLabel("")
	v.detail.Wrapping = fyne.TextWrapWord
	v.detail.Importance = widget.LowImportance
	v.measure = newSubHeading()
	v.list = widget.NewList(v.length, v.create, v.update)
	watch := container.New(&widthWatcher{onWidth: v.setWidth}, v.list)
	head := container.NewVBox(v.title, v.detail, container.NewHScroll(v.toolbar()))
	write := widget.NewButtonWithIcon("Write the item's first paragraph", theme.ContentAddIcon(), func() {
		e.showError(e.InsertParagraph(true))
	})
	write.Importance = widget.LowImportance
	v.first = container.NewVBox(container.NewHBox(write, layout.NewSpacer()))
	v.first.Hide()
	v.box = container.NewBorder(head, nil, nil, nil, container.NewStack(watch, v.first))
	v.resumeTyping(e.win.Canvas())
	return v
}

func (v *paraView) object() fyne.CanvasObject { return v.box }

func (v *paraView) length() int { return len(v.layout) }

// relayout lays the item shown out in rows.
func (v *paraView) relayout() {
	v.layout, v.rowFor = nil, nil
	it := v.e.Item()
	if it == nil {
		return
	}
	v.layout = listRows(it)
	v.rowFor = make([]int, len(it.Paragraphs))
	for r, row := range v.layout {
		if !row.heading {
			v.rowFor[row.k] = r
		}
	}
}

// row returns the list row paragraph k stands in, -1 for none.
func (v *paraView) row(k int) int {
	if k < 0 || k >= len(v.rowFor) {
		return -1
	}
	return v.rowFor[k]
}

// create makes a row that shows a heading or a paragraph (its number and
// editor), one at a time.
func (v *paraView) create() fyne.CanvasObject {
	num := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	para := container.New(&rowLayout{}, num, newParaEntry(v.e.keys))
	head := newSubHeading()
	return container.NewStack(head.object(), para, &headingRef{h: head})
}

// headingRef keeps a row's heading with the row; it draws nothing.
type headingRef struct {
	widget.BaseWidget
	h *subHeading
}

// CreateRenderer draws nothing.
func (r *headingRef) CreateRenderer() fyne.WidgetRenderer {
	r.ExtendBaseWidget(r)
	return widget.NewSimpleRenderer(layout.NewSpacer())
}

// update shows row id: a heading, or a paragraph bound to the row's
// editor. The editor reports each edit to the edit path, its line count to
// the row's height, its caret to the scrolling, and Up or Down past its
// ends to the paragraph there.
func (v *paraView) update(id widget.ListItemID, obj fyne.CanvasObject) {
	outer := obj.(*fyne.Container)
	head, c := outer.Objects[2].(*headingRef).h, outer.Objects[1].(*fyne.Container)
	num, ent := c.Objects[0].(*widget.Label), c.Objects[1].(*paraEntry)
	it := v.e.Item()
	if it == nil || id >= len(v.layout) {
		return
	}
	r := v.layout[id]
	if r.heading {
		v.release(ent)
		c.Hide()
		head.object().Show()
		head.onFirst = func() { v.e.showError(v.e.WriteFirstParagraph(r.sub)) }
		head.onEdit = func() { v.e.editDetails(v.e.item, r.sub) }
		head.show(it, r, v.subMark(r))
		return
	}
	head.object().Hide()
	c.Show()
	k := r.k
	p := it.Paragraphs[k]
	if t := fmt.Sprintf("%d.", v.e.num.Number(v.e.item, k)); num.Text != t {
		num.SetText(t)
	}
	if old, ok := v.bound[ent]; ok && v.rows[old] == ent {
		delete(v.rows, old)
	}
	if was, ok := v.ids[ent]; ok && was != p.ID && ent.Focused() {
		v.takenBack(ent, was)
	}
	v.bound[ent], v.rows[k], v.ids[ent] = k, ent, p.ID
	ent.OnEdit = nil
	ent.SetText(p.Text)
	pid := p.ID
	ent.OnEdit = func(ed textarea.Edit) { v.typed(pid, ent, ed) }
	ent.OnFocus = func(in bool) {
		if in {
			v.focused(k)
		} else {
			v.fit(id, ent)
		}
	}
	ent.OnLines = func(int) { v.fit(id, ent) }
	ent.OnCaret = func(top, bottom float32) { v.keepInView(id, ent, top, bottom) }
	ent.OnLeave = func(dir int, x float32) { v.leave(k, dir, x) }
	v.e.marks.bind(ent, paragraphAt(pid))
	v.drawn(k)
}

// release lets go of an editor whose row now shows a heading: it no longer
// shows its paragraph, and gives up the cursor it had in it.
func (v *paraView) release(ent *paraEntry) {
	if old, ok := v.bound[ent]; ok && v.rows[old] == ent {
		delete(v.rows, old)
	}
	if was, ok := v.ids[ent]; ok && ent.Focused() {
		v.takenBack(ent, was)
	}
	delete(v.bound, ent)
	delete(v.ids, ent)
	ent.OnEdit, ent.OnFocus, ent.OnLines, ent.OnCaret, ent.OnLeave = nil, nil, nil, nil, nil
	ent.ContextItems = nil
	ent.SetMarks(nil)
}

// typed is a keystroke (or a cut or paste) in paragraph pid: the new text
// goes through the edit path, with where it changed, so that nothing in it
// grows with the paragraph. The row's height follows through OnLines.
func (v *paraView) typed(pid draft.ID, ent *paraEntry, ed textarea.Edit) {
	v.e.edit(typed{at: paragraphAt(pid), text: ent.Text(), span: span{at: ed.At, old: len(ed.Old), new: len(ed.New), known: true}})
	v.e.marks.typed(ent)
}

// focused marks paragraph k as the current one.
func (v *paraView) focused(k int) {
	v.e.para = k
	v.away = awayFocus{}
}

// fit gives row id the height its editor's lines take, measuring nothing.
// While the editor has the cursor its row does not shrink by one line (it
// does when the cursor leaves): typing and deleting a word at the end of a
// line would otherwise resize the row, which redraws the whole list, at
// every other word.
func (v *paraView) fit(id int, ent *paraEntry) {
	h, cur := ent.MinSize().Height, v.heights[id]
	if h == cur || ent.Focused() && h < cur && cur-h <= ent.LineHeight() {
		return
	}
	v.heights[id] = h
	v.list.SetItemHeight(id, h)
}

// setHeight gives row id the height its text takes, for a row that may not
// be drawn: the editor's own line breaking over the shared word widths.
func (v *paraView) setHeight(id int, text string) {
	h := textarea.Height(text, v.width)
	if v.heights[id] != h {
		v.heights[id] = h
		v.list.SetItemHeight(id, h)
	}
}

// setWidth recomputes every row's height when the list's width changes.
func (v *paraView) setWidth(w float32) {
	if aw := w - numberWidth - theme.Padding(); aw != v.width {
		v.width = aw
		v.setHeights()
	}
}

func (v *paraView) setHeights() {
	it := v.e.Item()
	if it == nil {
		return
	}
	for id, r := range v.layout {
		if !r.heading {
			v.setHeight(id, it.Paragraphs[r.k].Text)
			continue
		}
		v.measure.show(it, r, v.subMark(r))
		if h := v.measure.height(v.width + numberWidth + theme.Padding()); v.heights[id] != h {
			v.heights[id] = h
			v.list.SetItemHeight(id, h)
		}
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
		v.title.SetText(v.e.rep.ItemHeading(v.e.item))
		v.detail.SetText(itemDetail(v.e, v.e.item))
	}
	v.relayout()
	v.setHeights()
	v.list.Refresh()
	v.first.Hidden = it == nil || v.length() > 0
	v.first.Refresh()
}

// itemDetail is the line under an item's heading: category, documents,
// sub-items and the live paragraph range, then the item's presentations.
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
		parts = append(parts, plural(n, "sub-item"))
	}
	switch g := e.num.Range(e.rep, i); {
	case g.Empty():
		parts = append(parts, "no paragraphs yet")
	case g.First == g.Last:
		parts = append(parts, fmt.Sprintf("paragraph %d", g.First))
	default:
		parts = append(parts, fmt.Sprintf("paragraphs %d–%d", g.First, g.Last))
	}
	line := strings.Join(parts, " · ")
	// The item's own presentations, as the report lists them under its
	// heading (a sub-item's stand in its heading).
	for _, p := range it.Presentations {
		line += "\n• " + p.Text
	}
	return line
}

func (v *paraView) refreshRow(k int) {
	if it := v.e.Item(); it != nil && v.row(k) >= 0 {
		v.setHeight(v.row(k), it.Paragraphs[k].Text)
		v.list.RefreshItem(v.row(k))
	}
}

// scrollTo scrolls paragraph k into view.
func (v *paraView) scrollTo(k int) {
	if r := v.row(k); r >= 0 {
		v.list.ScrollTo(r)
	}
}

// editorFor returns the visible editor showing paragraph k, or nil. The
// list recycles its rows, so the editor last given paragraph k is the one
// showing it.
func (v *paraView) editorFor(k int) *paraEntry {
	if ent := v.rows[k]; ent != nil && ent.Visible() {
		return ent
	}
	return nil
}

// paraEntry is the paragraph editor. The window's shortcuts reach the
// window first (see keymap), and Undo and Redo are the window's.
type paraEntry = textarea.Area

func newParaEntry(keys *keymap.Map) *paraEntry {
	a := textarea.New()
	a.PassShortcut = keys.Run
	return a
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

// subMark is the label of heading row r's sub-item as the report's house
// style writes it, or "" for the item as a whole.
func (v *paraView) subMark(r listRow) string {
	if r.sub < 0 {
		return ""
	}
	return v.e.rep.SubItemMark(v.e.item, r.sub)
}
