package textarea

import (
	"fmt"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"
)

// BenchmarkType is one key in the middle of a paragraph of the given
// length: words never typed before (so each is measured), then Backspace
// over them, so the length stays the same.
func BenchmarkType(b *testing.B) {
	for _, n := range []int{100, 1000, 4000, 16000} {
		b.Run(fmt.Sprintf("chars=%d", n), func(b *testing.B) {
			text := strings.Repeat("The delegate of Türkiye thanked the Secretariat for the “pilot”. ", n/60+1)[:n]
			a, _ := newArea(b, text, 560)
			a.SetCaret(a.lo.lines[len(a.lo.lines)/2].start + 4)
			keys := freshKeys(b.N)
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cpuTime()
			for _, k := range keys {
				k(a)
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/key")
		})
	}
}

// runs makes every benchmark run's words new.
var runs int

// freshKeys returns n keystrokes: words of seven characters never typed
// before, each followed by seven Backspaces.
func freshKeys(n int) []func(*Area) {
	bs := &fyne.KeyEvent{Name: fyne.KeyBackspace}
	var out []func(*Area)
	runs++
	for w := 0; len(out) < n; w++ {
		for _, r := range fmt.Sprintf("%c%c%04d ", 'a'+runs%26, 'a'+runs/26%26, w%10000) {
			out = append(out, func(a *Area) { a.TypedRune(r) })
		}
		for i := 0; i < 7; i++ {
			out = append(out, func(a *Area) { a.TypedKey(bs) })
		}
	}
	return out[:n]
}

// cpuTime returns the process's user and system CPU time in nanoseconds:
// a measure that other processes on a shared machine inflate less than
// they do the wall time.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
