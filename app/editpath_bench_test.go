package app

import (
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// BenchmarkInsert measures a structural edit through the edit path: a new
// paragraph after the current one in a middle item, with the undo snapshot,
// renumbering and the refresh of every view.
func BenchmarkInsert(b *testing.B) {
	for _, n := range []int{154, 1540, 15000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			a := test.NewTempApp(b)
			w := a.NewWindow("bench")
			defer w.Close()
			e := New(a, w)
			w.Resize(fyne.NewSize(1200, 800))
			path := filepath.Join(b.TempDir(), "bench"+Ext)
			if err := e.CreateFile(path, syntheticReport(b, n)); err != nil {
				b.Fatal(err)
			}
			defer e.closeDoc()
			e.agenda.selectItem(len(e.rep.Items) / 2)
			e.para = 0
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := e.InsertParagraph(true); err != nil {
					b.Fatal(err)
				}
				if i%50 == 49 {
					b.StopTimer()
					e.hist = history{}
					b.StartTimer()
				}
			}
			b.StopTimer() // closing the file (a save and a backup) is not an insert
		})
	}
}
