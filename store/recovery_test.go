package store

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"rapporteur/draft"
)

// crashed returns a folder holding report.rap as a crash in the middle of a
// save leaves it: a raw connection rewrites every paragraph of the report
// at path with a cache so small that SQLite writes pages into the file
// before the commit, and the file and its journal are copied while that
// transaction is open (what a kill -9 leaves on disk). The original path
// is left as it was.
func crashed(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, s := range []string{`PRAGMA cache_size = 10`, `PRAGMA cache_spill = 10`, `BEGIN IMMEDIATE`,
		`UPDATE paragraphs SET text = text || printf('%.*c', 3000, 'x')`} {
		_, err := db.Exec(s)
		must(t, err)
	}
	dir := t.TempDir()
	dst := filepath.Join(dir, "report.rap")
	for _, sfx := range []string{"", "-journal"} {
		data, err := os.ReadFile(path + sfx)
		must(t, err)
		must(t, os.WriteFile(dst+sfx, data, 0o644))
	}
	_, err = db.Exec(`ROLLBACK`)
	must(t, err)
	if !hotJournal(dst + "-journal") {
		t.Fatal("no hot journal in the crashed copy")
	}
	orig, _ := os.ReadFile(path)
	now, _ := os.ReadFile(dst)
	if bytes.Equal(orig, now) {
		t.Fatal("the crashed copy holds no page of the unfinished save")
	}
	return dir
}

// sideState returns the bytes of the files beside a report that matter
// after a crash (nil for a file that is not there).
func sideState(path string) string {
	j, _ := os.ReadFile(path + "-journal")
	w, _ := os.ReadFile(path + "-wal")
	return string(j) + "\x00wal\x00" + string(w)
}

func TestReadOnlyOpenRollsBackACrash(t *testing.T) {
	r := bigReport(t, 10, 10)
	path := filepath.Join(crashed(t, newFile(t, r)), "report.rap")
	f, err := OpenReadOnly(path)
	must(t, err)
	got, err := f.Load()
	must(t, err)
	sameReport(t, got, r)
	if w := f.Warnings(); len(w) != 0 {
		t.Errorf("warnings %q; a crash rolled back in place needs none", w)
	}
	must(t, f.Close())
	alone(t, path) // the journal was rolled back and is gone
	f, err = Open(path)
	must(t, err)
	must(t, f.Verify())
	must(t, f.Close())
}

func TestReadOnlyOpenReadsLastSaveWhereItCannotWrite(t *testing.T) {
	r := bigReport(t, 10, 10)
	for _, where := range []string{"read-only folder", "read-only file"} {
		t.Run(where, func(t *testing.T) {
			dir := crashed(t, newFile(t, r))
			path := filepath.Join(dir, "report.rap")
			if where == "read-only file" {
				must(t, os.Chmod(path, 0o444))
			} else {
				must(t, os.Chmod(dir, 0o555))
				t.Cleanup(func() { os.Chmod(dir, 0o755) })
			}
			before, side := fileState(t, path), sideState(path)
			for range 2 { // and again: nothing changed the first time
				f, err := OpenReadOnly(path)
				must(t, err)
				got, err := f.Load()
				must(t, err)
				sameReport(t, got, r)
				if w := f.Warnings(); len(w) != 1 || !strings.Contains(w[0], "last saved state") || !strings.Contains(w[0], path) {
					t.Errorf("warnings %q; want one saying the last saved state was read", w)
				}
				must(t, f.Verify())
				must(t, f.Close())
				if after := fileState(t, path); !after.equal(before) || sideState(path) != side {
					t.Errorf("the file or its journal changed: %v → %v", before, after)
				}
			}
			if _, err := Open(path); !errors.Is(err, ErrReadOnlyFile) {
				t.Errorf("Open: %v, want ErrReadOnlyFile", err)
			}
		})
	}
}

func TestOpenRollsBackACrash(t *testing.T) {
	r := bigReport(t, 10, 10)
	path := filepath.Join(crashed(t, newFile(t, r)), "report.rap")
	f, err := Open(path)
	must(t, err)
	got, err := f.Load()
	must(t, err)
	sameReport(t, got, r)
	got.Items[0].Paragraphs[0].Text = "After the crash."
	must(t, f.Save(got))
	must(t, f.Close())
	alone(t, path)
}

func TestCrashedForeignFileRefusedUntouched(t *testing.T) {
	orig := newFile(t, bigReport(t, 10, 10))
	rawConn(t, orig, `CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM paragraphs; END`)
	path := filepath.Join(crashed(t, orig), "report.rap")
	side := sideState(path)
	refusal(t, path, ErrForeign, `trigger "wipe"`)
	if sideState(path) != side {
		t.Error("the journal of the refused file changed")
	}
}

// walFile returns a report left in write-ahead-log mode by an older
// rapporteur, with its last save only in the log when inLog is set (the
// file and log copied while the writer had it open), and r, the report
// the file and log hold.
func walFile(t *testing.T, inLog bool) (string, *draft.Report) {
	t.Helper()
	r := sampleReport(t)
	src := newFile(t, r)
	db, err := sql.Open("sqlite", src)
	must(t, err)
	defer db.Close()
	db.SetMaxOpenConns(1)
	stmts := []string{`PRAGMA journal_mode = WAL`, `PRAGMA wal_autocheckpoint = 0`}
	if inLog {
		stmts = append(stmts, `UPDATE meta SET value = 'Saved in the log' WHERE key = 'meeting.venue'`)
		r.Meeting.Venue = "Saved in the log"
	}
	for _, s := range stmts {
		_, err := db.Exec(s)
		must(t, err)
	}
	dir := t.TempDir()
	dst := filepath.Join(dir, "report.rap")
	for _, sfx := range []string{"", "-wal"} {
		if data, err := os.ReadFile(src + sfx); err == nil && (sfx == "" || inLog) {
			must(t, os.WriteFile(dst+sfx, data, 0o644))
		}
	}
	if data, _ := os.ReadFile(dst); data[18] != 2 {
		t.Fatalf("header byte 18 = %d, want 2 (WAL)", data[18])
	}
	return dst, r
}

func TestOldWALFileReadOnReadOnlyMount(t *testing.T) {
	for _, inLog := range []bool{false, true} {
		path, r := walFile(t, inLog)
		dir := filepath.Dir(path)
		must(t, os.Chmod(dir, 0o555))
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		before, side := fileState(t, path), sideState(path)
		f, err := OpenReadOnly(path)
		must(t, err)
		got, err := f.Load()
		must(t, err)
		sameReport(t, got, r)
		if w := f.Warnings(); inLog != (len(w) == 1) {
			t.Errorf("log %v: warnings %q", inLog, w)
		}
		must(t, f.Close())
		if after := fileState(t, path); !after.equal(before) || sideState(path) != side {
			t.Errorf("log %v: the file or its log changed: %v → %v", inLog, before, after)
		}
	}
}

func TestOldWALFileConvertedWhenOpenedForWriting(t *testing.T) {
	path, r := walFile(t, true)
	f, err := Open(path)
	must(t, err)
	got, err := f.Load()
	must(t, err)
	sameReport(t, got, r)
	must(t, f.Close())
	alone(t, path)
	data, err := os.ReadFile(path)
	must(t, err)
	if data[18] != 1 || data[19] != 1 {
		t.Errorf("header %d/%d after the conversion, want 1/1", data[18], data[19])
	}
}

func TestForeignWALRefused(t *testing.T) {
	path := versionedFile(t)
	other := filepath.Join(t.TempDir(), "other.db")
	db, err := sql.Open("sqlite", other)
	must(t, err)
	db.SetMaxOpenConns(1)
	for _, s := range []string{`PRAGMA journal_mode = WAL`, `PRAGMA wal_autocheckpoint = 0`, `CREATE TABLE t (x)`, `INSERT INTO t VALUES (1)`} {
		_, err := db.Exec(s)
		must(t, err)
	}
	wal, err := os.ReadFile(other + "-wal")
	must(t, err)
	db.Close()
	must(t, os.WriteFile(path+"-wal", wal, 0o644))
	refusal(t, path, ErrForeign, "report.rap-wal lies beside it")
	if got, _ := os.ReadFile(path + "-wal"); !bytes.Equal(got, wal) {
		t.Error("the other program's log changed")
	}
}

func TestEmptyLogBesideIgnored(t *testing.T) {
	path := versionedFile(t)
	must(t, os.WriteFile(path+"-wal", nil, 0o644))
	f, err := OpenReadOnly(path)
	must(t, err)
	_, err = f.Load()
	must(t, err)
	must(t, f.Close())
	if _, err := os.Stat(path + "-wal"); err != nil {
		t.Error("a read-only open removed the empty log")
	}
	f, err = Open(path)
	must(t, err)
	must(t, f.Close())
	alone(t, path)
}

// readOnlyMount mounts a small tmpfs on a new folder, lets fill put files
// in it, remounts it read-only and returns the folder. It skips the test
// where mounting is not allowed.
func readOnlyMount(t *testing.T, fill func(dir string)) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	fill(dir)
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot remount read-only: %v %s", err, out)
	}
	return dir
}

// copyReport copies the report at src, with its journal and log when there
// are, into dir as report.rap.
func copyReport(t *testing.T, src, dir string) string {
	t.Helper()
	dst := filepath.Join(dir, "report.rap")
	for _, sfx := range []string{"", "-journal", "-wal"} {
		if b, err := os.ReadFile(src + sfx); err == nil {
			must(t, os.WriteFile(dst+sfx, b, 0o644))
		}
	}
	return dst
}

func TestReadOnlyMount(t *testing.T) {
	crashedReport := bigReport(t, 10, 10)
	crash := filepath.Join(crashed(t, newFile(t, crashedReport)), "report.rap")
	wal, walReport := walFile(t, true)
	cases := []struct {
		name, src string
		want      *draft.Report
		warned    bool
	}{
		{"crashed file", crash, crashedReport, true},
		{"older rapporteur's WAL-mode file", wal, walReport, true},
		{"sound file", versionedFile(t), nil, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var path string
			readOnlyMount(t, func(dir string) { path = copyReport(t, tc.src, dir) })
			before, side := fileState(t, path), sideState(path)
			f, err := OpenReadOnly(path)
			must(t, err)
			got, err := f.Load()
			must(t, err)
			if tc.want != nil {
				sameReport(t, got, tc.want)
			}
			if w := f.Warnings(); tc.warned != (len(w) == 1) {
				t.Errorf("warnings %q", w)
			}
			must(t, f.Verify())
			must(t, f.Close())
			if after := fileState(t, path); !after.equal(before) || sideState(path) != side {
				t.Errorf("the read-only mount changed: %v → %v", before, after)
			}
			if _, err := Open(path); !errors.Is(err, ErrReadOnlyFile) {
				t.Errorf("Open on a read-only mount: %v, want ErrReadOnlyFile", err)
			}
		})
	}
}
