package store

import (
	"context"
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
	if err := f.writable("freeze"); err != nil {
		return "", err
	}
	label, err := f.freeze(r, r, note, at)
	if err != nil {
		return "", f.writeErr("freeze", err)
	}
	return label, nil
}

// FreezeAndSave freezes frozen as the next version and saves work as the
// working copy, in one transaction: a received document's state before its
// changes and after them, say. A failure, or a kill, leaves the file as it
// was or with both written, never with the version alone. It returns the
// label.
func (f *File) FreezeAndSave(frozen, work *draft.Report, note string, at time.Time) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.writable("freeze"); err != nil {
		return "", err
	}
	label, err := f.freeze(frozen, work, note, at)
	if err != nil {
		return "", f.writeErr("freeze", err)
	}
	return label, nil
}

// freeze writes work as the working copy and frozen as the next version in
// one transaction.
func (f *File) freeze(frozen, work *draft.Report, note string, at time.Time) (string, error) {
	snap, err := draft.MarshalSnapshot(frozen)
	if err != nil {
		return "", err
	}
	c, cancel := f.bound()
	defer cancel()
	tx, err := f.conn.BeginTx(c, nil)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	if f.state == nil {
		if f.state, err = readRows(c, tx, f.schema); err != nil {
			return "", err
		}
	}
	cur, err := encode(work, f.state)
	if err != nil {
		return "", err
	}
	n, err := writeDiff(c, tx, f.state, cur)
	if err != nil {
		return "", err
	}
	var seq int
	if err := tx.QueryRowContext(c, `SELECT COALESCE(MAX(seq), 0) + 1 FROM versions`).Scan(&seq); err != nil {
		return "", err
	}
	label := draft.Letter(seq)
	if _, err := tx.ExecContext(c, `INSERT INTO versions (seq, label, frozen_at, note, snapshot, checksum) VALUES (?, ?, ?, ?, ?, ?)`,
		seq, label, at.Format(time.RFC3339), note, snap, checksum(snap)); err != nil {
		return "", err
	}
	if err := tx.Commit(); err != nil {
		return "", err
	}
	f.state, f.written = cur, n
	f.stamp = f.h.stamp()
	return label, nil
}

// Versions lists the frozen versions in order. A version row that is not
// as Freeze writes it (a NULL, a label out of sequence, a time that is not
// one) is reported as damage.
func (f *File) Versions() ([]draft.VersionInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("read versions of", false); err != nil {
		return nil, err
	}
	c, cancel := f.bound()
	defer cancel()
	vs, err := readVersions(c, f.conn, f.schema)
	if err != nil {
		return nil, f.rowErr("read versions of", err)
	}
	out := make([]draft.VersionInfo, len(vs))
	for i, v := range vs {
		out[i] = draft.VersionInfo{Label: v.label, FrozenAt: v.frozenAt, Note: v.note}
	}
	return out, nil
}

// Version returns frozen version label as a report. Its snapshot is checked
// before it is decoded: against the checksum it was frozen with (a version
// frozen before versions carried one, in a file not yet upgraded, is taken
// as it is), then for null parts.
func (f *File) Version(label string) (*draft.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("read version of", false); err != nil {
		return nil, err
	}
	c, cancel := f.bound()
	defer cancel()
	return f.snapshot(c, f.conn, label)
}

// noVersion says that label is unknown and which labels there are.
func (f *File) noVersion(c context.Context, label string) error {
	vs, err := readVersions(c, f.conn, f.schema)
	if err != nil {
		return f.rowErr("read version of", err)
	}
	if len(vs) == 0 {
		return fileErr("read version of", f.path, ErrNoVersion, fmt.Sprintf("%q: the report has no frozen versions yet", label))
	}
	labels := make([]string, len(vs))
	for i, v := range vs {
		labels[i] = v.label
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
	if err := f.writable(op); err != nil {
		return err
	}
	c, cancel := f.bound()
	defer cancel()
	res, err := f.conn.ExecContext(c, stmt, args...)
	if err != nil && strings.Contains(err.Error(), "version is frozen") {
		return fileErr(op, f.path, ErrFrozen, "version "+label+" cannot change")
	}
	if err != nil {
		return f.sqlErr(op, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return f.noVersion(c, label)
	}
	return fmt.Errorf("store: %s %s: version %s changed: the file lacks its frozen-version triggers", op, f.path, label)
}
