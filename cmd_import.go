package main

import (
	"fmt"
	"io"

	"rapporteur/ingest"
)

func init() {
	c := &command{name: "import", usage: "TEXT -o FILE | --into FILE TEXT",
		summary: "create a report from a text document, or bring a draft in as the new working copy"}
	c.run = func(args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		out := fs.String("o", "", "the new report `file` to create")
		into := fs.String("into", "", "an existing report `file` whose working copy the draft replaces")
		pos, err := parse(fs, args, 1, 1)
		if err != nil {
			return err
		}
		if (*out == "") == (*into == "") {
			return fmt.Errorf("%w: give either -o FILE or --into FILE", errUsage)
		}
		r, warnings, err := ingest.File(pos[0])
		if err != nil {
			return err
		}
		printWarnings(stderr, pos[0], warnings)
		if *into != "" {
			return importInto(*into, r, stdout)
		}
		return writeNewReport(*out, r, stdout)
	}
	register(c)
}
