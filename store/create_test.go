package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestCreateLeavesNoTemporary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.rap")
	f, err := Create(path, sampleReport(t))
	must(t, err)
	alone(t, path)
	must(t, f.Close())
	alone(t, path)
}

func TestCreateRefusedLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	r := sampleReport(t)
	r.Items[0].Paragraphs[0].ID = r.Items[1].Paragraphs[0].ID // an invalid report
	if _, err := Create(filepath.Join(dir, "bad.rap"), r); err == nil {
		t.Fatal("Create of an invalid report succeeded")
	}
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Errorf("a refused Create left %d files", len(es))
	}
}

// halfMade leaves beside path what a Create killed half-way leaves: its
// temporary, with a journal.
func halfMade(t *testing.T, path string) string {
	t.Helper()
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".new-0123456789ab"+tempSuffix)
	must(t, os.WriteFile(tmp, []byte(sqliteMagic+"half a report"), 0o644))
	must(t, os.WriteFile(tmp+"-journal", []byte("journal"), 0o644))
	return tmp
}

func TestCreateAfterACrashedCreate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.rap")
	halfMade(t, path)
	if _, err := OpenReadOnly(path); err == nil {
		t.Fatal("the half-made file opened as the report")
	}
	f, err := Create(path, sampleReport(t)) // the retry is not blocked
	must(t, err)
	must(t, f.Close())
	alone(t, path) // and the leftovers are gone
}

func TestCreateLeavesALiveTemporary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.rap")
	tmp := halfMade(t, path)
	fd, err := os.Open(tmp) // another process still making it
	must(t, err)
	defer fd.Close()
	must(t, syscall.Flock(int(fd.Fd()), syscall.LOCK_EX))
	f, err := Create(path, sampleReport(t))
	must(t, err)
	must(t, f.Close())
	if _, err := os.Stat(tmp); err != nil {
		t.Error("Create removed a temporary another process holds")
	}
}

func TestRestoreAndBackupLeaveNoTemporary(t *testing.T) {
	path := versionedFile(t)
	f, err := Open(path)
	must(t, err)
	must(t, f.Checkpoint())
	must(t, f.Close())
	dst := filepath.Join(filepath.Dir(path), "restored.rap")
	halfMade(t, dst)
	must(t, Restore(BackupPath(path, 1), dst))
	got := dirFiles(t, path)
	want := []string{"." + filepath.Base(path) + ".backup-1", "report.rap", "restored.rap"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("folder holds %q, want %q", got, want)
	}
	if err := Restore(BackupPath(path, 1), dst); !errors.Is(err, ErrExists) {
		t.Errorf("Restore over a file: %v, want ErrExists", err)
	}
}

func TestCreatedFileTakesTheUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "private.rap")
	f, err := Create(path, sampleReport(t))
	must(t, err)
	must(t, f.Close())
	fi, err := os.Stat(path)
	must(t, err)
	if fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 from umask 027", fi.Mode().Perm())
	}
}

func TestSpecialFilesRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.rap")
	must(t, syscall.Mkfifo(fifo, 0o644))
	for _, p := range []string{fifo, "/dev/zero", "/dev/null"} {
		for _, ro := range []bool{false, true} {
			open := Open
			if ro {
				open = OpenReadOnly
			}
			_, err := open(p)
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("open %s (read-only %v): %v, want a refusal", p, ro, err)
			}
		}
	}
	if IsReportFile(filepath.Join(dir, "pipe.txt")) {
		t.Error("a missing .txt is a report")
	}
	must(t, syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644))
	if IsReportFile(filepath.Join(dir, "pipe.txt")) { // and it does not block
		t.Error("a FIFO is a report")
	}
}
