package spell_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"rapporteur/internal/spell"
)

func TestPersonalRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "storage", "spell") // created by the first Add
	path := filepath.Join(dir, "personal.txt")
	p, err := spell.LoadPersonal(path)
	if err != nil {
		t.Fatalf("missing file: %v, want an empty list", err)
	}
	if len(p.Words()) != 0 {
		t.Fatalf("new list holds %q", p.Words())
	}
	for _, w := range []string{"intersessional", " Treviño ", "Türkiye’s", "intersessional"} {
		if err := p.Add(w); err != nil {
			t.Fatalf("Add(%q): %v", w, err)
		}
	}
	want := []string{"Treviño", "Türkiye's", "intersessional"}
	if got := p.Words(); !reflect.DeepEqual(got, want) {
		t.Errorf("Words() = %q, want %q", got, want)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, wantFile := string(b), "Treviño\nTürkiye's\nintersessional\n"; got != wantFile {
		t.Errorf("file = %q, want %q", got, wantFile)
	}
	q, err := spell.LoadPersonal(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Words(); !reflect.DeepEqual(got, want) {
		t.Errorf("reloaded Words() = %q, want %q", got, want)
	}
	if !q.Has("Türkiye's") || !q.Has("Türkiye’s") || !q.Has("Tu\u0308rkiye's") || q.Has("treviño") {
		t.Error("Has: apostrophes and normalisation forms should match, case should not be folded")
	}
	if err := q.Remove("Treviño"); err != nil {
		t.Fatal(err)
	}
	r, _ := spell.LoadPersonal(path)
	if got := r.Words(); !reflect.DeepEqual(got, []string{"Türkiye's", "intersessional"}) {
		t.Errorf("after Remove: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d files after saving, want only the list (no temporary files left)", len(entries))
	}
}

// TestPersonalKeepsOthersWords checks that two instances adding words to
// one file (two windows) keep each other's words.
func TestPersonalKeepsOthersWords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "personal.txt")
	a, _ := spell.LoadPersonal(path)
	b, _ := spell.LoadPersonal(path)
	if err := a.Add("alpha"); err != nil {
		t.Fatal(err)
	}
	if err := b.Add("beta"); err != nil {
		t.Fatal(err)
	}
	c, _ := spell.LoadPersonal(path)
	if got := c.Words(); !reflect.DeepEqual(got, []string{"alpha", "beta"}) {
		t.Errorf("file holds %q, want both words", got)
	}
}

func TestPersonalKeepsUnusableLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "personal.txt")
	if err := os.WriteFile(path, []byte("\ufeffzeta\r\nHa Noi\n\n  gamma  \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p, err := spell.LoadPersonal(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Add("delta"); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if got, want := string(b), "Ha Noi\ndelta\ngamma\nzeta\n"; got != want {
		t.Errorf("file = %q, want %q", got, want)
	}
}

func TestPersonalRejects(t *testing.T) {
	p, _ := spell.LoadPersonal(filepath.Join(t.TempDir(), "personal.txt"))
	for _, w := range []string{"", "  ", "two words", "tab\tword", "nul\x00", "bad\xff", string(make([]byte, 101))} {
		if err := p.Add(w); err == nil {
			t.Errorf("Add(%q): no error", w)
		}
	}
	if len(p.Words()) != 0 {
		t.Errorf("rejected words were kept: %q", p.Words())
	}
}

func TestPersonalUnreadable(t *testing.T) {
	dir := t.TempDir()
	if _, err := spell.LoadPersonal(dir); err == nil {
		t.Error("LoadPersonal of a directory: no error")
	}
	// A list whose file cannot be saved reports it and keeps its words.
	path := filepath.Join(dir, "gone", "personal.txt")
	p, _ := spell.LoadPersonal(path)
	if err := p.Add("alpha"); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Dir(path)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Dir(path), nil, 0o600); err != nil { // a file where the directory was
		t.Fatal(err)
	}
	if err := p.Add("beta"); err == nil {
		t.Error("Add with a file in place of the directory: no error")
	}
	if got := p.Words(); !reflect.DeepEqual(got, []string{"alpha"}) {
		t.Errorf("after a failed save: %q, want [alpha]", got)
	}
}

// FuzzPersonal loads any file as a personal list, adds a word and checks
// that no line was lost in the saved file.
func FuzzPersonal(f *testing.F) {
	for _, s := range []string{"alpha\nbeta\n", "\ufeffa\r\nb c\n\n", "\xff\x00\n  x  "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "personal.txt")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		p, err := spell.LoadPersonal(path)
		if err != nil {
			t.Fatal(err)
		}
		before := p.Words()
		if err := p.Add("zzfuzz"); err != nil {
			t.Fatal(err)
		}
		q, err := spell.LoadPersonal(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range before {
			if !q.Has(w) {
				t.Fatalf("line %q lost after saving; file %q", w, data)
			}
		}
		if !q.Has("zzfuzz") {
			t.Fatal("added word lost")
		}
	})
}
