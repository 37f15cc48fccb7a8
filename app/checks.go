package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// checksView lists the drafting checks' findings; tapping one goes to its
// item and paragraph.
type checksView struct {
	e     *Editor
	found []draft.Finding
	list  *widget.List
	count *widget.Label
	box   fyne.CanvasObject
}

func newChecksView(e *Editor) *checksView {
	v := &checksView{e: e}
	v.count = widget.NewLabel("")
	v.list = widget.NewList(func() int { return len(v.found) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(v.found) {
				return
			}
			f := v.found[id]
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(findingText(f))
			icon := theme.WarningIcon()
			if f.Severity == draft.SeverityError {
				icon = theme.ErrorIcon()
			}
			c.Objects[1].(*widget.Icon).SetResource(icon)
			v.list.SetItemHeight(id, c.MinSize().Height)
		})
	v.list.OnSelected = v.selected
	run := widget.NewButtonWithIcon("Check again", theme.ViewRefreshIcon(), v.refresh)
	v.box = container.NewBorder(container.NewBorder(nil, nil, nil, run, v.count), nil, nil, nil, v.list)
	return v
}

func (v *checksView) object() fyne.CanvasObject { return v.box }

func findingText(f draft.Finding) string {
	where := f.Item
	if f.Paragraph > 0 {
		where += fmt.Sprintf(" ¶%d", f.Paragraph)
	}
	if where != "" {
		where += ": "
	}
	return where + f.Message
}

// refresh runs the checks on the working copy.
func (v *checksView) refresh() {
	v.found = draft.Check(v.e.rep)
	errs := 0
	for _, f := range v.found {
		if f.Severity == draft.SeverityError {
			errs++
		}
	}
	v.count.SetText(fmt.Sprintf("%d findings, %d errors", len(v.found), errs))
	v.list.UnselectAll()
	v.list.Refresh()
}

// selected goes to the finding's paragraph, or its item.
func (v *checksView) selected(id widget.ListItemID) {
	f := v.found[id]
	e := v.e
	if i, k, ok := e.num.Locate(f.Paragraph); f.Paragraph > 0 && ok {
		e.agenda.selectItem(i)
		if k < len(e.rep.Items[i].Paragraphs) {
			e.paras.focusRow(k)
		}
		return
	}
	for i := range e.rep.Items {
		if e.rep.ItemNumber(i) == f.Item {
			e.agenda.selectItem(i)
			return
		}
	}
}

// Findings returns the findings the Checks tab shows.
func (e *Editor) Findings() []draft.Finding { return e.checks.found }
