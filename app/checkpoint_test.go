package app

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"

	"rapporteur/store"
)

// TestAutosaveKeepsBackupCopies checks that the first autosave after opening
// leaves a good backup copy beside the report, and that closing makes one
// holding the last edit.
func TestAutosaveKeepsBackupCopies(t *testing.T) {
	e, path := openSample(t, fyne.NewSize(1000, 700))
	e.agenda.selectItem(0)
	p := e.Item().Paragraphs[0]
	e.setParagraphText(p, "Typed before the first backup.")
	backup := store.BackupPath(path, 1)
	waitFor(t, "the first backup copy", func() bool {
		_, err := os.Stat(backup)
		return err == nil
	})
	e.setParagraphText(p, "Typed last, before closing.")
	e.closeDoc()
	r := readBack(t, backup)
	if got := r.Items[0].Paragraphs[0].Text; got != "Typed last, before closing." {
		t.Errorf("backup copy after closing holds %q, want the last edit", got)
	}
	bs, err := store.Backups(path)
	if err != nil || len(bs) < 2 {
		t.Fatalf("Backups = %d copies, %v; want at least 2 (first save and close)", len(bs), err)
	}
}
