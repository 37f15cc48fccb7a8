package workspace

import (
	"fmt"
	"time"

	"rapporteur/draft"
)

// Into makes r, a draft received from outside, the new working copy of the
// report file at path. Its parts are matched to the working copy's by
// content first (draft.Adopt), so they keep their identities and a
// comparison with the last version shows only real edits; r is changed in
// place to carry them. Meeting details the draft lacks are kept from the
// file.
func Into(path string, r *draft.Report) error {
	d, err := openFile(path, Write)
	if err != nil {
		return err
	}
	defer d.Close()
	draft.Adopt(d.Report, r)
	keepMeeting(&r.Meeting, &d.Report.Meeting)
	if err := d.Save(r); err != nil {
		return err
	}
	return d.Close()
}

// keepMeeting fills each field of m that is empty from old.
func keepMeeting(m, old *draft.Meeting) {
	olds := old.Fields()
	for i, f := range m.Fields() {
		if *f.Value == "" {
			*f.Value = *olds[i].Value
		}
	}
}

// Freeze freezes the working copy of the report file at path as its next
// version, recorded at time at with note, and returns the version's label.
func Freeze(path, note string, at time.Time) (string, error) {
	d, err := openFile(path, Write)
	if err != nil {
		return "", err
	}
	defer d.Close()
	label, err := d.Freeze(d.Report, note, at)
	if err != nil {
		return "", err
	}
	if err := d.Close(); err != nil {
		return "", fmt.Errorf("workspace: freeze %s: %w", path, err)
	}
	return label, nil
}
