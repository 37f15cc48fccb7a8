package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// addSideTabs adds the checks, versions, comparison and notes tabs and keeps them
// current: the versions when a file opens or a version is frozen, the
// checks when they are shown (see checksView.invalidate).
func (e *Editor) addSideTabs() {
	e.versions = newVersionsView(e)
	e.compare = newCompareView(e)
	e.checks = newChecksView(e)
	e.checksTab = container.NewTabItem("Checks", e.checks.object())
	e.side.Append(e.checksTab)
	e.side.Append(container.NewTabItem("Versions", e.versions.object()))
	e.notes = newNotesView(e)
	e.side.Append(container.NewTabItem("Notes", e.notes.object()))
	notesTab := e.side.Items[len(e.side.Items)-1]
	e.addHouseTab() // last: the tabs the window shows at first stay as they were
	e.side.OnSelected = func(ti *container.TabItem) {
		switch ti {
		case notesTab:
			e.notes.refresh()
		case e.checksTab:
			e.checks.opened()
		}
	}
	e.fileViews = append(e.fileViews, e.versions.refresh, e.compare.fileOpened, e.compare.refreshSources, e.checks.invalidate, e.notes.refresh)
}

// extraMenus is the Versions menu.
func (e *Editor) extraMenus() []*fyne.Menu {
	return []*fyne.Menu{fyne.NewMenu("Versions",
		e.cmd("Freeze Version…", key(fyne.KeyF, fyne.KeyModifierShift), e.do(e.askFreeze)),
		e.cmd("Compare…", key(fyne.KeyC, fyne.KeyModifierShift), e.ShowComparison),
		e.cmd("Next Change", key(fyne.KeyPeriod, 0), e.do(func() { e.compare.step(1) })),
		e.cmd("Previous Change", key(fyne.KeyComma, 0), e.do(func() { e.compare.step(-1) })),
	)}
}

// now is the editor's clock: versions are frozen by it and undo groups
// typing by it. Tests set e.clock to control it.
func (e *Editor) now() time.Time {
	if e.clock != nil {
		return e.clock()
	}
	return time.Now()
}
