package store

import (
	"fmt"

	"rapporteur/draft"
)

// usable returns an error when the file is closed, or read-only and the
// operation op writes.
func (f *File) usable(op string, writes bool) error {
	if f.closed {
		return fileErr(op, f.path, ErrClosed, "")
	}
	if writes && f.ro {
		return fileErr(op, f.path, ErrReadOnly, "")
	}
	return nil
}

// writable returns an error when op may not write now: the file is closed
// or read-only, or it is no longer at its path (deleted, moved away or
// replaced), where a save would go to a file nobody sees or beside a file
// that is not the report.
func (f *File) writable(op string) error {
	if err := f.usable(op, true); err != nil {
		return err
	}
	if w := f.whereabouts(); w.gone() {
		return fileErr(op, f.path, ErrMoved, fmt.Sprintf("it was %s since it was opened; save the report elsewhere", w))
	}
	return nil
}

// writeErr wraps an error of a write.
func (f *File) writeErr(op string, err error) error {
	if code(err) != 0 {
		return f.sqlErr(op, err)
	}
	return fmt.Errorf("store: %s %s: %w", op, f.path, err)
}

// Load reads the working copy, checking every value (see Open).
func (f *File) Load() (*draft.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("load", false); err != nil {
		return nil, err
	}
	if r := f.loaded; r != nil { // read and checked by Open, nothing written since
		f.loaded = nil
		return r, nil
	}
	return f.checkRows("load")
}

// Save writes r as the working copy: in one transaction, only the rows that
// differ from what was last loaded or saved. When Save returns, the file
// alone is a whole report holding r.
func (f *File) Save(r *draft.Report) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.writable("save"); err != nil {
		return err
	}
	if err := f.save(r); err != nil {
		return f.writeErr("save", err)
	}
	return nil
}

// save writes the changed rows of r in one transaction.
func (f *File) save(r *draft.Report) error {
	c, cancel := f.bound()
	defer cancel()
	tx, err := f.conn.BeginTx(c, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if f.state == nil {
		if f.state, err = readRows(c, tx, f.schema); err != nil {
			return err
		}
	}
	cur, err := encode(r, f.state)
	if err != nil {
		return err
	}
	n, err := writeDiff(c, tx, f.state, cur)
	if err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	f.state, f.written, f.loaded = cur, n, nil
	f.stamp = f.h.stamp()
	return nil
}

// SaveParagraph writes the text of one paragraph already in the file: the
// fast path for a keystroke. Moves and other changes need Save.
func (f *File) SaveParagraph(p *draft.Paragraph) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.writable("save"); err != nil {
		return err
	}
	if f.state == nil {
		return fmt.Errorf("store: save %s: load or save the report before saving one paragraph", f.path)
	}
	row, ok := f.state.paras[p.ID]
	if !ok {
		return fmt.Errorf("store: save %s: paragraph %d is not in the file; use Save", f.path, p.ID)
	}
	f.written = 0
	if row.text == p.Text {
		return nil
	}
	c, cancel := f.bound()
	defer cancel()
	if _, err := f.conn.ExecContext(c, `UPDATE paragraphs SET text = ? WHERE id = ?`, p.Text, p.ID); err != nil {
		return f.sqlErr("save", err)
	}
	row.text = p.Text
	f.state.paras[p.ID] = row
	f.written, f.loaded = 1, nil
	f.stamp = f.h.stamp()
	return nil
}
