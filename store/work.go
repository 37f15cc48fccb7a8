package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"rapporteur/draft"
)

// Create makes a new report file at path holding r and returns it open for
// writing. It refuses a path that already exists.
func Create(path string, r *draft.Report) (*File, error) {
	if err := r.Validate(); err != nil { // before the file exists
		return nil, fmt.Errorf("store: create %s: %w", path, err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: create %s: %w", path, err)
	}
	fd, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	if errors.Is(err, fs.ErrExist) {
		return nil, fileErr("create", path, ErrExists, "choose another name")
	}
	if err != nil {
		return nil, fmt.Errorf("store: create %s: %w", path, err)
	}
	fd.Close()
	f, err := create(path, abs, r)
	if err != nil {
		for _, p := range []string{abs, abs + "-wal", abs + "-shm", abs + "-journal"} {
			os.Remove(p)
		}
		return nil, err
	}
	return f, nil
}

func create(path, abs string, r *draft.Report) (*File, error) {
	h, err := acquire(abs)
	if err != nil {
		return nil, fmt.Errorf("store: create %s: %w", path, err)
	}
	f := &File{path: path, abs: abs, h: h}
	if err := f.lock(); err != nil {
		h.release()
		return nil, err
	}
	if err := f.createDB(r); err != nil {
		f.abort()
		return nil, err
	}
	return f, nil
}

func (f *File) createDB(r *draft.Report) error {
	db, err := openDB(f.abs, false)
	if err != nil {
		return fmt.Errorf("store: create %s: %w", f.path, err)
	}
	f.db = db
	if f.conn, err = db.Conn(ctx); err != nil {
		return f.sqlErr("create", err)
	}
	if err := f.startWriting("create"); err != nil {
		return err
	}
	f.state = newRows()
	if err := f.save(r); err != nil {
		return fmt.Errorf("store: create %s: %w", f.path, err)
	}
	return nil
}

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

// Load reads the working copy.
func (f *File) Load() (*draft.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("load", false); err != nil {
		return nil, err
	}
	tx, err := f.conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, f.sqlErr("load", err)
	}
	defer tx.Rollback()
	w, err := readRows(ctx, tx)
	if err != nil {
		return nil, f.sqlErr("load", err)
	}
	r, err := decode(w)
	if err != nil {
		return nil, fileErr("load", f.path, ErrCorrupt, err.Error())
	}
	f.state = w
	return r, nil
}

// Save writes r as the working copy: in one transaction, only the rows that
// differ from what was last loaded or saved.
func (f *File) Save(r *draft.Report) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("save", true); err != nil {
		return err
	}
	if err := f.save(r); err != nil {
		return fmt.Errorf("store: save %s: %w", f.path, err)
	}
	return nil
}

// save writes the changed rows of r in one transaction.
func (f *File) save(r *draft.Report) error {
	tx, err := f.conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if f.state == nil {
		if f.state, err = readRows(ctx, tx); err != nil {
			return err
		}
	}
	cur, err := encode(r, f.state)
	if err != nil {
		return err
	}
	n, err := writeDiff(ctx, tx, f.state, cur)
	if err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	f.state, f.written = cur, n
	return nil
}

// SaveParagraph writes the text of one paragraph already in the file: the
// fast path for a keystroke. Moves and other changes need Save.
func (f *File) SaveParagraph(p *draft.Paragraph) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.usable("save", true); err != nil {
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
	if _, err := f.conn.ExecContext(ctx, `UPDATE paragraphs SET text = ? WHERE id = ?`, p.Text, p.ID); err != nil {
		return f.sqlErr("save", err)
	}
	row.text = p.Text
	f.state.paras[p.ID] = row
	f.written = 1
	return nil
}
