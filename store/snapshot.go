package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"rapporteur/draft"
)

// versionRow is one row of the versions table, without its snapshot.
type versionRow struct {
	seq                   int64
	label, frozenAt, note string
	checksum              string // "" in a file of schema 1, or when NULL
}

// versionCols are the columns readVersions reads for a schema version.
func versionCols(schema int) string {
	if schema < 2 {
		return "seq, label, frozen_at, note"
	}
	return "seq, label, frozen_at, note, checksum"
}

// readVersions reads the version rows in order and checks each: its
// number follows the one before, its label is the letter of its number,
// its time is a time, and (from schema 2 on) it carries a checksum.
func readVersions(ctx context.Context, db queryer, schema int) ([]versionRow, error) {
	var out []versionRow
	err := scanValues(ctx, db, "versions", versionCols(schema), func(v *values) error {
		r := versionRow{seq: v.integer("seq"), label: v.text("label"), frozenAt: v.text("frozen_at"), note: v.text("note")}
		if schema >= 2 {
			r.checksum = v.optText("checksum")
		}
		if v.err != nil {
			return v.err
		}
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b versionRow) int { return cmp.Compare(a.seq, b.seq) })
	for i, r := range out {
		if err := r.check(int64(i + 1)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// check checks a version row that should be number seq.
func (r versionRow) check(seq int64) error {
	switch {
	case r.seq != seq:
		return damagedf("versions: version %d is missing (the next one is number %d, %.10q)", seq, r.seq, r.label)
	case r.label != draft.Letter(int(seq)):
		return damagedf("versions row %d: its label is %.10q, not %q", r.seq, r.label, draft.Letter(int(seq)))
	}
	if _, err := time.Parse(time.RFC3339, r.frozenAt); err != nil {
		return damagedf("version %s: its time %.40q is not a time", r.label, r.frozenAt)
	}
	return nil
}

// snapshot reads, checks and decodes frozen version label.
func (f *File) snapshot(c context.Context, db queryer, label string) (*draft.Report, error) {
	const op = "read version of"
	vs, err := readVersions(c, db, f.schema)
	if err != nil {
		return nil, f.rowErr(op, err)
	}
	var v *versionRow
	for i := range vs {
		if vs[i].label == label {
			v = &vs[i]
		}
	}
	if v == nil {
		return nil, f.noVersion(c, label)
	}
	var snap []byte
	rs, err := db.QueryContext(c, `SELECT CAST(snapshot AS BLOB) FROM versions WHERE seq = ?`, v.seq)
	if err != nil {
		return nil, f.sqlErr(op, err)
	}
	defer rs.Close()
	if !rs.Next() {
		return nil, f.sqlErr(op, errors.Join(rs.Err(), fmt.Errorf("version %s vanished", label)))
	}
	var raw any
	if err := rs.Scan(&raw); err != nil {
		return nil, f.sqlErr(op, err)
	}
	snap, _ = raw.([]byte)
	if raw == nil {
		return nil, fileErr(op, f.path, ErrCorrupt, fmt.Sprintf("version %s: its snapshot is NULL", label))
	}
	r, err := decodeSnapshot(snap, v.checksum, f.schema)
	if err != nil {
		return nil, fileErr(op, f.path, ErrCorrupt, fmt.Sprintf("version %s: %v", label, err))
	}
	return r, nil
}

// decodeSnapshot checks a snapshot against its checksum (from schema 2 on)
// and for null parts, and decodes it.
func decodeSnapshot(snap []byte, sum string, schema int) (*draft.Report, error) {
	switch {
	case schema >= 2 && sum == "":
		return nil, errors.New("it carries no checksum (its snapshot did not decode when the file was upgraded, or the checksum was removed)")
	case schema >= 2 && sum != checksum(snap):
		return nil, errors.New("its snapshot does not match the checksum it was frozen with: it was changed after it was frozen")
	}
	if err := noNulls(snap); err != nil {
		return nil, err
	}
	r, err := draft.UnmarshalSnapshot(snap)
	if err != nil {
		return nil, fmt.Errorf("its snapshot does not decode: %v", err)
	}
	return r, nil
}

// noNulls refuses a snapshot that has null in a list: no list of a report
// (items, sub-items, paragraphs, bullets, annexes, documents…) may hold
// one. It names the place, as a path into the JSON.
func noNulls(snap []byte) error {
	dec := json.NewDecoder(bytes.NewReader(snap))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("its snapshot is not JSON: %v", err)
	}
	if dec.More() {
		return errors.New("its snapshot has data after its end")
	}
	if p := nullIn(v, "snapshot"); p != "" {
		return fmt.Errorf("its snapshot has a null entry at %s", p)
	}
	return nil
}

// nullIn returns the path of the first null list entry in v, or "".
func nullIn(v any, path string) string {
	switch x := v.(type) {
	case []any:
		for i, e := range x {
			p := path + "[" + strconv.Itoa(i) + "]"
			if e == nil {
				return p
			}
			if q := nullIn(e, p); q != "" {
				return q
			}
		}
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if q := nullIn(x[k], path+"."+k); q != "" {
				return q
			}
		}
	}
	return ""
}
