package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rapporteur/draft"
)

// rawConn runs statements, in order and on one connection, on a file
// through a plain SQLite connection (not the store's), as someone editing
// the file by hand would.
func rawConn(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// rawQuery returns the first column of the first row of q on a file.
func rawQuery(t *testing.T, path, q string, args ...any) string {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	var s sql.NullString
	must(t, db.QueryRow(q, args...).Scan(&s))
	return s.String
}

// versionedFile returns a closed report file holding the sample report
// with version a frozen.
func versionedFile(t testing.TB) string {
	t.Helper()
	r := sampleReport(t)
	path := newFile(t, r)
	f, err := Open(path)
	must(t, err)
	_, err = f.Freeze(r, "as issued", fixedTime)
	must(t, err)
	must(t, f.Close())
	return path
}

// idOf returns the number the query q finds on the file.
func idOf(t *testing.T, path, q string) int64 {
	t.Helper()
	var n int64
	fmt.Sscan(rawQuery(t, path, q), &n)
	if n == 0 {
		t.Fatalf("%s: no row", q)
	}
	return n
}

// refusal runs Open and OpenReadOnly (with Load and Versions) on path and
// checks that both fail with want, naming the file and saying says, and
// that neither changed the file, its mtime or the names beside it.
func refusal(t *testing.T, path string, want error, says string) {
	t.Helper()
	past := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	must(t, os.Chtimes(path, past, past))
	before := fileState(t, path)
	for _, ro := range []bool{false, true} {
		open := Open
		if ro {
			open = OpenReadOnly
		}
		f, err := open(path)
		if err == nil {
			_, err = f.Load()
			if err == nil {
				_, err = f.Versions()
			}
			f.Close()
		}
		checkOpenErr(t, err, want, path, says)
		if after := fileState(t, path); !after.equal(before) {
			t.Errorf("read-only %v: the refused file changed: before %v, after %v", ro, before, after)
		}
	}
}

func TestForeignSchemaRefused(t *testing.T) {
	cases := []struct {
		name  string
		stmts []string
		want  error
		says  string
	}{
		{"trigger that empties the report", []string{
			`CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM paragraphs; END`,
		}, ErrForeign, `trigger "wipe" on meta`},
		{"trigger that forges a version", []string{
			`CREATE TRIGGER forge AFTER INSERT ON versions BEGIN INSERT INTO meta VALUES ('x', 'y'); END`,
		}, ErrForeign, `trigger "forge" on versions`},
		{"endless trigger", []string{
			`CREATE TRIGGER loop AFTER UPDATE ON items BEGIN UPDATE items SET pos = pos; END`,
		}, ErrForeign, `trigger "loop" on items`},
		{"view", []string{`CREATE VIEW v AS SELECT * FROM paragraphs`}, ErrForeign, `view "v"`},
		{"generated column in our table", []string{
			`ALTER TABLE paragraphs ADD COLUMN big TEXT GENERATED ALWAYS AS (printf('%.*c', 1000000000, 'x')) VIRTUAL`,
		}, ErrForeign, `table "paragraphs" changed`},
		{"table with a generated column", []string{
			`CREATE TABLE g (x INTEGER, y GENERATED ALWAYS AS (zeroblob(x)))`,
		}, ErrForeign, `table "g"`},
		{"virtual table", []string{`CREATE VIRTUAL TABLE ft USING fts5(x)`}, ErrForeign, `table "ft"`},
		{"index on an expression", []string{`CREATE INDEX ix ON paragraphs (length(text))`}, ErrForeign, `index "ix" on paragraphs`},
		{"table of its own", []string{`CREATE TABLE notes (x)`}, ErrForeign, `table "notes"`},
		{"statistics", []string{`ANALYZE`}, ErrForeign, `table "sqlite_stat1"`},
		{"our trigger rewritten", []string{
			`DROP TRIGGER versions_frozen_update`,
			`CREATE TRIGGER versions_frozen_update BEFORE UPDATE ON versions BEGIN SELECT 1; END`,
		}, ErrForeign, `trigger "versions_frozen_update" on versions changed`},
		{"column added", []string{`ALTER TABLE items ADD COLUMN colour TEXT`}, ErrForeign, `table "items" changed`},
		{"trigger missing", []string{`DROP TRIGGER versions_frozen_delete`}, ErrCorrupt, "trigger versions_frozen_delete is missing"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := versionedFile(t)
			rawConn(t, path, tc.stmts...)
			refusal(t, path, tc.want, tc.says)
		})
	}
}

// jsonKey finds the key of m that names the field name, whatever its
// spelling ("SubItems", "sub_items").
func jsonKey(m map[string]any, name string) string {
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", "")) }
	for k := range m {
		if norm(k) == norm(name) {
			return k
		}
	}
	return ""
}

// editSnapshot changes the snapshot of version 1 by hand: it drops the
// trigger that guards versions, writes the new snapshot (with a checksum
// that matches it when resum is set) and puts the trigger back as it was.
func editSnapshot(t *testing.T, path string, resum bool, edit func(m map[string]any)) {
	t.Helper()
	trigger := rawQuery(t, path, `SELECT sql FROM sqlite_schema WHERE name = 'versions_frozen_update'`)
	var m map[string]any
	must(t, json.Unmarshal([]byte(rawQuery(t, path, `SELECT CAST(snapshot AS TEXT) FROM versions WHERE seq = 1`)), &m))
	edit(m)
	snap, err := json.Marshal(m)
	must(t, err)
	set := `UPDATE versions SET snapshot = CAST('` + strings.ReplaceAll(string(snap), "'", "''") + `' AS BLOB) WHERE seq = 1`
	stmts := []string{`DROP TRIGGER versions_frozen_update`, set}
	if resum {
		stmts = append(stmts, `UPDATE versions SET checksum = '`+checksum(snap)+`' WHERE seq = 1`)
	}
	rawConn(t, path, append(stmts, trigger)...)
}

// nullFirst sets the first entry of the list named list of the first
// object of the list named parent to null.
func nullFirst(parent, list string) func(m map[string]any) {
	return func(m map[string]any) {
		var obj map[string]any = m
		if parent != "" {
			for _, it := range m[jsonKey(m, "Items")].([]any) {
				o := it.(map[string]any)
				if parent == "Conclusion" {
					if c, ok := o[jsonKey(o, "Conclusion")].(map[string]any); ok {
						obj = c
						break
					}
					continue
				}
				if l, ok := o[jsonKey(o, list)].([]any); ok && len(l) > 0 {
					obj = o
					break
				}
			}
		}
		l := obj[jsonKey(obj, list)].([]any)
		l[0] = nil
	}
}

func TestVersionSnapshotChecked(t *testing.T) {
	cases := []struct {
		name  string
		resum bool
		edit  func(m map[string]any)
		says  string
	}{
		{"edited by hand", false, func(m map[string]any) {
			m[jsonKey(m, "Meeting")].(map[string]any)[jsonKey(m[jsonKey(m, "Meeting")].(map[string]any), "Venue")] = "Forged"
		}, "changed after it was frozen"},
		{"null sub-item", true, nullFirst("Item", "SubItems"), "null entry at snapshot."},
		{"null bullet", true, nullFirst("Conclusion", "Bullets"), "null entry at snapshot."},
		{"null annex", true, nullFirst("", "Annexes"), "null entry at snapshot."},
		{"null item", true, nullFirst("", "Items"), "null entry at snapshot."},
		{"null paragraph", true, nullFirst("Item", "Paragraphs"), "null entry at snapshot."},
		{"not a report", true, func(m map[string]any) { m[jsonKey(m, "Items")] = "none" }, "does not decode"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := versionedFile(t)
			editSnapshot(t, path, tc.resum, tc.edit)
			for _, ro := range []bool{false, true} {
				open := Open
				if ro {
					open = OpenReadOnly
				}
				f, err := open(path) // the working copy is sound: the file opens
				must(t, err)
				vs, err := f.Versions()
				must(t, err)
				if len(vs) != 1 {
					t.Fatalf("%d versions", len(vs))
				}
				_, err = f.Version("a")
				if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "version a: ") || !strings.Contains(err.Error(), tc.says) {
					t.Errorf("read-only %v: Version(a) = %v; want the file is damaged, naming version a and saying %q", ro, err, tc.says)
				}
				if err := f.Verify(); err == nil || !strings.Contains(err.Error(), tc.says) {
					t.Errorf("Verify = %v; want it to say %q", err, tc.says)
				}
				must(t, f.Close())
			}
		})
	}
}

func TestVersionRowsChecked(t *testing.T) {
	cases := []struct {
		name  string
		stmts []string
		says  string
	}{
		{"bad label", []string{`UPDATE versions SET label = 'x' WHERE seq = 1`}, `versions row 1: its label is "x", not "a"`},
		{"missing version", []string{`UPDATE versions SET seq = 3 WHERE seq = 2`}, "version 2 is missing"},
		{"time that is not one", []string{`UPDATE versions SET frozen_at = 'yesterday' WHERE seq = 1`}, `version a: its time "yesterday" is not a time`},
		{"note that is not text", []string{`UPDATE versions SET note = x'41' WHERE seq = 1`}, "versions row 1: note is not text"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := versionedFile(t)
			f, err := Open(path)
			must(t, err)
			r, err := f.Load()
			must(t, err)
			_, err = f.Freeze(r, "b", fixedTime)
			must(t, err)
			must(t, f.Close())
			trigger := rawQuery(t, path, `SELECT sql FROM sqlite_schema WHERE name = 'versions_frozen_update'`)
			rawConn(t, path, append(append([]string{`DROP TRIGGER versions_frozen_update`}, tc.stmts...), trigger)...)
			refusal(t, path, ErrCorrupt, tc.says)
		})
	}
}

func TestDamagedRowsRefused(t *testing.T) {
	const (
		item2 = `SELECT id FROM items WHERE pos = 1`
		para  = `SELECT id FROM paragraphs WHERE item_id = (` + item2 + `) AND pos = 1`
	)
	cases := []struct {
		name string
		stmt func(t *testing.T, path string) string
		says string
	}{
		{"text for a position", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE items SET pos = 'first' WHERE id = %d`, idOf(t, p, item2))
		}, "items row %d: pos is not a whole number (first)"},
		{"blob for a text", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE paragraphs SET text = x'4142' WHERE id = %d`, idOf(t, p, para))
		}, "paragraphs row %d: text is not text"},
		{"paragraph of a missing item", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE paragraphs SET item_id = 9999 WHERE id = %d`, idOf(t, p, para))
		}, "paragraphs row %d belongs to item 9999, which does not exist"},
		{"sub-item of a missing item", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE subitems SET item_id = 9999 WHERE id = %d`, idOf(t, p, `SELECT min(id) FROM subitems`))
		}, "subitems row %d belongs to item 9999"},
		{"paragraph under another item's sub-item", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE paragraphs SET sub_id = 9999 WHERE id = %d`, idOf(t, p, para))
		}, "paragraphs row %d is under sub-item 9999"},
		{"two paragraphs at one position", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE paragraphs SET pos = 0 WHERE id = %d`, idOf(t, p, para))
		}, "are both at position 0"},
		{"a position missing", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE paragraphs SET pos = 70 WHERE id = %d`, idOf(t, p, `SELECT id FROM paragraphs WHERE item_id = (`+item2+`) AND pos = 3`))
		}, "no row at position 3 (row %d is at 70)"},
		{"two conclusions for an item", func(t *testing.T, p string) string {
			return fmt.Sprintf(`INSERT INTO conclusions (id, item_id, lead_in) VALUES (9000, %d, '')`, idOf(t, p, item2))
		}, "both belong to item %d"},
		{"bullet of a missing conclusion", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE bullets SET conclusion_id = 9999 WHERE id = %d`, idOf(t, p, `SELECT min(id) FROM bullets`))
		}, "bullets row %d belongs to conclusion 9999"},
		{"flag that is not one", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE bullets SET edited = 7 WHERE id = %d`, idOf(t, p, `SELECT min(id) FROM bullets`))
		}, "bullets row %d: edited is 7, not 0 or 1"},
		{"list that is not one", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE items SET docs = '{oops' WHERE id = %d`, idOf(t, p, item2))
		}, "items row %d: docs is not a list"},
		{"null in a list", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE subitems SET attachments = '["a", null]' WHERE id = %d`, idOf(t, p, `SELECT min(id) FROM subitems`))
		}, "subitems row %d: attachments has a null entry (2)"},
		{"ID sequence not a number", func(t *testing.T, p string) string {
			return `UPDATE meta SET value = 'many' WHERE key = 'last_id'`
		}, `meta last_id "many" is not a number`},
		{"one ID twice", func(t *testing.T, p string) string {
			return fmt.Sprintf(`UPDATE annexes SET id = %d WHERE pos = 0`, idOf(t, p, item2))
		}, "share ID %d"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := versionedFile(t)
			stmt := tc.stmt(t, path)
			says := tc.says
			if strings.Contains(says, "%d") {
				var id int64
				fmt.Sscanf(stmt[strings.LastIndex(stmt, " ")+1:], "%d", &id)
				if strings.HasPrefix(stmt, "INSERT") || strings.HasPrefix(tc.name, "one ID") {
					id = idOf(t, path, item2)
				}
				says = fmt.Sprintf(says, id)
			}
			rawConn(t, path, stmt)
			refusal(t, path, ErrCorrupt, says)
		})
	}
}

// unconstrain runs stmts on a file with the NOT NULL constraint of column
// col of table lifted for the time, then puts the schema back as it was:
// a file whose schema is ours but whose values break it.
func unconstrain(t *testing.T, path, table, col string, stmts ...string) {
	t.Helper()
	orig := rawQuery(t, path, `SELECT sql FROM sqlite_schema WHERE name = ?`, table)
	loose := strings.Replace(orig, col+" TEXT NOT NULL", col+" TEXT", 1)
	if loose == orig {
		t.Fatalf("%s.%s: no NOT NULL to lift", table, col)
	}
	set := func(q string) string {
		return `UPDATE sqlite_schema SET sql = '` + strings.ReplaceAll(q, "'", "''") + `' WHERE name = '` + table + `'`
	}
	rawConn(t, path, `PRAGMA writable_schema = ON`, set(loose))
	rawConn(t, path, stmts...)
	rawConn(t, path, `PRAGMA writable_schema = ON`, set(orig))
}

func TestNullValueRefused(t *testing.T) {
	path := versionedFile(t)
	id := idOf(t, path, `SELECT min(id) FROM paragraphs`)
	unconstrain(t, path, "paragraphs", "text", fmt.Sprintf(`UPDATE paragraphs SET text = NULL WHERE id = %d`, id))
	refusal(t, path, ErrCorrupt, "NULL value in paragraphs.text")

	// Were SQLite's check to miss it, the row reader names the row.
	db, c, err := connect(path, true)
	must(t, err)
	defer db.Close()
	defer c.Close()
	_, err = readRows(ctx, c, schemaVersion)
	if want := fmt.Sprintf("paragraphs row %d: text is NULL", id); err == nil || err.Error() != want {
		t.Errorf("readRows: %v, want %q", err, want)
	}
}

func TestHeaderDamage(t *testing.T) {
	cases := []struct {
		name string
		at   int
		b    []byte
		want error
		says string
	}{
		{"page size 0", 16, []byte{0, 0}, ErrCorrupt, "impossible page size (0)"},
		{"page size 3000", 16, []byte{0x0b, 0xb8}, ErrCorrupt, "impossible page size (3000)"},
		{"file format 7", 18, []byte{7, 7}, ErrCorrupt, "unknown file format (7/7)"},
		{"payload fractions", 21, []byte{1, 2, 3}, ErrCorrupt, "impossible payload fractions"},
		{"text in UTF-16", 56, []byte{0, 0, 0, 2}, ErrNotReport, "not in UTF-8"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := versionedFile(t)
			data, err := os.ReadFile(path)
			must(t, err)
			copy(data[tc.at:], tc.b)
			must(t, os.WriteFile(path, data, 0o644))
			refusal(t, path, tc.want, tc.says)
		})
	}
}

// v1File writes r as a report of schema version 1, as rapporteur wrote it
// before versions carried checksums, with one version frozen.
func v1File(t *testing.T, r *draft.Report) string { return oldFile(t, r, 1) }

// oldFile writes r as a report of schema version v, as rapporteur wrote it
// then, with one version frozen. Its paragraphs are written as schema 1
// has them (no notes column, added by migration 3).
func oldFile(t *testing.T, r *draft.Report, v int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.rap")
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	db.SetMaxOpenConns(1)
	conn, err := db.Conn(ctx)
	must(t, err)
	defer conn.Close()
	for _, m := range migrations[:v] {
		must(t, applyMigration(ctx, conn, m))
	}
	cur, err := encode(r, nil)
	must(t, err)
	paras := cur.paras
	cur.paras = map[draft.ID]paraRow{}
	tx, err := conn.BeginTx(ctx, nil)
	must(t, err)
	_, err = writeDiff(ctx, tx, newRows(), cur)
	must(t, err)
	for id, x := range paras {
		_, err = tx.Exec(`INSERT INTO paragraphs (id, item_id, sub_id, pos, text) VALUES (?, ?, ?, ?, ?)`, id, x.item, x.sub, x.pos, x.text)
		must(t, err)
	}
	snap, err := draft.MarshalSnapshot(r)
	must(t, err)
	_, err = tx.Exec(`INSERT INTO versions (seq, label, frozen_at, note, snapshot) VALUES (1, 'a', ?, 'old', ?)`, fixedTime.Format(time.RFC3339), snap)
	must(t, err)
	must(t, tx.Commit())
	return path
}

func TestSchema1ReadAndUpgraded(t *testing.T) {
	r := sampleReport(t)
	path := v1File(t, r)
	if v := rawQuery(t, path, `PRAGMA user_version`); v != "1" {
		t.Fatalf("user_version %s", v)
	}
	before := fileState(t, path)
	ro, err := OpenReadOnly(path) // an old file reads without an upgrade
	must(t, err)
	got, err := ro.Version("a") // its version, without a checksum, is taken as it is
	must(t, err)
	sameReport(t, got, r)
	must(t, ro.Verify())
	must(t, ro.Close())
	if after := fileState(t, path); !after.equal(before) {
		t.Error("reading an old file changed it")
	}

	f, err := Open(path) // opening it for writing upgrades it
	must(t, err)
	got, err = f.Version("a")
	must(t, err)
	sameReport(t, got, r)
	must(t, f.Close())
	if v := rawQuery(t, path, `PRAGMA user_version`); v != fmt.Sprint(schemaVersion) {
		t.Errorf("after the upgrade user_version %s, want %d", v, schemaVersion)
	}
	snap := rawQuery(t, path, `SELECT CAST(snapshot AS TEXT) FROM versions WHERE seq = 1`)
	if sum := rawQuery(t, path, `SELECT checksum FROM versions WHERE seq = 1`); sum != checksum([]byte(snap)) {
		t.Errorf("the old version's checksum is %q, want the snapshot's", sum)
	}
	// The upgraded file has the very schema of a new one.
	have, err := readSchemaOf(t, path)
	must(t, err)
	want, err := expectedSchema(schemaVersion)
	must(t, err)
	if p, _ := schemaProblem(have, want); p != "" {
		t.Errorf("upgraded schema: %s", p)
	}
	// And a hand edit made after the upgrade shows.
	editSnapshot(t, path, false, func(m map[string]any) { m[jsonKey(m, "Items")] = []any{} })
	f, err = OpenReadOnly(path)
	must(t, err)
	defer f.Close()
	if _, err := f.Version("a"); err == nil || !strings.Contains(err.Error(), "changed after it was frozen") {
		t.Errorf("hand-edited upgraded version: %v", err)
	}
}

func readSchemaOf(t *testing.T, path string) (map[string]schemaObject, error) {
	t.Helper()
	db, c, err := connect(path, true)
	must(t, err)
	defer db.Close()
	defer c.Close()
	return readSchema(ctx, c)
}

func TestNewFileHasCurrentSchema(t *testing.T) {
	have, err := readSchemaOf(t, versionedFile(t))
	must(t, err)
	want, err := expectedSchema(schemaVersion)
	must(t, err)
	if p, _ := schemaProblem(have, want); p != "" {
		t.Error(p)
	}
	if len(want) < 9+4 { // nine tables, three triggers, an index

		t.Errorf("expected schema has %d objects", len(want))
	}
}
