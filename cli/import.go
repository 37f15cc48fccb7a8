package cli

import (
	"fmt"
	"io"

	"rapporteur/internal/workspace"
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
		r, warnings, err := workspace.Import(pos[0])
		if err != nil {
			return err
		}
		printWarnings(stderr, pos[0], warnings)
		if *into == "" {
			return writeNewReport(*out, r, stdout)
		}
		if err := workspace.Into(*into, r); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: working copy replaced: %d items, %d paragraphs\n", *into, len(r.Items), r.Numbering().Total())
		return nil
	}
	register(c)
}
