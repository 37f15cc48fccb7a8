package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/app/keymap"
	"rapporteur/app/textarea"
	"rapporteur/draft"
)

// conclusionView is the conclusion block under the paragraphs: its number,
// lead-in and bullets, each bullet with its derived punctuation, a verb
// choice and buttons to reorder or delete it.
type conclusionView struct {
	e       *Editor
	num     *widget.Label
	leadIn  *keymap.Entry
	build   *widget.Button
	list    *fyne.Container
	scroll  *container.Scroll // around list
	box     fyne.CanvasObject
	width   float32                     // width of the block, for the bullets' line counts
	bullets map[draft.ID]*textarea.Area // the bullets' editors, by bullet
}

// verbWidth is the width of a bullet's verb choice.
const verbWidth = 190

func (v *conclusionView) setWidth(w float32) {
	if w != v.width {
		v.width = w
		v.refresh()
	}
}

func newConclusionView(e *Editor) *conclusionView {
	v := &conclusionView{e: e, bullets: map[draft.ID]*textarea.Area{}}
	v.num = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	v.leadIn = keymap.NewEntry(e.keys)
	v.leadIn.OnChanged = v.leadInChanged
	v.build = widget.NewButtonWithIcon("Build", theme.ViewRefreshIcon(), func() { e.showError(e.BuildConclusion()) })
	add := widget.NewButtonWithIcon("Bullet", theme.ContentAddIcon(), func() { e.showError(e.AddBullet()) })
	head := container.NewBorder(nil, nil, container.NewHBox(v.num), container.NewHBox(v.build, add), v.leadIn)
	v.list = container.NewVBox()
	title := widget.NewLabelWithStyle("Conclusion", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.scroll = container.NewVScroll(v.list)
	scroll := container.New(&widthWatcher{onWidth: v.setWidth}, v.scroll)
	v.box = container.NewBorder(container.NewVBox(title, head), nil, nil, nil, scroll)
	return v
}

func (v *conclusionView) object() fyne.CanvasObject { return v.box }

// refresh redraws the block from the model.
func (v *conclusionView) refresh() {
	it := v.e.Item()
	v.list.RemoveAll()
	clear(v.bullets)
	if it == nil {
		v.num.SetText("")
		v.setLeadIn("", "")
		return
	}
	c := it.Conclusion
	v.build.SetText("Build")
	if c == nil {
		v.num.SetText("")
		v.setLeadIn("", "No conclusion yet: Build makes one from the agenda")
		return
	}
	v.build.SetText("Rebuild")
	v.num.SetText(fmt.Sprintf("%d.", v.e.num.ConclusionNumber(v.e.rep, v.e.item)))
	v.setLeadIn(c.LeadIn, draft.DefaultLeadIn(v.e.rep.Meeting))
	for i, b := range c.Bullets {
		v.list.Add(v.bulletRow(c, i, b))
	}
}

func (v *conclusionView) setLeadIn(text, placeholder string) {
	f := v.leadIn.OnChanged
	v.leadIn.OnChanged = nil
	v.leadIn.SetText(text)
	v.leadIn.SetPlaceHolder(placeholder)
	v.leadIn.OnChanged = f
}

func (v *conclusionView) leadInChanged(s string) {
	if it := v.e.Item(); it != nil {
		v.e.edit(typed{at: leadInOf(it.ID), text: s})
	}
}

// showText puts the cursor in the lead-in or bullet t at rune offset
// cursor, after an undo or redo changed it and the block was redrawn.
func (v *conclusionView) showText(t text, cursor int) {
	c := fyne.CurrentApp().Driver().CanvasForObject(v.box)
	if t.kind != bulletText {
		if c != nil {
			c.Focus(v.leadIn)
		}
		setCursor(&v.leadIn.Entry, cursor)
		return
	}
	ent := v.bullets[t.id]
	if ent == nil {
		return
	}
	if c != nil {
		c.Focus(ent)
	}
	ent.SetCaret(byteOffset(ent.Text(), cursor))
}

// bulletRow is one bullet: verb choice, text, derived punctuation, buttons.
func (v *conclusionView) bulletRow(c *draft.Conclusion, i int, b *draft.Bullet) fyne.CanvasObject {
	e := v.e
	ent := textarea.New()
	ent.PassShortcut = e.keys.Run
	v.bullets[b.ID] = ent
	ent.SetText(b.Text)
	punct := widget.NewLabelWithStyle(draft.Punctuation(i, len(c.Bullets)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	id := b.ID
	ent.OnEdit = func(textarea.Edit) {
		e.edit(typed{at: bulletAt(id), text: ent.Text()})
		e.marks.typed(ent)
	}
	ent.OnLines = func(int) { v.list.Refresh() } // the row takes the editor's new height
	e.marks.bind(ent, bulletAt(id))
	verb := widget.NewSelect(draft.Verbs, nil)
	verb.PlaceHolder = "verb"
	if vb, _ := draft.LeadingVerb(b.Text); vb != "" {
		verb.Selected = vb
	}
	verb.OnChanged = func(s string) { e.showError(e.SetBulletVerb(i, s)) }
	verbBox := container.NewGridWrap(fyne.NewSize(verbWidth, verb.MinSize().Height), verb)
	buttons := container.NewHBox(
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { e.showError(e.MoveBullet(i, i-1)) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { e.showError(e.MoveBullet(i, i+1)) }),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { e.showError(e.DeleteBullet(i)) }),
	)
	ends := widget.NewLabel("ends with")
	ends.Importance = widget.LowImportance
	top := container.NewHBox(widget.NewLabel(fmt.Sprintf("• %d", i+1)), verbBox, layout.NewSpacer(), ends, punct, buttons)
	return container.NewBorder(top, nil, nil, nil, ent)
}
