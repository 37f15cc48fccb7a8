package app

import (
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rapporteur/draft"
)

// syntheticReport builds a report of n paragraphs in items of ten, each
// paragraph a sentence of about 60 words, as a full-size session has.
func syntheticReport(tb testing.TB, n int) *draft.Report {
	tb.Helper()
	r := draft.New()
	r.Meeting.ShortName = "PTC"
	var it *draft.Item
	for k := 0; k < n; k++ {
		if k%10 == 0 {
			var err error
			if it, err = r.InsertItem(len(r.Items), fmt.Sprintf("Item %d", k/10+1)); err != nil {
				tb.Fatal(err)
			}
		}
		text := fmt.Sprintf("Paragraph %d. The delegate of a Member thanked the Secretariat for Doc. PC07%02dE and asked how the pilot would be evaluated, noting that the guidance should be published in all official languages before the next session so that administrations could prepare their comments in good time, and the Secretariat replied that a first draft would be circulated.", k+1, k%100)
		if _, err := r.InsertParagraph(it, len(it.Paragraphs), 0, text); err != nil {
			tb.Fatal(err)
		}
	}
	return r
}

// BenchmarkKeystroke measures the model update behind one keystroke in a
// paragraph, through the edit path: the text is set, the undo run, word
// count and status line updated and autosave re-armed. Its cost should not
// grow with the report.
func BenchmarkKeystroke(b *testing.B) {
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
			it := e.rep.Items[len(e.rep.Items)/2]
			p := it.Paragraphs[len(it.Paragraphs)/2]
			texts := [2]string{p.Text + " x", p.Text + " xy"}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				e.setParagraphText(p, texts[i%2])
			}
			b.StopTimer() // closing the file (a save and a backup) is not a keystroke
		})
	}
}

func TestKeystrokeKeepsCountsRight(t *testing.T) {
	e, _ := openSample(t, big)
	p := e.rep.Items[0].Paragraphs[0]
	for _, text := range []string{"one two", "one two three", "", "a b c d e f", p.Text} {
		e.setParagraphText(p, text)
		if got, want := e.words, e.rep.WordCount(); got != want {
			t.Errorf("after %q: running count %d, want %d", text, got, want)
		}
	}
	if n := len(e.hist.undo); n != 1 {
		t.Errorf("a run of typing in one paragraph made %d undo entries, want 1", n)
	}
}

// BenchmarkAutosave measures what autosave does once typing pauses: clone
// the report on the UI goroutine, then write the changed paragraph.
func BenchmarkAutosave(b *testing.B) {
	for _, n := range []int{154, 1540} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			a := test.NewTempApp(b)
			w := a.NewWindow("bench")
			defer w.Close()
			e := New(a, w)
			path := filepath.Join(b.TempDir(), "bench"+Ext)
			if err := e.CreateFile(path, syntheticReport(b, n)); err != nil {
				b.Fatal(err)
			}
			defer e.closeDoc()
			p := e.rep.Items[0].Paragraphs[0]
			b.Run("clone", func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					_ = e.rep.Clone()
				}
			})
			b.Run("save", func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					p.Text = fmt.Sprintf("Edited %d.", i)
					if err := e.doc.Save(e.rep.Clone()); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}
