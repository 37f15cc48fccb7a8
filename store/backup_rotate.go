package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// KeepBackups is how many rolling backups Checkpoint keeps beside a report.
const KeepBackups = 5

// backupInfix sits between the report's name and the backup's number.
const backupInfix = ".backup-"

// BackupPath returns the path of rolling backup n (1 is the newest) of the
// report at path: the report's name with a leading dot, so that it is
// hidden, and ".backup-n" appended. The backups of "minutes/PTC 242.rap"
// are "minutes/.PTC 242.rap.backup-1" to "minutes/.PTC 242.rap.backup-5".
func BackupPath(path string, n int) string {
	dir, base := filepath.Split(path)
	return filepath.Join(dir, "."+base+backupInfix+strconv.Itoa(n))
}

// Checkpoint writes a rolling backup of the whole file beside it, under the
// names BackupPath gives: the new copy becomes backup 1, the older ones
// move up one number and the copy numbered KeepBackups falls away. The copy
// is made with Backup (VACUUM INTO) and opened and loaded before the older
// copies move, so a copy that fails the checks never pushes out a good one;
// a copy identical to backup 1 is dropped and the rotation left as it is.
// Checkpoint writes only when called: the caller chooses how often (the
// window calls it after an autosave, at most every few minutes). A File
// opened read-only gives an error wrapping ErrReadOnly; one whose file is
// no longer at its path (see Whereabouts) ErrMoved, so no backup of it
// lands beside a file that is not the report.
func (f *File) Checkpoint() error {
	f.mu.Lock()
	err := f.writable("checkpoint")
	f.mu.Unlock()
	if err != nil {
		return err
	}
	next := BackupPath(f.abs, 0) + ".new"
	if err := f.Backup(next); err != nil {
		return fmt.Errorf("store: checkpoint %s: %w", f.path, err)
	}
	defer os.Remove(next)
	if err := loadable(next); err != nil {
		return fmt.Errorf("store: checkpoint %s: the new backup failed its check: %w", f.path, err)
	}
	newest := BackupPath(f.abs, 1)
	if same, _ := sameBytes(next, newest); same {
		return nil
	}
	if err := rotate(f.abs); err != nil {
		return fmt.Errorf("store: checkpoint %s: %w", f.path, err)
	}
	if err := os.Rename(next, newest); err != nil {
		return fmt.Errorf("store: checkpoint %s: %w", f.path, err)
	}
	return nil
}

// rotate moves backup n to n+1 for every n from KeepBackups-1 down to 1,
// dropping the oldest.
func rotate(abs string) error {
	if err := os.Remove(BackupPath(abs, KeepBackups)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	for n := KeepBackups - 1; n >= 1; n-- {
		err := os.Rename(BackupPath(abs, n), BackupPath(abs, n+1))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

// loadable opens the report at path read-only and loads its working copy.
func loadable(path string) error {
	b, err := OpenReadOnly(path)
	if err != nil {
		return err
	}
	_, err = b.Load()
	return errors.Join(err, b.Close())
}

// sameBytes reports whether two files hold the same bytes.
func sameBytes(a, b string) (bool, error) {
	fa, err := os.Open(a)
	if err != nil {
		return false, err
	}
	defer fa.Close()
	fb, err := os.Open(b)
	if err != nil {
		return false, err
	}
	defer fb.Close()
	const chunk = 64 << 10
	ba, bb := make([]byte, chunk), make([]byte, chunk)
	for {
		na, ea := io.ReadFull(fa, ba)
		nb, eb := io.ReadFull(fb, bb)
		if na != nb || !bytes.Equal(ba[:na], bb[:nb]) {
			return false, nil
		}
		if ea != nil || eb != nil {
			return ea != nil && eb != nil, nil
		}
	}
}

// BackupInfo describes one rolling backup of a report.
type BackupInfo struct {
	// Path is the backup's file.
	Path string
	// N is its number in the rotation, 1 for the newest.
	N int
	// Time is when it was written (the file's modification time).
	Time time.Time
	// Size is its size in bytes.
	Size int64
	// Err is nil when the backup opens cleanly and its working copy loads,
	// else why not.
	Err error
}

// OK reports whether the backup opens cleanly.
func (b BackupInfo) OK() bool { return b.Err == nil }

// Backups lists the rolling backups of the report at path, newest first,
// with their times and whether each opens cleanly. The report itself need
// not exist or open: this is how a damaged report is recovered. A report
// without backups gives an empty list and no error.
func Backups(path string) ([]BackupInfo, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: backups of %s: %w", path, err)
	}
	prefix := filepath.Base(BackupPath(abs, 0))
	prefix = strings.TrimSuffix(prefix, "0")
	es, err := os.ReadDir(filepath.Dir(abs))
	if err != nil {
		return nil, fmt.Errorf("store: backups of %s: %w", path, err)
	}
	var out []BackupInfo
	for _, e := range es {
		n, err := strconv.Atoi(strings.TrimPrefix(e.Name(), prefix))
		if !strings.HasPrefix(e.Name(), prefix) || err != nil || n < 1 || !e.Type().IsRegular() {
			continue
		}
		b := BackupInfo{Path: filepath.Join(filepath.Dir(path), e.Name()), N: n}
		if fi, err := e.Info(); err == nil {
			b.Time, b.Size = fi.ModTime(), fi.Size()
		}
		b.Err = loadable(b.Path)
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Time.Equal(out[j].Time) {
			return out[i].Time.After(out[j].Time)
		}
		return out[i].N < out[j].N
	})
	return out, nil
}

// RecoveredPath returns a path that does not exist yet beside the report at
// path, for the copy Restore makes: "NAME (recovered).rap", then
// "NAME (recovered 2).rap" and so on.
func RecoveredPath(path string) string {
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	if ext == "" {
		ext = ".rap"
	}
	for k := 1; ; k++ {
		tag := " (recovered)"
		if k > 1 {
			tag = fmt.Sprintf(" (recovered %d)", k)
		}
		p := stem + tag + ext
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			return p
		}
	}
}

// Restore copies the backup at backup to path, a new file, after checking
// that the backup opens cleanly. It never overwrites anything: a path that
// exists gives an error wrapping ErrExists, so a damaged original stays as
// it was for whoever wants to look at it. The copy is made beside path
// under a temporary name and synced before it takes the name, so it
// appears whole or not at all.
func Restore(backup, path string) error {
	if err := loadable(backup); err != nil {
		return fmt.Errorf("store: restore %s: the backup does not open: %w", backup, err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("store: restore %s to %s: %w", backup, path, err)
	}
	if exists(abs) {
		return fileErr("restore to", path, ErrExists, "choose another name")
	}
	cleanStale(abs)
	tmp, err := newBeside(abs, "restore")
	if err != nil {
		return fmt.Errorf("store: restore %s to %s: %w", backup, path, err)
	}
	defer tmp.discard()
	if err := copyInto(backup, tmp.fd); err != nil {
		return fmt.Errorf("store: restore %s to %s: %w", backup, path, err)
	}
	err = tmp.place(abs, false)
	if errors.Is(err, fs.ErrExist) {
		return fileErr("restore to", path, ErrExists, "choose another name")
	}
	if err != nil {
		return fmt.Errorf("store: restore %s to %s: %w", backup, path, err)
	}
	return nil
}

// copyInto copies the file src into the empty file out.
func copyInto(src string, out *os.File) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	_, err = io.Copy(out, in)
	return err
}
