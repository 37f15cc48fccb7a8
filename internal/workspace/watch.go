package workspace

import (
	"fmt"

	"rapporteur/draft"
	"rapporteur/store"
)

// Whereabouts says what became of an open report file on disk: Here,
// ChangedElsewhere, Deleted, MovedAway or Replaced (see
// store.Whereabouts).
type Whereabouts = store.Whereabouts

// What can have become of an open report file, for Doc.Whereabouts.
const (
	Here             = store.Here
	ChangedElsewhere = store.ChangedElsewhere
	Deleted          = store.Deleted
	MovedAway        = store.MovedAway
	Replaced         = store.Replaced
)

// ErrMoved means the report file is no longer where it was opened
// (deleted, moved away or replaced): saving refuses; SaveAs saves the
// report elsewhere.
var ErrMoved = store.ErrMoved

// Whereabouts tells whether the file at the Doc's path is still the one it
// has open. It costs two stat calls, so the window may poll it every
// second; a document (no file) is always Here.
func (d *Doc) Whereabouts() Whereabouts {
	if d.file == nil {
		return Here
	}
	return d.file.Whereabouts()
}

// SaveAs writes the report file, with all its versions and with r as its
// working copy, to a new file at path (over an existing one only when
// replace is set) and returns it open for writing; the window's way out
// when its file went away. The Doc stays open: the caller closes it.
func (d *Doc) SaveAs(path string, r *draft.Report, replace bool) (*Doc, error) {
	if d.file == nil {
		return nil, fmt.Errorf("workspace: save %s as %s: %w (import it first)", d.path, path, ErrNotReportFile)
	}
	f, err := d.file.SaveAs(path, r, replace)
	if err != nil {
		return nil, err
	}
	return &Doc{Report: r, path: path, file: f}, nil
}
