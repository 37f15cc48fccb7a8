package cli

import (
	"fmt"
	"io"

	"rapporteur/internal/workspace"
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
		r, err := workspace.Sample()
		if err != nil {
			return err
		}
		return writeNewReport(*out, r, stdout)
	}
	register(c)
}
