package store

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"rapporteur/draft"
)

// File is an open report file. Its methods may be called from several
// goroutines; they run one at a time.
type File struct {
	mu       sync.Mutex
	path     string // as given, for messages
	abs      string
	ro       bool
	h        *handle
	db       *sql.DB
	conn     *sql.Conn
	schema   int           // the file's schema version
	budget   time.Duration // the most one operation may take
	private  string        // the folder of the private copy read instead of the file, or ""
	warnings []string
	state    *rows         // the rows as last loaded or saved; nil until needed
	loaded   *draft.Report // the report the rows checked at open hold, for the first Load
	written  int           // rows written by the last Save, for tests
	stamp    stamp         // the file as this File last wrote or saw it
	closed   bool
}

// Open opens the report at path for writing. It returns a *LockedError when
// another process, or another File of this process, has it open for
// writing, and an error wrapping ErrNotReport, ErrNewerSchema, ErrCorrupt,
// ErrForeign, ErrReadOnlyFile or fs.ErrNotExist, naming the file, when it
// cannot be opened. Everything is checked (the header, the schema, SQLite's
// quick_check, every row of the working copy) before anything is written,
// on a private copy when a crash left a journal beside the file; so a
// refused file is left exactly as it was.
func Open(path string) (*File, error) { return open(path, false) }

// OpenReadOnly opens the report at path for reading only, even while
// another process writes it. It never creates a file beside the report.
// A journal left by a crash is rolled back first when the file and its
// folder may be written (after the same checks Open makes); otherwise the
// last saved state is read from a private copy, and Warnings says so.
func OpenReadOnly(path string) (*File, error) { return open(path, true) }

// Path returns the path the file was opened with.
func (f *File) Path() string { return f.path }

// ReadOnly reports whether the file was opened read-only.
func (f *File) ReadOnly() bool { return f.ro }

// Warnings returns what the user should know about how the file was read:
// for example that a crash left it unfinished and its last saved state was
// read from a private copy.
func (f *File) Warnings() []string { return f.warnings }

func open(path string, ro bool) (*File, error) {
	op := "open"
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: %s %s: %w", op, path, err)
	}
	h, err := acquire(abs)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store: %s %s: %w", op, path, fs.ErrNotExist)
	}
	if err != nil {
		return nil, fmt.Errorf("store: %s %s: %w", op, path, err)
	}
	f := &File{path: path, abs: abs, ro: ro, h: h}
	d, err := inspect(h.fd, op, path, abs)
	if err != nil {
		h.release()
		return nil, err
	}
	f.budget = budgetFor(d.size)
	if ro {
		err = f.openReading(d)
	} else {
		err = f.openWriting(d)
	}
	if err != nil {
		f.abort()
		return nil, err
	}
	f.stamp = f.h.stamp()
	return f, nil
}

// openReading connects read-only: to the file itself, after rolling back
// a journal left by a crash when it can, or to a private copy.
func (f *File) openReading(d disk) error {
	op := "open"
	if d.hot && !d.walMode && d.wal < 0 && f.h.writerAlive() {
		d.hot = false // a writer is saving: its journal is not left over
	}
	if d.recovering() && !d.walMode && d.wal < 0 && checkWritable(op, f.path, f.abs) == nil {
		if err := f.rollBackInPlace(d); err != nil {
			return err
		}
		d.hot = false // rolled back, or a writer holds the file after all
	}
	if d.recovering() {
		return f.readPrivateCopy(d)
	}
	err := f.connectChecked(f.abs, true, op)
	if code(err) == sqliteReadOnlyRollback { // the writer died since: its journal is left over
		f.disconnect()
		d.hot = true
		return f.readPrivateCopy(d)
	}
	return err
}

// rollBackInPlace rolls back the journal a crash left beside the file,
// once a private copy passes every check: the file then holds its last
// saved state again. It does nothing when a writer holds the file after
// all (its journal is then in use, not left over).
func (f *File) rollBackInPlace(d disk) error {
	if _, ok, err := f.h.lockWrite("a reader rolling back a crash"); err != nil || !ok {
		return nil
	}
	defer f.h.unlockWrite()
	if err := f.verifyCopy(d, "open"); err != nil {
		return err
	}
	err := f.connectChecked(f.abs, false, "open")
	f.disconnect()
	return err
}

// readPrivateCopy reads the file's last saved state from a private copy,
// which SQLite recovers without touching the original.
func (f *File) readPrivateCopy(d disk) error {
	dir, cp, err := privateCopy(f.abs, d)
	if err != nil {
		return fmt.Errorf("store: open %s: cannot make a private copy to read it: %w", f.path, err)
	}
	f.private = dir
	if err := f.connectChecked(cp, false, "open"); err != nil {
		return err
	}
	if _, err := f.conn.ExecContext(ctxBG, "PRAGMA query_only = 1"); err != nil {
		return f.sqlErr("open", err)
	}
	switch {
	case d.hot:
		f.warnings = append(f.warnings, fmt.Sprintf(
			"%s: a save was interrupted (by a crash) and the file cannot be repaired here; its last saved state was read from a private copy. Open it for writing in a folder you can write to repair it.", f.path))
	case d.walMode && d.wal > 0:
		f.warnings = append(f.warnings, fmt.Sprintf(
			"%s: the file was written by an older rapporteur and its last saves are in %s; they were read from a private copy. Open it for writing once to bring them into the file.", f.path, filepath.Base(f.path)+"-wal"))
	}
	return nil
}

// verifyCopy makes the checks of opening on a private copy of the file,
// for a file that SQLite would first recover, so the file is refused
// before anything in it changes.
func (f *File) verifyCopy(d disk, op string) error {
	dir, cp, err := privateCopy(f.abs, d)
	if err != nil {
		return fmt.Errorf("store: %s %s: cannot make a private copy to check it: %w", op, f.path, err)
	}
	defer os.RemoveAll(dir)
	g := &File{path: f.path, abs: cp, budget: f.budget}
	defer g.disconnect()
	if err := g.connectChecked(cp, false, op); err != nil {
		return err
	}
	if !f.ro {
		_, err = g.checkRows(op)
	}
	return err
}

// openWriting takes the write lock and connects for writing, once the file
// (or a private copy of it, after a crash) has passed every check.
func (f *File) openWriting(d disk) error {
	op := "open"
	if err := f.lock(); err != nil {
		return err
	}
	if err := checkWritable(op, f.path, f.abs); err != nil {
		return err
	}
	if !d.walMode && d.wal == 0 { // an empty log left beside a report that keeps none
		os.Remove(f.abs + "-wal")
		os.Remove(f.abs + "-shm")
		d.wal = -1
	}
	if d.recovering() {
		// Checked on a private copy; the connection below recovers the file
		// (its first read rolls the journal back) into the state checked.
		if err := f.verifyCopy(d, op); err != nil {
			return err
		}
		if err := f.connectChecked(f.abs, false, op); err != nil {
			return err
		}
		r, err := f.checkRows(op)
		if err != nil {
			return err
		}
		f.loaded = r
		return f.startWriting(op)
	}
	r, rows, err := f.checkReadOnly(op)
	if err != nil {
		return err
	}
	// Checked in full; nothing else writes the file while the lock is held.
	if err := f.connectTo(f.abs, false, op, false); err != nil {
		return err
	}
	f.loaded, f.state = r, rows
	return f.startWriting(op)
}

// checkReadOnly makes every check of opening for writing on a read-only
// connection, so a file refused was never open for writing. It returns
// the report the file holds and its rows.
func (f *File) checkReadOnly(op string) (*draft.Report, *rows, error) {
	g := &File{path: f.path, abs: f.abs, budget: f.budget}
	defer g.disconnect()
	if err := g.connectChecked(f.abs, true, op); err != nil {
		return nil, nil, err
	}
	r, err := g.checkRows(op)
	return r, g.state, err
}

// lock takes the write lock or says who holds it.
func (f *File) lock() error {
	holder, ok, err := f.h.lockWrite(me().String())
	if err != nil {
		return fmt.Errorf("store: open %s: %w", f.path, err)
	}
	if ok {
		return nil
	}
	if holder == "" {
		holder = readHolder(f.abs)
	}
	return &LockedError{Path: f.path, Holder: holder}
}

// connectChecked opens a connection on the file at abs (the report, or a
// private copy of it) and checks what it holds, writing nothing: the
// schema first, before any other statement, then the rest.
func (f *File) connectChecked(abs string, ro bool, op string) error {
	return f.connectTo(abs, ro, op, true)
}

// connectTo opens a connection on the file at abs and checks its schema,
// and with sound its soundness too (SQLite's quick_check).
func (f *File) connectTo(abs string, ro bool, op string, sound bool) error {
	db, c, err := connect(abs, ro)
	if err != nil {
		return f.sqlErr(op, err)
	}
	f.db, f.conn = db, c
	return f.checkContent(op, sound)
}

// disconnect closes the connection, if any.
func (f *File) disconnect() {
	if f.conn != nil {
		f.conn.Close()
		f.conn = nil
	}
	if f.db != nil {
		f.db.Close()
		f.db = nil
	}
}

// startWriting sets the journal mode, brings an older schema up to date
// and records this process as the holder: the first writes, made once
// every check has passed.
func (f *File) startWriting(op string) error {
	c, cancel := f.bound()
	defer cancel()
	for _, p := range journalPragmas {
		if _, err := f.conn.ExecContext(c, p); err != nil {
			return f.sqlErr(op, err)
		}
	}
	if err := migrate(c, f.conn, f.schema); err != nil {
		return fmt.Errorf("store: %s %s: %w", op, f.path, err)
	}
	f.schema = schemaVersion
	w := me()
	_, err := f.conn.ExecContext(c, `INSERT INTO meta (key, value) VALUES
		('holder.user', ?), ('holder.host', ?), ('holder.pid', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, w.User, w.Host, fmt.Sprint(w.PID))
	return f.sqlErr(op, err)
}

// Close ends the session with the file. A file open for writing is a whole
// report after every save, so Close only forgets this process as its
// holder.
func (f *File) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return nil
	}
	f.closed = true
	var errs []error
	if !f.ro && f.conn != nil && !f.whereabouts().gone() {
		c, cancel := f.bound()
		_, err := f.conn.ExecContext(c, `DELETE FROM meta WHERE key LIKE 'holder.%'`)
		cancel()
		errs = append(errs, f.sqlErr("close", err))
	}
	if f.conn != nil {
		errs = append(errs, f.conn.Close())
	}
	if f.db != nil {
		errs = append(errs, f.db.Close())
	}
	f.conn, f.db = nil, nil
	f.release()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: close %s: %w", f.path, err)
	}
	return nil
}

// abort undoes a failed open.
func (f *File) abort() {
	f.disconnect()
	f.release()
}

// release drops the write lock, the descriptor and the private copy.
func (f *File) release() {
	if !f.ro {
		f.h.unlockWrite()
	}
	f.h.release()
	if f.private != "" {
		os.RemoveAll(f.private)
		f.private = ""
	}
}

// readHolder returns who the file records as its writer.
func readHolder(abs string) string {
	const unknown = "another process"
	db, c, err := connect(abs, true)
	if err != nil {
		return unknown
	}
	defer db.Close()
	defer c.Close()
	var u, h, p string
	err = c.QueryRowContext(ctxBG, `SELECT
		(SELECT value FROM meta WHERE key = 'holder.user'),
		(SELECT value FROM meta WHERE key = 'holder.host'),
		(SELECT value FROM meta WHERE key = 'holder.pid')`).Scan(&u, &h, &p)
	if err != nil {
		return unknown
	}
	return printable(u + "@" + h + ", pid " + p)
}

// printable drops the control characters of a text read from a file.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, s)
}
