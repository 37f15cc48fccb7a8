package store

import (
	"fmt"
	"os"
	"path/filepath"

	"rapporteur/draft"
)

// Backup writes a consistent copy of the whole file (working copy and
// versions) to dst with VACUUM INTO, into a temporary file beside dst that
// is synced and then renamed over dst, so dst is always either the old or
// the new copy, whole. It works on a file open for writing or read-only.
func (f *File) Backup(dst string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("back up", false); err != nil {
		return err
	}
	if err := f.copyTo(dst, true); err != nil {
		return fmt.Errorf("store: back up %s to %s: %w", f.path, dst, err)
	}
	return nil
}

// copyTo writes a copy of the whole file to dst through a temporary file
// beside it: over an existing dst when replace is set, else refusing one
// (fs.ErrExist). Temporaries a killed copy to dst left are removed first.
func (f *File) copyTo(dst string, replace bool) error {
	abs, err := filepath.Abs(dst)
	if err != nil {
		return err
	}
	cleanStale(abs)
	tmp, err := newBeside(abs, "copy")
	if err != nil {
		return err
	}
	defer tmp.discard()
	if err := f.vacuumInto(tmp.path); err != nil {
		return err
	}
	return tmp.place(abs, replace)
}

// SaveAs writes the report, with all its versions, to a new file at dst
// and returns that file open for writing: the window's way out when its
// file was deleted, moved or replaced under it (see Whereabouts). The copy
// is made from this File (which may be read-only, or whose file may be
// gone from its path), then r, when not nil, is saved into it as the
// working copy, all before dst takes its name; so dst is the old file or
// the whole new report, never a part. An existing dst is refused
// (ErrExists) unless replace is set. This File stays open; the caller
// closes it.
func (f *File) SaveAs(dst string, r *draft.Report, replace bool) (*File, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("save as", false); err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(dst)
	if err != nil {
		return nil, fmt.Errorf("store: save %s as %s: %w", f.path, dst, err)
	}
	if !replace && exists(abs) {
		return nil, fileErr("save as", dst, ErrExists, "choose another name")
	}
	cleanStale(abs)
	tmp, err := newBeside(abs, "new")
	if err != nil {
		return nil, fmt.Errorf("store: save %s as %s: %w", f.path, dst, err)
	}
	defer tmp.discard()
	if err := f.vacuumInto(tmp.path); err != nil {
		return nil, fmt.Errorf("store: save %s as %s: %w", f.path, dst, err)
	}
	if r != nil {
		if err := saveInto(tmp.path, r); err != nil {
			return nil, fmt.Errorf("store: save %s as %s: %w", f.path, dst, err)
		}
	}
	if err := tmp.place(abs, replace); err != nil {
		if !replace && exists(abs) {
			return nil, fileErr("save as", dst, ErrExists, "choose another name")
		}
		return nil, fmt.Errorf("store: save %s as %s: %w", f.path, dst, err)
	}
	tmp.discard()
	return Open(dst)
}

// vacuumInto writes a copy of the whole file into the empty file at path.
func (f *File) vacuumInto(path string) error {
	c, cancel := f.bound()
	defer cancel()
	_, err := f.conn.ExecContext(c, `VACUUM INTO ?`, path)
	return f.sqlErr("copy", err)
}

// saveInto saves r as the working copy of the report at path, a copy
// made by vacuumInto that is not yet in place (so it is not opened as a
// File, whose lock the temporary's own lock would refuse).
func saveInto(path string, r *draft.Report) error {
	g := &File{path: path, abs: path, budget: budgetFor(fileSize(path))}
	defer g.disconnect()
	db, c, err := connect(path, false)
	if err != nil {
		return g.sqlErr("save", err)
	}
	g.db, g.conn = db, c
	ctx, cancel := g.bound()
	defer cancel()
	for _, p := range journalPragmas {
		if _, err := c.ExecContext(ctx, p); err != nil {
			return g.sqlErr("save", err)
		}
	}
	if g.schema, err = g.pragmaInt(ctx, "user_version"); err != nil {
		return g.sqlErr("save", err)
	}
	if err := migrate(ctx, c, g.schema); err != nil {
		return err
	}
	g.schema = schemaVersion
	return g.save(r)
}

// exists reports whether anything is at path.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
