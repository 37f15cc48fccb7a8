package workspace

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRecover damages a report that has a backup copy and recovers it into
// a new file; a locked file is never offered a backup.
func TestRecover(t *testing.T) {
	rap, _, _ := files(t)
	d, err := Open(rap, Write)
	must(t, err)
	must(t, d.Checkpoint())
	must(t, d.Close())
	must(t, os.Truncate(rap, 1000))
	_, openErr := Open(rap, Write)
	if openErr == nil {
		t.Fatal("a truncated report opened")
	}
	b, ok := LastGoodBackup(rap, openErr)
	if !ok {
		t.Fatalf("no good backup offered for %v", openErr)
	}
	if _, ok := LastGoodBackup(rap, &lockedErr{}); ok {
		t.Error("a backup was offered for a locked file")
	}
	want := RecoveredPath(rap)
	got, err := Recover(rap, b)
	must(t, err)
	if got != want || filepath.Dir(got) != filepath.Dir(rap) {
		t.Errorf("recovered into %s, want %s", got, want)
	}
	r, err := Load(got, Working)
	must(t, err)
	if len(r.Items) == 0 {
		t.Error("the recovered report is empty")
	}
	if fi, err := os.Stat(rap); err != nil || fi.Size() != 1000 {
		t.Errorf("the damaged file was changed: %v %v", fi, err)
	}
}

type lockedErr struct{}

func (*lockedErr) Error() string        { return "locked" }
func (*lockedErr) Is(target error) bool { return target == ErrLocked }
