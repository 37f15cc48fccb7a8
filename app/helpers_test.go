package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// fixedClock is the time versions are frozen at in tests.
var fixedClock = time.Date(2026, 3, 4, 17, 30, 0, 0, time.UTC)

// openSample opens the built-in sample in a new report file in a test
// window of the given size, and returns the editor and the file's path.
func openSample(t *testing.T, size fyne.Size) (*Editor, string) {
	t.Helper()
	privateStorage(t)
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	t.Cleanup(w.Close)
	e := New(a, w)
	e.clock = func() time.Time { return fixedClock }
	w.Resize(size)
	path := filepath.Join(t.TempDir(), "sample"+Ext)
	r, err := workspace.Sample()
	if err != nil {
		t.Fatalf("sample: %v", err)
	}
	if err := e.CreateFile(path, r); err != nil {
		t.Fatalf("create %s: %v", path, err)
	}
	t.Cleanup(func() { e.closeDoc() })
	return e, path
}

// privateStorage gives the test its own app storage: Fyne's test app keeps
// it in the system's temporary folder, where the user's word list would
// outlive the test and reach the next.
func privateStorage(t *testing.T) { t.Setenv("TMPDIR", t.TempDir()) }

// readBack loads the working copy as the file holds it, through a second,
// read-only handle.
func readBack(t *testing.T, path string) *draft.Report {
	t.Helper()
	r, err := workspace.Load(path, workspace.Working)
	if err != nil {
		t.Fatalf("read back %s: %v", path, err)
	}
	return r
}

// waitFor polls cond until it holds or five seconds pass, running what
// background goroutines hand to the UI goroutine meanwhile (drainUI).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for drainUI(); !cond(); drainUI() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// labels returns the texts of every label laid out in the window.
func labels(w fyne.Window) []string {
	var out []string
	for _, o := range test.LaidOutObjects(w.Content()) {
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			out = append(out, l.Text)
		}
	}
	return out
}

func hasLabel(w fyne.Window, text string) bool {
	for _, s := range labels(w) {
		if s == text {
			return true
		}
	}
	return false
}

// rowNumbers returns the numbers shown in the visible paragraph rows.
func rowNumbers(e *Editor) map[int]string {
	out := map[int]string{}
	for _, o := range test.LaidOutObjects(e.paras.list) {
		row, ok := o.(*fyne.Container)
		if !ok || len(row.Objects) != 2 || !row.Visible() {
			continue
		}
		if ent, ok := row.Objects[1].(*paraEntry); ok {
			out[e.paras.bound[ent]] = strings.SplitN(row.Objects[0].(*widget.Label).Text, "\n", 2)[0]
		}
	}
	return out
}
