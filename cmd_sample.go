package main

import (
	"fmt"
	"io"

	"rapporteur/assets"
	"rapporteur/draft"
	"rapporteur/ingest"
	"rapporteur/store"
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
		f, err := store.Create(*out, r)
		if err != nil {
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s: %d items, %d paragraphs\n", *out, len(r.Items), r.Numbering().Total())
		return nil
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
