package textarea

import (
	"math/rand"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

func TestTabMovesFocusOn(t *testing.T) {
	test.NewTempApp(t)
	stopBlinking(t)
	a, b := New(), New()
	w := test.NewWindow(container.NewVBox(a, b))
	defer w.Close()
	w.Canvas().Focus(a)
	if a.AcceptsTab() {
		t.Error("the Area takes Tab, so Tab would not move the focus")
	}
	test.FocusNext(w.Canvas())
	if w.Canvas().Focused() != b || a.Focused() || !b.Focused() {
		t.Errorf("focus after Tab is on %v, want the second Area", w.Canvas().Focused())
	}
}

func TestShortcutsReachTheWindow(t *testing.T) {
	a, w := newArea(t, "text", 400)
	save := &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	saved := 0
	w.Canvas().AddShortcut(save, func(fyne.Shortcut) { saved++ })
	a.TypedShortcut(save)
	if saved != 1 {
		t.Errorf("Ctrl+S with the focus in the Area reached the canvas %d times, want 1", saved)
	}
	var passed []string
	a.PassShortcut = func(s fyne.Shortcut) bool {
		passed = append(passed, s.ShortcutName())
		_, undo := s.(*fyne.ShortcutUndo)
		return undo
	}
	a.TypedShortcut(&fyne.ShortcutUndo{})
	a.TypedShortcut(&fyne.ShortcutSelectAll{})
	if got := strings.Join(passed, ","); got != "Undo,SelectAll" {
		t.Errorf("PassShortcut saw %q, want every shortcut first", got)
	}
	if a.SelectedText() != "text" {
		t.Error("a shortcut PassShortcut declined was not handled by the Area")
	}
}

func TestWheelScrollsWhatHoldsTheArea(t *testing.T) {
	test.NewTempApp(t)
	stopBlinking(t)
	a := New()
	a.SetText(strings.Repeat("A long paragraph needs scrolling. ", 80))
	scroll := container.NewVScroll(a)
	w := test.NewWindow(scroll)
	defer w.Close()
	w.SetPadded(false)
	w.Resize(fyne.NewSize(300, 200))
	w.Canvas().Focus(a)
	test.Scroll(w.Canvas(), fyne.NewPos(100, 100), 0, -50)
	if scroll.Offset.Y <= 0 {
		t.Errorf("the wheel over the focused Area left the scroller at %v", scroll.Offset.Y)
	}
}

// TestWrapAfterEditsEqualsWrapFromScratch types, deletes, pastes and cuts
// at random with Fyne's own text measurement, and checks after every edit
// that the lines drawn are those of the text broken from scratch.
func TestWrapAfterEditsEqualsWrapFromScratch(t *testing.T) {
	a, _ := newArea(t, strings.Repeat("Türkiye and the “pilot” e-manifest Doc. PC0733E ", 30), 420)
	clip := fyne.CurrentApp().Clipboard()
	rng := rand.New(rand.NewSource(3))
	for step := 0; step < 800; step++ {
		a.SetCaret(randomBoundary(rng, a.Text()))
		switch rng.Intn(8) {
		case 0:
			key(a, fyne.KeyBackspace)
		case 1:
			key(a, fyne.KeyDelete)
		case 2:
			a.Select(a.Caret(), randomBoundary(rng, a.Text()))
			a.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip})
		case 3:
			clip.SetContent(randomText(rng, rng.Intn(40)))
			a.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
		case 4:
			key(a, fyne.KeyReturn)
		default:
			runes := []rune("abc éΩж ,.;“”")
			test.Type(a, string(runes[rng.Intn(len(runes))]))
		}
		if got, want := strings.Join(shownLines(a), "|"), strings.Join(wantLines(a), "|"); got != want {
			t.Fatalf("step %d: lines drawn\n %q\nwant\n %q", step, got, want)
		}
	}
}

// TestKeystrokeRedrawsOneWord checks what a keystroke gives Fyne to render
// again: the word typed in, drawn on its own on the caret's line, and no
// other text (the other words of the line only move).
func TestKeystrokeRedrawsOneWord(t *testing.T) {
	a, _ := newArea(t, strings.Repeat("lorem ipsum dolor sit amet ", 150), 500)
	a.SetCaret(a.lo.lines[len(a.lo.lines)/2].start + 3)
	test.Type(a, "x")
	old := drawnTexts(a)
	test.Type(a, "y")
	var changed []string
	now := drawnTexts(a)
	for k, s := range now {
		if old[k] != s {
			changed = append(changed, s)
		}
	}
	if len(changed) != 1 || !strings.Contains(changed[0], "xy") || len(changed[0]) > 12 {
		t.Errorf("one letter gave Fyne %q to render, want only the word it went in", changed)
	}
	i := a.caretLine()
	l := a.lo.lines[i]
	for k, w := range a.r.words {
		at := l.start + strings.Index(a.text[l.start:l.end], w.Text)
		if k == 0 && w.Position().X != a.m.pad+a.xAt(i, at) {
			t.Errorf("word %q drawn at x %v, the caret's measure puts it at %v", w.Text, w.Position().X, a.m.pad+a.xAt(i, at))
		}
	}
}

// drawnTexts maps each canvas.Text of the Area to the text it shows.
func drawnTexts(a *Area) map[*canvas.Text]string {
	out := map[*canvas.Text]string{}
	for _, t := range append(a.r.texts, a.r.words...) {
		out[t] = t.Text
	}
	return out
}

func TestLinesAndHeightFollowTheText(t *testing.T) {
	a, _ := newArea(t, "", 200)
	var lines []int
	a.OnLines = func(n int) { lines = append(lines, n) }
	for a.Lines() < 3 {
		test.Type(a, "word ")
	}
	if len(lines) != 2 || lines[0] != 2 || lines[1] != 3 {
		t.Errorf("OnLines calls %v, want [2 3]", lines)
	}
	if got, want := a.MinSize().Height, Height(a.Text(), a.Size().Width); got != want {
		t.Errorf("MinSize height %v, Height() says %v", got, want)
	}
}

// TestCaretStopsBlinking runs the blink timer on a clock of the test's own:
// the caret blinks after input and stops, shown, BlinkFor later.
func TestCaretStopsBlinking(t *testing.T) {
	test.NewTempApp(t)
	clock := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	var pending []func()
	var at []time.Time
	oldAfter, oldNow := after, now
	after = func(d time.Duration, f func()) func() {
		pending, at = append(pending, f), append(at, clock.Add(d))
		return func() {}
	}
	now = func() time.Time { return clock }
	t.Cleanup(func() { after, now = oldAfter, oldNow })
	a := New()
	w := test.NewWindow(a)
	defer w.Close()
	w.Canvas().Focus(a)
	test.Type(a, "x")
	toggles := 0
	for len(pending) > 0 {
		f := pending[len(pending)-1]
		clock = at[len(at)-1]
		pending, at = pending[:0], at[:0]
		shown := a.CaretShown()
		f()
		if a.CaretShown() != shown {
			toggles++
		}
		if toggles > 100 {
			t.Fatal("the caret never stops blinking")
		}
	}
	if toggles < 4 {
		t.Errorf("the caret blinked %d times, want it to blink for a while", toggles)
	}
	if !a.CaretShown() || a.Blinking() {
		t.Errorf("after blinking stops the caret is shown=%v, blinking=%v; want shown and still", a.CaretShown(), a.Blinking())
	}
	test.Type(a, "y")
	if !a.Blinking() {
		t.Error("typing again does not start the caret blinking")
	}
	w.Canvas().Unfocus()
	if a.CaretShown() {
		t.Error("the caret shows without the focus")
	}
}

func TestHeightMatchesWidget(t *testing.T) {
	a, _ := newArea(t, strings.Repeat("measure the same way ", 20), 333)
	if got, want := Height(a.Text(), 333), a.MinSize().Height; got != want {
		t.Errorf("Height = %v, the Area's own = %v", got, want)
	}
}
