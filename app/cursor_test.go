package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestSetCursor puts the cursor at offsets of a word-wrapped text of many
// lines, and of one with new lines and non-ASCII letters. An entry not yet
// drawn has no lines to place it on, but must not fail.
func TestSetCursor(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("cursor")
	defer w.Close()
	long := strings.Repeat("Türkiye and the delegates of Norway agreed; ", 8)
	lines := "first line\nsecond – line\n\nfourth"
	for _, text := range []string{long, lines} {
		for _, drawn := range []bool{false, true} {
			ent := widget.NewMultiLineEntry()
			ent.Wrapping = fyne.TextWrapWord
			ent.SetText(text)
			if drawn {
				w.SetContent(ent)
				w.Resize(fyne.NewSize(300, 400))
			}
			n := len([]rune(text))
			for _, off := range []int{0, 1, 17, n / 2, n - 1, n, n + 5} {
				setCursor(ent, off)
				if got, want := ent.CursorTextOffset(), min(off, n); drawn && got != want {
					t.Errorf("drawn %v, text %.12q…: cursor at %d, want %d", drawn, text, got, want)
				}
			}
		}
	}
}
