package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

func init() {
	c := &command{name: "diff", usage: "FILE OLD NEW | FILE OLD | OLD.txt NEW.txt | MARKED.docx [--json] [--pdf OUT.pdf [--changes-only]] [--docx OUT.docx [--author NAME]]",
		summary: "compare two versions, a version and the working copy, or two documents"}
	c.run = func(args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		asJSON := fs.Bool("json", false, "print the comparison as JSON")
		pdf := fs.String("pdf", "", "also write a redline PDF to `OUT.pdf`")
		only := fs.Bool("changes-only", false, "the redline PDF shows only the changed paragraphs")
		docx := fs.String("docx", "", "also write the newer side as a Word file with tracked changes to `OUT.docx`")
		author := fs.String("author", "", "the `NAME` Word shows for the tracked changes (default: the meeting's short name)")
		pos, err := parse(fs, args, 1, 3)
		if err != nil {
			return err
		}
		var old, cur workspace.Source
		var cmp *draft.Comparison
		if len(pos) == 1 {
			// A Word file with tracked changes alone: its changes.
			if !workspace.IsWord(pos[0]) {
				return fmt.Errorf("%w: wrong number of arguments (one alone must be a Word file with tracked changes)", errUsage)
			}
			rec, err := workspace.ReadReceived(pos[0])
			if err != nil {
				return err
			}
			old, cur, cmp = workspace.Source{Path: pos[0]}, workspace.Source{Path: pos[0]}, rec.Comparison()
		} else {
			if old, cur, err = sources(pos); err != nil {
				return err
			}
			if cmp, err = workspace.Compare(old, cur); err != nil {
				return err
			}
		}
		if *only && *pdf == "" {
			return fmt.Errorf("%w: --changes-only is for the redline PDF (--pdf)", errUsage)
		}
		if *author != "" && *docx == "" {
			return fmt.Errorf("%w: --author is for the Word file (--docx)", errUsage)
		}
		now, inputs := nowUTC(), []string{old.Path, cur.Path}
		if *pdf != "" {
			opt := workspace.ExportOptions{Created: now, Inputs: inputs, ChangesOnly: *only}
			if err := workspace.Redline(*pdf, cmp, opt); err != nil {
				return err
			}
		}
		if *docx != "" {
			opt := workspace.ExportOptions{Created: now, Inputs: inputs, Author: *author}
			if err := workspace.Revisions(*docx, cmp, opt); err != nil {
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

// sources reads the arguments as the two sides to compare: FILE OLD NEW
// (two versions of a report file), FILE OLD (a version and the working
// copy), or two paths of any kind.
func sources(pos []string) (old, cur workspace.Source, err error) {
	switch {
	case len(pos) == 3:
		old, cur = workspace.Source{Path: pos[0], Label: pos[1]}, workspace.Source{Path: pos[0], Label: pos[2]}
	case isLabel(pos[1]) && workspace.IsReportFile(pos[0]):
		old, cur = workspace.Source{Path: pos[0], Label: pos[1]}, workspace.Source{Path: pos[0], Label: workspace.Working}
	default:
		return workspace.Source{Path: pos[0]}, workspace.Source{Path: pos[1]}, nil
	}
	if !workspace.IsReportFile(old.Path) {
		return old, cur, fmt.Errorf("%w: %s is not a report file, so it has no versions to compare", errUsage, old.Path)
	}
	for _, l := range []string{old.Label, cur.Label} {
		if !workspace.IsLabel(l) {
			return old, cur, fmt.Errorf("%w: %q is %v", errUsage, l, workspace.ErrBadLabel)
		}
	}
	return old, cur, nil
}

// isLabel reports whether arg reads as a version label and names no file.
func isLabel(arg string) bool {
	if !workspace.IsLabel(arg) {
		return false
	}
	_, err := os.Stat(arg)
	return errors.Is(err, os.ErrNotExist)
}
