package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

func init() {
	c := &command{name: "check", usage: "FILE [--json] [--against LABEL]",
		summary: "find drafting slips: conclusions, document codes, paragraph references (exit 1 on errors)"}
	c.run = func(args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		asJSON := fs.Bool("json", false, "print the findings as JSON")
		against := fs.String("against", "latest", `version whose numbering the cross-references were written against ("latest", a label, or "none")`)
		pos, err := parse(fs, args, 1, 1)
		if err != nil {
			return err
		}
		return runCheck(pos[0], *against, *asJSON, stdout)
	}
	register(c)
}

func runCheck(path, against string, asJSON bool, stdout io.Writer) error {
	if against != workspace.Latest && against != "none" && against != "" && !workspace.IsReportFile(path) {
		return fmt.Errorf("%w: --against %s: %s is not a report file, so it has no versions", errUsage, against, path)
	}
	findings, err := workspace.Check(path, against)
	if err != nil {
		return err
	}
	if err := writeFindings(stdout, findings, asJSON); err != nil {
		return err
	}
	if draft.HasErrors(findings) {
		return &exitError{code: 1, msg: countFindings(findings)}
	}
	return nil
}

func writeFindings(w io.Writer, fs []draft.Finding, asJSON bool) error {
	if asJSON {
		if fs == nil {
			fs = []draft.Finding{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(fs)
	}
	for _, f := range fs {
		fmt.Fprintln(w, safeLine(f.String()))
	}
	fmt.Fprintln(w, countFindings(fs))
	return nil
}

// countFindings says how many errors and warnings there are.
func countFindings(fs []draft.Finding) string {
	errs := 0
	for _, f := range fs {
		if f.Severity == draft.SeverityError {
			errs++
		}
	}
	return fmt.Sprintf("%s, %s", countOf(errs, "error"), countOf(len(fs)-errs, "warning"))
}

// countOf writes n with its noun as English counts it: "1 bullet",
// "3 bullets", "2 annexes".
func countOf(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if strings.HasSuffix(what, "x") || strings.HasSuffix(what, "s") {
		return fmt.Sprintf("%d %ses", n, what)
	}
	return fmt.Sprintf("%d %ss", n, what)
}
