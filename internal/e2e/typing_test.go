package e2e

import (
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"rapporteur/internal/xvfb"
)

// words returns " p001 p002 …": n words of the given prefix, each with the
// space before it, five keys a word.
func words(prefix string, n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, " %s%03d", prefix, i)
	}
	return b.String()
}

// firstParagraph returns the text of paragraph 1 in a text export.
func firstParagraph(export string) string {
	for _, l := range strings.Split(export, "\n") {
		if t, ok := strings.CutPrefix(l, "1. "); ok {
			return t
		}
	}
	return ""
}

// typedPart returns what paragraph p holds after before, or where it
// stops being before.
func typedPart(p, before string) string {
	if strings.HasPrefix(p, before) {
		return p[len(before):]
	}
	i := 0
	for i < len(p) && i < len(before) && p[i] == before[i] {
		i++
	}
	return fmt.Sprintf("(not the paragraph as it was followed by typing: from byte %d of %d it reads %.80q)", i, len(before), p[i:])
}

// TestTypingEndToEnd types into a 3,500-character paragraph of the real
// window at 10 keys a second, as issue 12 asks:
//
//   - for 15 s, then every word is in the file (read with the export
//     command while the window runs) within 1.5 s of the last key, and no
//     keystroke is dropped; the .rap copied alone while the window saves
//     is a whole report holding the typing saved so far;
//   - for 5 s more, then kill -9 at the last key: the file holds all but at
//     most the last second of typing, and nothing else;
//   - in the window opened again, for 5 s, then SIGTERM at the last key:
//     the window is gone within 2 s and the file holds every key.
//
// It logs the CPU per key and, with -v, the CPU when idle with the cursor in
// the paragraph and the memory.
func TestTypingEndToEnd(t *testing.T) {
	needs(t, "Xvfb", "xdotool")
	dir := t.TempDir()
	s := &session{t: t, bin: build(t, dir), display: xvfb.Start(t), home: dir, path: filepath.Join(dir, "report.rap")}
	text := newReport(t, s.path, 3500)
	s.open()
	s.clickFirstParagraph()

	// 15 s at 10 keys a second, copying the .rap alone, as a rapporteur
	// mailing it would, every 700 ms meanwhile.
	first := words("a", 30)
	stop := make(chan struct{})
	copies := make(chan []string, 1)
	go func() { copies <- s.copyEvery(700*time.Millisecond, stop) }()
	cpu0, start := s.cpuTicks(), time.Now()
	s.typeAt(first, 10)
	last := time.Now()
	cpu1 := s.cpuTicks()
	close(stop)
	want := text + first
	var got string
	for got = firstParagraph(s.exported()); got != want && time.Since(last) < 10*time.Second; got = firstParagraph(s.exported()) {
		time.Sleep(50 * time.Millisecond)
	}
	lag := time.Since(last)
	if got != want {
		t.Fatalf("typed %q in %v; 10 s later the file holds %q", first, last.Sub(start), typedPart(got, text))
	}
	if lag > 1500*time.Millisecond {
		t.Errorf("the last word reached the file %v after the last key, want within 1.5 s", lag)
	}
	for i, c := range <-copies {
		if got := typedPart(firstParagraph(s.exportOf(c)), text); !strings.HasPrefix(first, got) {
			t.Errorf("copy %d of the .rap made while typing holds %q after the paragraph, want a beginning of %q", i+1, got, first)
		}
	}
	t.Logf("%d keys in %v (%.1f a second); all in the file %v after the last key; %.1f ms CPU a key",
		len(first), last.Sub(start).Round(time.Millisecond), float64(len(first))/last.Sub(start).Seconds(),
		lag.Round(time.Millisecond), float64(cpu1-cpu0)*10/float64(len(first)))
	if testing.Verbose() {
		// From the last key on the caret blinks for 4 s; then nothing is drawn.
		c0 := s.cpuTicks()
		time.Sleep(10 * time.Second)
		c1 := s.cpuTicks()
		time.Sleep(10 * time.Second)
		t.Logf("idle with the cursor in the paragraph: %.1f%% of a core in the 10 s after the last key, %.1f%% in the 10 s after that; RSS %d MB",
			float64(c1-c0)/10, float64(s.cpuTicks()-c1)/10, s.rss()/1024)
	}

	// 5 s more, then kill -9 at the last key.
	second := words("b", 10)
	keyTime := 100 * time.Millisecond
	s.typeAt(second, 10)
	s.signal(syscall.SIGKILL)
	got = typedPart(firstParagraph(s.exported()), want)
	lost := len(second) - len(got)
	if !strings.HasPrefix(second, got) {
		t.Errorf("after kill -9 the file holds %q after the first run of typing, want a beginning of %q", got, second)
	} else if time.Duration(lost)*keyTime > time.Second {
		t.Errorf("kill -9 at the last key lost %d keys (%q), more than a second of typing", lost, second[len(got):])
	}
	t.Logf("kill -9 at the last key lost %d of %d keys", lost, len(second))
	want += got

	// The window again, 5 s, then SIGTERM at the last key.
	s.open()
	s.clickFirstParagraph()
	third := words("c", 10)
	s.typeAt(third, 10)
	took := s.signal(syscall.SIGTERM)
	if took > 2*time.Second {
		t.Errorf("the window took %v to stop after SIGTERM, want within 2 s", took)
	}
	if got := firstParagraph(s.exported()); got != want+third {
		t.Errorf("after SIGTERM at the last key the file holds %q after the earlier typing, want %q\n%s",
			typedPart(got, want), third, s.log.String())
	}
	t.Logf("SIGTERM at the last key: stopped in %v with every key saved", took.Round(time.Millisecond))
}
