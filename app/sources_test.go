package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"rapporteur/internal/workspace"
)

// wordDraft writes the sample as a Word document in a new folder and
// returns its path and bytes.
func wordDraft(t *testing.T) (string, []byte) {
	t.Helper()
	r, err := workspace.Sample()
	must(t, err)
	path := filepath.Join(t.TempDir(), "draft.docx")
	must(t, workspace.Export(path, r, workspace.ExportOptions{Created: fixedClock}))
	data, err := os.ReadFile(path)
	must(t, err)
	return path, data
}

// exportNow exports the window's report to path and returns the outcome.
func exportNow(t *testing.T, e *Editor, path string) error {
	t.Helper()
	done := make(chan error, 1)
	e.Export(path, func(err error) { done <- err })
	return awaitUI(t, "the export", done, 30*time.Second)
}

// TestExportKeepsWhatTheReportCameFrom imports a Word draft in the window
// and exports over it, and again in a later session
// that opens the report file itself: every export is refused and the files
// stay as they were.
func TestExportKeepsWhatTheReportCameFrom(t *testing.T) {
	docx, data := wordDraft(t)
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	t.Cleanup(w.Close)
	e := New(a, w)
	must(t, e.OpenPath(docx))
	rap := e.Doc().Path()
	if rap != workspace.ImportedPath(docx) {
		t.Fatalf("imported into %s", rap)
	}
	if err := exportNow(t, e, docx); !errors.Is(err, workspace.ErrOutputIsInput) {
		t.Errorf("export over the draft: %v, want ErrOutputIsInput", err)
	}
	e.closeDoc()

	later := New(a, a.NewWindow("later")) // same preferences: a later session
	must(t, later.OpenPath(rap))
	defer later.closeDoc()
	if err := exportNow(t, later, docx); !errors.Is(err, workspace.ErrOutputIsInput) {
		t.Errorf("later export over the draft: %v, want ErrOutputIsInput", err)
	}
	if got, _ := os.ReadFile(docx); !bytes.Equal(got, data) {
		t.Error("the Word draft changed")
	}
	if _, err := workspace.Load(rap, workspace.Working); err != nil {
		t.Errorf("the report file: %v", err)
	}
	other := filepath.Join(filepath.Dir(docx), "final.docx")
	if err := exportNow(t, later, other); err != nil {
		t.Errorf("export under another name: %v", err)
	}
}

// TestExportDialogOverTheDraft chooses the Word draft in File › Export
// Word and confirms "Overwrite?": Fyne's dialog would empty the file before
// the window learned its name; the draft stays whole and the export is
// refused.
func TestExportDialogOverTheDraft(t *testing.T) {
	docx, data := wordDraft(t)
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	t.Cleanup(w.Close)
	w.Resize(big)
	e := New(a, w)
	must(t, e.OpenPath(docx))
	defer e.closeDoc()
	a.Preferences().SetString("fyne:fileDialogLastFolder", storage.NewFileURI(filepath.Dir(docx)).String())
	e.askExport("Word", ".docx") // suggests draft.docx
	tapOverlay(t, e, "Save")
	tapOverlay(t, e, "Yes") // "Are you sure you want to overwrite the file draft.docx?"
	waitFor(t, "the export to be refused", func() bool { return strings.HasPrefix(e.SaveState(), "Error: ") })
	if got, _ := os.ReadFile(docx); !bytes.Equal(got, data) {
		t.Errorf("the Word draft changed: %d bytes, were %d", len(got), len(data))
	}
}
