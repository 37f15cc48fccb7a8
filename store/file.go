package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite" // also registers the "sqlite" driver
)

// File is an open report file. Its methods may be called from several
// goroutines; they run one at a time.
type File struct {
	mu      sync.Mutex
	path    string // as given, for messages
	abs     string
	ro      bool
	h       *handle
	db      *sql.DB
	conn    *sql.Conn
	state   *rows // the rows as last loaded or saved; nil until needed
	written int   // rows written by the last Save, for tests
	closed  bool
}

var ctx = context.Background()

// Open opens the report at path for writing. It returns a *LockedError when
// another process, or another File of this process, has it open for
// writing, and an error wrapping ErrNotReport, ErrNewerSchema, ErrCorrupt,
// ErrReadOnlyFile or fs.ErrNotExist, naming the file, when it cannot be
// opened; in all these cases the file is left as it was.
func Open(path string) (*File, error) { return open(path, false) }

// OpenReadOnly opens the report at path for reading only, even while
// another process writes it. It never changes the file and leaves nothing
// beside it.
func OpenReadOnly(path string) (*File, error) { return open(path, true) }

// Path returns the path the file was opened with.
func (f *File) Path() string { return f.path }

// ReadOnly reports whether the file was opened read-only.
func (f *File) ReadOnly() bool { return f.ro }

func open(path string, ro bool) (*File, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	h, err := acquire(abs)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store: open %s: %w", path, fs.ErrNotExist)
	}
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	f := &File{path: path, abs: abs, ro: ro, h: h}
	if !ro {
		if err := f.lock(); err != nil {
			h.release()
			return nil, err
		}
	}
	if err := f.connect("open"); err != nil {
		f.abort()
		return nil, err
	}
	if !ro {
		if err := f.startWriting("open"); err != nil {
			f.abort()
			return nil, err
		}
	}
	return f, nil
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

// dsn returns the SQLite URI of the file.
func dsn(abs string, ro bool) string {
	p := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(abs)
	mode := "mode=rw&_txlock=immediate"
	if ro {
		mode = "mode=ro"
	}
	return "file://" + p + "?" + mode + "&_pragma=busy_timeout(5000)"
}

// openDB opens a database handle of one connection on the file.
func openDB(abs string, ro bool) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(abs, ro))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// connect checks the header, opens SQLite on the file and checks what it
// holds, writing nothing.
func (f *File) connect(op string) error {
	if err := checkHeader(f.h.fd, op, f.path); err != nil {
		return err
	}
	if !f.ro {
		if err := checkWritable(f.abs); err != nil {
			return err
		}
	}
	db, err := openDB(f.abs, f.ro)
	if err != nil {
		return fmt.Errorf("store: %s %s: %w", op, f.path, err)
	}
	f.db = db
	if f.conn, err = db.Conn(ctx); err != nil {
		return f.sqlErr(op, err)
	}
	return f.checkContent(op)
}

// startWriting turns on the write-ahead log, brings an older schema up to
// date and records this process as the holder.
func (f *File) startWriting(op string) error {
	for _, p := range []string{"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"} {
		if _, err := f.conn.ExecContext(ctx, p); err != nil {
			return f.sqlErr(op, err)
		}
	}
	v, err := f.pragmaInt("user_version")
	if err != nil {
		return f.sqlErr(op, err)
	}
	if err := migrate(ctx, f.conn, v); err != nil {
		return fmt.Errorf("store: %s %s: %w", op, f.path, err)
	}
	if err := f.checkTables(op); err != nil {
		return err
	}
	w := me()
	_, err = f.conn.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES
		('holder.user', ?), ('holder.host', ?), ('holder.pid', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, w.User, w.Host, fmt.Sprint(w.PID))
	return f.sqlErr(op, err)
}

// Close ends the session with the file. For a file open for writing it
// checkpoints the write-ahead log and switches back to a rollback journal,
// so the closed report is one file with nothing beside it.
func (f *File) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return nil
	}
	f.closed = true
	var errs []error
	if !f.ro {
		errs = append(errs, f.finishWriting())
	}
	if f.conn != nil {
		errs = append(errs, f.conn.Close())
	}
	errs = append(errs, f.db.Close())
	if !f.ro {
		f.h.unlockWrite()
	}
	f.h.release()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: close %s: %w", f.path, err)
	}
	return nil
}

// closeWait is how long Close waits for readers of other connections to
// let go before it leaves the file in WAL mode.
var closeWait = 2 * time.Second

func (f *File) finishWriting() error {
	if _, err := f.conn.ExecContext(ctx, `DELETE FROM meta WHERE key LIKE 'holder.%'`); err != nil {
		return err
	}
	deadline := time.Now().Add(closeWait)
	for {
		mode, err := f.toRollbackJournal()
		if err != nil || strings.EqualFold(mode, "delete") {
			return err
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%w: saved, but another connection still reads the file, so its -wal and -shm files stay beside it until it is next opened for writing", ErrBusy)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// toRollbackJournal checkpoints the write-ahead log into the file and
// switches to a rollback journal; it returns the journal mode in force,
// which stays "wal" while another connection reads.
func (f *File) toRollbackJournal() (string, error) {
	if _, err := f.conn.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return "", err
	}
	var mode string
	err := f.conn.QueryRowContext(ctx, `PRAGMA journal_mode = DELETE`).Scan(&mode)
	if se := (*sqlite.Error)(nil); errors.As(err, &se) && se.Code()&0xff == sqliteBusy {
		return "wal", nil
	}
	return mode, err
}

// abort undoes a failed open.
func (f *File) abort() {
	if f.conn != nil {
		f.conn.Close()
	}
	if f.db != nil {
		f.db.Close()
	}
	if !f.ro {
		f.h.unlockWrite()
	}
	f.h.release()
}

// readHolder returns who the file records as its writer.
func readHolder(abs string) string {
	const unknown = "another process"
	db, err := openDB(abs, true)
	if err != nil {
		return unknown
	}
	defer db.Close()
	var u, h, p string
	err = db.QueryRowContext(ctx, `SELECT
		(SELECT value FROM meta WHERE key = 'holder.user'),
		(SELECT value FROM meta WHERE key = 'holder.host'),
		(SELECT value FROM meta WHERE key = 'holder.pid')`).Scan(&u, &h, &p)
	if err != nil {
		return unknown
	}
	return u + "@" + h + ", pid " + p
}
