package store

import (
	"path/filepath"
	"testing"

	"rapporteur/draft"
)

// TestContinuationNumbersKept checks that a report continuing another keeps
// its first item and paragraph numbers through the file and its versions.
func TestContinuationNumbersKept(t *testing.T) {
	r := draft.New()
	r.FirstItem, r.FirstParagraph = 6, 69
	it, _ := r.InsertItem(0, "Transit")
	r.InsertParagraph(it, 0, 0, "The Secretariat reported.")
	path := filepath.Join(t.TempDir(), "part2.rap")
	f, err := Create(path, r)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Freeze(r, "", fixedTime); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	f, err = OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, label := range []string{"", "a"} {
		got, err := f.Load()
		if label != "" {
			got, err = f.Version(label)
		}
		if err != nil {
			t.Fatal(err)
		}
		if got.FirstItem != 6 || got.FirstParagraph != 69 || got.ItemNumber(0) != "VI" || got.Numbering().First() != 69 {
			t.Errorf("version %q: first item %d (%s), first paragraph %d; want 6 (VI), 69", label, got.FirstItem, got.ItemNumber(0), got.FirstParagraph)
		}
	}
}
