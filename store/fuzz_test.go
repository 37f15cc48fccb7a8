package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzOpen opens arbitrary bytes as a report: no panic, a read-only open
// never changes the file, a refused open for writing leaves it untouched,
// and whatever opens loads or fails with an error.
func FuzzOpen(f *testing.F) {
	good, err := os.ReadFile(newFile(f, sampleReport(f)))
	must(f, err)
	f.Add(good)
	f.Add(good[:100])
	f.Add(good[:len(good)/2])
	f.Add([]byte("SQLite format 3\x00"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "fuzz.rap")
		must(t, os.WriteFile(path, data, 0o644))
		if ro, err := OpenReadOnly(path); err == nil {
			ro.Load()
			ro.Versions()
			must(t, ro.Close())
		}
		after, err := os.ReadFile(path)
		must(t, err)
		if !bytes.Equal(after, data) {
			t.Fatal("a read-only open changed the file")
		}
		w, err := Open(path)
		if err != nil {
			after, err := os.ReadFile(path)
			must(t, err)
			if !bytes.Equal(after, data) {
				t.Fatalf("a refused open (%v) changed the file", err)
			}
			return
		}
		if r, err := w.Load(); err == nil {
			must(t, w.Save(r))
		}
		w.Close()
	})
}
