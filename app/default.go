package app

import (
	"errors"

	"rapporteur/assets"
	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/ingest"
	"rapporteur/store"
)

// DefaultFiles wires the window to the report store, the importer and the
// exporters of this module.
func DefaultFiles() Files {
	return Files{
		Open:         func(path string) (Doc, *draft.Report, error) { return openLoad(store.Open, path) },
		OpenReadOnly: func(path string) (Doc, *draft.Report, error) { return openLoad(store.OpenReadOnly, path) },
		Locked:       func(err error) bool { return errors.Is(err, store.ErrLocked) },
		Create: func(path string, r *draft.Report) (Doc, error) {
			f, err := store.Create(path, r)
			if err != nil {
				return nil, err
			}
			return f, nil
		},
		Import: ingest.File,
		Sample: func() (*draft.Report, error) {
			r, _, err := ingest.Text(assets.SampleReport)
			return r, err
		},
		Export: func(path string, r *draft.Report, progress func(int, int)) error {
			return export.WriteFile(path, r, export.Options{Progress: progress})
		},
		Redline: writeRedline,
	}
}

// writeRedline writes a comparison as a redline PDF, atomically.
func writeRedline(path string, c *draft.Comparison, progress func(int, int)) error {
	return export.WriteRedline(path, c, export.Options{Progress: progress})
}

// openLoad opens the report file at path with open and loads its working
// copy, closing the file again when it cannot be loaded.
func openLoad(open func(string) (*store.File, error), path string) (Doc, *draft.Report, error) {
	f, err := open(path)
	if err != nil {
		return nil, nil, err
	}
	r, err := f.Load()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, r, nil
}
