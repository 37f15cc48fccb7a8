package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// TestDialogWritersTouchNothingUnwritten checks keepChosenFiles: a writer
// of a file URI closed unwritten leaves the file as it was; written, it
// replaces it.
func TestDialogWritersTouchNothingUnwritten(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	t.Cleanup(w.Close)
	New(a, w)
	path := filepath.Join(t.TempDir(), "precious.docx")
	if err := os.WriteFile(path, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	u := storage.NewFileURI(path)
	for _, tc := range []struct {
		write, want string
	}{{"", "precious"}, {"new", "new"}} {
		wc, err := storage.Writer(u)
		if err != nil {
			t.Fatal(err)
		}
		if tc.write != "" {
			if _, err := wc.Write([]byte(tc.write)); err != nil {
				t.Fatal(err)
			}
		}
		if err := wc.Close(); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(path); string(got) != tc.want {
			t.Errorf("after writing %q: the file holds %q, want %q", tc.write, got, tc.want)
		}
	}
	fresh := filepath.Join(t.TempDir(), "new.pdf")
	wc, err := storage.Writer(storage.NewFileURI(fresh))
	if err != nil {
		t.Fatal(err)
	}
	if err := wc.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(fresh); err == nil {
		t.Error("a writer closed unwritten created its file")
	}
}
