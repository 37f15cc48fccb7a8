package app

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// agendaView is the left pane: the agenda as a tree of items and their
// sub-items, each with its category badge and live paragraph range.
type agendaView struct {
	e    *Editor
	tree *widget.Tree
	box  fyne.CanvasObject
	bar  *fyne.Container // the toolbar, on as many rows as the pane needs
	sel  widget.TreeNodeID
	// roots are the items' node IDs, renewed by refresh: the tree asks for
	// them several times per redraw.
	roots []widget.TreeNodeID
}

// Tree node IDs are "i<ID>" for an item and "s<ID>" for a sub-item.
func itemNode(id draft.ID) string { return "i" + strconv.FormatInt(int64(id), 10) }
func subNode(id draft.ID) string  { return "s" + strconv.FormatInt(int64(id), 10) }

func newAgendaView(e *Editor) *agendaView {
	v := &agendaView{e: e}
	v.tree = widget.NewTree(v.children, v.isBranch, v.create, v.update)
	v.tree.OnSelected = v.selected
	v.bar = newWrap(func() fyne.CanvasObject { return v.box }, v.toolbar().(*fyne.Container).Objects...)
	v.box = container.NewBorder(v.bar, nil, nil, nil, v.tree)
	return v
}

func (v *agendaView) object() fyne.CanvasObject { return v.box }

// locate finds a node through the editor's index, at a fixed cost: the
// item index and, for a sub-item, its index (else -1).
func (v *agendaView) locate(uid widget.TreeNodeID) (int, int) {
	if len(uid) < 2 {
		return -1, -1
	}
	n, err := strconv.ParseInt(uid[1:], 10, 64)
	if err != nil {
		return -1, -1
	}
	id := draft.ID(n)
	switch uid[0] {
	case 'i':
		return v.e.idx.item(id), -1
	case 's':
		if w, ok := v.e.idx.subs[id]; ok {
			return w.item, w.pos
		}
	}
	return -1, -1
}

func (v *agendaView) children(uid widget.TreeNodeID) []widget.TreeNodeID {
	var out []widget.TreeNodeID
	if uid == "" {
		return v.roots
	}
	if i, j := v.locate(uid); i >= 0 && j < 0 {
		for _, s := range v.e.rep.Items[i].SubItems {
			out = append(out, subNode(s.ID))
		}
	}
	return out
}

func (v *agendaView) isBranch(uid widget.TreeNodeID) bool {
	if uid == "" {
		return true
	}
	i, j := v.locate(uid)
	return i >= 0 && j < 0 && len(v.e.rep.Items[i].SubItems) > 0
}

func (v *agendaView) create(bool) fyne.CanvasObject {
	title := widget.NewLabel("")
	title.Truncation = fyne.TextTruncateEllipsis
	rng := widget.NewLabel("")
	rng.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, container.NewHBox(newBadge(), rng), title)
}

func (v *agendaView) update(uid widget.TreeNodeID, _ bool, obj fyne.CanvasObject) {
	c := obj.(*fyne.Container)
	title := c.Objects[0].(*widget.Label)
	right := c.Objects[1].(*fyne.Container)
	b, rng := right.Objects[0].(*badge), right.Objects[1].(*widget.Label)
	i, j := v.locate(uid)
	if i < 0 {
		return
	}
	it := v.e.rep.Items[i]
	if j < 0 {
		setLabel(title, v.e.rep.ItemNumber(i)+". "+it.Title, true)
		b.set(it.Category)
		setLabel(rng, rangeText(v.e.num.Range(v.e.rep, i)), false)
		return
	}
	s := it.SubItems[j]
	setLabel(title, v.e.rep.SubItemMark(i, j)+" "+s.Title, false)
	b.set(s.Category)
	setLabel(rng, "", false)
}

// setLabel shows text in l, in bold or not, redrawing it only when that
// changes: a tree redrawn after an edit re-shapes only the labels that differ.
func setLabel(l *widget.Label, text string, bold bool) {
	if l.Text == text && l.TextStyle.Bold == bold {
		return
	}
	l.TextStyle.Bold = bold
	l.SetText(text)
}

// rangeText is an item's paragraph range as the agenda shows it, a dash
// for an item without paragraphs.
func rangeText(g draft.Range) string {
	if g.Empty() {
		return "–"
	}
	return g.String()
}

func (v *agendaView) selected(uid widget.TreeNodeID) {
	v.sel = uid
	i, j := v.locate(uid)
	if i < 0 {
		return
	}
	v.e.selectItem(i)
	if j >= 0 {
		sub := v.e.rep.Items[i].SubItems[j].ID
		for k, p := range v.e.rep.Items[i].Paragraphs {
			if p.Sub == sub {
				v.e.paras.scrollTo(k)
				break
			}
		}
	}
}

// selected returns the item and sub-item (-1) the tree has selected.
func (v *agendaView) selection() (int, int) {
	i, j := v.locate(v.sel)
	if i < 0 {
		return v.e.item, -1
	}
	return i, j
}

// selectItem selects item i in the tree (and so in the centre).
func (v *agendaView) selectItem(i int) {
	if i < 0 || i >= len(v.e.rep.Items) {
		return
	}
	uid := itemNode(v.e.rep.Items[i].ID)
	v.tree.Select(uid)
	v.tree.ScrollTo(uid)
	v.e.selectItem(i)
}

func (v *agendaView) refresh() {
	v.roots = make([]widget.TreeNodeID, 0, len(v.e.rep.Items))
	for _, it := range v.e.rep.Items {
		v.roots = append(v.roots, itemNode(it.ID))
	}
	if i, _ := v.locate(v.sel); i < 0 && v.e.item >= 0 {
		v.sel = itemNode(v.e.rep.Items[v.e.item].ID)
		v.tree.Select(v.sel)
	}
	v.tree.Refresh()
	v.tree.OpenAllBranches()
}

// badge is a small rounded label naming an item's category in short.
type badge struct {
	widget.BaseWidget
	bg   *canvas.Rectangle
	text *canvas.Text
}

func newBadge() *badge {
	b := &badge{bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", theme.Color(theme.ColorNameForeground))}
	b.bg.CornerRadius = 4
	b.text.TextSize = theme.CaptionTextSize()
	b.ExtendBaseWidget(b)
	return b
}

func (b *badge) set(c draft.Category) {
	t := categoryBadge(c)
	if t == b.text.Text && b.Hidden == (t == "") {
		return
	}
	b.text.Text = t
	b.Hidden = t == ""
	b.Refresh()
}

// CreateRenderer draws the badge's background and text.
func (b *badge) CreateRenderer() fyne.WidgetRenderer {
	return &badgeRenderer{b: b}
}

type badgeRenderer struct{ b *badge }

func (r *badgeRenderer) Layout(s fyne.Size) {
	r.b.bg.Resize(s)
	ts := r.b.text.MinSize()
	r.b.text.Move(fyne.NewPos((s.Width-ts.Width)/2, (s.Height-ts.Height)/2))
}

func (r *badgeRenderer) MinSize() fyne.Size {
	ts := r.b.text.MinSize()
	return fyne.NewSize(ts.Width+2*theme.Padding(), ts.Height+theme.Padding())
}

func (r *badgeRenderer) Refresh() {
	r.b.bg.FillColor = badgeColor(r.b.text.Text)
	r.b.text.Color = theme.Color(theme.ColorNameForeground)
	r.b.bg.Refresh()
	r.b.text.Refresh()
}

func (r *badgeRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.b.bg, r.b.text}
}

func (r *badgeRenderer) Destroy() {}

// categoryBadge abbreviates a category: "decision", "note+disc.", …
func categoryBadge(c draft.Category) string {
	a := c.Actions()
	var parts []string
	for _, x := range []struct {
		a draft.Action
		s string
	}{{draft.Information, "info"}, {draft.TakeNote, "note"}, {draft.Decision, "decision"}, {draft.Guidance, "guidance"}, {draft.Discussion, "discussion"}} {
		if a&x.a != 0 {
			parts = append(parts, x.s)
		}
	}
	if len(parts) > 2 {
		parts = parts[:2]
	}
	return strings.Join(parts, "+")
}

func badgeColor(text string) color.Color {
	name := theme.ColorNameHover
	switch {
	case strings.Contains(text, "decision"):
		name = theme.ColorNameError
	case strings.Contains(text, "guidance"):
		name = theme.ColorNameWarning
	case strings.Contains(text, "discussion"):
		name = theme.ColorNamePrimary
	case strings.Contains(text, "info"), strings.Contains(text, "note"):
		name = theme.ColorNameSuccess
	}
	r, g, b, _ := theme.Color(name).RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x50}
}
