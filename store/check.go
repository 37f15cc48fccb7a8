package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"modernc.org/sqlite"

	"rapporteur/draft"
)

// SQLite result codes the store tells apart.
const (
	sqliteBusy             = 5
	sqliteReadOnly         = 8
	sqliteInterrupt        = 9
	sqliteCorrupt          = 11
	sqliteNotADB           = 26
	sqliteReadOnlyRollback = 776  // SQLITE_READONLY_ROLLBACK: a journal to roll back, read-only
	sqliteReadOnlyDBMoved  = 1032 // SQLITE_READONLY_DBMOVED: the file was moved or deleted
)

// ctxBG is the context of statements that cannot run long (pragmas that
// set a connection up).
var ctxBG = context.Background()

// code returns the extended SQLite result code of err, 0 if it has none.
func code(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code()
	}
	return 0
}

// sqlErr wraps an error from SQLite with the operation and the path, as
// ErrCorrupt or ErrReadOnlyFile where SQLite says so; nil stays nil.
func (f *File) sqlErr(op string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.DeadlineExceeded) || code(err)&0xff == sqliteInterrupt {
		return fileErr(op, f.path, ErrCorrupt, interrupted(f.budget))
	}
	switch c := code(err); {
	case c == sqliteReadOnlyDBMoved:
		return fileErr(op, f.path, ErrMoved, "save the report elsewhere")
	case c&0xff == sqliteCorrupt, c&0xff == sqliteNotADB:
		return fileErr(op, f.path, ErrCorrupt, err.Error())
	case c&0xff == sqliteReadOnly:
		return fileErr(op, f.path, ErrReadOnlyFile, err.Error())
	}
	return fmt.Errorf("store: %s %s: %w", op, f.path, err)
}

func (f *File) pragmaInt(c context.Context, name string) (int, error) {
	var v int
	err := f.conn.QueryRowContext(c, "PRAGMA "+name).Scan(&v)
	return v, err
}

// checkContent checks, through SQLite and without writing, that the file
// is a report this program can read and, when sound is set, that SQLite's
// quick_check finds it sound. Its first statement reads the schema, which
// is compared with the schema this program writes before anything else
// runs; so no SQL of the file's own (a trigger, a view, a generated
// column) ever runs.
func (f *File) checkContent(op string, sound bool) error {
	c, cancel := f.bound()
	defer cancel()
	have, err := readSchema(c, f.conn)
	if err != nil {
		return f.sqlErr(op, err)
	}
	id, err := f.pragmaInt(c, "application_id")
	if err != nil {
		return f.sqlErr(op, err)
	}
	if id != applicationID {
		return fileErr(op, f.path, ErrNotReport, "it is a SQLite database of another program")
	}
	v, err := f.pragmaInt(c, "user_version")
	if err != nil {
		return f.sqlErr(op, err)
	}
	switch {
	case v > schemaVersion:
		return fileErr(op, f.path, ErrNewerSchema, fmt.Sprintf("schema version %d, this program reads up to %d; update rapporteur", v, schemaVersion))
	case v < 1:
		return fileErr(op, f.path, ErrCorrupt, "it has no schema version")
	}
	want, err := expectedSchema(v)
	if err != nil {
		return fmt.Errorf("store: %s %s: %w", op, f.path, err)
	}
	if problem, foreign := schemaProblem(have, want); foreign {
		return fileErr(op, f.path, ErrForeign, problem)
	} else if problem != "" {
		return fileErr(op, f.path, ErrCorrupt, problem)
	}
	f.schema = v
	if !sound {
		return nil
	}
	return f.quickCheck(c, op)
}

// quickCheck runs PRAGMA quick_check and reports its first findings.
func (f *File) quickCheck(c context.Context, op string) error {
	return f.sqliteCheck(c, op, "PRAGMA quick_check(5)")
}

// sqliteCheck runs SQLite's quick_check or integrity_check.
func (f *File) sqliteCheck(c context.Context, op, pragma string) (err error) {
	defer func() {
		if k := code(err) & 0xff; k == sqliteCorrupt || k == sqliteNotADB {
			err = fileErr(op, f.path, ErrCorrupt, "SQLite's check found it malformed ("+err.Error()+")")
		}
	}()
	rs, err := f.conn.QueryContext(c, pragma)
	if err != nil {
		return err
	}
	defer rs.Close()
	var msgs []string
	for rs.Next() {
		var m string
		if err := rs.Scan(&m); err != nil {
			return err
		}
		for _, line := range strings.Split(m, "\n") {
			if line != "ok" && !strings.HasPrefix(line, "*** in database") {
				msgs = append(msgs, line)
			}
		}
	}
	if err := rs.Err(); err != nil {
		return err
	}
	if len(msgs) > 0 {
		return fileErr(op, f.path, ErrCorrupt, "SQLite's check found: "+strings.Join(msgs, "; "))
	}
	return nil
}

// checkRows reads and checks every row of the working copy and of the
// versions table (not the snapshots), keeps the rows as the state saves
// are compared with, and returns the report they hold.
func (f *File) checkRows(op string) (*draft.Report, error) {
	c, cancel := f.bound()
	defer cancel()
	tx, err := f.conn.BeginTx(c, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, f.sqlErr(op, err)
	}
	defer tx.Rollback()
	w, err := readRows(c, tx, f.schema)
	if err != nil {
		return nil, f.rowErr(op, err)
	}
	r, err := decode(w)
	if err != nil {
		return nil, fileErr(op, f.path, ErrCorrupt, err.Error())
	}
	if _, err := readVersions(c, tx, f.schema); err != nil {
		return nil, f.rowErr(op, err)
	}
	f.state = w
	return r, nil
}

// rowErr wraps an error met while reading rows: a damaged value, or an
// error from SQLite.
func (f *File) rowErr(op string, err error) error {
	var d damaged
	if errors.As(err, &d) {
		return fileErr(op, f.path, ErrCorrupt, d.Error())
	}
	return f.sqlErr(op, err)
}

// Verify checks the whole file as thoroughly as it can be checked: SQLite's
// integrity_check, every row of the working copy, and every version, whose
// snapshot must decode and match its checksum. It returns the first
// problem found, as the other methods would report it.
func (f *File) Verify() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("verify", false); err != nil {
		return err
	}
	c, cancel := f.bound()
	defer cancel()
	if err := f.sqliteCheck(c, "verify", "PRAGMA integrity_check(5)"); err != nil {
		return err
	}
	tx, err := f.conn.BeginTx(c, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return f.sqlErr("verify", err)
	}
	defer tx.Rollback()
	w, err := readRows(c, tx, f.schema)
	if err != nil {
		return f.rowErr("verify", err)
	}
	if _, err := decode(w); err != nil {
		return fileErr("verify", f.path, ErrCorrupt, err.Error())
	}
	vs, err := readVersions(c, tx, f.schema)
	if err != nil {
		return f.rowErr("verify", err)
	}
	for _, v := range vs {
		if _, err := f.snapshot(c, tx, v.label); err != nil {
			return err
		}
	}
	return nil
}
