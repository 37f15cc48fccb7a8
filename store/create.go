package store

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"rapporteur/draft"
)

// Create makes a new report file at path holding r and returns it open for
// writing. It refuses a path that already exists. The file is made beside
// path under a hidden temporary name (".NAME.rap.new-….tmp") and takes its
// name only once complete and on disk, so a crash leaves either no report
// or a whole one, never a half-made file at path; a temporary left by a
// crash is removed by the next Create of the same name.
func Create(path string, r *draft.Report) (*File, error) {
	if err := r.Validate(); err != nil { // before anything exists
		return nil, fmt.Errorf("store: create %s: %w", path, err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: create %s: %w", path, err)
	}
	if _, err := os.Lstat(abs); err == nil {
		return nil, fileErr("create", path, ErrExists, "choose another name")
	}
	cleanStale(abs)
	tmp, err := newBeside(abs, "new")
	if err != nil {
		return nil, fmt.Errorf("store: create %s: %w", path, err)
	}
	defer tmp.discard()
	if err := build(tmp.path, path, r); err != nil {
		return nil, err
	}
	if err := tmp.place(abs, false); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil, fileErr("create", path, ErrExists, "choose another name")
		}
		return nil, fmt.Errorf("store: create %s: %w", path, err)
	}
	tmp.discard()
	return Open(path)
}

// build writes a new report holding r into the empty file at abs.
func build(abs, path string, r *draft.Report) error {
	g := &File{path: path, abs: abs, budget: budgetFor(0)}
	defer g.disconnect()
	db, c, err := connect(abs, false)
	if err != nil {
		return g.sqlErr("create", err)
	}
	g.db, g.conn = db, c
	ctx, cancel := g.bound()
	defer cancel()
	for _, p := range journalPragmas {
		if _, err := c.ExecContext(ctx, p); err != nil {
			return g.sqlErr("create", err)
		}
	}
	if err := migrate(ctx, c, 0); err != nil {
		return fmt.Errorf("store: create %s: %w", path, err)
	}
	cur, err := encode(r, nil)
	if err != nil {
		return fmt.Errorf("store: create %s: %w", path, err)
	}
	tx, err := c.BeginTx(ctx, nil)
	if err != nil {
		return g.sqlErr("create", err)
	}
	defer tx.Rollback()
	if _, err := writeDiff(ctx, tx, newRows(), cur); err != nil {
		return g.sqlErr("create", err)
	}
	return g.sqlErr("create", tx.Commit())
}

// temp is a new file being made beside its target. It holds an flock on
// the file while it lives, so cleanStale leaves alone a temporary another
// process is still making.
type temp struct {
	path   string
	fd     *os.File
	done   bool // placed: the file is the target now
	closed bool
}

// tempSuffix ends the names of the store's temporary files,
// ".NAME.KIND-RANDOM.tmp".
const tempSuffix = ".tmp"

// newBeside creates a new empty file in the folder of target under a
// hidden temporary name naming kind, with the mode the umask gives.
func newBeside(target, kind string) (*temp, error) {
	dir, base := filepath.Split(target)
	for range 10 {
		var b [6]byte
		rand.Read(b[:])
		p := filepath.Join(dir, "."+base+"."+kind+"-"+hex.EncodeToString(b[:])+tempSuffix)
		fd, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if err := syscall.Flock(int(fd.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			fd.Close()
			os.Remove(p)
			return nil, err
		}
		return &temp{path: p, fd: fd}, nil
	}
	return nil, errors.New("cannot find a free temporary name")
}

// discard removes the temporary (and a journal SQLite left beside it)
// unless it was placed, and closes its descriptor. It must run before the
// placed file is opened through SQLite: closing a descriptor of a file
// drops every POSIX lock the process holds on it, SQLite's included.
func (t *temp) discard() {
	if t.closed {
		return
	}
	t.closed = true
	if !t.done {
		os.Remove(t.path)
		os.Remove(t.path + "-journal")
	}
	t.fd.Close()
}

// place gives the complete temporary the name target, after syncing it to
// disk: without replace, never over an existing file (fs.ErrExist);
// with replace, atomically over it. Then it syncs the folder, so the name
// survives a power cut.
func (t *temp) place(target string, replace bool) error {
	if err := t.fd.Sync(); err != nil {
		return err
	}
	if replace {
		if err := os.Rename(t.path, target); err != nil {
			return err
		}
	} else if err := os.Link(t.path, target); err == nil {
		os.Remove(t.path)
	} else if errors.Is(err, fs.ErrExist) {
		return err
	} else { // a file system without hard links
		if _, serr := os.Lstat(target); serr == nil {
			return fs.ErrExist
		}
		if err := os.Rename(t.path, target); err != nil {
			return err
		}
	}
	t.done = true
	return syncDir(filepath.Dir(target))
}

// syncDir syncs a folder, so that a new name in it is on disk.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) {
		return err
	}
	return nil
}

// cleanStale removes the temporaries a crash left beside target: those
// whose maker no longer holds their lock.
func cleanStale(target string) {
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	es, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range es {
		n := e.Name()
		if !strings.HasPrefix(n, prefix) || !strings.HasSuffix(n, tempSuffix) || !e.Type().IsRegular() {
			continue
		}
		p := filepath.Join(dir, n)
		fd, err := os.Open(p)
		if err != nil {
			continue
		}
		if syscall.Flock(int(fd.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil {
			os.Remove(p)
			os.Remove(p + "-journal")
		}
		fd.Close()
	}
}
