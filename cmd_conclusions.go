package main

import (
	"fmt"
	"io"
	"strings"

	"rapporteur/draft"
	"rapporteur/ingest"
	"rapporteur/store"
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
	doc, err := openReportDoc(path, rebuild)
	if err != nil {
		return err
	}
	defer doc.close()
	r := doc.report
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
		if err := doc.save(stderr); err != nil {
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
		fmt.Fprintf(w, "ITEM %s – %s\n", r.ItemNumber(i), it.Title)
		c := it.Conclusion
		if c == nil {
			fmt.Fprintln(w, "  (no conclusion block)")
			continue
		}
		fmt.Fprintf(w, "%d. %s\n", n.ConclusionNumber(r, i), c.LeadInFor(r.Meeting))
		for _, b := range c.Punctuated() {
			fmt.Fprintf(w, "  • %s\n", b)
		}
	}
}

// reportDoc is a report opened for the conclusions and check commands: a
// report file (kept open when it is to be saved) or an imported document.
type reportDoc struct {
	report *draft.Report
	file   *store.File // nil for an imported document
	path   string
}

// openReportDoc opens a report file (for writing when write is set) or
// imports a text document.
func openReportDoc(path string, write bool) (*reportDoc, error) {
	if !isReportFile(path) {
		r, _, err := ingest.File(path)
		if err != nil {
			return nil, err
		}
		return &reportDoc{report: r, path: path}, nil
	}
	open := store.OpenReadOnly
	if write {
		open = store.Open
	}
	f, err := open(path)
	if err != nil {
		return nil, err
	}
	r, err := f.Load()
	if err != nil {
		f.Close()
		return nil, err
	}
	return &reportDoc{report: r, file: f, path: path}, nil
}

// save writes the report back to its file; an imported document is not
// changed, and stderr says so.
func (d *reportDoc) save(stderr io.Writer) error {
	if d.file == nil {
		fmt.Fprintf(stderr, "rapporteur conclusions: %s is not a report file; the rebuilt blocks are printed, not saved (import it with \"rapporteur import\" first)\n", d.path)
		return nil
	}
	if err := d.file.Save(d.report); err != nil {
		return fmt.Errorf("save %s: %w", d.path, err)
	}
	return nil
}

func (d *reportDoc) close() {
	if d.file != nil {
		d.file.Close()
	}
}
