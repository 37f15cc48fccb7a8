package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"rapporteur/draft"
)

// FuzzOpen opens arbitrary bytes as a report, seeded with reports that
// hold versions: no panic; a read-only open never changes the file nor
// leaves anything beside it; a refused open for writing leaves it
// untouched; whatever opens loads, lists its versions and reads each one,
// or fails with an error.
func FuzzOpen(f *testing.F) {
	good, err := os.ReadFile(versionedFile(f))
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
			readAll(ro)
			must(t, ro.Close())
		}
		after, err := os.ReadFile(path)
		must(t, err)
		if !bytes.Equal(after, data) {
			t.Fatal("a read-only open changed the file")
		}
		if names := dirFiles(t, path); len(names) != 1 {
			t.Fatalf("a read-only open left %q", names)
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
		if r := readAll(w); r != nil {
			must(t, w.Save(r))
		}
		w.Close()
	})
}

// readAll loads the working copy and reads every version of f, returning
// the working copy when it loads.
func readAll(f *File) *draft.Report {
	r, err := f.Load()
	if err != nil {
		r = nil
	}
	vs, _ := f.Versions()
	for _, v := range vs {
		f.Version(v.Label)
	}
	f.Verify()
	return r
}

// FuzzSnapshot checks and decodes arbitrary bytes as a version's snapshot,
// as Version does once it has read them, with a checksum that matches:
// no panic, and a report or an error.
func FuzzSnapshot(f *testing.F) {
	for _, r := range []*draft.Report{sampleReport(f), bigReport(f, 2, 2), draft.New()} {
		snap, err := draft.MarshalSnapshot(r)
		must(f, err)
		f.Add(snap)
	}
	f.Add([]byte(`{"Items":[null]}`))
	f.Add([]byte(`{"Items":[{"ID":1,"SubItems":[null]}],"LastID":3}`))
	f.Fuzz(func(t *testing.T, snap []byte) {
		r, err := decodeSnapshot(snap, checksum(snap), schemaVersion)
		if err != nil {
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("decoded a snapshot that does not validate: %v", err)
		}
		if _, err := draft.MarshalSnapshot(r); err != nil {
			t.Fatal(err)
		}
		if _, err := decodeSnapshot(snap, "", schemaVersion); err == nil {
			t.Fatal("a snapshot without its checksum was taken")
		}
		if _, err := decodeSnapshot(append([]byte(" "), snap...), checksum(snap), schemaVersion); err == nil {
			t.Fatal("a snapshot that does not match its checksum was taken")
		}
	})
}
