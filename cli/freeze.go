package cli

import (
	"fmt"
	"io"

	"rapporteur/internal/workspace"
)

func init() {
	c := &command{name: "freeze", usage: "FILE [--note TEXT]",
		summary: "freeze the working copy as the next version (a, b, c, …) and print its label"}
	c.run = func(args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		note := fs.String("note", "", "a `note` recorded with the version, e.g. \"as issued to delegates\"")
		pos, err := parse(fs, args, 1, 1)
		if err != nil {
			return err
		}
		label, err := workspace.Freeze(pos[0], *note, nowUTC())
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, label)
		return nil
	}
	register(c)
}
