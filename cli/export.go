package cli

import (
	"fmt"
	"io"

	"rapporteur/internal/workspace"
)

func init() {
	c := &command{name: "export", usage: "FILE -o OUT.pdf [--version LABEL]",
		summary: "export a report (working copy or a frozen version) as PDF, Word or text, by the output's extension"}
	c.run = func(args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		out := fs.String("o", "", "the output `file`; its extension (.pdf, .docx, .txt) chooses the format")
		version := fs.String("version", "", "export frozen version `LABEL` instead of the working copy")
		author := fs.String("author", "", "the `name` recorded as the PDF's author")
		compress := fs.Bool("compress", false, "deflate the PDF's pages: a file about a third of the size, exported more slowly")
		pos, err := parse(fs, args, 1, 1)
		if err != nil {
			return err
		}
		if *out == "" {
			return fmt.Errorf("%w: -o OUT is required", errUsage)
		}
		r, err := workspace.Load(pos[0], *version)
		if err != nil {
			return err
		}
		opt := workspace.ExportOptions{Created: nowUTC(), Author: *author, Compress: *compress, Warn: func(msg string) {
			fmt.Fprintf(stderr, "rapporteur export: warning: %s\n", safeLine(msg))
		}, Inputs: []string{pos[0]}}
		if err := workspace.Export(*out, r, opt); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s\n", safeLine(*out))
		return nil
	}
	register(c)
}
