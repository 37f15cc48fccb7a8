package main

import (
	"fmt"
	"io"

	"rapporteur/draft"
	"rapporteur/ingest"
	"rapporteur/store"
)

// isReportFile reports whether path names a report file rather than a
// document to import.
func isReportFile(path string) bool { return store.IsReportFile(path) }

// loadReport returns the working copy of a report file (opened read-only) or
// the report read from a text or Word document.
func loadReport(path string) (*draft.Report, error) {
	if isReportFile(path) {
		f, err := store.OpenReadOnly(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return f.Load()
	}
	r, _, err := ingest.File(path)
	return r, err
}

// loadVersion returns version label of a report file, or its working copy
// when label is "" or "working".
func loadVersion(path, label string) (*draft.Report, error) {
	if label == "" || label == "working" {
		return loadReport(path)
	}
	if !isReportFile(path) {
		return nil, fmt.Errorf("%s is not a report file, so it has no version %q", path, label)
	}
	f, err := store.OpenReadOnly(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Version(label)
}

// printWarnings writes the importer's warnings to stderr, one per line.
func printWarnings(w io.Writer, source string, warnings []string) {
	for _, s := range warnings {
		fmt.Fprintf(w, "rapporteur: %s: warning: %s\n", source, s)
	}
}

// writeNewReport writes r to a new report file at path and says so on stdout.
func writeNewReport(path string, r *draft.Report, stdout io.Writer) error {
	f, err := store.Create(path, r)
	if err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s: %d items, %d paragraphs\n", path, len(r.Items), r.Numbering().Total())
	return nil
}
