package workspace

import (
	"fmt"

	"rapporteur/draft"
)

// Latest names, for Check, the last frozen version of a report file.
const Latest = "latest"

// Describe summarises what path holds: a report file's working copy with
// its versions, or a document.
func Describe(path string) (draft.Summary, error) {
	d, err := Open(path, ReadOnly)
	if err != nil {
		return draft.Summary{}, err
	}
	defer d.Close()
	s := d.Report.Summarize()
	vs, err := d.Versions()
	if err != nil {
		return draft.Summary{}, err
	}
	s.Versions = append(s.Versions, vs...)
	return s, nil
}

// Check runs the drafting checks on what path holds. The cross-references
// are checked against version against of a report file: Latest for its
// last frozen version (none for a document or a file without versions), a
// label, or "" or "none" for no version.
func Check(path, against string) ([]draft.Finding, error) {
	d, err := Open(path, ReadOnly)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	prev, err := d.previous(against)
	if err != nil {
		return nil, err
	}
	return draft.CheckAgainst(d.Report, prev), nil
}

// previous returns the version the cross-references are checked against.
func (d *Doc) previous(against string) (*draft.Report, error) {
	switch {
	case against == "none" || against == "":
		return nil, nil
	case against != Latest:
		if d.file == nil {
			return nil, fmt.Errorf("workspace: %s is %w, so it has no version %q", d.path, ErrNotReportFile, against)
		}
		return d.Version(against)
	}
	vs, err := d.Versions()
	if err != nil || len(vs) == 0 {
		return nil, err
	}
	return d.Version(vs[len(vs)-1].Label)
}
