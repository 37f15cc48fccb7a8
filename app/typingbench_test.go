package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// longText is a paragraph of about n characters made of the words a
// rapporteur types.
func longText(n int) string {
	words := strings.Fields("The delegate of Türkiye thanked the Secretariat for Doc. PC0733E and asked how the “pilot” would be evaluated, noting that guidance should be published before the next session so that administrations could prepare comments")
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[i%len(words)])
	}
	return b.String()[:n]
}

// BenchmarkTypingInList drives the paragraph editor in the editor's list
// through the test driver, as the window delivers keys to the focused
// widget: in the middle of a paragraph of the given length, words never
// typed before (so each is measured and shaped), each followed by as many
// Backspaces, so the length stays the same. cpu-ns/key is the process's
// CPU time per key, which other processes on a shared machine do not
// inflate as they do the wall time.
func BenchmarkTypingInList(b *testing.B) {
	for _, n := range []int{154, 1540} {
		for _, chars := range []int{100, 1000, 4000} {
			b.Run(fmt.Sprintf("paras=%d/chars=%d", n, chars), func(b *testing.B) {
				a := test.NewTempApp(b)
				w := a.NewWindow("bench")
				defer w.Close()
				e := New(a, w)
				w.Resize(fyne.NewSize(1300, 900))
				r := syntheticReport(b, n)
				mid := len(r.Items) / 2
				r.Items[mid].Paragraphs[0].Text = longText(chars)
				path := filepath.Join(b.TempDir(), "bench"+Ext)
				if err := e.CreateFile(path, r); err != nil {
					b.Fatal(err)
				}
				defer e.closeDoc()
				e.agenda.selectItem(mid)
				ent := e.paras.editorFor(0)
				if ent == nil {
					b.Fatal("no editor for row 0")
				}
				c := w.Canvas()
				c.Focus(ent)
				placeCaretMiddle(ent)
				benchRuns++
				keys := freshKeys(b.N, fmt.Sprintf("%c%c", 'a'+benchRuns%26, 'a'+benchRuns/26%26))
				b.ReportAllocs()
				b.ResetTimer()
				cpu0 := cpuTime()
				for _, k := range keys {
					k(c.Focused())
				}
				b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/key")
				b.StopTimer()
				if got := r.Items[mid].Paragraphs[0].Text; len(got) < chars {
					b.Fatalf("paragraph shrank to %d bytes", len(got))
				}
			})
		}
	}
}

// benchRuns makes the words of every benchmark run new.
var benchRuns int

// freshKeys returns n keystrokes: words never typed before (prefix and a
// number), each followed by as many Backspaces.
func freshKeys(n int, prefix string) []func(fyne.Focusable) {
	bs := &fyne.KeyEvent{Name: fyne.KeyBackspace}
	var out []func(fyne.Focusable)
	for w := 0; len(out) < n; w++ {
		for _, r := range fmt.Sprintf("%s%04d ", prefix, w%10000) {
			out = append(out, func(f fyne.Focusable) { f.TypedRune(r) })
		}
		for i := 0; i < len(prefix)+5; i++ {
			out = append(out, func(f fyne.Focusable) { f.TypedKey(bs) })
		}
	}
	return out[:n]
}

// cpuTime returns the process's user and system CPU time in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
