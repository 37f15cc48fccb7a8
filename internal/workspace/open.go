package workspace

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"rapporteur/draft"
	"rapporteur/ingest"
	"rapporteur/store"
)

// Ext is the file extension of a report file.
const Ext = store.Ext

// ErrNotReportFile means an operation that needs a report file (its
// versions, a save, a freeze) was given a document.
var ErrNotReportFile = errors.New("not a report file")

// The store's conditions a caller may want to tell apart, for errors.Is.
var (
	// ErrLocked means another process, or another Doc, has the report file
	// open for writing.
	ErrLocked = store.ErrLocked
	// ErrExists means a new report file was asked for where a file exists.
	ErrExists = store.ErrExists
	// ErrNoVersion means a version label the report file does not have.
	ErrNoVersion = store.ErrNoVersion
)

// Mode says how Open opens a report file.
type Mode int

const (
	// ReadOnly opens a report file for reading only; nothing is changed.
	ReadOnly Mode = iota
	// Write opens a report file for writing, and fails when it cannot.
	Write
)

// IsReportFile reports whether path names a report file rather than a
// document to import. It is the one place that decides: by the .rap
// extension, or by the SQLite header of a file named otherwise.
func IsReportFile(path string) bool { return store.IsReportFile(path) }

// ImportedPath is the report file the window makes for a document it
// opens: the document's name with the report extension, beside it.
func ImportedPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + Ext
}

// Doc is a report opened from a path: a report file with its working copy as
// loaded, or a report read from a document, which has no file behind it.
// Its methods match what the window needs of an open file.
type Doc struct {
	// Report is the working copy as loaded, or the report read from the
	// document.
	Report *draft.Report
	// Warnings are the importer's remarks on a document, or what the store
	// says of how a report file was read (see Warn).
	Warnings []string
	// Log is the import's log of a document: every entry with its place
	// in the document and in the report (nil for a report file).
	Log ImportLogEntries

	path   string
	source string      // the document the report file was imported from, or ""
	file   *store.File // nil for a document
	why    error       // why a file asked for writing is open read-only
}

// Open opens path: a report file is opened as mode says and its working
// copy loaded (the file is closed again if it cannot be loaded); any other
// path is read as a document to import.
func Open(path string, mode Mode) (*Doc, error) {
	if !IsReportFile(path) {
		res, err := ingest.ImportFile(path)
		if err != nil {
			return nil, err
		}
		return &Doc{Report: res.Report, Warnings: res.Log.Warnings(), Log: res.Log, path: path}, nil
	}
	return openFile(path, mode)
}

// openFile opens the report file at path as mode says and loads its working
// copy, closing the file again when it cannot be loaded.
func openFile(path string, mode Mode) (*Doc, error) {
	open := store.OpenReadOnly
	if mode == Write {
		open = store.Open
	}
	f, err := open(path)
	if err != nil {
		return nil, err
	}
	r, err := f.Load()
	if err != nil {
		f.Close()
		return nil, err
	}
	for _, w := range f.Warnings() {
		if Warn != nil {
			Warn(w)
		}
	}
	return &Doc{Report: r, Warnings: f.Warnings(), path: path, file: f}, nil
}

// Warn, when set, hears what the user should know about how a report file
// was read, whichever operation opened it: that a crash left the file
// unfinished where it cannot be repaired, so its last saved state was read
// from a private copy, for example. The command line prints it; the window
// may show it.
var Warn func(msg string)

// OpenForEditing opens path for the window. A report file is opened for
// writing, or read-only when it cannot be written (see OpensReadOnly;
// ReadOnlyReason says why). A document is imported into a new report file
// beside it (ImportedPath), or that file is opened when it exists already;
// the importer's warnings are in Warnings, and Source names the document.
func OpenForEditing(path string) (*Doc, error) {
	if !IsReportFile(path) {
		out := ImportedPath(path)
		if _, err := os.Stat(out); err == nil {
			d, err := OpenForEditing(out)
			if d != nil {
				d.source = path
			}
			return d, err
		}
		return ImportNew(path, out)
	}
	d, err := openFile(path, Write)
	if err == nil || !OpensReadOnly(err) {
		return d, err
	}
	d, rerr := openFile(path, ReadOnly)
	if rerr != nil {
		return nil, err
	}
	d.why = err
	return d, nil
}

// OpensReadOnly reports whether err, from opening a report file for
// writing, means the file can still be opened read-only: another process
// has it open for writing, or the file or its folder may not be written.
// It is the one place that asks; such a file needs no recovery.
func OpensReadOnly(err error) bool {
	return errors.Is(err, store.ErrLocked) || errors.Is(err, store.ErrReadOnlyFile)
}

// Load returns the working copy (label "" or Working) or version label of
// the report file at path, or the report a document holds. The file is
// opened read-only and closed again.
func Load(path, label string) (*draft.Report, error) {
	if label != "" && label != Working && !IsReportFile(path) {
		return nil, fmt.Errorf("workspace: %s is %w, so it has no version %q", path, ErrNotReportFile, label)
	}
	d, err := Open(path, ReadOnly)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	return d.Version(label)
}

// Import reads a report from a document (text or Word) and returns it
// with the importer's warnings.
func Import(path string) (*draft.Report, []string, error) { return ingest.File(path) }

// ImportLog reads a report from a document (text or Word) and returns it
// with the importer's log: every line of the document that is not in the
// report's text, with its place and the reason, and the warnings and
// corrections, in the document's order.
func ImportLog(path string) (*draft.Report, ingest.Log, error) {
	res, err := ingest.ImportFile(path)
	if err != nil {
		return nil, nil, err
	}
	return res.Report, res.Log, nil
}

// ImportNew reads the document at path into a new report file at out and
// returns it open for writing, with the importer's warnings.
func ImportNew(path, out string) (*Doc, error) {
	res, err := ingest.ImportFile(path)
	if err != nil {
		return nil, err
	}
	d, err := Create(out, res.Report)
	if err != nil {
		return nil, err
	}
	d.Warnings, d.Log, d.source = res.Log.Warnings(), res.Log, path
	return d, nil
}

// Create writes r as a new report file at path, which must not exist, and
// returns it open for writing.
func Create(path string, r *draft.Report) (*Doc, error) {
	f, err := store.Create(path, r)
	if err != nil {
		return nil, err
	}
	return &Doc{Report: r, path: path, file: f}, nil
}

// WriteNew writes r as a new report file at path and closes it.
func WriteNew(path string, r *draft.Report) error {
	d, err := Create(path, r)
	if err != nil {
		return err
	}
	return d.Close()
}

// Path returns the path the report was opened from.
func (d *Doc) Path() string { return d.path }

// Source returns the document (text or Word) the report file was imported
// from when the Doc was opened from one (ImportNew, or OpenForEditing of a
// document), else "". An export passes it in ExportOptions.Inputs with
// Path, so that it never writes over the document the report came from.
func (d *Doc) Source() string { return d.source }

// IsReportFile reports whether the report has a file behind it.
func (d *Doc) IsReportFile() bool { return d.file != nil }

// ReadOnly reports whether edits cannot be saved: a document, or a report
// file opened read-only.
func (d *Doc) ReadOnly() bool { return d.file == nil || d.file.ReadOnly() }

// ReadOnlyReason is why OpenForEditing opened the file read-only, or nil.
func (d *Doc) ReadOnlyReason() error { return d.why }

// Save writes r as the working copy of the report file.
func (d *Doc) Save(r *draft.Report) error {
	if d.file == nil {
		return d.notFile("save")
	}
	return d.file.Save(r)
}

// Freeze freezes r as the next version of the report file, recorded at
// time at with note, and returns its label.
func (d *Doc) Freeze(r *draft.Report, note string, at time.Time) (string, error) {
	if d.file == nil {
		return "", d.notFile("freeze")
	}
	return d.file.Freeze(r, note, at)
}

// FreezeAndSave freezes frozen as the next version of the report file and
// saves work as its working copy, in one step (see
// store.File.FreezeAndSave), and returns the version's label.
func (d *Doc) FreezeAndSave(frozen, work *draft.Report, note string, at time.Time) (string, error) {
	if d.file == nil {
		return "", d.notFile("freeze")
	}
	return d.file.FreezeAndSave(frozen, work, note, at)
}

// Versions lists the frozen versions of the report file, oldest first; a
// document has none.
func (d *Doc) Versions() ([]draft.VersionInfo, error) {
	if d.file == nil {
		return nil, nil
	}
	return d.file.Versions()
}

// Version returns frozen version label, or the working copy as loaded for
// "" or Working (for a document: the report it holds).
func (d *Doc) Version(label string) (*draft.Report, error) {
	if label == "" || label == Working {
		return d.Report, nil
	}
	if d.file == nil {
		return nil, fmt.Errorf("workspace: %s is %w, so it has no version %q", d.path, ErrNotReportFile, label)
	}
	return d.file.Version(label)
}

// Checkpoint keeps a rolling backup copy of a report file open for
// writing (see store.File.Checkpoint); it does nothing otherwise.
func (d *Doc) Checkpoint() error {
	if d.ReadOnly() {
		return nil
	}
	return d.file.Checkpoint()
}

// Close closes the report file; a document has nothing to close.
func (d *Doc) Close() error {
	if d.file == nil {
		return nil
	}
	return d.file.Close()
}

func (d *Doc) notFile(op string) error {
	return fmt.Errorf("workspace: %s %s: %w (import it first)", op, d.path, ErrNotReportFile)
}
