package store

import (
	"bytes"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// rawSQL runs statements on a file with a plain SQLite connection.
func rawSQL(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	for _, s := range stmts {
		_, err := db.Exec(s)
		must(t, err)
	}
}

// writeFile writes data to name in dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	must(t, os.WriteFile(p, data, 0o644))
	return p
}

// reportBytes returns the bytes of a closed report file.
func reportBytes(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(newFile(t, bigReport(t, 8, 12)))
	must(t, err)
	return data
}

func TestBadFiles(t *testing.T) {
	cases := []struct {
		name   string
		make   func(t *testing.T, dir string) string
		want   error  // from Open and OpenReadOnly
		wantRO error  // from OpenReadOnly when it differs
		says   string // in the message
	}{
		{"text file", func(t *testing.T, dir string) string {
			return writeFile(t, dir, "notes.rap", []byte("ITEM I – this is text, not a report file\n"))
		}, ErrNotReport, nil, "not a SQLite database"},
		{"empty file", func(t *testing.T, dir string) string {
			return writeFile(t, dir, "empty.rap", nil)
		}, ErrNotReport, nil, "empty"},
		{"truncated header", func(t *testing.T, dir string) string {
			return writeFile(t, dir, "short.rap", reportBytes(t)[:60])
		}, ErrNotReport, nil, "not a SQLite database"},
		{"truncated at a page", func(t *testing.T, dir string) string {
			b := reportBytes(t)
			return writeFile(t, dir, "half.rap", b[:len(b)/2/4096*4096])
		}, ErrCorrupt, nil, "truncated"},
		{"truncated mid-page", func(t *testing.T, dir string) string {
			b := reportBytes(t)
			return writeFile(t, dir, "cut.rap", b[:len(b)-1000])
		}, ErrCorrupt, nil, "truncated"},
		{"another program's database", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "other.db")
			rawSQL(t, p, `CREATE TABLE t (x)`, `INSERT INTO t VALUES (1)`)
			return p
		}, ErrNotReport, nil, "another program"},
		{"newer schema", func(t *testing.T, dir string) string {
			p := writeFile(t, dir, "newer.rap", reportBytes(t))
			rawSQL(t, p, `PRAGMA user_version = 99`)
			return p
		}, ErrNewerSchema, nil, "schema version 99"},
		{"missing table", func(t *testing.T, dir string) string {
			p := writeFile(t, dir, "partial.rap", reportBytes(t))
			rawSQL(t, p, `DROP TABLE annexes`)
			return p
		}, ErrCorrupt, nil, "table annexes is missing"},
		{"corrupt pages", func(t *testing.T, dir string) string {
			b := reportBytes(t)
			for i := 3 * 4096; i < 5*4096; i += 7 {
				b[i] = 0xA5
			}
			return writeFile(t, dir, "corrupt.rap", b)
		}, ErrCorrupt, nil, "SQLite's check found"},
		{"a named pipe for a journal", func(t *testing.T, dir string) string {
			p := writeFile(t, dir, "pipe.rap", reportBytes(t))
			must(t, syscall.Mkfifo(p+"-journal", 0o644))
			return p
		}, ErrForeign, nil, "pipe.rap-journal beside it is a named pipe"},
		{"a folder for a log", func(t *testing.T, dir string) string {
			p := writeFile(t, dir, "dir.rap", reportBytes(t))
			must(t, os.Mkdir(p+"-wal", 0o755))
			return p
		}, ErrForeign, nil, "dir.rap-wal beside it is a folder"},
		{"a link for a journal", func(t *testing.T, dir string) string {
			p := writeFile(t, dir, "link.rap", reportBytes(t))
			must(t, os.Symlink("/etc/passwd", p+"-journal"))
			return p
		}, ErrForeign, nil, "link.rap-journal beside it is a symbolic link"},
		{"no such file", func(t *testing.T, dir string) string {
			return filepath.Join(dir, "missing.rap")
		}, fs.ErrNotExist, nil, "does not exist"},
		{"read-only file", func(t *testing.T, dir string) string {
			p := writeFile(t, dir, "locked.rap", reportBytes(t))
			must(t, os.Chmod(p, 0o444))
			return p
		}, ErrReadOnlyFile, errNone, "open it read-only"},
		{"read-only folder", func(t *testing.T, dir string) string {
			sub := filepath.Join(dir, "archive")
			must(t, os.Mkdir(sub, 0o755))
			p := writeFile(t, sub, "old.rap", reportBytes(t))
			must(t, os.Chmod(sub, 0o555))
			t.Cleanup(func() { os.Chmod(sub, 0o755) })
			return p
		}, ErrReadOnlyFile, errNone, "folder"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := tc.make(t, t.TempDir())
			before := fileState(t, path)
			for _, ro := range []bool{false, true} {
				open, want := Open, tc.want
				if ro {
					open = OpenReadOnly
					if tc.wantRO != nil {
						want = tc.wantRO
					}
				}
				f, err := open(path)
				if want == errNone {
					if err != nil {
						t.Fatalf("read-only %v: %v", ro, err)
					}
					_, err = f.Load()
					must(t, err)
					must(t, f.Close())
				} else {
					checkOpenErr(t, err, want, path, tc.says)
				}
				if after := fileState(t, path); !after.equal(before) {
					t.Errorf("read-only %v: file changed: before %v, after %v", ro, before, after)
				}
			}
		})
	}
}

// errNone in the table means "opens fine".
var errNone = errors.New("no error")

func checkOpenErr(t *testing.T, err, want error, path, says string) {
	t.Helper()
	if err == nil {
		t.Fatalf("opened without error, want %v", want)
	}
	t.Log(err)
	if !errors.Is(err, want) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), says) {
		t.Errorf("got %q,\nwant %v naming %s and saying %q", err, want, path, says)
	}
}

// state is what must not change about a file: its bytes, its mtime and the
// names in its folder.
type state struct {
	data  []byte
	mtime time.Time
	names []string
}

func fileState(t *testing.T, path string) state {
	t.Helper()
	s := state{names: dirFiles(t, path)}
	if fi, err := os.Stat(path); err == nil {
		s.mtime = fi.ModTime()
		s.data, err = os.ReadFile(path)
		must(t, err)
	}
	return s
}

func (s state) equal(o state) bool {
	return bytes.Equal(s.data, o.data) && s.mtime.Equal(o.mtime) && slices.Equal(s.names, o.names)
}

func (s state) String() string {
	return s.mtime.String() + " " + strings.Join(s.names, ",")
}

func TestCreateRefusesExistingPath(t *testing.T) {
	path := newFile(t, sampleReport(t))
	before := fileState(t, path)
	_, err := Create(path, bigReport(t, 1, 1))
	if !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), path) {
		t.Errorf("Create over a report: got %v, want ErrExists naming the file", err)
	}
	if after := fileState(t, path); !after.equal(before) {
		t.Error("Create changed the existing file")
	}
}

func TestReadOnlyOpenChangesNothing(t *testing.T) {
	path := newFile(t, sampleReport(t))
	past := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	must(t, os.Chtimes(path, past, past))
	before := fileState(t, path)
	f, err := OpenReadOnly(path)
	must(t, err)
	_, err = f.Load()
	must(t, err)
	_, err = f.Versions()
	must(t, err)
	must(t, f.Close())
	if after := fileState(t, path); !after.equal(before) {
		t.Errorf("read-only open changed the file: before %v, after %v", before, after)
	}
}
