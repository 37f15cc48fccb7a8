package cli

import (
	"fmt"
	"io"
	"strings"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

func init() {
	c := &command{name: "conclusions", usage: "FILE [--item IV] [--rebuild] [--dates]",
		summary: "print the conclusion blocks; --rebuild builds them from the agenda, keeping hand edits"}
	c.run = func(args []string, stdout, stderr io.Writer) error {
		fs := newFlags(c, stderr)
		item := fs.String("item", "", "only this item (Roman number, e.g. IV)")
		rebuild := fs.Bool("rebuild", false, "rebuild the blocks from the agenda and save the report")
		dates := fs.Bool("dates", false, "keep the dates written into sub-item titles when building")
		pos, err := parse(fs, args, 1, 1)
		if err != nil {
			return err
		}
		return runConclusions(pos[0], *item, *rebuild, draft.BuildOptions{KeepDates: *dates}, stdout, stderr)
	}
	register(c)
}

func runConclusions(path, item string, rebuild bool, opt draft.BuildOptions, stdout, stderr io.Writer) error {
	mode := workspace.ReadOnly
	if rebuild {
		mode = workspace.Write
	}
	doc, err := workspace.Open(path, mode)
	if err != nil {
		return err
	}
	defer doc.Close()
	r := doc.Report
	which, err := pickItems(r, item)
	if err != nil {
		return err
	}
	if rebuild {
		for _, i := range which {
			draft.Rebuild(r, r.Items[i], opt)
			if draft.WrittenByHand(r.Items[i].Conclusion) {
				fmt.Fprintf(stderr, "rapporteur conclusions: item %s: the block is written entirely by hand; kept as it is\n", r.ItemNumber(i))
			}
		}
		if err := save(doc, stderr); err != nil {
			return err
		}
	}
	writeConclusions(stdout, r, which)
	return nil
}

// pickItems returns the indexes of the items to show: all, or the one named
// by its Roman number.
func pickItems(r *draft.Report, item string) ([]int, error) {
	if item == "" {
		all := make([]int, len(r.Items))
		for i := range all {
			all[i] = i
		}
		return all, nil
	}
	i, ok := r.ItemIndex(strings.TrimSpace(item))
	if !ok {
		return nil, fmt.Errorf("%w: --item %q: the report has items %s to %s", errUsage, item, r.ItemNumber(0), r.ItemNumber(len(r.Items)-1))
	}
	return []int{i}, nil
}

// writeConclusions prints each chosen item's block: the item heading, the
// numbered lead-in and the punctuated bullets.
func writeConclusions(w io.Writer, r *draft.Report, which []int) {
	n := r.Numbering()
	for k, i := range which {
		it := r.Items[i]
		if k > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "ITEM %s – %s\n", r.ItemNumber(i), safeLine(it.Title))
		c := it.Conclusion
		if c == nil {
			fmt.Fprintln(w, "  (no conclusion block)")
			continue
		}
		fmt.Fprintf(w, "%d. %s\n", n.ConclusionNumber(r, i), safeLine(c.LeadInFor(r.Meeting)))
		for _, b := range c.Punctuated() {
			fmt.Fprintf(w, "  • %s\n", safeLine(b))
		}
	}
}

// save writes the rebuilt report back to its file; a document is not
// changed, and stderr says so.
func save(doc *workspace.Doc, stderr io.Writer) error {
	if !doc.IsReportFile() {
		fmt.Fprintf(stderr, "rapporteur conclusions: %s is not a report file; the rebuilt blocks are printed, not saved (import it with \"rapporteur import\" first)\n", safeLine(doc.Path()))
		return nil
	}
	if err := doc.Save(doc.Report); err != nil {
		return fmt.Errorf("save %s: %w", doc.Path(), err)
	}
	return nil
}
