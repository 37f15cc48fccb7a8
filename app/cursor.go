package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// setCursor puts ent's cursor at rune offset off of its text, with no
// selection. Entry keeps its cursor as a row and column of its wrapped
// lines and offers no setter by offset, so the rows' first offsets are
// read back through CursorTextOffset.
func setCursor(ent *widget.Entry, off int) {
	ent.MinSize() // makes sure the entry has its renderer and selection
	if ent.SelectedText() != "" {
		ent.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) // drops the selection
	}
	off = max(0, min(off, len([]rune(ent.Text))))
	row, begin := 0, 0
	for r := 1; ; r++ {
		ent.CursorRow, ent.CursorColumn = r, 0
		b := ent.CursorTextOffset()
		if b <= begin || b > off {
			break // past the last row, or the row starts after off
		}
		row, begin = r, b
	}
	ent.CursorRow, ent.CursorColumn = row, off-begin
	ent.Refresh()
}
