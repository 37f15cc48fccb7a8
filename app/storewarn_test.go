package app

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapporteur/internal/workspace"
)

// crashedReport leaves in a new folder report.rap as a kill -9 in the
// middle of a save leaves it (the file with pages of an unfinished save,
// and its hot journal), copied while a raw connection holds the save open.
func crashedReport(t *testing.T) string {
	t.Helper()
	r, err := workspace.Sample()
	must(t, err)
	src := filepath.Join(t.TempDir(), "good.rap")
	must(t, workspace.WriteNew(src, r))
	db, err := sql.Open("sqlite", src) // the store's driver, linked in through the workspace
	must(t, err)
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, s := range []string{`PRAGMA cache_size = 10`, `PRAGMA cache_spill = 10`, `BEGIN IMMEDIATE`,
		`UPDATE paragraphs SET text = text || printf('%.*c', 3000, 'x')`} {
		_, err := db.Exec(s)
		must(t, err)
	}
	dst := filepath.Join(t.TempDir(), "report.rap")
	for _, sfx := range []string{"", "-journal"} {
		data, err := os.ReadFile(src + sfx)
		must(t, err)
		must(t, os.WriteFile(dst+sfx, data, 0o644))
	}
	_, err = db.Exec(`ROLLBACK`)
	must(t, err)
	return dst
}

// TestStoreWarningShown opens a crashed report in a folder that may not be
// written: the window opens it read-only and shows the store's warning
// that its last saved state was read.
func TestStoreWarningShown(t *testing.T) {
	path := crashedReport(t)
	dir := filepath.Dir(path)
	must(t, os.Chmod(dir, 0o555))
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	t.Cleanup(w.Close)
	w.Resize(big)
	e := New(a, w)
	must(t, e.OpenPath(path))
	defer e.closeDoc()
	if !e.Doc().ReadOnly() {
		t.Fatal("the crashed file in a read-only folder opened for writing")
	}
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no warning shown")
	}
	var text []string
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			text = append(text, l.Text)
		}
	}
	if got := strings.Join(text, "\n"); !strings.Contains(got, "last saved state") || !strings.Contains(got, path) {
		t.Errorf("the dialog says %q; want the store's warning", got)
	}
	if n := len(takeStoreWarnings()); n != 0 {
		t.Errorf("%d warnings left to show", n)
	}
}
