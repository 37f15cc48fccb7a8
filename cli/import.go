package cli

import (
	"fmt"
	"io"

	"rapporteur/internal/workspace"
)

func init() {
	c := &command{name: "import", usage: "[--log] TEXT -o FILE | --into FILE TEXT",
		summary: "create a report from a text document, or bring a draft (a Word file with tracked changes too) in as the new working copy"}
	c.run = func(args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		out := fs.String("o", "", "the new report `file` to create")
		into := fs.String("into", "", "an existing report `file` whose working copy the draft replaces")
		showLog := fs.Bool("log", false, "print the import log: each line not in the report's text with its place and why, and the warnings")
		pos, err := parse(fs, args, 1, 1)
		if err != nil {
			return err
		}
		if (*out == "") == (*into == "") {
			return fmt.Errorf("%w: give either -o FILE or --into FILE", errUsage)
		}
		if *into != "" && workspace.IsWord(pos[0]) {
			return intoReceived(*into, pos[0], stdout, stderr)
		}
		r, log, err := workspace.ImportLog(pos[0])
		if err != nil {
			return err
		}
		printWarnings(stderr, pos[0], log.Warnings())
		if *showLog {
			for _, e := range log {
				fmt.Fprintf(stdout, "%s: %s\n", pos[0], e)
			}
		}
		if *into == "" {
			return writeNewReport(*out, r, stdout)
		}
		if err := workspace.Into(*into, r); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: working copy replaced: %s, %s\n", safeLine(*into), countOf(len(r.Items), "item"), countOf(r.Numbering().Total(), "paragraph"))
		return nil
	}
	register(c)
}

// intoReceived brings a Word document into a report: as a draft when it has
// no tracked changes (its comments kept as notes), else with its state
// before the changes frozen as a version and the changes accepted in the
// working copy.
func intoReceived(path, doc string, stdout, stderr io.Writer) error {
	rec, err := workspace.ReadReceived(doc)
	if err != nil {
		return err
	}
	printWarnings(stderr, doc, rec.Warnings)
	r := rec.Accepted
	if rec.Changes == 0 {
		if err := workspace.Into(path, r); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: working copy replaced: %s, %s\n", safeLine(path), countOf(len(r.Items), "item"), countOf(r.Numbering().Total(), "paragraph"))
		return nil
	}
	label, err := workspace.IntoReceived(path, rec, nowUTC())
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: version %s records %s as received, before its %s\n", safeLine(path), label, safeLine(rec.Name), safeLine(rec.Summary()))
	fmt.Fprintf(stdout, "%s: working copy replaced by it with the changes accepted: %s, %s\n", safeLine(path), countOf(len(r.Items), "item"), countOf(r.Numbering().Total(), "paragraph"))
	fmt.Fprintf(stdout, "rapporteur diff %s %s shows the changes\n", safeLine(path), label)
	return nil
}
