package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"modernc.org/sqlite"
)

// SQLite primary result codes the store tells apart.
const (
	sqliteBusy     = 5
	sqliteReadOnly = 8
	sqliteCorrupt  = 11
	sqliteNotADB   = 26
)

// sqlErr wraps an error from SQLite with the operation and the path, as
// ErrCorrupt or ErrReadOnlyFile where SQLite says so; nil stays nil.
func (f *File) sqlErr(op string, err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqliteCorrupt, sqliteNotADB:
			return fileErr(op, f.path, ErrCorrupt, se.Error())
		case sqliteReadOnly:
			return fileErr(op, f.path, ErrReadOnlyFile, se.Error())
		}
	}
	return fmt.Errorf("store: %s %s: %w", op, f.path, err)
}

func (f *File) pragmaInt(name string) (int, error) {
	var v int
	err := f.conn.QueryRowContext(ctx, "PRAGMA "+name).Scan(&v)
	return v, err
}

// checkContent checks, through SQLite and without writing, that the file
// is a report this program can read and that SQLite finds it sound.
func (f *File) checkContent(op string) error {
	id, err := f.pragmaInt("application_id")
	if err != nil {
		return f.sqlErr(op, err)
	}
	if id != applicationID {
		return fileErr(op, f.path, ErrNotReport, "it is a SQLite database of another program")
	}
	v, err := f.pragmaInt("user_version")
	if err != nil {
		return f.sqlErr(op, err)
	}
	switch {
	case v > schemaVersion:
		return fileErr(op, f.path, ErrNewerSchema, fmt.Sprintf("schema version %d, this program reads up to %d; update rapporteur", v, schemaVersion))
	case v < 1:
		return fileErr(op, f.path, ErrCorrupt, "it has no schema version")
	case v < schemaVersion && f.ro:
		return fmt.Errorf("store: %s %s: schema version %d is older than this program's %d; open it for writing once to upgrade it", op, f.path, v, schemaVersion)
	}
	if err := f.quickCheck(op); err != nil {
		return err
	}
	if v == schemaVersion {
		return f.checkTables(op)
	}
	return nil
}

// quickCheck runs PRAGMA quick_check and reports its first findings.
func (f *File) quickCheck(op string) error {
	rs, err := f.conn.QueryContext(ctx, "PRAGMA quick_check(5)")
	if err != nil {
		return f.sqlErr(op, err)
	}
	defer rs.Close()
	var msgs []string
	for rs.Next() {
		var m string
		if err := rs.Scan(&m); err != nil {
			return f.sqlErr(op, err)
		}
		for _, line := range strings.Split(m, "\n") {
			if line != "ok" && !strings.HasPrefix(line, "*** in database") {
				msgs = append(msgs, line)
			}
		}
	}
	if err := rs.Err(); err != nil {
		return f.sqlErr(op, err)
	}
	if len(msgs) > 0 {
		return fileErr(op, f.path, ErrCorrupt, "SQLite's check found: "+strings.Join(msgs, "; "))
	}
	return nil
}

// checkTables makes sure every table of the schema is there.
func (f *File) checkTables(op string) error {
	have := map[string]bool{}
	err := scanAll(ctx, f.conn, `SELECT name FROM sqlite_schema WHERE type = 'table'`, func(rs *sql.Rows) error {
		var n string
		err := rs.Scan(&n)
		have[n] = true
		return err
	})
	if err != nil {
		return f.sqlErr(op, err)
	}
	var missing []string
	for _, t := range tables {
		if !have[t] {
			missing = append(missing, t)
		}
	}
	if len(missing) > 0 {
		return fileErr(op, f.path, ErrCorrupt, "table "+strings.Join(missing, ", ")+" is missing")
	}
	return nil
}
