package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// workingLabel names the working copy among the versions to compare.
const workingLabel = "Working copy"

// compareView compares two versions (or a version and the working copy)
// and lists the changed paragraphs with their words inserted and deleted.
type compareView struct {
	e        *Editor
	old, new *widget.Select
	filter   *widget.Select
	only     *widget.Check // the redline shows the changes only
	list     *widget.List
	summary  *widget.Label
	cmp      *draft.Comparison
	shown    []draft.Change // the changes the filter lets through
	sel      int
	measure  *measurer
	width    float32
	box      fyne.CanvasObject
}

func newCompareView(e *Editor) *compareView {
	v := &compareView{e: e, sel: -1, measure: newMeasurer()}
	v.old = widget.NewSelect(nil, func(string) { v.run() })
	v.new = widget.NewSelect(nil, func(string) { v.run() })
	v.filter = widget.NewSelect(nil, func(string) { v.applyFilter() })
	v.summary = widget.NewLabel("Pick two versions to compare.")
	v.summary.Wrapping = fyne.TextWrapWord
	v.list = widget.NewList(func() int { return len(v.shown) }, v.create, v.update)
	v.list.OnSelected = v.selected
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { v.step(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.step(1) })
	redline := widget.NewButtonWithIcon("Redline PDF", theme.DocumentSaveIcon(), func() { e.askRedline() })
	v.only = widget.NewCheck("Redline of the changes only", nil)
	word := widget.NewButtonWithIcon("Word", theme.DocumentSaveIcon(), func() { e.askRevisions() })
	pick := widget.NewForm(widget.NewFormItem("From", v.old), widget.NewFormItem("To", v.new), widget.NewFormItem("Item", v.filter))
	bar := container.NewHBox(prev, next, redline, word)
	top := container.NewVBox(pick, bar, v.only, v.summary)
	watch := container.New(&widthWatcher{onWidth: v.setWidth}, v.list)
	v.box = container.NewBorder(top, nil, nil, nil, watch)
	return v
}

func (v *compareView) object() fyne.CanvasObject { return v.box }

// refreshSources offers the file's versions and the working copy.
func (v *compareView) refreshSources() {
	opts := []string{}
	for _, vi := range v.e.Versions() {
		opts = append(opts, vi.Label)
	}
	opts = append(opts, workingLabel)
	v.old.Options, v.new.Options = opts, opts
	v.old.Refresh()
	v.new.Refresh()
}

// opened runs when the Compare tab opens: the latest version against the
// working copy, unless two sources are picked already.
func (v *compareView) opened() {
	v.refreshSources()
	if v.old.Selected == "" && len(v.old.Options) > 1 {
		v.old.OnChanged, v.new.OnChanged = nil, nil
		v.old.SetSelected(v.old.Options[len(v.old.Options)-2])
		v.new.SetSelected(workingLabel)
		v.old.OnChanged, v.new.OnChanged = func(string) { v.run() }, func(string) { v.run() }
	}
	v.run()
}

// Compare compares version from with version to ("" or "Working copy" for
// the working copy) and shows the result.
func (e *Editor) Compare(from, to string) (*draft.Comparison, error) {
	v := e.compare
	v.old.OnChanged, v.new.OnChanged = nil, nil
	v.old.SetSelected(from)
	v.new.SetSelected(to)
	v.old.OnChanged, v.new.OnChanged = func(string) { v.run() }, func(string) { v.run() }
	return v.cmp, v.compute()
}

func (v *compareView) run() { v.e.showError(v.compute()) }

func (v *compareView) compute() error {
	if v.old.Selected == "" || v.new.Selected == "" {
		return nil
	}
	a, err := v.e.versionReport(sourceLabel(v.old.Selected))
	if err != nil {
		return err
	}
	b, err := v.e.versionReport(sourceLabel(v.new.Selected))
	if err != nil {
		return err
	}
	v.cmp = draft.Compare(a, b)
	v.cmp.OldName, v.cmp.NewName = sourceName(v.old.Selected), sourceName(v.new.Selected)
	opts := []string{"All items"}
	for _, ic := range v.cmp.Summary() {
		opts = append(opts, ic.Item+". "+truncate(ic.Title, 40))
	}
	v.filter.Options = opts
	v.filter.OnChanged = nil
	v.filter.SetSelected("All items")
	v.filter.OnChanged = func(string) { v.applyFilter() }
	v.applyFilter()
	return nil
}

// sourceName names a picked source for the redline's heading.
func sourceName(s string) string {
	if s == workingLabel {
		return "the working copy"
	}
	return "version " + s
}

func sourceLabel(s string) string {
	if s == workingLabel {
		return ""
	}
	return s
}

// applyFilter shows the changes of the item picked, or all.
func (v *compareView) applyFilter() {
	v.shown = v.shown[:0]
	if v.cmp == nil {
		return
	}
	want := ""
	if i := v.filter.SelectedIndex(); i > 0 {
		want = v.cmp.Summary()[i-1].Item
	}
	for _, ch := range v.cmp.Changes {
		if want == "" || ch.Item == want {
			v.shown = append(v.shown, ch)
		}
	}
	v.summary.SetText(fmt.Sprintf("%s in the body, %s in the agenda and details.", plural(len(v.shown), "change"), plural(len(v.cmp.Structure), "change")))
	v.sel = -1
	v.setHeights()
	v.list.UnselectAll()
	v.list.Refresh()
}

func (v *compareView) create() fyne.CanvasObject {
	rt := widget.NewRichText()
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

func (v *compareView) update(id widget.ListItemID, o fyne.CanvasObject) {
	if id < len(v.shown) {
		rt := o.(*widget.RichText)
		rt.Segments = changeSegments(v.shown[id])
		rt.Refresh()
	}
}

func (v *compareView) setWidth(w float32) {
	tw := w - 2*theme.InnerPadding() - theme.ScrollBarSize() - theme.Padding()
	if tw != v.width {
		v.width = tw
		v.setHeights()
	}
}

func (v *compareView) setHeights() {
	for i, ch := range v.shown {
		text := changeHeading(ch) + "\n" + draft.Markup(ch.Words)
		v.list.SetItemHeight(i, v.measure.entryHeight(text, v.width))
	}
}

func (v *compareView) selected(id widget.ListItemID) {
	v.sel = id
	ch := v.shown[id]
	if v.new.Selected != workingLabel || ch.New == 0 || ch.Part != draft.PartParagraph {
		return
	}
	if i, k, ok := v.e.num.Locate(ch.New); ok && k < len(v.e.rep.Items[i].Paragraphs) {
		v.e.agenda.selectItem(i)
		v.e.paras.scrollTo(k)
	}
}

// step selects the next (+1) or previous (-1) change.
func (v *compareView) step(d int) {
	if len(v.shown) == 0 {
		return
	}
	i := v.sel + d
	if i < 0 {
		i = 0
	}
	if i >= len(v.shown) {
		i = len(v.shown) - 1
	}
	v.list.Select(i)
	v.list.ScrollTo(i)
}

// plural writes n with its noun: "1 change", "3 changes".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
