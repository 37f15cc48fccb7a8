package store

import (
	"errors"
	"io"
	"os"
	"path/filepath"
)

// privateCopy copies the report at abs, with its journal or its write-ahead
// log when d says SQLite needs them, into a new temporary folder, so that
// SQLite can recover the copy there without touching the original. It
// returns the folder (for the caller to remove) and the copy's path.
func privateCopy(abs string, d disk) (dir, path string, err error) {
	dir, err = os.MkdirTemp("", "rapporteur-read-")
	if err != nil {
		return "", "", err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(dir)
		}
	}()
	path = filepath.Join(dir, "report.rap")
	if err := copyTo(abs, path); err != nil {
		return "", "", err
	}
	if d.hot {
		if err := copyTo(abs+"-journal", path+"-journal"); err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", "", err
		}
	}
	if d.walMode && d.wal > 0 {
		if err := copyTo(abs+"-wal", path+"-wal"); err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", "", err
		}
	}
	return dir, path, nil
}

// copyTo copies src to a new file dst, private to this user.
func copyTo(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	return errors.Join(err, out.Close())
}
