package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// addSideTabs adds the versions and comparison tabs and keeps them current.
func (e *Editor) addSideTabs() {
	e.versions = newVersionsView(e)
	e.compare = newCompareView(e)
	e.checks = newChecksView(e)
	e.side.Append(container.NewTabItem("Checks", e.checks.object()))
	e.side.Append(container.NewTabItem("Versions", e.versions.object()))
	e.side.Append(container.NewTabItem("Compare", e.compare.object()))
	compareTab := e.side.Items[len(e.side.Items)-1]
	e.side.OnSelected = func(ti *container.TabItem) {
		if ti == compareTab {
			e.compare.opened()
		}
	}
	e.extras = append(e.extras, e.versions.refresh, e.compare.refreshSources, e.checks.refresh)
}

// extraMenus is the Versions menu.
func (e *Editor) extraMenus() []*fyne.Menu {
	return []*fyne.Menu{fyne.NewMenu("Versions",
		e.cmd("Freeze Version…", key(fyne.KeyF, fyne.KeyModifierShift), e.do(func() {
			e.side.SelectIndex(3)
			e.win.Canvas().Focus(e.versions.note)
		})),
		e.cmd("Compare…", key(fyne.KeyM, fyne.KeyModifierShift), e.do(func() {
			e.side.SelectIndex(4)
			e.compare.opened()
		})),
		e.cmd("Next Change", key(fyne.KeyPeriod, 0), e.do(func() { e.compare.step(1) })),
		e.cmd("Previous Change", key(fyne.KeyComma, 0), e.do(func() { e.compare.step(-1) })),
	)}
}

// now is the clock versions are frozen by.
func (e *Editor) now() time.Time {
	if e.clock != nil {
		return e.clock()
	}
	return time.Now()
}
