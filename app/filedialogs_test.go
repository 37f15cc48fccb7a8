package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestListedHidesCompanionFiles(t *testing.T) {
	reports := []string{Ext}
	drafts := append([]string{Ext}, documentExts...)
	for _, tc := range []struct {
		name string
		exts []string
		want bool
	}{
		{"PTC 242.rap", reports, true},
		{"PTC 242.RAP", reports, true},
		{"PTC 242.rap-wal", reports, false},
		{"PTC 242.rap-shm", reports, false},
		{"PTC 242.rap-journal", reports, false},
		{".PTC 242.rap.backup-1", drafts, false},
		{"PTC 242.rap.backup-3", drafts, false},
		{"draft c.docx", drafts, true},
		{"draft c.txt", drafts, true},
		{"draft c.txt~", drafts, false},
		{"draft c.pdf", drafts, false},
		{"report.pdf", []string{".pdf"}, true},
	} {
		if got := listed(tc.name, tc.exts); got != tc.want {
			t.Errorf("listed(%q, %q) = %v, want %v", tc.name, tc.exts, got, tc.want)
		}
	}
}

// dialogLabels returns the texts of the labels and entries of the dialog
// over the window.
func dialogLabels(t *testing.T, w fyne.Window) (labels []string, entries []string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog shown")
	}
	for _, o := range test.LaidOutObjects(top) {
		switch o := o.(type) {
		case *widget.Label:
			labels = append(labels, o.Text)
		case *widget.Entry:
			entries = append(entries, o.Text)
		}
	}
	return labels, entries
}

func TestFileDialogsStartInReportFolder(t *testing.T) {
	e, path := openSample(t, big)
	dir := filepath.Dir(path)
	for _, name := range []string{"old.pdf", "notes.txt", "draft.docx", "other.rap", "other.rap-wal", "other.rap-shm",
		"other.rap.backup-1", "sample.pdf-journal"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		open     func()
		title    string // what the dialog says it is for (not Fyne's "Save File")
		name     string
		listed   []string
		unlisted []string
	}{
		{func() { e.askExport("PDF", ".pdf") }, "Export PDF", "sample.pdf", []string{"old.pdf"}, []string{"sample.pdf-journal", "notes.txt"}},
		{func() { e.askExport("Word", ".docx") }, "Export Word", "sample.docx", []string{"draft.docx"}, []string{"old.pdf"}},
		{e.askOpen, "Open a report", "", []string{"sample.rap", "other.rap", "notes.txt", "draft.docx"},
			[]string{"other.rap-wal", "other.rap-shm", "other.rap.backup-1", "old.pdf"}},
		{e.askImport, "Import a Word or text draft", "", []string{"notes.txt", "draft.docx"}, []string{"sample.rap", "other.rap-wal"}},
		{e.askSaveAs, "Save a copy of the report as", "Copy of sample.rap", []string{"other.rap"}, []string{"other.rap-wal", "other.rap-shm"}},
	} {
		tc.open()
		labels, entries := dialogLabels(t, e.win)
		if !slices.Contains(labels, tc.title) {
			t.Errorf("dialog %q is not titled %q: %q", tc.name, tc.title, labels)
		}
		for _, n := range tc.listed {
			if !slices.Contains(labels, n) {
				t.Errorf("dialog %q does not list %s: %q", tc.name, n, labels)
			}
		}
		for _, n := range tc.unlisted {
			if slices.Contains(labels, n) {
				t.Errorf("dialog %q lists %s", tc.name, n)
			}
		}
		if tc.name != "" && !slices.Contains(entries, tc.name) {
			t.Errorf("save dialog suggests %q, want %q", entries, tc.name)
		}
		e.win.Canvas().Overlays().Top().Hide()
		e.win.Canvas().Overlays().Remove(e.win.Canvas().Overlays().Top())
	}
}
