package main

import (
	"fmt"
	"io"

	"rapporteur/assets"
	"rapporteur/draft"
	"rapporteur/ingest"
)

func init() {
	c := &command{name: "sample", usage: "-o FILE", summary: "write the built-in sample report to a new report file"}
	c.run = func(args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		out := fs.String("o", "", "the report `file` to create (e.g. sample.rap)")
		if _, err := parse(fs, args, 0, 0); err != nil {
			return err
		}
		if *out == "" {
			return fmt.Errorf("%w: -o FILE is required", errUsage)
		}
		r, err := SampleReport()
		if err != nil {
			return err
		}
		return writeNewReport(*out, r, stdout)
	}
	register(c)
}

// SampleReport returns the built-in sample report.
func SampleReport() (*draft.Report, error) {
	r, _, err := ingest.Text(assets.SampleReport)
	if err != nil {
		return nil, fmt.Errorf("sample report: %w", err)
	}
	return r, nil
}
