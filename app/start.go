package app

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// startPage is what the window shows when no report is open: the ways to
// begin (a new report, open one, import a Word or text draft, the sample)
// and the reports opened recently, one click each.
type startPage struct {
	e      *Editor
	recent *fyne.Container
	none   *widget.Label
	box    fyne.CanvasObject
}

// The start page's buttons, named once for the page and its tests.
const (
	startNew    = "New report…"
	startOpen   = "Open a report…"
	startImport = "Import a Word or text draft…"
	startSample = "Open the sample report"
)

func newStartPage(e *Editor) *startPage {
	s := &startPage{e: e}
	title := widget.NewLabelWithStyle("Rapporteur", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabel("Draft the summary report of a committee meeting item by item: " +
		"numbers, ranges and conclusions follow by themselves.")
	intro.Wrapping = fyne.TextWrapWord
	button := func(label string, icon fyne.Resource, f func()) *widget.Button {
		b := widget.NewButtonWithIcon(label, icon, f)
		b.Alignment = widget.ButtonAlignLeading
		return b
	}
	newReport := button(startNew, theme.DocumentCreateIcon(), e.askNew)
	newReport.Importance = widget.HighImportance
	actions := container.NewVBox(
		heading("Start"),
		newReport,
		button(startOpen, theme.FolderOpenIcon(), e.askOpen),
		button(startImport, theme.UploadIcon(), e.askImport),
		button(startSample, theme.HelpIcon(), func() { e.showError(e.OpenSample()) }),
	)
	s.recent = container.NewVBox()
	s.none = widget.NewLabel("None yet: the reports you open are listed here.")
	s.none.Wrapping = fyne.TextWrapWord
	s.none.Importance = widget.LowImportance
	drop := widget.NewLabel("You can also drop a report (.rap), a Word draft (.docx) or a text draft (.txt) on this window.")
	drop.Wrapping = fyne.TextWrapWord
	drop.Importance = widget.LowImportance
	columns := container.NewGridWithColumns(2, actions, container.NewVBox(heading("Recent reports"), s.recent))
	page := container.NewVBox(title, intro, widget.NewSeparator(), columns, widget.NewSeparator(), drop)
	s.box = container.NewVScroll(container.New(&maxWidth{width: 880}, container.NewPadded(page)))
	return s
}

func heading(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func (s *startPage) object() fyne.CanvasObject { return s.box }

// refresh lists the recent reports that still exist, newest first.
func (s *startPage) refresh() {
	s.recent.RemoveAll()
	for _, p := range s.e.Recent() {
		if _, err := os.Stat(p); err != nil {
			continue
		}
		path := p
		b := widget.NewButtonWithIcon(filepath.Base(path), theme.FileIcon(), func() { s.e.OpenOrRecover(path) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		where := widget.NewLabel(homeShort(filepath.Dir(path)))
		where.Truncation = fyne.TextTruncateEllipsis
		where.Importance = widget.LowImportance
		where.SizeName = theme.SizeNameCaptionText
		s.recent.Add(container.NewBorder(nil, nil, b, nil, where))
	}
	if len(s.recent.Objects) == 0 {
		s.recent.Add(s.none)
	}
	s.recent.Refresh()
}

// homeShort writes a folder in the home folder as "~/Documents/PTC".
func homeShort(dir string) string {
	if home, err := os.UserHomeDir(); err == nil {
		if rel, err := filepath.Rel(home, dir); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.Join("~", rel)
		}
	}
	return dir
}

// ShowStart closes the open report (its pending edits are written first)
// and shows the start page.
func (e *Editor) ShowStart() {
	e.Show(nil, draft.New())
	e.start.refresh()
	e.work.Hide()
	e.start.object().Show()
}

// OnStartPage reports whether the window shows the start page.
func (e *Editor) OnStartPage() bool { return e.start.object().Visible() }

// showWork shows the editing area in place of the start page. Both are
// laid out at the window's size all the time, so the editing area knows
// its widths before the first report is shown.
func (e *Editor) showWork() {
	if e.start.object().Visible() {
		e.start.object().Hide()
		e.work.Show()
	}
}

// maxWidth centres its one child and keeps it at most width wide.
type maxWidth struct{ width float32 }

func (l *maxWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, l.width)
	h := max(size.Height, objs[0].MinSize().Height)
	objs[0].Resize(fyne.NewSize(w, h))
	objs[0].Move(fyne.NewPos((size.Width-w)/2, 0))
}

func (l *maxWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	return fyne.NewSize(min(m.Width, l.width), m.Height)
}

// addPages makes the start page and the import log, shows the start page
// and takes files dropped on the window.
func (e *Editor) addPages() {
	e.spell, e.marks = newSpelling(e.app), newSpellMarks(e)
	e.start = newStartPage(e)
	e.imports = newImportLog(e)
	e.start.refresh()
	e.work.Hide()
	e.win.SetContent(container.NewStack(e.work, e.start.object()))
	e.win.SetOnDropped(e.dropped)
}

// opened resets what belonged to the report shown before (its comparison,
// its import log and marks) and shows the editing area.
func (e *Editor) opened() {
	e.compare.close()
	e.imports.hide()
	e.meeting.markMissing("")
	e.showWork()
}

// focusSoon puts the cursor in paragraph k of the selected item once its
// row is on screen: the desktop driver lays a list out at its next frame,
// so right after a report or an item is shown the row may not exist yet,
// or still show the paragraph it showed before.
func (e *Editor) focusSoon(k int) {
	tries := 0
	var try func()
	try = func() {
		it := e.Item()
		if it == nil || k < 0 || k >= len(it.Paragraphs) {
			return
		}
		ent := e.paras.editorFor(k)
		if ent != nil && ent.Text() == it.Paragraphs[k].Text && fyne.CurrentApp().Driver().CanvasForObject(ent) != nil {
			e.paras.focusRow(k)
			return
		}
		e.paras.scrollTo(k)
		if tries++; tries < 40 {
			time.AfterFunc(25*time.Millisecond, func() { do(try) })
		}
	}
	try()
}
