package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// styleChoices are, per house style field (by its key in
// draft.HouseStyle.Fields), the values the window offers and how it names
// them: an example of what each prints.
var styleChoices = map[string][]styleChoice{
	"items":      {{draft.ItemsRoman, "I, II, III"}, {draft.ItemsArabic, "1, 2, 3"}},
	"sub_items":  {{draft.SubLower, "a. b. c."}, {draft.SubUpper, "A. B. C."}, {draft.SubParen, "(a) (b) (c)"}, {draft.SubDecimal, "2.1 2.2 2.3"}},
	"headings":   {{draft.HeadItem, "ITEM IV – TITLE"}, {draft.HeadSection, "IV. Title (UN sections)"}, {draft.HeadNumber, "4. TITLE (minutes)"}},
	"paragraphs": {{draft.ParaInline, "37. Text"}, {draft.ParaOwnLine, "37. alone above the text (UN)"}, {draft.ParaUnnumbered, "Not numbered (minutes)"}},
}

// styleChoice is one value of a house style field and its name.
type styleChoice struct{ value, name string }

// houseView is the "House style" side tab: how the report writes its
// numbers and headings, its front matter and its footnotes, each change
// through the edit path.
type houseView struct {
	e       *Editor
	selects []*widget.Select
	keys    []string // the selects' field keys
	quiet   bool     // set while refresh shows the model's values
	front   *frontForm
	notes   *footnotesView
	box     fyne.CanvasObject
}

// addHouseTab adds the House style tab to the side tabs.
func (e *Editor) addHouseTab() {
	e.house = newHouseView(e)
	e.side.Append(container.NewTabItem("House style", e.house.box))
	e.houseTab = e.side.Items[len(e.side.Items)-1]
}

func newHouseView(e *Editor) *houseView {
	v := &houseView{e: e}
	form := widget.NewForm()
	var s draft.HouseStyle
	for _, f := range s.Fields() {
		key := f.Key
		var names []string
		for _, c := range styleChoices[key] {
			names = append(names, c.name)
		}
		sel := widget.NewSelect(names, func(name string) { v.choose(key, name) })
		v.selects, v.keys = append(v.selects, sel), append(v.keys, key)
		form.Append(f.Label, sel)
	}
	hint := widget.NewLabel("How the exports write the report: PDF, Word and text. The numbers stay derived; only how they are written changes.")
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	v.front = newFrontForm(e)
	v.notes = newFootnotesView(e)
	v.box = container.NewVScroll(container.NewVBox(form, hint, widget.NewSeparator(), v.front.object(), widget.NewSeparator(), v.notes.object()))
	v.refresh()
	return v
}

// choose sets house style field key to the value named name.
func (v *houseView) choose(key, name string) {
	if v.quiet {
		return
	}
	value := ""
	for _, c := range styleChoices[key] {
		if c.name == name {
			value = c.value
		}
	}
	if cur := styleField(&v.e.rep.Style, key); cur == nil || draftStyleValue(key, *cur) == value {
		return
	}
	v.e.edit(restructure{do: func(r *draft.Report) error {
		*styleField(&r.Style, key) = value
		if r.Style.IsDefault() {
			r.Style = draft.HouseStyle{} // the PTC style is the zero value
		}
		return nil
	}})
}

// styleField returns the house style's field key.
func styleField(s *draft.HouseStyle, key string) *string {
	for _, f := range s.Fields() {
		if f.Key == key {
			return f.Value
		}
	}
	return nil
}

// draftStyleValue returns a field's value with the default spelled out.
func draftStyleValue(key, v string) string {
	if v == "" {
		return styleChoices[key][0].value
	}
	return v
}

// refresh shows the model's house style, front matter and footnotes.
func (v *houseView) refresh() {
	v.quiet = true
	for k, key := range v.keys {
		cur := draftStyleValue(key, *styleField(&v.e.rep.Style, key))
		for _, c := range styleChoices[key] {
			if c.value == cur && v.selects[k].Selected != c.name {
				v.selects[k].SetSelected(c.name)
			}
		}
	}
	v.quiet = false
	v.front.refresh()
	v.notes.refresh()
}
