package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// Details are the editable fields of an item or sub-item.
type Details struct {
	Title         string
	Category      draft.Category
	Docs          []string
	Presentations []string
	Attachments   []string // sub-items only
}

// AddItem inserts a new item after the selected one and selects it.
func (e *Editor) AddItem(title string) error {
	at := e.item + 1
	err := e.edit(restructure{do: func(r *draft.Report) error {
		e.item, e.para = at, -1
		_, err := r.InsertItem(at, title)
		return err
	}})
	if err != nil {
		return err
	}
	e.agenda.selectItem(at)
	e.leaveField()
	return nil
}

// leaveField takes the cursor out of the field that had it before a new
// item or sub-item was added, so that what is typed next does not go into
// a paragraph of another item or an annex: typed into an item with nothing
// in it yet, it starts the item's first paragraph (see paraView.resume).
func (e *Editor) leaveField() {
	e.paras.away = awayFocus{}
	e.win.Canvas().Unfocus()
}

// AddSubItem appends a sub-item to the selected item.
func (e *Editor) AddSubItem(title string) error {
	it := e.Item()
	if it == nil {
		return errNoItem
	}
	var s *draft.SubItem
	err := e.edit(restructure{do: func(r *draft.Report) error {
		var err error
		s, err = r.InsertSubItem(it, len(it.SubItems), title, "")
		return err
	}})
	if err != nil {
		return err
	}
	e.agenda.tree.OpenBranch(itemNode(it.ID))
	e.agenda.tree.Select(subNode(s.ID))
	e.leaveField()
	return nil
}

// MoveSelected moves the item or sub-item selected in the tree up (-1) or
// down (+1).
func (e *Editor) MoveSelected(delta int) error {
	i, j := e.agenda.selection()
	if i < 0 {
		return errNoItem
	}
	if j >= 0 {
		it := e.rep.Items[i]
		if j+delta < 0 || j+delta >= len(it.SubItems) {
			return nil
		}
		return e.edit(restructure{do: func(*draft.Report) error { return it.MoveSubItem(j, j+delta) }})
	}
	if i+delta < 0 || i+delta >= len(e.rep.Items) {
		return nil
	}
	err := e.edit(restructure{do: func(r *draft.Report) error {
		e.item = i + delta
		return r.MoveItem(i, i+delta)
	}})
	if err != nil {
		return err
	}
	e.agenda.selectItem(e.item)
	return nil
}

// DeleteSelected removes the item (with its paragraphs) or the sub-item
// selected in the tree; undo puts it back.
func (e *Editor) DeleteSelected() error {
	i, j := e.agenda.selection()
	if i < 0 {
		return errNoItem
	}
	err := e.edit(restructure{do: func(r *draft.Report) error {
		if j >= 0 {
			_, err := r.Items[i].DeleteSubItem(j)
			return err
		}
		_, err := r.DeleteItem(i)
		return err
	}})
	if err != nil {
		return err
	}
	if j < 0 {
		e.agenda.sel = ""
	}
	e.agenda.selectItem(e.item)
	return nil
}

// SetDetails changes the fields of item i, or of its sub-item j when j >= 0.
func (e *Editor) SetDetails(i, j int, d Details) error {
	if i < 0 || i >= len(e.rep.Items) {
		return errNoItem
	}
	if strings.TrimSpace(d.Title) == "" {
		return errors.New("a title is needed")
	}
	if j >= len(e.rep.Items[i].SubItems) {
		return errors.New("no such sub-item")
	}
	pres := make([]draft.Presentation, 0, len(d.Presentations))
	for _, p := range d.Presentations {
		pres = append(pres, draft.Presentation{Text: p})
	}
	return e.edit(restructure{do: func(r *draft.Report) error {
		it := r.Items[i]
		if j >= 0 {
			s := it.SubItems[j]
			s.Title, s.Category, s.Docs, s.Presentations, s.Attachments = d.Title, d.Category, d.Docs, pres, d.Attachments
		} else {
			it.Title, it.Category, it.Docs, it.Presentations = d.Title, d.Category, d.Docs, pres
		}
		return nil
	}})
}

func (e *Editor) details(i, j int) Details {
	it := e.rep.Items[i]
	d := Details{Title: it.Title, Category: it.Category, Docs: it.Docs}
	pres := it.Presentations
	if j >= 0 {
		s := it.SubItems[j]
		d = Details{Title: s.Title, Category: s.Category, Docs: s.Docs, Attachments: s.Attachments}
		pres = s.Presentations
	}
	for _, p := range pres {
		d.Presentations = append(d.Presentations, p.Text)
	}
	return d
}

func (v *agendaView) toolbar() fyne.CanvasObject {
	e := v.e
	return container.NewHBox(
		widget.NewButtonWithIcon("Item", theme.ContentAddIcon(), func() { e.askTitle("New agenda item", e.AddItem) }),
		widget.NewButtonWithIcon("Sub", theme.ContentAddIcon(), func() { e.askTitle("New sub-item", e.AddSubItem) }),
		widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), e.EditSelectedDetails),
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { e.showError(e.MoveSelected(-1)) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { e.showError(e.MoveSelected(1)) }),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), e.confirmDelete),
	)
}

// titleWidth is the width of a dialog that asks for a title: room for a
// real one ("Report of the 6th Meeting of the Permanent Technical
// Committee Working Group on …").
const titleWidth = 640

// askTitle asks for a title and passes it to add: the cursor is in the
// field, Enter adds, Escape cancels.
func (e *Editor) askTitle(what string, add func(string) error) {
	e.askTitleAs(what, "e.g. Cross-border regulatory interconnectivity framework", add)
}

// askTitleAs is askTitle with the example hint in the empty field.
func (e *Editor) askTitleAs(what, hint string, add func(string) error) {
	ent := newDialogField(hint)
	ent.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("a title is needed")
		}
		return nil
	}
	e.lastTitle = ent
	e.showForm(what, "Add", []*widget.FormItem{widget.NewFormItem("Title", ent)}, ent, titleWidth, func(ok bool) {
		if ok && strings.TrimSpace(ent.Text) != "" {
			e.showError(add(strings.TrimSpace(ent.Text)))
		}
	})
}

func (e *Editor) confirmDelete() {
	i, j := e.agenda.selection()
	if i < 0 {
		return
	}
	what := fmt.Sprintf("item %s and its %s", e.rep.ItemNumber(i), plural(e.rep.Items[i].Count(), "paragraph"))
	if j >= 0 {
		what = fmt.Sprintf("sub-item %s (its paragraphs stay in the item)", draft.SubItemLetter(j))
	}
	e.confirm("Delete", "Delete "+what+"? Undo brings it back.", "Delete", func() { e.showError(e.DeleteSelected()) })
}

// EditSelectedDetails opens the form for the selected item or sub-item:
// title, category, documents, presentations and (sub-items) attachments.
func (e *Editor) EditSelectedDetails() {
	i, j := e.agenda.selection()
	e.editDetails(i, j)
}

// editDetails opens the form for item i, or its sub-item j when j >= 0.
func (e *Editor) editDetails(i, j int) {
	if i < 0 || i >= len(e.rep.Items) {
		return
	}
	d := e.details(i, j)
	title := newDialogField("Title")
	title.SetText(d.Title)
	cats := make([]string, len(draft.Categories))
	for k, c := range draft.Categories {
		cats[k] = string(c)
	}
	cat := newDialogSelectEntry(cats)
	cat.SetText(string(d.Category))
	cat.SetPlaceHolder("e.g. For decision")
	docs := newDialogField("e.g. PC0727Ea, PC0728E")
	docs.SetText(strings.Join(d.Docs, ", "))
	pres := newDialogArea("Presentation by …, one a line", 3)
	pres.SetText(strings.Join(d.Presentations, "\n"))
	items := []*widget.FormItem{
		widget.NewFormItem("Title", title), widget.NewFormItem("Category", cat),
		widget.NewFormItem("Documents", docs), widget.NewFormItem("Presentations", pres),
	}
	att := newDialogArea("One a line", 2)
	if j >= 0 {
		att.SetText(strings.Join(d.Attachments, "\n"))
		items = append(items, widget.NewFormItem("Attached points", att))
	}
	what := "Item " + e.rep.ItemNumber(i)
	if j >= 0 {
		what = "Sub-item " + draft.SubItemLetter(j)
	}
	e.showForm(what, "Save", items, title, titleWidth, func(ok bool) {
		if !ok {
			return
		}
		e.showError(e.SetDetails(i, j, Details{Title: strings.TrimSpace(title.Text),
			Category: draft.Category(strings.Trim(strings.TrimSpace(cat.Text), "()")),
			Docs:     splitList(docs.Text, ","), Presentations: splitList(pres.Text, "\n"),
			Attachments: splitList(att.Text, "\n")}))
	})
}

// splitList splits s at sep and drops blank entries.
func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if t := strings.TrimSpace(p); t != "" {
			out = append(out, t)
		}
	}
	return out
}
