package app

import (
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"rapporteur/draft"
)

// Editor is the report window: it holds the open report file, the model and
// the widgets that show it. All its methods run on the Fyne UI goroutine.
type Editor struct {
	app fyne.App
	win fyne.Window

	doc   Doc
	rep   *draft.Report
	num   draft.Numbering // renewed after every structural edit
	item  int             // index of the selected item, -1 for none
	para  int             // paragraph of the item last focused, -1 for none
	words int             // body word count, kept up to date per keystroke
	hist  history
	save  *autosave

	agenda  *agendaView
	paras   *paraView
	concl   *conclusionView
	meeting *meetingForm
	annexes *annexView
	side    *container.AppTabs
	status  *statusBar
	extras  []func() // refreshers of the side tabs, run after structural edits

	recentMenu *fyne.MenuItem
	versions   *versionsView
	compare    *compareView
	checks     *checksView
	clock      func() time.Time // nil: the system clock
}

// New builds the editor inside window w of application a. It shows an empty
// report until Open, Show or Start gives it one.
func New(a fyne.App, w fyne.Window) *Editor {
	e := &Editor{app: a, win: w, rep: draft.New(), item: -1, para: -1}
	e.save = newAutosave(e, SaveDelay)
	e.num = e.rep.Numbering()
	e.status = newStatusBar()
	e.agenda = newAgendaView(e)
	e.paras = newParaView(e)
	e.concl = newConclusionView(e)
	e.meeting = newMeetingForm(e)
	e.annexes = newAnnexView(e)
	e.side = container.NewAppTabs(
		container.NewTabItem("Meeting", e.meeting.object()),
		container.NewTabItem("Annexes", e.annexes.object()),
	)
	e.addSideTabs()
	centre := container.NewVSplit(e.paras.object(), e.concl.object())
	centre.Offset = 0.6
	right := container.NewHSplit(centre, e.side)
	right.Offset = 0.6
	main := container.NewHSplit(e.agenda.object(), right)
	main.Offset = 0.25
	w.SetContent(container.NewBorder(nil, e.status.object(), nil, nil, main))
	w.SetMainMenu(e.mainMenu())
	w.SetCloseIntercept(e.close)
	return e
}

// Report returns the report being edited.
func (e *Editor) Report() *draft.Report { return e.rep }

// Doc returns the open report file, or nil.
func (e *Editor) Doc() Doc { return e.doc }

// Show makes doc (with its loaded report r) the report being edited. The
// previous file's pending edits are written and the file is closed first.
func (e *Editor) Show(doc Doc, r *draft.Report) {
	e.closeDoc()
	e.doc, e.rep = doc, r
	e.hist = history{}
	e.item, e.para = -1, -1
	if len(r.Items) > 0 {
		e.item = 0
	}
	e.words = r.WordCount()
	title := "Rapporteur"
	if doc != nil {
		title = filepath.Base(doc.Path()) + " – Rapporteur"
		if doc.ReadOnly() {
			title += " (read-only)"
		}
		rememberRecent(e.app, doc.Path())
		e.refreshRecent()
	}
	e.win.SetTitle(title)
	e.structureChanged()
	e.agenda.selectItem(e.item)
	e.setSaveState("Saved")
	if doc != nil && doc.ReadOnly() {
		e.setSaveState("Read-only: edits are not saved")
	}
}

// closeDoc writes pending edits and closes the open file.
func (e *Editor) closeDoc() {
	if e.doc == nil {
		return
	}
	// Checkpoint writes pending edits, then keeps a backup copy of the
	// report as closed.
	if err := e.Checkpoint(); err != nil {
		e.showError(err)
	}
	if err := e.doc.Close(); err != nil {
		e.showError(err)
	}
	e.doc = nil
}

// Shutdown writes pending edits and closes the report file; the caller
// runs it when the application stops.
func (e *Editor) Shutdown() { e.closeDoc() }

// close is the window's close intercept: it saves, closes the file and the
// window, and never asks whether to save.
func (e *Editor) close() {
	e.closeDoc()
	e.win.Close()
}

// Item returns the selected item, or nil.
func (e *Editor) Item() *draft.Item {
	if e.item < 0 || e.item >= len(e.rep.Items) {
		return nil
	}
	return e.rep.Items[e.item]
}

// changed records an edit: autosave is armed and the status line updated.
func (e *Editor) changed() {
	switch {
	case e.doc != nil && !e.doc.ReadOnly():
		e.save.touch()
		e.status.setSave("Saving…")
	case e.doc != nil:
		e.status.setSave("Read-only: edits are not saved")
	}
	e.status.setCounts(e.words, e.num.Total())
}

// structureChanged renumbers and redraws everything after an edit that
// moved, added or removed parts.
func (e *Editor) structureChanged() {
	if e.item >= len(e.rep.Items) {
		e.item = len(e.rep.Items) - 1
	}
	e.num = e.rep.Numbering()
	e.agenda.refresh()
	e.paras.refresh()
	e.concl.refresh()
	e.meeting.refresh()
	e.annexes.refresh()
	for _, f := range e.extras {
		f()
	}
	e.changed()
}

// selectItem shows item i in the centre.
func (e *Editor) selectItem(i int) {
	if i < 0 || i >= len(e.rep.Items) {
		return
	}
	if i != e.item {
		e.item, e.para = i, -1
		e.paras.refresh()
		e.concl.refresh()
	}
}

// showParagraph selects item i, scrolls to its paragraph k and redraws it.
func (e *Editor) showParagraph(i, k int) {
	if i != e.item {
		e.agenda.selectItem(i)
	}
	e.para = k
	e.paras.refreshRow(k)
	e.paras.scrollTo(k)
}

func (e *Editor) setSaveState(s string) { e.status.setSave(s) }

func (e *Editor) showError(err error) {
	if err == nil {
		return
	}
	e.status.setSave(fmt.Sprintf("Error: %v", err))
	showError(err, e.win)
}
