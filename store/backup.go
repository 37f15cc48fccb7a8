package store

import (
	"fmt"
	"os"
	"path/filepath"
)

// Backup writes a consistent copy of the whole file (working copy and
// versions) to dst with VACUUM INTO, through a temporary file renamed over
// dst, so dst is always either the old or the new copy. It works on a file
// open for writing or read-only.
func (f *File) Backup(dst string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("back up", false); err != nil {
		return err
	}
	abs, err := filepath.Abs(dst)
	if err != nil {
		return fmt.Errorf("store: back up %s to %s: %w", f.path, dst, err)
	}
	tmp := abs + ".tmp"
	os.Remove(tmp)
	if _, err := f.conn.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("store: back up %s to %s: %w", f.path, dst, err)
	}
	if err := os.Rename(tmp, abs); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("store: back up %s to %s: %w", f.path, dst, err)
	}
	return nil
}
