package textarea

import (
	"time"

	"fyne.io/fyne/v2"
)

// The caret blinks as GTK's does (on two thirds of 1.2 s), but stops and
// stays shown 4 s after the last input, where GTK blinks for 10 s: every
// blink redraws the whole window, which under software OpenGL costs tens
// of milliseconds of CPU (blinking takes 15-25 % of a core under Xvfb),
// and an idle window should draw nothing.
const (
	blinkOn  = 800 * time.Millisecond
	blinkOff = 400 * time.Millisecond
	// BlinkFor is how long after the last input the caret keeps blinking.
	BlinkFor = 4 * time.Second
)

// Do hands f to the UI goroutine from a timer's: fyne.Do in the program.
// A program's tests may replace it with a queue of their own, since Fyne's
// test driver runs fyne.Do's function at once on the calling goroutine,
// where a blink would race the test's own use of the widget.
var Do = fyne.Do

// after runs f on the UI goroutine once d has passed, and returns a
// function that cancels it. Tests replace it with a clock of their own.
var after = func(d time.Duration, f func()) (cancel func()) {
	t := time.AfterFunc(d, func() { Do(f) })
	return func() { t.Stop() }
}

// now is the clock blinking is timed with.
var now = time.Now

// blinker shows and hides the caret while the Area has the focus.
type blinker struct {
	shown  bool // the caret is drawn
	cancel func()
	gen    int // counts restarts, so a stale tick does nothing
}

// input records a key or click: the caret shows at once and blinks again
// from the start.
func (a *Area) input() {
	a.lastInput = now()
	a.restartBlink()
}

func (a *Area) restartBlink() {
	b := &a.blink
	if b.cancel != nil {
		b.cancel()
		b.cancel = nil
	}
	b.gen++
	b.shown = a.focused
	if a.focused {
		b.schedule(a, blinkOn)
	}
}

func (b *blinker) schedule(a *Area, d time.Duration) {
	gen := b.gen
	b.cancel = after(d, func() {
		if gen == b.gen {
			a.tick()
		}
	})
}

// tick turns the caret off or on, or stops blinking (caret shown) once
// BlinkFor has passed since the last input.
func (a *Area) tick() {
	b := &a.blink
	b.cancel = nil
	if !a.focused {
		return
	}
	if now().Sub(a.lastInput) >= BlinkFor {
		if !b.shown {
			b.shown = true
			a.redrawCaret()
		}
		return
	}
	b.shown = !b.shown
	a.redrawCaret()
	if b.shown {
		b.schedule(a, blinkOn)
	} else {
		b.schedule(a, blinkOff)
	}
}

// Blinking reports whether the caret is still blinking.
func (a *Area) Blinking() bool { return a.blink.cancel != nil }

// CaretShown reports whether the caret is drawn at the moment.
func (a *Area) CaretShown() bool { return a.blink.shown }

func (a *Area) redrawCaret() {
	if a.r != nil {
		a.r.syncCaret()
	}
}
