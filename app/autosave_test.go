package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// TestAutosaveDeadline runs touch on a clock of the test's own: a pause
// writes SaveDelay after the last edit, and steady typing never puts the
// write off past MaxSaveDelay after the first edit not yet written.
func TestAutosaveDeadline(t *testing.T) {
	clock := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	a := newAutosave(&Editor{}, SaveDelay)
	a.now = func() time.Time { return clock }
	a.afterFunc = func(time.Duration, func()) *time.Timer { return time.NewTimer(time.Hour) }
	start := clock
	for _, tc := range []struct {
		at   time.Duration // since the first edit
		want time.Duration // the write is due, since the first edit
	}{
		{0, SaveDelay},
		{100 * time.Millisecond, 100*time.Millisecond + SaveDelay},
		{200 * time.Millisecond, 200*time.Millisecond + SaveDelay},
		{500 * time.Millisecond, MaxSaveDelay},
		{600 * time.Millisecond, MaxSaveDelay},
		{690 * time.Millisecond, MaxSaveDelay},
		{900 * time.Millisecond, 900 * time.Millisecond}, // late: at once
	} {
		clock = start.Add(tc.at)
		a.touch()
		if got := a.due.Sub(start); got != tc.want {
			t.Errorf("edit at %v: write due at %v, want %v", tc.at, got, tc.want)
		}
	}
	// Once the snapshot is taken, the next edit starts a new wait.
	a.pending = false
	clock = start.Add(time.Second)
	a.touch()
	if got, want := a.due.Sub(clock), SaveDelay; got != want {
		t.Errorf("first edit after a write: due in %v, want %v", got, want)
	}
}

// TestSteadyTypingIsSavedAsItGoesOn types a letter every 50 ms, a pace that
// a pause-only autosave would put off for ever, and checks that the file
// holds the typing before the typing stops.
func TestSteadyTypingIsSavedAsItGoesOn(t *testing.T) {
	e, path := openSample(t, fyne.NewSize(1000, 700))
	e.agenda.selectItem(0)
	p := e.Item().Paragraphs[0]
	text := p.Text
	for i := 0; i < 60; i++ {
		text += "x"
		e.setParagraphText(p, text)
		time.Sleep(50 * time.Millisecond)
		drainUI() // the UI goroutine takes the snapshot autosave asked for
		if strings.Contains(readBack(t, path).Items[0].Paragraphs[0].Text, "xxx") {
			return
		}
	}
	t.Fatal("3 s of steady typing and none of it in the file")
}
