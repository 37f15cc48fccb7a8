package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// checksView lists the drafting checks' findings; tapping one goes to its
// item and paragraph.
//
// The checks read the whole report, which takes most of a second at 15,000
// paragraphs, so no edit runs them on the UI goroutine: an edit only marks
// the findings stale. While the tab is shown, stale findings are renewed a
// moment after the last edit, on a copy of the report in the background;
// when it is not, they are renewed when it is opened.
type checksView struct {
	e     *Editor
	found []draft.Finding
	list  *widget.List
	count *widget.Label
	box   fyne.CanvasObject

	at      int         // the edit (Editor.changes) found was computed after
	stale   bool        // the report changed since
	running bool        // a background run is under way
	timer   *time.Timer // the pending background run, if any
}

// checkDelay is how long the shown Checks tab waits after an edit before
// it checks again, so that typing is checked once it pauses.
const checkDelay = 500 * time.Millisecond

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
		where += fmt.Sprintf(", paragraph %d", f.Paragraph)
	}
	if where != "" {
		where = "Item " + where + ": "
	}
	return where + windowMessage(f)
}

// refresh runs the checks on the working copy now, on the UI goroutine
// ("Check again").
func (v *checksView) refresh() {
	v.show(draft.Check(v.e.rep), v.e.changes)
}

// invalidate marks the findings stale after an edit and, when the tab is
// shown, has them renewed once edits pause. It costs the same whatever the
// size of the report.
func (v *checksView) invalidate() {
	v.stale = true
	if v.e.side.Selected() != v.e.checksTab {
		return
	}
	if v.timer == nil {
		v.timer = time.AfterFunc(checkDelay, func() { do(v.start) })
		return
	}
	v.timer.Reset(checkDelay)
}

// opened renews stale findings when the tab is opened.
func (v *checksView) opened() {
	if v.stale {
		v.start()
	}
}

// start checks a copy of the report in the background and shows the
// findings when they are ready; a run already under way is followed by
// another if the report changed meanwhile.
func (v *checksView) start() {
	if v.running || !v.stale {
		return
	}
	v.running = true
	snap, at := v.e.rep.Clone(), v.e.changes
	go func() {
		found := draft.Check(snap)
		do(func() {
			v.running = false
			v.show(found, at)
			if v.stale && v.e.side.Selected() == v.e.checksTab {
				v.start()
			}
		})
	}()
}

// show lists found, the findings on the report as it was after edit at.
func (v *checksView) show(found []draft.Finding, at int) {
	if at < v.at {
		return // a newer run was shown already
	}
	v.found, v.at = found, at
	v.stale = at != v.e.changes
	errs := 0
	for _, f := range v.found {
		if f.Severity == draft.SeverityError {
			errs++
		}
	}
	v.count.SetText(plural(len(v.found), "finding") + ", " + plural(errs, "error"))
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

// Findings returns the drafting checks' findings on the report as it is
// now, as the Checks tab lists them; stale ones are renewed first.
func (e *Editor) Findings() []draft.Finding {
	if e.checks.stale {
		e.checks.refresh()
	}
	return e.checks.found
}
