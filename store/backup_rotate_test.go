package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkpointText is the text of the first paragraph at checkpoint k.
func checkpointText(k int) string { return fmt.Sprintf("Text as of checkpoint %d.", k) }

// checkpoints opens the report at path, makes n edits each followed by a
// Checkpoint, then one more edit saved but not checkpointed, and closes it.
func checkpoints(t *testing.T, path string, n int) {
	t.Helper()
	f, err := Open(path)
	must(t, err)
	r, err := f.Load()
	must(t, err)
	for k := 1; k <= n; k++ {
		r.Items[0].Paragraphs[0].Text = checkpointText(k)
		must(t, f.Save(r))
		must(t, f.Checkpoint())
	}
	r.Items[0].Paragraphs[0].Text = "Saved after the last checkpoint."
	must(t, f.Save(r))
	must(t, f.Close())
}

// firstText loads the report at path read-only and returns its first
// paragraph's text.
func firstText(t *testing.T, path string) string {
	t.Helper()
	f, err := OpenReadOnly(path)
	must(t, err)
	defer f.Close()
	r, err := f.Load()
	must(t, err)
	return r.Items[0].Paragraphs[0].Text
}

func TestCheckpointRotates(t *testing.T) {
	path := newFile(t, sampleReport(t))
	checkpoints(t, path, 7)
	bs, err := Backups(path)
	must(t, err)
	if len(bs) != KeepBackups {
		t.Fatalf("Backups: %d, want %d: %+v", len(bs), KeepBackups, bs)
	}
	for i, b := range bs {
		if want := BackupPath(path, i+1); b.Path != want || b.N != i+1 {
			t.Errorf("backup %d is %s (N %d), want %s", i, b.Path, b.N, want)
		}
		if !b.OK() || b.Size == 0 || b.Time.IsZero() {
			t.Errorf("backup %s: err %v, size %d, time %v", b.Path, b.Err, b.Size, b.Time)
		}
		if i > 0 && b.Time.After(bs[i-1].Time) {
			t.Errorf("backup %d (%v) is newer than backup %d (%v)", i, b.Time, i-1, bs[i-1].Time)
		}
		if got, want := firstText(t, b.Path), checkpointText(7-i); got != want {
			t.Errorf("backup %d holds %q, want %q", b.N, got, want)
		}
	}
	if !strings.HasPrefix(filepath.Base(bs[0].Path), ".report.rap.backup-") {
		t.Errorf("backup name %s is not hidden beside the report", bs[0].Path)
	}
	names := dirFiles(t, path)
	if len(names) != 1+KeepBackups {
		t.Errorf("folder holds %q, want the report and %d backups only", names, KeepBackups)
	}
}

func TestCheckpointUnchangedKeepsRotation(t *testing.T) {
	path := newFile(t, sampleReport(t))
	checkpoints(t, path, 2)
	f, err := Open(path)
	must(t, err)
	must(t, f.Checkpoint()) // the edit saved after checkpoint 2
	must(t, f.Checkpoint()) // nothing changed since
	must(t, f.Checkpoint())
	must(t, f.Close())
	bs, err := Backups(path)
	must(t, err)
	var got []string
	for _, b := range bs {
		got = append(got, firstText(t, b.Path))
	}
	want := []string{"Saved after the last checkpoint.", checkpointText(2), checkpointText(1)}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("backups hold %q, want %q", got, want)
	}
}

func TestCheckpointReadOnly(t *testing.T) {
	path := newFile(t, sampleReport(t))
	before := fileState(t, path)
	f, err := OpenReadOnly(path)
	must(t, err)
	if err := f.Checkpoint(); !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), path) {
		t.Errorf("Checkpoint read-only: got %v, want ErrReadOnly naming the file", err)
	}
	must(t, f.Close())
	if err := f.Checkpoint(); !errors.Is(err, ErrClosed) {
		t.Errorf("Checkpoint after Close: got %v, want ErrClosed", err)
	}
	if after := fileState(t, path); !after.equal(before) {
		t.Errorf("read-only Checkpoint left %v, want %v", after, before)
	}
}

func TestBackupsNone(t *testing.T) {
	path := newFile(t, sampleReport(t))
	bs, err := Backups(path)
	if err != nil || len(bs) != 0 {
		t.Errorf("Backups of a report never checkpointed: %+v, %v; want none", bs, err)
	}
	if _, err := Backups(filepath.Join(t.TempDir(), "gone", "x.rap")); err == nil {
		t.Errorf("Backups in a missing folder: no error")
	}
}

// damage spoils a closed report the way a crash of the disk or a bad copy
// would.
var damage = []struct {
	name string
	do   func(t *testing.T, path string)
}{
	{"truncated", func(t *testing.T, path string) {
		fi, err := os.Stat(path)
		must(t, err)
		must(t, os.Truncate(path, fi.Size()/2+100))
	}},
	{"garbled", func(t *testing.T, path string) {
		b, err := os.ReadFile(path)
		must(t, err)
		for i := 2 * 4096; i < len(b); i += 5 {
			b[i] ^= 0x5A
		}
		must(t, os.WriteFile(path, b, 0o644))
	}},
	{"header overwritten", func(t *testing.T, path string) {
		fd, err := os.OpenFile(path, os.O_WRONLY, 0)
		must(t, err)
		_, err = fd.WriteAt([]byte("this is no longer a database"), 0)
		must(t, err)
		must(t, fd.Close())
	}},
}

func TestRestoreDamagedReport(t *testing.T) {
	for _, d := range damage {
		t.Run(d.name, func(t *testing.T) {
			path := newFile(t, bigReport(t, 6, 10))
			checkpoints(t, path, 3)
			d.do(t, path)
			damaged := fileState(t, path)
			if _, err := OpenReadOnly(path); err == nil {
				t.Fatalf("the damaged report still opens")
			}

			bs, err := Backups(path)
			must(t, err)
			if len(bs) != 3 {
				t.Fatalf("Backups: %+v, want 3", bs)
			}
			for _, b := range bs {
				if !b.OK() {
					t.Errorf("backup %s: %v", b.Path, b.Err)
				}
			}
			dst := RecoveredPath(path)
			if want := filepath.Join(filepath.Dir(path), "report (recovered).rap"); dst != want {
				t.Errorf("RecoveredPath = %s, want %s", dst, want)
			}
			must(t, Restore(bs[0].Path, dst))
			if got, want := firstText(t, dst), checkpointText(3); got != want {
				t.Errorf("restored report holds %q, want the last checkpoint %q", got, want)
			}
			f, err := Open(dst) // the copy is a report to go on working in
			must(t, err)
			must(t, f.quickCheck(ctx, "check"))
			must(t, f.Close())

			if err := Restore(bs[1].Path, dst); !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), dst) {
				t.Errorf("Restore over the recovered copy: got %v, want ErrExists naming it", err)
			}
			if got, want := firstText(t, dst), checkpointText(3); got != want {
				t.Errorf("a refused Restore changed the copy to %q", got)
			}
			if err := Restore(bs[0].Path, path); !errors.Is(err, ErrExists) {
				t.Errorf("Restore over the damaged original: got %v, want ErrExists", err)
			}
			if after := fileState(t, path); !bytes.Equal(after.data, damaged.data) || !after.mtime.Equal(damaged.mtime) {
				t.Errorf("the damaged original changed")
			}
			if next := RecoveredPath(path); !strings.HasSuffix(next, "report (recovered 2).rap") {
				t.Errorf("RecoveredPath with one copy made = %s", next)
			}
		})
	}
}

func TestRestoreRefusesDamagedBackup(t *testing.T) {
	path := newFile(t, bigReport(t, 4, 6))
	checkpoints(t, path, 2)
	newest := BackupPath(path, 1)
	damage[1].do(t, newest)
	bs, err := Backups(path)
	must(t, err)
	if len(bs) != 2 || bs[0].OK() || !bs[1].OK() {
		t.Fatalf("Backups after spoiling the newest: %+v, want it listed as failing and the older one OK", bs)
	}
	if !errors.Is(bs[0].Err, ErrCorrupt) {
		t.Errorf("spoilt backup's error %v, want ErrCorrupt", bs[0].Err)
	}
	dst := RecoveredPath(path)
	if err := Restore(newest, dst); err == nil || !strings.Contains(err.Error(), newest) {
		t.Errorf("Restore of a spoilt backup: got %v, want an error naming it", err)
	}
	if _, err := os.Lstat(dst); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed Restore left %s", dst)
	}
	must(t, Restore(bs[1].Path, dst))
	if got := firstText(t, dst); got != checkpointText(1) {
		t.Errorf("restored the older backup: %q, want %q", got, checkpointText(1))
	}
}

// TestCheckpointAfterAKilledOne: a checkpoint killed while it copied
// leaves its temporary copy (and the copy's journal) beside the report;
// the next checkpoint removes them, and leaves alone a copy another
// process is still making (it holds the copy's lock).
func TestCheckpointAfterAKilledOne(t *testing.T) {
	path := newFile(t, sampleReport(t))
	next := BackupPath(path, 0) + ".new" // what Checkpoint copies to
	stale := filepath.Join(filepath.Dir(next), "."+filepath.Base(next)+".copy-0123456789ab.tmp")
	must(t, os.WriteFile(stale, []byte("SQLite format 3\x00 half a copy"), 0o644))
	must(t, os.WriteFile(stale+"-journal", []byte("half a journal"), 0o644))
	busy, err := newBeside(next, "copy")
	must(t, err)
	defer busy.discard()
	checkpoints(t, path, 1)
	for _, p := range []string{stale, stale + "-journal"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s is still beside the report", filepath.Base(p))
		}
	}
	if _, err := os.Stat(busy.path); err != nil {
		t.Errorf("the copy another process is making was removed: %v", err)
	}
}
