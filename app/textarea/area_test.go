package textarea

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestTypeReportsEdits(t *testing.T) {
	a, _ := newArea(t, "", 400)
	var changed []string
	var edits []Edit
	a.OnChanged = func(s string) { changed = append(changed, s) }
	a.OnEdit = func(e Edit) { edits = append(edits, e) }
	test.Type(a, "Hi!")
	key(a, fyne.KeyLeft)
	test.Type(a, "?")
	key(a, fyne.KeyBackspace)
	if got, want := a.Text(), "Hi!"; got != want {
		t.Fatalf("text = %q, want %q", got, want)
	}
	if got, want := strings.Join(changed, "|"), "H|Hi|Hi!|Hi?!|Hi!"; got != want {
		t.Errorf("OnChanged got %q, want %q", got, want)
	}
	if got, want := edits[4], (Edit{At: 2, Old: "?", New: ""}); got != want {
		t.Errorf("last edit = %+v, want %+v", got, want)
	}
}

func TestNonLatinAndRightToLeftText(t *testing.T) {
	a, _ := newArea(t, "", 300)
	typed := "Türkiye “Ελλάδα” — Россия, שלום עולם and مرحبا; Treviño"
	test.Type(a, typed)
	if a.Text() != typed {
		t.Fatalf("typed %q, text is %q", typed, a.Text())
	}
	// Back over the Hebrew words, character by character, and delete one.
	at := strings.Index(typed, "עולם")
	a.SetCaret(at)
	key(a, fyne.KeyRight)
	key(a, fyne.KeyBackspace)
	want := strings.Replace(typed, "עולם", "ולם", 1)
	if a.Text() != want {
		t.Errorf("after deleting the first Hebrew letter: %q, want %q", a.Text(), want)
	}
	if got := strings.Join(strings.Fields(strings.Join(shownLines(a), " ")), " "); !strings.Contains(got, "ולם and مرحبا") {
		t.Errorf("lines shown %q lost the right-to-left words", got)
	}
}

func TestComposedAndCombiningCharacters(t *testing.T) {
	a, _ := newArea(t, "", 300)
	// A dead key or an input method delivers the composed character; a
	// combining accent typed after its letter arrives as a rune of its own.
	test.Type(a, "é e\u0301")
	key(a, fyne.KeyLeft)
	if got, want := a.Caret(), len("é "); got != want {
		t.Errorf("Left from after e+accent: caret %d, want %d (before the e)", got, want)
	}
	key(a, fyne.KeyEnd)
	key(a, fyne.KeyBackspace)
	if got, want := a.Text(), "é e"; got != want {
		t.Errorf("Backspace after e+accent left %q, want %q", got, want)
	}
}

func TestDeleteKeys(t *testing.T) {
	a, _ := newArea(t, "one two three", 400)
	a.SetCaret(len("one two"))
	ctrl(a, fyne.KeyBackspace, 0)
	if got, want := a.Text(), "one  three"; got != want {
		t.Errorf("Ctrl+Backspace: %q, want %q", got, want)
	}
	ctrl(a, fyne.KeyDelete, 0)
	if got, want := a.Text(), "one three"; got != want {
		t.Errorf("Ctrl+Delete: %q, want %q", got, want)
	}
	key(a, fyne.KeyDelete)
	if got, want := a.Text(), "one hree"; got != want {
		t.Errorf("Delete: %q, want %q", got, want)
	}
	key(a, fyne.KeyHome)
	key(a, fyne.KeyBackspace)
	if got, want := a.Text(), "one hree"; got != want {
		t.Errorf("Backspace at the start: %q, want %q", got, want)
	}
}

func TestMoveByCharacterWordAndLine(t *testing.T) {
	a, _ := newArea(t, "The delegate of Türkiye thanked the Secretariat.", 400)
	for _, tc := range []struct {
		do   func()
		want int
	}{
		{func() { ctrl(a, fyne.KeyEnd, 0) }, len(a.Text())},
		{func() { ctrl(a, fyne.KeyLeft, 0) }, len(a.Text()) - 1}, // the full stop is a word of its own
		{func() { ctrl(a, fyne.KeyLeft, 0) }, strings.Index(a.Text(), "Secretariat")},
		{func() { ctrl(a, fyne.KeyLeft, 0) }, strings.Index(a.Text(), "the S")},
		{func() { ctrl(a, fyne.KeyRight, 0) }, strings.Index(a.Text(), "Secretariat")},
		{func() { ctrl(a, fyne.KeyHome, 0) }, 0},
		{func() { key(a, fyne.KeyRight); key(a, fyne.KeyRight) }, 2},
		{func() { ctrl(a, fyne.KeyRight, 0); ctrl(a, fyne.KeyRight, 0); ctrl(a, fyne.KeyRight, 0) }, strings.Index(a.Text(), "Türkiye")},
		{func() { key(a, fyne.KeyRight); key(a, fyne.KeyRight) }, strings.Index(a.Text(), "rkiye")}, // ü is one character of two bytes
		{func() { key(a, fyne.KeyEnd) }, len(a.Text())},
		{func() { key(a, fyne.KeyHome) }, 0},
	} {
		tc.do()
		if a.Caret() != tc.want {
			t.Fatalf("caret at %d (%q|%q), want %d", a.Caret(), a.Text()[:a.Caret()], a.Text()[a.Caret():], tc.want)
		}
	}
}

func TestHomeEndAndUpDownPerVisualLine(t *testing.T) {
	a, _ := newArea(t, strings.Repeat("word ", 60), 200)
	if a.Lines() < 4 {
		t.Fatalf("%d lines at 200 wide, want several", a.Lines())
	}
	second := a.lo.lines[1]
	a.SetCaret(second.start + 2)
	key(a, fyne.KeyHome)
	if a.Caret() != second.start {
		t.Errorf("Home on line 2: caret %d, want %d", a.Caret(), second.start)
	}
	key(a, fyne.KeyEnd)
	if end, _ := a.contentEnd(1); a.Caret() != end || a.caretLine() != 1 {
		t.Errorf("End on line 2: caret %d on line %d, want %d on line 1", a.Caret(), a.caretLine(), end)
	}
	a.SetCaret(second.start + 2)
	x := a.CaretX()
	key(a, fyne.KeyDown)
	if a.caretLine() != 2 || abs(a.CaretX()-x) > a.m.size {
		t.Errorf("Down: line %d x %v, want line 2 near x %v", a.caretLine(), a.CaretX(), x)
	}
	key(a, fyne.KeyUp)
	key(a, fyne.KeyUp)
	if a.caretLine() != 0 || a.Caret() != 2 {
		t.Errorf("Up twice: line %d caret %d, want line 0 caret 2", a.caretLine(), a.Caret())
	}
	key(a, fyne.KeyUp)
	if a.Caret() != 0 {
		t.Errorf("Up on the first line without OnLeave: caret %d, want 0", a.Caret())
	}
	var left []int
	a.OnLeave = func(dir int, _ float32) { left = append(left, dir) }
	key(a, fyne.KeyUp)
	ctrl(a, fyne.KeyEnd, 0)
	key(a, fyne.KeyDown)
	if len(left) != 2 || left[0] != -1 || left[1] != 1 {
		t.Errorf("OnLeave calls %v, want [-1 1]", left)
	}
}

func TestShiftSelectsAndTypingReplaces(t *testing.T) {
	a, _ := newArea(t, "alpha beta gamma", 400)
	a.SetCaret(len("alpha "))
	for i := 0; i < 4; i++ {
		shiftKey(a, fyne.KeyRight)
	}
	if got := a.SelectedText(); got != "beta" {
		t.Fatalf("Shift+Right ×4 selected %q, want beta", got)
	}
	ctrl(a, fyne.KeyRight, fyne.KeyModifierShift)
	if got := a.SelectedText(); got != "beta " {
		t.Errorf("then Ctrl+Shift+Right selected %q, want %q", got, "beta ")
	}
	ctrl(a, fyne.KeyHome, fyne.KeyModifierShift)
	if got := a.SelectedText(); got != "alpha " {
		t.Errorf("then Ctrl+Shift+Home selected %q, want %q (from the anchor back)", got, "alpha ")
	}
	key(a, fyne.KeyRight)
	if s, e := a.Selection(); s != e || a.Caret() != len("alpha ") {
		t.Errorf("Right collapses to the selection's end: caret %d, selection %d-%d", a.Caret(), s, e)
	}
	shiftKey(a, fyne.KeyEnd)
	test.Type(a, "delta")
	if got := a.Text(); got != "alpha delta" {
		t.Errorf("typing over the selection: %q, want %q", got, "alpha delta")
	}
}

func TestClipboard(t *testing.T) {
	a, w := newArea(t, "copy this text", 400)
	clip := fyne.CurrentApp().Clipboard()
	a.Select(len("copy "), len("copy this"))
	a.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if got := clip.Content(); got != "this" {
		t.Fatalf("copied %q, want this", got)
	}
	a.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip})
	if got := a.Text(); got != "copy  text" {
		t.Errorf("after cut: %q", got)
	}
	ctrl(a, fyne.KeyEnd, 0)
	clip.SetContent(" and\r\nmore")
	a.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if got := a.Text(); got != "copy  text and\nmore" {
		t.Errorf("after paste: %q, want the clipboard as plain text with a newline", got)
	}
	a.TypedShortcut(&fyne.ShortcutSelectAll{})
	if got := a.SelectedText(); got != a.Text() {
		t.Errorf("select all selected %q", got)
	}
	// The context menu offers the same.
	test.TapSecondaryAt(a, fyne.NewPos(10, 10))
	if top := w.Canvas().Overlays().Top(); top == nil {
		t.Error("right click showed no menu")
	}
}

func TestMouseSelection(t *testing.T) {
	a, _ := newArea(t, "click here to select words", 400)
	down := func(p int, mod fyne.KeyModifier) {
		ev := &desktopMouse{pos: posOf(a, p), mod: mod}
		a.MouseDown(ev.event())
		a.MouseUp(ev.event())
	}
	down(strings.Index(a.Text(), "here"), 0)
	if got, want := a.Caret(), strings.Index(a.Text(), "here"); got != want {
		t.Fatalf("click: caret %d, want %d", got, want)
	}
	a.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: posOf(a, strings.Index(a.Text(), " to"))}})
	a.DragEnd()
	if got := a.SelectedText(); got != "here" {
		t.Errorf("drag selected %q, want here", got)
	}
	down(strings.Index(a.Text(), "select")+2, 0)
	a.DoubleTapped(&fyne.PointEvent{})
	if got := a.SelectedText(); got != "select" {
		t.Errorf("double click selected %q, want select", got)
	}
	down(0, 0)
	down(len("click"), fyne.KeyModifierShift)
	if got := a.SelectedText(); got != "click" {
		t.Errorf("shift-click selected %q, want click", got)
	}
	a.DoubleTapped(&fyne.PointEvent{})
	down(3, 0)
	if got := a.SelectedText(); got != a.Text() {
		t.Errorf("triple click selected %q, want the whole line", got)
	}
}
