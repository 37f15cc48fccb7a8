package store

import (
	"fmt"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// benchSizes are a full-size report (154 paragraphs) and ten times that.
var benchSizes = []struct{ items, perItem int }{{14, 10}, {140, 10}}

// paragraphs returns the number of numbered paragraphs of a bigReport.
func paragraphs(items, perItem int) int { return items * (perItem + 1) }

func BenchmarkSaveEditedParagraph(b *testing.B) {
	for _, sz := range benchSizes {
		b.Run(strconv.Itoa(paragraphs(sz.items, sz.perItem)), func(b *testing.B) {
			f, err := Open(newFile(b, bigReport(b, sz.items, sz.perItem)))
			must(b, err)
			defer f.Close()
			r, err := f.Load()
			must(b, err)
			p := r.Items[sz.items/2].Paragraphs[sz.perItem/2]
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				p.Text = fmt.Sprintf("Edit %d of the paragraph.", i)
				must(b, f.Save(r))
			}
		})
	}
}

func BenchmarkSaveParagraphFastPath(b *testing.B) {
	for _, sz := range benchSizes {
		b.Run(strconv.Itoa(paragraphs(sz.items, sz.perItem)), func(b *testing.B) {
			f, err := Open(newFile(b, bigReport(b, sz.items, sz.perItem)))
			must(b, err)
			defer f.Close()
			r, err := f.Load()
			must(b, err)
			p := r.Items[sz.items/2].Paragraphs[sz.perItem/2]
			for i := 0; b.Loop(); i++ {
				p.Text = fmt.Sprintf("Edit %d of the paragraph.", i)
				must(b, f.SaveParagraph(p))
			}
		})
	}
}

func BenchmarkOpenLoad(b *testing.B) {
	for _, sz := range benchSizes {
		n := strconv.Itoa(paragraphs(sz.items, sz.perItem))
		path := newFile(b, bigReport(b, sz.items, sz.perItem))
		b.Run("write/"+n, func(b *testing.B) { // Close not timed
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				f, err := Open(path)
				must(b, err)
				_, err = f.Load()
				must(b, err)
				b.StopTimer()
				must(b, f.Close())
				b.StartTimer()
			}
		})
		b.Run("write+close/"+n, func(b *testing.B) {
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				f, err := Open(path)
				must(b, err)
				_, err = f.Load()
				must(b, err)
				must(b, f.Close())
			}
		})
		b.Run("read-only/"+n, func(b *testing.B) {
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				f, err := OpenReadOnly(path)
				must(b, err)
				_, err = f.Load()
				must(b, err)
				must(b, f.Close())
			}
		})
	}
}

func BenchmarkFreeze(b *testing.B) {
	sz := benchSizes[1]
	if _, err := Open(filepath.Join(b.TempDir(), "r.rap")); err == nil {
		b.Fatal("opened a missing file")
	}
	f, err := Create(filepath.Join(b.TempDir(), "r.rap"), bigReport(b, sz.items, sz.perItem))
	must(b, err)
	defer f.Close()
	r, err := f.Load()
	must(b, err)
	for b.Loop() {
		_, err := f.Freeze(r, "", fixedTime)
		must(b, err)
	}
}

// reportCPU reports the CPU time (user and system, all threads) per
// operation since start: the work, where ns/op also counts waiting for
// the disk to sync.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}
