package app

import "fyne.io/fyne/v2"

// placeCaretMiddle puts the caret of the paragraph editor near the middle
// of its text. (A word-wrapped Entry costs the same per key wherever its
// caret is, so its caret goes to the end.)
func placeCaretMiddle(ent *paraEntry) {
	ent.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
}
