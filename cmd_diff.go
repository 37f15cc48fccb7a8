package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"

	"rapporteur/draft"
	"rapporteur/export"
)

func init() {
	c := &command{name: "diff", usage: "FILE OLD NEW | FILE OLD | OLD.txt NEW.txt [--json] [--pdf OUT.pdf]",
		summary: "compare two versions, a version and the working copy, or two documents"}
	c.run = func(args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		asJSON := fs.Bool("json", false, "print the comparison as JSON")
		pdf := fs.String("pdf", "", "also write a redline PDF to `OUT.pdf`")
		pos, err := parse(fs, args, 2, 3)
		if err != nil {
			return err
		}
		cmp, err := comparison(pos)
		if err != nil {
			return err
		}
		if *pdf != "" {
			if err := writeRedline(*pdf, cmp); err != nil {
				return err
			}
		}
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(cmp)
		}
		return cmp.WriteText(stdout)
	}
	register(c)
}

// labelRE matches a version label (a … z, aa, …) or "working".
var labelRE = regexp.MustCompile(`^([a-z]{1,6}|working)$`)

// comparison builds the comparison the arguments ask for. Versions of one
// report file are compared by identity; anything else by content.
func comparison(pos []string) (*draft.Comparison, error) {
	if len(pos) == 3 {
		return versionComparison(pos[0], pos[1], pos[2])
	}
	if isLabel(pos[1]) && isReportFile(pos[0]) {
		return versionComparison(pos[0], pos[1], "working")
	}
	old, err := loadReport(pos[0])
	if err != nil {
		return nil, err
	}
	cur, err := loadReport(pos[1])
	if err != nil {
		return nil, err
	}
	c := draft.CompareByContent(old, cur)
	c.OldName, c.NewName = filepath.Base(pos[0]), filepath.Base(pos[1])
	return c, nil
}

// isLabel reports whether arg reads as a version label and names no file.
func isLabel(arg string) bool {
	if !labelRE.MatchString(arg) {
		return false
	}
	_, err := os.Stat(arg)
	return errors.Is(err, os.ErrNotExist)
}

func versionComparison(path, from, to string) (*draft.Comparison, error) {
	if !isReportFile(path) {
		return nil, fmt.Errorf("%w: %s is not a report file, so it has no versions to compare", errUsage, path)
	}
	for _, l := range []string{from, to} {
		if !labelRE.MatchString(l) {
			return nil, fmt.Errorf("%w: %q is not a version label (a, b, …, or working)", errUsage, l)
		}
	}
	old, err := loadVersion(path, from)
	if err != nil {
		return nil, err
	}
	cur, err := loadVersion(path, to)
	if err != nil {
		return nil, err
	}
	c := draft.Compare(old, cur)
	c.OldName, c.NewName = versionName(from), versionName(to)
	return c, nil
}

// versionName names a version label for headings.
func versionName(label string) string {
	if label == "working" {
		return "the working copy"
	}
	return "version " + label
}

// writeRedline writes the comparison as a redline PDF.
func writeRedline(path string, c *draft.Comparison) error {
	return export.WriteRedline(path, c, export.Options{Created: nowUTC()})
}
