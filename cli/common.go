package cli

import (
	"fmt"
	"io"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// printWarnings writes the importer's warnings to stderr, one per line.
func printWarnings(w io.Writer, source string, warnings []string) {
	for _, s := range warnings {
		fmt.Fprintf(w, "rapporteur: %s: warning: %s\n", safeLine(source), safeLine(s))
	}
}

// writeNewReport writes r to a new report file at path and says so on stdout.
func writeNewReport(path string, r *draft.Report, stdout io.Writer) error {
	if err := workspace.WriteNew(path, r); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s: %s, %s\n", safeLine(path), countOf(len(r.Items), "item"), countOf(r.Numbering().Total(), "paragraph"))
	return nil
}
