package app

// placeCaretMiddle puts the caret of the paragraph editor in the middle of
// its text.
func placeCaretMiddle(ent *paraEntry) { ent.SetCaret(len(ent.Text()) / 2) }
