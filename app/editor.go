package app

import (
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"rapporteur/app/keymap"
	"rapporteur/draft"
)

// Editor is the report window: it holds the open report file, the model and
// the widgets that show it. All its methods run on the Fyne UI goroutine.
type Editor struct {
	app fyne.App
	win fyne.Window

	doc     Doc
	rep     *draft.Report   // changed only through edit (see edit.go)
	num     draft.Numbering // renewed after every structural edit
	idx     index           // finds parts by ID; renewed with num
	item    int             // index of the selected item, -1 for none
	para    int             // paragraph of the item last focused, -1 for none
	words   int             // body word count, kept up to date per keystroke
	changes int             // edits made so far
	hist    history
	save    *autosave
	keys    *keymap.Map // the window's shortcuts, each bound once
	watch   *watcher    // watches the open file on disk (see watch.go)

	agenda  *agendaView
	paras   *paraView
	concl   *conclusionView
	meeting *meetingForm
	annexes *annexView
	side    *container.AppTabs
	status  *statusBar
	// fileViews are refreshers of what comes from the file rather than the
	// working copy (the versions); they run when a file opens and after a
	// freeze.
	fileViews []func()

	meetingTab, annexTab, checksTab *container.TabItem
	// house and houseTab are the House style tab (stylechoice.go).
	house    *houseView
	houseTab *container.TabItem

	recentMenu *fyne.MenuItem
	versions   *versionsView
	compare    *compareView
	notes      *notesView
	checks     *checksView
	clock      func() time.Time // nil: the system clock

	// The start page, the editing area it gives way to, and the import's
	// log (start.go, importlog.go).
	start   *startPage
	work    fyne.CanvasObject
	imports *importLog
	// lastNewReport and lastTitle are the New report dialog and the title
	// field shown last, for tests.
	lastNewReport *newReportForm
	lastTitle     *dialogField
	lastFind      *findPanel
	lastQuery     string           // what Find looked for last, offered again
	reportItems   []*fyne.MenuItem // the menu's commands that need a report open

	// The spelling check and the marks it puts in the paragraphs
	// (spelling.go, spellmarks.go).
	spell *spelling
	marks *spellMarks
}

// New builds the editor inside window w of application a. It shows an empty
// report until Open, Show or Start gives it one.
func New(a fyne.App, w fyne.Window) *Editor {
	e := &Editor{app: a, win: w, rep: draft.New(), item: -1, para: -1, keys: keymap.New()}
	e.save = newAutosave(e, SaveDelay)
	e.num = e.rep.Numbering()
	e.idx.build(e.rep)
	e.status = newStatusBar()
	e.watch = newWatcher(e)
	keepChosenFiles()
	e.agenda = newAgendaView(e)
	e.paras = newParaView(e)
	e.concl = newConclusionView(e)
	e.meeting = newMeetingForm(e)
	e.annexes = newAnnexView(e)
	e.meetingTab = container.NewTabItem("Meeting", e.meeting.object())
	e.annexTab = container.NewTabItem("Annexes", e.annexes.object())
	e.side = container.NewAppTabs(e.meetingTab, e.annexTab)
	e.addSideTabs()
	centre := newCentreSplit(e.paras.object(), e.concl.object())
	right := container.NewHSplit(centre, e.side)
	right.Offset = 0.6
	main := container.NewHSplit(e.agenda.object(), e.compare.around(right))
	main.Offset = 0.25
	e.work = container.NewBorder(nil, e.status.object(), nil, nil, main)
	e.addPages()
	w.SetMainMenu(e.mainMenu())
	e.keys.Install(w.Canvas())
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
	e.opened() // while the views still show the report they were drawn for
	e.doc, e.rep = e.watch.start(doc), r
	e.hist = history{}
	e.item, e.para = -1, -1
	if len(r.Items) > 0 {
		e.item = 0
	}
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
	e.refreshAll()
	e.spell.use(r.Meeting.Language, e.marks.recheck)
	for _, f := range e.fileViews {
		f()
	}
	e.status.setCounts(e.words, e.num.Total())
	e.agenda.selectItem(e.item)
	// The field that had the cursor belongs to the report shown before:
	// typed into, it would change this one's dates or paragraph.
	e.paras.away = awayFocus{}
	e.win.Canvas().Unfocus()
	e.enableReportItems(doc != nil)
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
	e.watch.closing() // a file gone from its path is saved first
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
// window, and asks only when the file went away under the window (see
// watch.go).
func (e *Editor) close() {
	if e.watch.asksBeforeClosing(e.close) {
		return
	}
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

func (e *Editor) setSaveState(s string) { e.status.setSave(s) }

func (e *Editor) showError(err error) {
	if err == nil {
		return
	}
	e.status.setSave(fmt.Sprintf("Error: %v", err))
	d := dialog.NewError(err, e.win)
	e.dialogKeys(d, nil, d.Hide, d.Hide)
	d.Show()
}
