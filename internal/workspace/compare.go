package workspace

import (
	"errors"
	"fmt"
	"path/filepath"

	"rapporteur/draft"
)

// Working is the label that names a report file's working copy where a
// version label could stand.
const Working = "working"

// ErrBadLabel means a string that is not a version label.
var ErrBadLabel = errors.New("not a version label (a, b, …, or working)")

// IsLabel reports whether s is written as a version label (a … z, aa, …)
// or Working.
func IsLabel(s string) bool {
	_, ok := draft.ParseLetter(s)
	return ok || s == Working
}

// Source is one side of a comparison: version Label of the report file at
// Path (Working for its working copy), or, with no label, whatever Path
// holds: a report file's working copy or a document (.txt, .docx).
type Source struct {
	Path  string
	Label string
}

// Name names the source in a comparison's heading: "version b", "the
// working copy", or the file's name.
func (s Source) Name() string {
	switch s.Label {
	case "":
		return filepath.Base(s.Path)
	case Working:
		return "the working copy"
	}
	return "version " + s.Label
}

// Compare compares two sources. Two versions (or a version and the working
// copy) of one report file are compared by identity, so a renumbered
// paragraph is not a changed one; anything else is compared by content.
func Compare(old, cur Source) (*draft.Comparison, error) {
	for _, s := range []Source{old, cur} {
		if s.Label != "" && !IsLabel(s.Label) {
			return nil, fmt.Errorf("workspace: compare: %q: %w", s.Label, ErrBadLabel)
		}
	}
	if old.Label != "" && cur.Label != "" && samePath(old.Path, cur.Path) {
		return compareVersions(old, cur)
	}
	a, err := Load(old.Path, old.Label)
	if err != nil {
		return nil, err
	}
	b, err := Load(cur.Path, cur.Label)
	if err != nil {
		return nil, err
	}
	c := draft.CompareByContent(a, b)
	c.OldName, c.NewName = contentName(old), contentName(cur)
	return c, nil
}

// compareVersions compares two versions of one report file by identity,
// opening the file once.
func compareVersions(old, cur Source) (*draft.Comparison, error) {
	if !IsReportFile(old.Path) {
		return nil, fmt.Errorf("workspace: %s is %w, so it has no versions to compare", old.Path, ErrNotReportFile)
	}
	d, err := openFile(old.Path, ReadOnly)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	a, err := d.Version(old.Label)
	if err != nil {
		return nil, err
	}
	b, err := d.Version(cur.Label)
	if err != nil {
		return nil, err
	}
	c := draft.Compare(a, b)
	c.OldName, c.NewName = old.Name(), cur.Name()
	return c, nil
}

// contentName names a side of a comparison by content: its file, and the
// version when one is named.
func contentName(s Source) string {
	if s.Label == "" {
		return s.Name()
	}
	return s.Name() + " of " + filepath.Base(s.Path)
}

// samePath reports whether a and b name the same file.
func samePath(a, b string) bool {
	if a == b {
		return true
	}
	aa, err1 := filepath.Abs(a)
	ab, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == ab
}
