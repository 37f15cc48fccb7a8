package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// key makes a keyboard shortcut: the platform's shortcut key (Ctrl, or Cmd
// on macOS) plus the extra modifiers.
func key(k fyne.KeyName, extra fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

func alt(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierAlt}
}

// cmd makes a menu item that runs f and shows its error, and binds its
// shortcut sc (if any) in the window's keymap, so that it also fires while
// a text field has the focus. A shortcut bound twice panics.
func (e *Editor) cmd(label string, sc fyne.Shortcut, f func() error) *fyne.MenuItem {
	mi := fyne.NewMenuItem(label, nil)
	run := func() {
		if !mi.Disabled { // a disabled command's shortcut does nothing either
			e.showError(f())
		}
	}
	mi.Action = run
	if sc != nil {
		mi.Shortcut = sc
		e.keys.Bind(sc, run)
	}
	return mi
}

func (e *Editor) do(f func()) func() error {
	return func() error { f(); return nil }
}

// mainMenu holds every command, with its shortcut. The desktop driver gives
// menu shortcuts precedence over a focused Entry; the keymap the menu fills
// makes the same commands fire from the window's canvas and from the app's
// text fields (keymap.Entry), and holds the extra keys (Ctrl+Shift+Z).
func (e *Editor) mainMenu() *fyne.MainMenu {
	recent := fyne.NewMenuItem("Open Recent", nil)
	recent.ChildMenu = fyne.NewMenu("")
	e.recentMenu = recent
	e.refreshRecent()
	file := fyne.NewMenu("File", append([]*fyne.MenuItem{
		e.cmd("New…", key(fyne.KeyN, 0), e.do(e.askNew)),
		e.cmd("Open…", key(fyne.KeyO, 0), e.do(e.askOpen)),
		e.cmd("Import Word or Text Draft…", nil, e.do(e.askImport)),
		e.cmd("Bring a Draft Into This Report…", nil, e.do(e.askBringIn)),
		recent,
		e.cmd("Open Sample", nil, e.OpenSample),
		fyne.NewMenuItemSeparator(),
		e.cmd("Save", key(fyne.KeyS, 0), e.SaveNow),
		e.cmd("Save As…", key(fyne.KeyS, fyne.KeyModifierShift), e.do(e.askSaveAs)),
	}, e.exportMenuItems()...)...)
	file.Items = append(file.Items, fyne.NewMenuItemSeparator(),
		e.cmd("Close Report", key(fyne.KeyW, 0), e.do(e.ShowStart)), e.quitItem())
	edit := fyne.NewMenu("Edit",
		e.cmd("Undo", &fyne.ShortcutUndo{}, e.do(func() { e.Undo() })),
		e.cmd("Redo", &fyne.ShortcutRedo{}, e.do(func() { e.Redo() })),
		fyne.NewMenuItemSeparator(),
		e.clipboardItem("Cut", &fyne.ShortcutCut{}),
		e.clipboardItem("Copy", &fyne.ShortcutCopy{}),
		e.clipboardItem("Paste", &fyne.ShortcutPaste{}),
		e.clipboardItem("Select All", &fyne.ShortcutSelectAll{}),
		fyne.NewMenuItemSeparator(),
		e.cmd("Find…", key(fyne.KeyF, 0), e.do(e.showFind)),
		e.cmd("Replace…", key(fyne.KeyH, 0), e.do(e.showReplace)),
	)
	para := fyne.NewMenu("Paragraph",
		e.cmd("New Paragraph After", key(fyne.KeyReturn, 0), func() error { return e.InsertParagraph(true) }),
		e.cmd("New Paragraph Before", key(fyne.KeyReturn, fyne.KeyModifierShift), func() error { return e.InsertParagraph(false) }),
		e.cmd("Split at Cursor", key(fyne.KeyK, 0), e.SplitParagraph),
		e.cmd("Merge With Next", key(fyne.KeyJ, 0), e.MergeParagraph),
		e.cmd("Move Up", alt(fyne.KeyUp), func() error { return e.MoveParagraph(-1) }),
		e.cmd("Move Down", alt(fyne.KeyDown), func() error { return e.MoveParagraph(1) }),
		e.cmd("Move to Item…", key(fyne.KeyM, fyne.KeyModifierShift), e.do(e.askMoveToItem)),
		e.cmd("Delete Paragraph", key(fyne.KeyDelete, fyne.KeyModifierShift), e.DeleteParagraph),
	)
	item := fyne.NewMenu("Item",
		e.cmd("Next Item", key(fyne.KeyPageDown, 0), e.do(func() { e.agenda.selectItem(e.item + 1) })),
		e.cmd("Previous Item", key(fyne.KeyPageUp, 0), e.do(func() { e.agenda.selectItem(e.item - 1) })),
		fyne.NewMenuItemSeparator(),
		e.cmd("Add Item…", key(fyne.KeyI, fyne.KeyModifierShift), e.do(func() { e.askTitle("New agenda item", e.AddItem) })),
		e.cmd("Add Sub-item…", nil, e.do(func() { e.askTitle("New sub-item", e.AddSubItem) })),
		e.cmd("Details…", key(fyne.KeyD, fyne.KeyModifierShift), e.do(e.EditSelectedDetails)),
		e.cmd("Move Up", alt(fyne.KeyPageUp), func() error { return e.MoveSelected(-1) }),
		e.cmd("Move Down", alt(fyne.KeyPageDown), func() error { return e.MoveSelected(1) }),
		e.cmd("Delete…", nil, e.do(e.confirmDelete)),
		fyne.NewMenuItemSeparator(),
		e.cmd("Build Conclusion", key(fyne.KeyB, 0), e.BuildConclusion),
		e.cmd("Add Bullet", key(fyne.KeyB, fyne.KeyModifierShift), e.AddBullet),
	)
	menus := []*fyne.Menu{file, edit, para, item}
	menus = append(menus, e.extraMenus()...)
	e.reportItems = reportItems(menus)
	menus = append(menus, fyne.NewMenu("Help", fyne.NewMenuItem("Keyboard Shortcuts", e.showShortcuts)))
	// Redo's second key, as most editors have it.
	e.keys.Bind(key(fyne.KeyZ, fyne.KeyModifierShift), func() { e.Redo() })
	return fyne.NewMainMenu(menus...)
}

// quitItem is File › Quit (Ctrl+Q): it writes pending edits, keeps a backup
// copy, closes the file and quits. Fyne adds no Quit of its own beside it.
func (e *Editor) quitItem() *fyne.MenuItem {
	mi := e.cmd("Quit", key(fyne.KeyQ, 0), e.do(e.quit))
	mi.IsQuit = true
	return mi
}

// quit saves and closes the report file, then stops the application.
func (e *Editor) quit() {
	if e.watch.asksBeforeClosing(e.quit) {
		return
	}
	e.closeDoc()
	e.app.Quit()
}

// SaveNow writes pending edits to the report file at once and keeps a
// backup copy beside it (File › Save, Ctrl+S); autosave makes saving
// otherwise unnecessary.
func (e *Editor) SaveNow() error {
	if e.doc == nil || e.watch.offerAgain() {
		return nil
	}
	if e.doc.ReadOnly() {
		e.setSaveState("Read-only: edits are not saved")
		return nil
	}
	if err := e.Checkpoint(); err != nil {
		return err
	}
	e.setSaveState("Saved, with a backup copy")
	return nil
}

// refreshRecent lists the recent files in the File menu.
func (e *Editor) refreshRecent() {
	if e.recentMenu == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, p := range e.Recent() {
		path := p
		items = append(items, fyne.NewMenuItem(filepath.Base(path)+" — "+filepath.Dir(path), func() {
			e.OpenOrRecover(path)
		}))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("(none yet)", nil)
		none.Disabled = true
		items = append(items, none)
	}
	e.recentMenu.ChildMenu.Items = items
	if mm := e.win.MainMenu(); mm != nil {
		mm.Refresh()
	}
}

// withoutReport are the commands that work with no report open: the start
// page's, the clipboard's and Quit.
var withoutReport = map[string]bool{"New…": true, "Open…": true, "Import Word or Text Draft…": true,
	"Open Recent": true, "Open Sample": true, "Quit": true, "Cut": true, "Copy": true, "Paste": true, "Select All": true}

// reportItems returns the commands of menus that act on the open report.
func reportItems(menus []*fyne.Menu) []*fyne.MenuItem {
	var out []*fyne.MenuItem
	for _, m := range menus {
		for _, it := range m.Items {
			if !it.IsSeparator && !withoutReport[it.Label] {
				out = append(out, it)
			}
		}
	}
	return out
}

// enableReportItems enables the commands that act on the report when one
// is open, and disables them on the start page: there they acted on an
// empty report no file holds ("Add Item…" added an item nothing showed or
// saved) or said "Select an agenda item first".
func (e *Editor) enableReportItems(open bool) {
	for _, it := range e.reportItems {
		it.Disabled = !open
	}
	if m := e.win.MainMenu(); m != nil {
		m.Refresh()
	}
}
