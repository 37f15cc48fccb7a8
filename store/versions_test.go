package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

var fixedTime = time.Date(2031, 3, 5, 17, 30, 0, 0, time.FixedZone("WET", 0))

func TestFreezeLabelsAndSnapshots(t *testing.T) {
	path := newFile(t, sampleReport(t))
	f, err := Open(path)
	must(t, err)
	r, err := f.Load()
	must(t, err)
	var snaps []string
	for i := 0; i < 28; i++ {
		r.Items[0].Paragraphs[0].Text = fmt.Sprintf("Draft %d of the opening.", i)
		label, err := f.Freeze(r, fmt.Sprintf("note %d", i), fixedTime.Add(time.Duration(i)*time.Hour))
		must(t, err)
		if want := []string{"a", "b"}[min(i, 1)]; i < 2 && label != want {
			t.Errorf("freeze %d: label %q, want %q", i, label, want)
		}
		if i == 26 && label != "aa" || i == 27 && label != "ab" {
			t.Errorf("freeze %d: label %q", i, label)
		}
		snaps = append(snaps, canon(t, r))
	}
	must(t, f.Close())

	f, err = OpenReadOnly(path)
	must(t, err)
	defer f.Close()
	vs, err := f.Versions()
	must(t, err)
	if len(vs) != 28 {
		t.Fatalf("%d versions, want 28", len(vs))
	}
	if v := vs[2]; v.Label != "c" || v.Note != "note 2" || v.FrozenAt != "2031-03-05T19:30:00Z" {
		t.Errorf("version c = %+v", v)
	}
	for _, i := range []int{0, 1, 25, 27} {
		got, err := f.Version(vs[i].Label)
		must(t, err)
		if g := canon(t, got); g != snaps[i] {
			t.Errorf("version %s:\n got %s\nwant %s", vs[i].Label, g, snaps[i])
		}
	}
	cur, err := f.Load()
	must(t, err)
	sameReport(t, cur, r)
}

func TestUnknownVersion(t *testing.T) {
	f, err := Open(newFile(t, sampleReport(t)))
	must(t, err)
	defer f.Close()
	r, err := f.Load()
	must(t, err)
	_, err = f.Version("a")
	if !errors.Is(err, ErrNoVersion) || !strings.Contains(err.Error(), "no frozen versions") {
		t.Errorf("Version(a) of a report without versions: %v", err)
	}
	for range 2 {
		_, err := f.Freeze(r, "", fixedTime)
		must(t, err)
	}
	_, err = f.Version("q")
	if !errors.Is(err, ErrNoVersion) || !strings.Contains(err.Error(), "versions a, b") || !strings.Contains(err.Error(), f.Path()) {
		t.Errorf("Version(q): got %v, want ErrNoVersion listing a, b and naming the file", err)
	}
}

func TestFrozenVersionCannotChange(t *testing.T) {
	path := newFile(t, sampleReport(t))
	f, err := Open(path)
	must(t, err)
	r, err := f.Load()
	must(t, err)
	_, err = f.Freeze(r, "first", fixedTime)
	must(t, err)
	before := versionRows(t, f.conn)
	if err := f.SetVersionNote("a", "changed"); !errors.Is(err, ErrFrozen) {
		t.Errorf("SetVersionNote: got %v, want ErrFrozen", err)
	}
	if err := f.DeleteVersion("a"); !errors.Is(err, ErrFrozen) {
		t.Errorf("DeleteVersion: got %v, want ErrFrozen", err)
	}
	if err := f.DeleteVersion("b"); !errors.Is(err, ErrNoVersion) {
		t.Errorf("DeleteVersion(b): got %v, want ErrNoVersion", err)
	}
	r.Items[0].Paragraphs[0].Text = "Changed after the freeze."
	must(t, f.Save(r))
	must(t, f.Close())

	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	for _, stmt := range []string{
		`UPDATE versions SET note = 'forged'`,
		`UPDATE versions SET snapshot = x'00'`,
		`DELETE FROM versions`,
		`INSERT OR REPLACE INTO versions (seq, label, frozen_at, note, snapshot) VALUES (1, 'a', '', '', x'00')`,
	} {
		_, err := db.Exec(stmt)
		if err == nil || !strings.Contains(err.Error(), "version is frozen") {
			t.Errorf("%s: got %v, want a refusal", stmt, err)
		}
	}
	if after := versionRows(t, db); after != before {
		t.Errorf("version rows changed:\n got %s\nwant %s", after, before)
	}
}

// versionRows returns the versions table as text.
func versionRows(t *testing.T, db queryer) string {
	t.Helper()
	var b strings.Builder
	err := scanAll(ctx, db, `SELECT seq, label, frozen_at, note, hex(snapshot) FROM versions ORDER BY seq`, func(rs *sql.Rows) error {
		var seq, label, at, note, snap string
		err := rs.Scan(&seq, &label, &at, &note, &snap)
		fmt.Fprintln(&b, seq, label, at, note, snap)
		return err
	})
	must(t, err)
	return b.String()
}

// TestFreezeAndSave freezes one report and saves another as the working
// copy in one transaction; a working copy that cannot be saved leaves no
// version behind.
func TestFreezeAndSave(t *testing.T) {
	path := newFile(t, sampleReport(t))
	f, err := Open(path)
	must(t, err)
	defer f.Close()
	before, err := f.Load()
	must(t, err)
	after := before.Clone()
	after.Items[0].Paragraphs[0].Text = "The accepted text."
	label, err := f.FreezeAndSave(before, after, "received", fixedTime)
	must(t, err)
	v, err := f.Version(label)
	must(t, err)
	sameReport(t, v, before)
	cur, err := f.Load()
	must(t, err)
	sameReport(t, cur, after)

	bad := after.Clone()
	bad.Items[1].Paragraphs = append(bad.Items[1].Paragraphs, bad.Items[1].Paragraphs[0])
	if _, err := f.FreezeAndSave(after, bad, "received", fixedTime); err == nil {
		t.Fatal("a working copy holding one paragraph twice was saved")
	}
	vs, err := f.Versions()
	must(t, err)
	if len(vs) != 1 {
		t.Errorf("%d versions after a failed FreezeAndSave, want 1", len(vs))
	}
}
