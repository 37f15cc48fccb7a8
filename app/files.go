package app

import (
	"time"

	"rapporteur/draft"
)

// Doc is the report file the window writes to. The workspace opens and
// creates them (*workspace.Doc satisfies it); tests show a fake to see how
// the window takes a file that fails. The window calls it from one
// goroutine at a time. A Doc that also has a Checkpoint() error method
// gets rolling backup copies (see Editor.Checkpoint).
//
// The window calls the workspace directly for everything else it does with
// files (open, import, create, export, recover): that is the one
// implementation, and tests run it on temporary files.
type Doc interface {
	Path() string
	ReadOnly() bool
	Save(r *draft.Report) error
	Freeze(r *draft.Report, note string, at time.Time) (label string, err error)
	Versions() ([]draft.VersionInfo, error)
	Version(label string) (*draft.Report, error)
	Close() error
}
