package cli

import (
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// diskState is what a refusal must leave as it was: the bytes and time of
// the report and of what lies beside it, and the names in its folder.
type diskState struct {
	sums  []string
	times []time.Time
	names []string
}

func diskOf(t *testing.T, path string) diskState {
	t.Helper()
	var s diskState
	for _, sfx := range []string{"", "-journal", "-wal"} {
		fi, err := os.Stat(path + sfx)
		if err != nil {
			s.sums = append(s.sums, "absent")
			continue
		}
		s.times = append(s.times, fi.ModTime())
		if fi.Mode().IsRegular() { // never open a named pipe
			b, err := os.ReadFile(path + sfx)
			mustDo(t, err)
			s.sums = append(s.sums, fmt.Sprintf("%x", sha256.Sum256(b)))
		}
	}
	es, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range es {
		s.names = append(s.names, e.Name())
	}
	return s
}

func (s diskState) equal(o diskState) bool {
	return slices.Equal(s.sums, o.sums) && slices.EqualFunc(s.times, o.times, time.Time.Equal) && slices.Equal(s.names, o.names)
}

// sqlOneConn runs statements on one plain SQLite connection (a
// writable_schema edit must stay on its connection).
func sqlOneConn(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	mustDo(t, err)
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// sqlValue returns the first column of the first row of q on a file.
func sqlValue(t *testing.T, path, q string) string {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	mustDo(t, err)
	defer db.Close()
	var v sql.NullString
	mustDo(t, db.QueryRow(q).Scan(&v))
	return v.String
}

// refusedFiles are report files every command must refuse, leaving them
// (and what lies beside them) exactly as they were.
var refusedFiles = []badFile{
	{"trigger that empties the report", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "trigger.rap")
		sqlOn(t, p, `CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM paragraphs; END`)
		return p
	}, false, `trigger "wipe" on meta`},
	{"endless trigger", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "loop.rap")
		sqlOn(t, p, `PRAGMA recursive_triggers = ON`, `CREATE TRIGGER loop AFTER INSERT ON meta BEGIN INSERT INTO meta VALUES (hex(randomblob(8)), ''); END`)
		return p
	}, false, `trigger "loop" on meta`},
	{"trigger that forges a version", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "forge.rap")
		sqlOn(t, p, `CREATE TRIGGER forge AFTER INSERT ON versions BEGIN INSERT INTO versions (seq, label, frozen_at, note, snapshot) VALUES (NEW.seq + 100, 'zz', '', '', x''); END`)
		return p
	}, false, `trigger "forge" on versions`},
	{"view", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "view.rap")
		sqlOn(t, p, `CREATE VIEW v AS SELECT * FROM paragraphs`)
		return p
	}, false, `view "v"`},
	{"generated column", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "generated.rap")
		sqlOn(t, p, `ALTER TABLE paragraphs ADD COLUMN big TEXT GENERATED ALWAYS AS (printf('%.*c', 1000000000, 'x')) VIRTUAL`)
		return p
	}, false, `table "paragraphs" changed`},
	{"virtual table", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "fts.rap")
		sqlOn(t, p, `CREATE VIRTUAL TABLE ft USING fts5(x)`)
		return p
	}, false, `table "ft"`},
	{"index on an expression", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "index.rap")
		sqlOn(t, p, `CREATE INDEX ix ON paragraphs (length(text))`)
		return p
	}, false, `index "ix" on paragraphs`},
	{"another program's log beside it", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "wal.rap")
		other := filepath.Join(t.TempDir(), "other.db")
		db, err := sql.Open("sqlite", other)
		mustDo(t, err)
		db.SetMaxOpenConns(1)
		for _, s := range []string{`PRAGMA journal_mode = WAL`, `PRAGMA wal_autocheckpoint = 0`, `CREATE TABLE t (x)`, `INSERT INTO t VALUES (1)`} {
			_, err := db.Exec(s)
			mustDo(t, err)
		}
		wal, err := os.ReadFile(other + "-wal")
		mustDo(t, err)
		db.Close()
		mustDo(t, os.WriteFile(p+"-wal", wal, 0o644))
		return p
	}, false, "wal.rap-wal lies beside it"},
	{"NULL where a report has text", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "null.rap")
		orig := sqlValue(t, p, `SELECT sql FROM sqlite_schema WHERE name = 'paragraphs'`)
		set := func(q string) string {
			return `UPDATE sqlite_schema SET sql = '` + strings.ReplaceAll(q, "'", "''") + `' WHERE name = 'paragraphs'`
		}
		sqlOneConn(t, p, `PRAGMA writable_schema = ON`, set(strings.Replace(orig, "text TEXT NOT NULL", "text TEXT", 1)))
		sqlOneConn(t, p, `UPDATE paragraphs SET text = NULL WHERE id = (SELECT min(id) FROM paragraphs)`)
		sqlOneConn(t, p, `PRAGMA writable_schema = ON`, set(orig))
		return p
	}, false, "NULL value in paragraphs.text"},
	{"paragraph of a missing item", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "dangling.rap")
		sqlOn(t, p, `UPDATE paragraphs SET item_id = 9999 WHERE id = (SELECT max(id) FROM paragraphs)`)
		return p
	}, false, "belongs to item 9999, which does not exist"},
	{"two paragraphs at one place", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "twice.rap")
		sqlOn(t, p, `UPDATE paragraphs SET pos = 0 WHERE pos = 1`)
		return p
	}, false, "both at position 0"},
	{"page size 0", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "header.rap")
		b, err := os.ReadFile(p)
		mustDo(t, err)
		b[16], b[17] = 0, 0
		mustDo(t, os.WriteFile(p, b, 0o644))
		return p
	}, false, "impossible page size (0)"},
	{"a named pipe for its journal", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "pj.rap")
		mustDo(t, syscall.Mkfifo(p+"-journal", 0o644))
		return p
	}, false, "pj.rap-journal beside it is a named pipe"},
	{"a folder for its write-ahead log", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "dw.rap")
		mustDo(t, os.Mkdir(p+"-wal", 0o755))
		return p
	}, false, "dw.rap-wal beside it is a folder"},
	{"a link for its journal", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "lj.rap")
		other := reportIn(t, t.TempDir(), "other.rap")
		mustDo(t, os.Symlink(other, p+"-journal"))
		return p
	}, false, "lj.rap-journal beside it is a symbolic link"},
	{"a named pipe", func(t *testing.T, dir string) string {
		p := filepath.Join(dir, "pipe.rap")
		mustDo(t, syscall.Mkfifo(p, 0o644))
		return p
	}, false, "not a regular file"},
}

func TestRefusedFilesAreNeverWritten(t *testing.T) {
	_, txt := goodReport(t)
	for _, bf := range refusedFiles {
		for _, cc := range cliCases {
			t.Run(bf.name+"/"+cc.name, func(t *testing.T) {
				dir, out := t.TempDir(), t.TempDir()
				text := filepath.Join(out, "draft.txt")
				mustDo(t, os.WriteFile(text, txt, 0o644))
				path := bf.make(t, dir)
				past := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
				os.Chtimes(path, past, past)
				before := diskOf(t, path)
				done := make(chan struct{})
				var code int
				var stdout, stderr string
				go func() {
					code, stdout, stderr = runCLI(t, cc.args(path, out, text)...)
					close(done)
				}()
				select {
				case <-done:
				case <-time.After(30 * time.Second):
					t.Fatal("the command did not end")
				}
				if after := diskOf(t, path); !after.equal(before) {
					t.Errorf("the refused file, its time, or what lies beside it changed: %v → %v", before.names, after.names)
				}
				if code == 0 {
					t.Fatalf("exit 0, stdout %q; want a refusal", stdout)
				}
				if !strings.Contains(stderr, path) || !strings.Contains(stderr, bf.says) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
					t.Errorf("stderr %q; want one line naming %s and saying %q", stderr, path, bf.says)
				}
			})
		}
	}
}

// crashedReport returns the sample report as a crash in the middle of a
// save leaves it in a new folder: pages of the unfinished save in the file
// and the journal to roll them back beside it.
func crashedReport(t *testing.T) string {
	t.Helper()
	src := reportIn(t, t.TempDir(), "src.rap")
	db, err := sql.Open("sqlite", src)
	mustDo(t, err)
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, s := range []string{`PRAGMA cache_size = 10`, `PRAGMA cache_spill = 10`, `BEGIN IMMEDIATE`,
		`UPDATE paragraphs SET text = text || printf('%.*c', 4000, 'x')`, `UPDATE annexes SET body = printf('%.*c', 40000, 'y')`} {
		_, err := db.Exec(s)
		mustDo(t, err)
	}
	dst := filepath.Join(t.TempDir(), "crashed.rap")
	for _, sfx := range []string{"", "-journal"} {
		b, err := os.ReadFile(src + sfx)
		mustDo(t, err)
		mustDo(t, os.WriteFile(dst+sfx, b, 0o644))
	}
	_, err = db.Exec(`ROLLBACK`)
	mustDo(t, err)
	return dst
}

func TestReadOnlyCommandsReadACrashedFile(t *testing.T) {
	want := reportState(t, reportIn(t, t.TempDir(), "good.rap"))
	for _, where := range []string{"writable folder", "read-only folder"} {
		for _, cc := range cliCases {
			if cc.write {
				continue
			}
			t.Run(where+"/"+cc.name, func(t *testing.T) {
				path := crashedReport(t)
				dir := filepath.Dir(path)
				if where == "read-only folder" {
					mustDo(t, os.Chmod(dir, 0o555))
					defer os.Chmod(dir, 0o755)
				}
				before := diskOf(t, path)
				code, _, stderr := runCLI(t, cc.args(path, t.TempDir(), "")...)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				if where == "read-only folder" {
					if !strings.Contains(stderr, "warning: ") || !strings.Contains(stderr, "last saved state") {
						t.Errorf("stderr %q; want a warning that the last saved state was read", stderr)
					}
					if after := diskOf(t, path); !after.equal(before) {
						t.Error("a read-only command changed the file or its journal")
					}
				} else {
					if stderr != "" {
						t.Errorf("stderr %q; a crash rolled back needs no word", stderr)
					}
					if _, err := os.Stat(path + "-journal"); err == nil {
						t.Error("the journal is still beside the file")
					}
				}
				os.Chmod(dir, 0o755)
				if got := reportState(t, path); got != want {
					t.Errorf("the file reads\n%s\nwant the last saved state\n%s", got, want)
				}
			})
		}
	}
}

// editVersion changes version a of the report at path by hand: the guard
// trigger dropped, the snapshot edited by edit (its checksum made to match
// when resum is set), the trigger put back as it was.
func editVersion(t *testing.T, path string, resum bool, edit func(snap map[string]any)) {
	t.Helper()
	trigger := sqlValue(t, path, `SELECT sql FROM sqlite_schema WHERE name = 'versions_frozen_update'`)
	var m map[string]any
	mustDo(t, json.Unmarshal([]byte(sqlValue(t, path, `SELECT CAST(snapshot AS TEXT) FROM versions WHERE seq = 1`)), &m))
	edit(m)
	snap, err := json.Marshal(m)
	mustDo(t, err)
	stmts := []string{`DROP TRIGGER versions_frozen_update`,
		`UPDATE versions SET snapshot = CAST('` + strings.ReplaceAll(string(snap), "'", "''") + `' AS BLOB) WHERE seq = 1`}
	if resum {
		stmts = append(stmts, fmt.Sprintf(`UPDATE versions SET checksum = '%x' WHERE seq = 1`, sha256.Sum256(snap)))
	}
	sqlOneConn(t, path, append(stmts, trigger)...)
}

// field returns the key of m that names name, whatever its spelling.
func field(m map[string]any, name string) string {
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", "")) }
	for k := range m {
		if norm(k) == norm(name) {
			return k
		}
	}
	return name
}

func TestDamagedVersionsReported(t *testing.T) {
	cases := []struct {
		name  string
		resum bool
		edit  func(m map[string]any)
		says  string
	}{
		{"edited by hand", false, func(m map[string]any) {
			meet := m[field(m, "Meeting")].(map[string]any)
			meet[field(meet, "Venue")] = "Forged"
		}, "changed after it was frozen"},
		{"null sub-item", true, func(m map[string]any) {
			for _, it := range m[field(m, "Items")].([]any) {
				o := it.(map[string]any)
				if subs, ok := o[field(o, "SubItems")].([]any); ok && len(subs) > 0 {
					subs[0] = nil
					return
				}
			}
			t.Fatal("no sub-item")
		}, "null entry at snapshot."},
		{"null annex", true, func(m map[string]any) {
			m[field(m, "Annexes")].([]any)[0] = nil
		}, "null entry at snapshot."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := reportIn(t, t.TempDir(), "edited.rap")
			editVersion(t, path, tc.resum, tc.edit)
			for _, args := range [][]string{{"diff", path, "a"}, {"check", path}, {"export", path, "--version", "a", "-o", filepath.Join(t.TempDir(), "a.txt")}} {
				code, _, stderr := runCLI(t, args...)
				if code == 0 || !strings.Contains(stderr, "version a: ") || !strings.Contains(stderr, tc.says) || strings.Contains(stderr, "panic") {
					t.Errorf("%s: exit %d, %q; want the file is damaged, version a, %q", args[0], code, stderr, tc.says)
				}
			}
			if code, _, stderr := runCLI(t, "info", path); code != 0 {
				t.Errorf("info: exit %d, %s; the working copy and the list of versions are sound", code, stderr)
			}
		})
	}
}

func TestExportNeverReplacesItsSource(t *testing.T) {
	dir := t.TempDir()
	named := reportIn(t, dir, "report.pdf") // a report file with a PDF's name
	txt := filepath.Join(dir, "in.txt")
	mustDo(t, os.WriteFile(txt, []byte("ITEM I – OPENING\n\n1. The Chair opened the session.\n"), 0o644))
	docx := filepath.Join(dir, "orig.docx")
	if code, _, stderr := runCLI(t, "export", named, "-o", docx); code != 0 {
		t.Fatal(stderr)
	}
	wd, err := os.Getwd()
	mustDo(t, err)
	rel, err := filepath.Rel(wd, txt)
	mustDo(t, err)
	for _, args := range [][]string{
		{"export", named, "-o", named},
		{"export", txt, "-o", txt},
		{"export", docx, "-o", docx},
		{"export", rel, "-o", txt},
		{"export", txt, "-o", named},
	} {
		before := diskOf(t, args[len(args)-1])
		code, _, stderr := runCLI(t, args...)
		if code == 0 || !strings.Contains(stderr, "would replace") {
			t.Errorf("%q: exit %d, %q; want a refusal", args, code, stderr)
		}
		if after := diskOf(t, args[len(args)-1]); !after.equal(before) {
			t.Errorf("%q changed the file", args)
		}
	}
	private := filepath.Join(dir, "private.txt")
	mustDo(t, os.WriteFile(private, []byte("old"), 0o600))
	if code, _, stderr := runCLI(t, "export", named, "-o", private); code != 0 {
		t.Fatal(stderr)
	}
	if fi, _ := os.Stat(private); fi.Mode().Perm() != 0o600 {
		t.Errorf("export widened a private file to %v", fi.Mode().Perm())
	}
}

func TestImportAfterAKilledImport(t *testing.T) {
	_, txt := goodReport(t)
	dir := t.TempDir()
	text := filepath.Join(dir, "draft.txt")
	mustDo(t, os.WriteFile(text, txt, 0o644))
	out := filepath.Join(dir, "new.rap")
	half := filepath.Join(dir, ".new.rap.new-0123456789ab.tmp") // what a kill leaves
	mustDo(t, os.WriteFile(half, []byte("SQLite format 3\x00 half of it"), 0o644))
	if code, _, stderr := runCLI(t, "info", out); code == 0 || !strings.Contains(stderr, "does not exist") {
		t.Errorf("info of the name a killed import was making: exit %d, %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "import", text, "-o", out); code != 0 {
		t.Fatalf("the retry: exit %d: %s", code, stderr)
	}
	es, _ := os.ReadDir(dir)
	if len(es) != 2 {
		t.Errorf("%d files in the folder, want the draft and the report", len(es))
	}
}

func TestTerminalGetsNoControlCharacters(t *testing.T) {
	path := reportIn(t, t.TempDir(), "esc.rap")
	sqlOn(t, path, "UPDATE meta SET value = 'PTC\x1b[2J\x1b[H' WHERE key = 'meeting.short_name'",
		"UPDATE items SET title = 'Opening\x1b]0;owned\x07 \u009b31m' WHERE pos = 0")
	if code, _, stderr := runCLI(t, "freeze", path, "--note", "issued\x1b[31m to delegates\u202e"); code != 0 {
		t.Fatal(stderr)
	}
	missing := filepath.Join(t.TempDir(), "gone\x1b[31m\n.rap")
	for _, args := range [][]string{{"info", path}, {"info", path, "--json"}, {"diff", path, "a"}, {"check", path}, {"conclusions", path}, {"info", missing}} {
		_, stdout, stderr := runCLI(t, args...)
		for _, out := range []string{stdout, stderr} {
			if i := strings.IndexFunc(out, func(r rune) bool { return unsafe(r) && r != '\n' && r != '\t' }); i >= 0 {
				t.Errorf("%q printed %U: %q", args[:len(args)-1], []rune(out[i:])[0], out)
			}
		}
		if args[0] == "info" && len(args) == 3 {
			var v map[string]any
			if err := json.Unmarshal([]byte(stdout), &v); err != nil {
				t.Errorf("info --json is no longer JSON: %v", err)
			}
		}
		if args[1] == missing && strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
			t.Errorf("a file name with a line break broke the message: %q", stderr)
		}
	}
	if _, stdout, _ := runCLI(t, "info", path); !strings.Contains(stdout, `PTC\u001b[2J`) {
		t.Errorf("info does not show the escaped name: %q", stdout)
	}
}

// TestOneLineFieldsStayOnOneLine: a line break in a name, a title, a
// bullet, a note or a file name is printed escaped, so that a file cannot
// make a command print lines of its own choosing (a forged version, bullet
// or paragraph).
func TestOneLineFieldsStayOnOneLine(t *testing.T) {
	dir := t.TempDir()
	path := reportIn(t, dir, "two\nFORGED lines.rap")
	sqlOn(t, path, "UPDATE meta SET value = 'PTC\nFORGED: versions' WHERE key = 'meeting.short_name'",
		"UPDATE meta SET value = 'Lisbon\rFORGED venue' WHERE key = 'meeting.venue'",
		"UPDATE items SET title = 'Opening\nFORGED. a paragraph' WHERE pos = 0",
		"UPDATE subitems SET title = 'Sub\nFORGED sub-item' WHERE id = (SELECT min(id) FROM subitems)",
		"UPDATE bullets SET text = 'noted\n  • FORGED bullet' WHERE id = (SELECT min(id) FROM bullets)",
		"UPDATE annexes SET title = 'Annex\nFORGED annex' WHERE id = (SELECT min(id) FROM annexes)")
	if code, _, stderr := runCLI(t, "freeze", path, "--note", "issued\nFORGED  z  version"); code != 0 {
		t.Fatal(stderr)
	}
	sqlOn(t, path, "UPDATE items SET title = 'Adoption\nFORGED renamed' WHERE pos = 1")
	out := filepath.Join(t.TempDir(), "out\nFORGED.txt")
	for _, args := range [][]string{{"info", path}, {"conclusions", path}, {"diff", path, "a"}, {"check", path},
		{"export", path, "-o", out}, {"import", "--into", path, out}, {"sample", "-o", filepath.Join(dir, "new\nFORGED.rap")}} {
		_, stdout, stderr := runCLI(t, args...)
		for _, line := range strings.Split(stdout+stderr, "\n") {
			if strings.HasPrefix(strings.TrimLeft(line, " •\t"), "FORGED") {
				t.Errorf("%s printed a line of the file's choosing: %q", args[0], line)
			}
		}
	}
}
