package store

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func TestBackup(t *testing.T) {
	path := newFile(t, sampleReport(t))
	f, err := Open(path)
	must(t, err)
	r, err := f.Load()
	must(t, err)
	_, err = f.Freeze(r, "before the edit", fixedTime)
	must(t, err)
	r.Items[1].Paragraphs[0].Text = "Edited after version a."
	must(t, f.Save(r))

	dir := t.TempDir()
	dst := filepath.Join(dir, "backup.rap")
	must(t, os.WriteFile(dst, []byte("an older backup"), 0o644))
	must(t, f.Backup(dst)) // replaces the older backup
	must(t, f.Close())
	alone(t, dst)

	b, err := OpenReadOnly(dst)
	must(t, err)
	defer b.Close()
	got, err := b.Load()
	must(t, err)
	sameReport(t, got, r)
	vs, err := b.Versions()
	must(t, err)
	if len(vs) != 1 || vs[0].Note != "before the edit" {
		t.Errorf("backup versions %+v", vs)
	}
	data, err := os.ReadFile(dst)
	must(t, err)
	if data[18] != 1 {
		t.Errorf("backup is in WAL mode (header byte 18 = %d); it should be one file", data[18])
	}
}

func TestMigrationRecord(t *testing.T) {
	f, err := OpenReadOnly(newFile(t, sampleReport(t)))
	must(t, err)
	defer f.Close()
	v, err := f.pragmaInt(ctx, "user_version")
	must(t, err)
	var n int
	var sv string
	must(t, f.conn.QueryRowContext(ctx, `SELECT count(*) FROM migrations`).Scan(&n))
	must(t, f.conn.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'schema_version'`).Scan(&sv))
	if want := strconv.Itoa(schemaVersion); v != schemaVersion || n != len(migrations) || sv != want {
		t.Errorf("user_version %d, %d migrations recorded, meta schema_version %q; want %d, %d, %q", v, n, sv, schemaVersion, len(migrations), want)
	}
}
