package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// schemaObject is one row of sqlite_schema: a table, index, trigger or
// view, with the SQL that made it (none for an index SQLite made itself).
type schemaObject struct {
	typ, name, table, sql string
}

func (o schemaObject) String() string {
	if o.typ == "table" || o.typ == "view" || o.table == o.name {
		return fmt.Sprintf("%s %q", o.typ, o.name)
	}
	return fmt.Sprintf("%s %q on %s", o.typ, o.name, o.table)
}

// normSQL folds the runs of white space of a schema statement into one
// space, so a schema compares equal whatever the line breaks.
func normSQL(s string) string { return strings.Join(strings.Fields(s), " ") }

// expectedSchemas holds, per schema version, the objects a report of that
// version holds: made by running the migrations on an empty database in
// memory, once.
var expectedSchemas struct {
	once sync.Once
	by   map[int]map[string]schemaObject
	err  error
}

// expectedSchema returns the objects of schema version v, keyed by type
// and name.
func expectedSchema(v int) (map[string]schemaObject, error) {
	expectedSchemas.once.Do(func() {
		expectedSchemas.by, expectedSchemas.err = buildExpected()
	})
	if expectedSchemas.err != nil {
		return nil, expectedSchemas.err
	}
	s, ok := expectedSchemas.by[v]
	if !ok {
		return nil, fmt.Errorf("schema version %d is unknown", v)
	}
	return s, nil
}

func buildExpected() (map[int]map[string]schemaObject, error) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	bg := context.Background()
	c, err := db.Conn(bg)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	out := map[int]map[string]schemaObject{}
	for _, m := range migrations {
		if err := applyMigration(bg, c, m); err != nil {
			return nil, fmt.Errorf("store: schema %d: %w", m.version, err)
		}
		objs, err := readSchema(bg, c)
		if err != nil {
			return nil, err
		}
		out[m.version] = objs
	}
	return out, nil
}

// readSchema reads sqlite_schema. It is the first statement run on a
// report file: it reads the schema without running any of it.
func readSchema(ctx context.Context, db queryer) (map[string]schemaObject, error) {
	out := map[string]schemaObject{}
	err := scanAll(ctx, db, `SELECT type, name, tbl_name, sql FROM sqlite_schema`, func(rs *sql.Rows) error {
		var o schemaObject
		var q sql.NullString
		if err := rs.Scan(&o.typ, &o.name, &o.table, &q); err != nil {
			return err
		}
		o.sql = normSQL(q.String)
		out[o.typ+" "+o.name] = o
		return nil
	})
	return out, err
}

// schemaProblem compares a file's schema with that of version v and says
// what differs, or "" when they are the same. foreign is true when the file
// holds an object of its own or one of ours changed (SQL a report does not
// carry), false when objects are only missing (a damaged file).
func schemaProblem(have, want map[string]schemaObject) (problem string, foreign bool) {
	var extra, changed, missing []string
	for k, o := range have {
		w, ok := want[k]
		switch {
		case !ok:
			extra = append(extra, o.String())
		case w.table != o.table || w.sql != o.sql:
			changed = append(changed, o.String())
		}
	}
	for k, w := range want {
		if _, ok := have[k]; !ok {
			missing = append(missing, w.typ+" "+w.name)
		}
	}
	slices.Sort(extra)
	slices.Sort(changed)
	slices.Sort(missing)
	switch {
	case len(extra) > 0:
		return strings.Join(extra, ", ") + "; rapporteur opens no file that holds SQL it did not write", true
	case len(changed) > 0:
		return strings.Join(changed, ", ") + " changed from what rapporteur writes; rapporteur opens no file that holds SQL it did not write", true
	case len(missing) > 0:
		return strings.Join(missing, ", ") + " is missing", false
	}
	return "", false
}
