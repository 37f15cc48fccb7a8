package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"rapporteur/draft"
)

// Freeze saves r as the working copy and, in the same transaction, freezes
// it as the next version: a, b, … z, aa, ab, …. It returns the label. A
// frozen version can never be changed: triggers in the file refuse it.
func (f *File) Freeze(r *draft.Report, note string, at time.Time) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("freeze", true); err != nil {
		return "", err
	}
	label, err := f.freeze(r, note, at)
	if err != nil {
		return "", fmt.Errorf("store: freeze %s: %w", f.path, err)
	}
	return label, nil
}

func (f *File) freeze(r *draft.Report, note string, at time.Time) (string, error) {
	snap, err := draft.MarshalSnapshot(r)
	if err != nil {
		return "", err
	}
	tx, err := f.conn.BeginTx(ctx, nil)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	if f.state == nil {
		if f.state, err = readRows(ctx, tx); err != nil {
			return "", err
		}
	}
	cur, err := encode(r, f.state)
	if err != nil {
		return "", err
	}
	n, err := writeDiff(ctx, tx, f.state, cur)
	if err != nil {
		return "", err
	}
	var seq int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM versions`).Scan(&seq); err != nil {
		return "", err
	}
	label := draft.Letter(seq)
	if _, err := tx.ExecContext(ctx, `INSERT INTO versions (seq, label, frozen_at, note, snapshot) VALUES (?, ?, ?, ?, ?)`,
		seq, label, at.Format(time.RFC3339), note, snap); err != nil {
		return "", err
	}
	if err := tx.Commit(); err != nil {
		return "", err
	}
	f.state, f.written = cur, n
	return label, nil
}

// Versions lists the frozen versions in order.
func (f *File) Versions() ([]draft.VersionInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("read versions of", false); err != nil {
		return nil, err
	}
	return f.versions()
}

func (f *File) versions() ([]draft.VersionInfo, error) {
	out := []draft.VersionInfo{}
	err := scanAll(ctx, f.conn, `SELECT label, frozen_at, note FROM versions ORDER BY seq`, func(rs *sql.Rows) error {
		var v draft.VersionInfo
		err := rs.Scan(&v.Label, &v.FrozenAt, &v.Note)
		out = append(out, v)
		return err
	})
	if err != nil {
		return nil, f.sqlErr("read versions of", err)
	}
	return out, nil
}

// Version returns frozen version label as a report.
func (f *File) Version(label string) (*draft.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("read version of", false); err != nil {
		return nil, err
	}
	var snap []byte
	err := f.conn.QueryRowContext(ctx, `SELECT snapshot FROM versions WHERE label = ?`, label).Scan(&snap)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, f.noVersion(label)
	}
	if err != nil {
		return nil, f.sqlErr("read version of", err)
	}
	r, err := draft.UnmarshalSnapshot(snap)
	if err != nil {
		return nil, fileErr("read version of", f.path, ErrCorrupt, fmt.Sprintf("version %s: %v", label, err))
	}
	return r, nil
}

// noVersion says that label is unknown and which labels there are.
func (f *File) noVersion(label string) error {
	vs, err := f.versions()
	if err != nil {
		return err
	}
	if len(vs) == 0 {
		return fileErr("read version of", f.path, ErrNoVersion, fmt.Sprintf("%q: the report has no frozen versions yet", label))
	}
	labels := make([]string, len(vs))
	for i, v := range vs {
		labels[i] = v.Label
	}
	return fileErr("read version of", f.path, ErrNoVersion, fmt.Sprintf("%q: the report has versions %s", label, strings.Join(labels, ", ")))
}

// SetVersionNote would change the note of a frozen version; the file
// refuses, so it returns an error wrapping ErrFrozen (or ErrNoVersion).
// It exists so that a window offering to edit a note gets a clear answer.
func (f *File) SetVersionNote(label, note string) error {
	return f.changeVersion("change note of", label, `UPDATE versions SET note = ? WHERE label = ?`, note, label)
}

// DeleteVersion would delete a frozen version; the file refuses, so it
// returns an error wrapping ErrFrozen (or ErrNoVersion).
func (f *File) DeleteVersion(label string) error {
	return f.changeVersion("delete version of", label, `DELETE FROM versions WHERE label = ?`, label)
}

func (f *File) changeVersion(op, label, stmt string, args ...any) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable(op, true); err != nil {
		return err
	}
	res, err := f.conn.ExecContext(ctx, stmt, args...)
	if err != nil && strings.Contains(err.Error(), "version is frozen") {
		return fileErr(op, f.path, ErrFrozen, "version "+label+" cannot change")
	}
	if err != nil {
		return f.sqlErr(op, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return f.noVersion(label)
	}
	return fmt.Errorf("store: %s %s: version %s changed: the file lacks its frozen-version triggers", op, f.path, label)
}
