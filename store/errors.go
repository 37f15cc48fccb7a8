package store

import (
	"errors"
	"fmt"
)

// Errors returned by the store, wrapped with the file's path and the
// problem; test for them with errors.Is.
var (
	// ErrNotReport means the file is empty, not SQLite, or a SQLite database
	// that is not a rapporteur report.
	ErrNotReport = errors.New("not a rapporteur report")
	// ErrNewerSchema means the file was written by a newer rapporteur.
	ErrNewerSchema = errors.New("written by a newer version of rapporteur")
	// ErrCorrupt means the file is truncated, damaged or misses a table.
	ErrCorrupt = errors.New("the file is damaged")
	// ErrForeign means the file holds SQL that rapporteur does not write
	// (a trigger, view, index or table of its own, or one of the report's
	// tables changed), or that a file beside it belongs to another
	// database. Such a file is refused before any of it runs.
	ErrForeign = errors.New("not opened, it carries what a report does not")
	// ErrMoved means the file a File has open is no longer at its path:
	// deleted, moved away or replaced. Nothing more is written to it; save
	// the report elsewhere (SaveAs).
	ErrMoved = errors.New("the file is no longer where it was opened")
	// ErrFrozen means an attempt to change a frozen version.
	ErrFrozen = errors.New("version is frozen")
	// ErrReadOnly means a write through a File opened read-only.
	ErrReadOnly = errors.New("opened read-only")
	// ErrReadOnlyFile means the file or its folder may not be written, so
	// it can only be opened read-only.
	ErrReadOnlyFile = errors.New("cannot be written")
	// ErrExists means Create was given a path that already exists.
	ErrExists = errors.New("already exists")
	// ErrNoVersion means a version label the report does not have.
	ErrNoVersion = errors.New("no such version")
	// ErrLocked is matched by every *LockedError.
	ErrLocked = errors.New("open for writing elsewhere")
	// ErrClosed means the File was used after Close.
	ErrClosed = errors.New("file is closed")
)

// LockedError reports that another process (or another File in this
// process) has the report open for writing. Holder says who, as recorded in
// the file: "user@host, pid 1234".
type LockedError struct {
	Path, Holder string
}

// Error names the file and its holder and says what the user can do.
func (e *LockedError) Error() string {
	return fmt.Sprintf("store: %s is open for writing by %s; close it there or open it read-only", e.Path, e.Holder)
}

// Is makes errors.Is(err, ErrLocked) true for a *LockedError.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// fileErr wraps sentinel with the operation, the path and a detail.
func fileErr(op, path string, sentinel error, detail string) error {
	if detail == "" {
		return fmt.Errorf("store: %s %s: %w", op, path, sentinel)
	}
	return fmt.Errorf("store: %s %s: %w: %s", op, path, sentinel, detail)
}
