package export

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"rapporteur/draft"
)

// Format is one output format: the file extension that chooses it, the
// name a menu shows and the writer.
type Format struct {
	// Ext is the lower-case extension with its dot, e.g. ".pdf".
	Ext string
	// Name is what the format is called for a user, e.g. "Word".
	Name string
	// Write writes the report in this format.
	Write func(w io.Writer, r *draft.Report, opt Options) error
}

// formats is the one list of output formats, in the order a menu shows them.
var formats = []Format{
	{Ext: ".pdf", Name: "PDF", Write: PDF},
	{Ext: ".docx", Name: "Word", Write: DOCX},
	{Ext: ".txt", Name: "Text", Write: func(w io.Writer, r *draft.Report, _ Options) error { return Text(w, r) }},
}

// Formats returns the output formats WriteFile accepts, in menu order.
func Formats() []Format { return slices.Clone(formats) }

// FormatOf returns the format the extension of path names.
func FormatOf(path string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	i := slices.IndexFunc(formats, func(f Format) bool { return f.Ext == ext })
	if i < 0 {
		return Format{}, false
	}
	return formats[i], true
}

// extensions returns the extensions of the formats, sorted.
func extensions() []string {
	var out []string
	for _, f := range formats {
		out = append(out, f.Ext)
	}
	slices.Sort(out)
	return out
}

// WriteFile writes the report to path in the format its extension names
// (see Formats). The write is atomic: the output goes to a temporary file
// beside path that replaces path only once complete, so a failed export
// leaves an existing file as it was.
func WriteFile(path string, r *draft.Report, opt Options) error {
	f, ok := FormatOf(path)
	if !ok {
		shown := strings.ToLower(filepath.Ext(path))
		if shown == "" {
			shown = "(none)"
		}
		return fmt.Errorf("export: %s: unknown file extension %s; supported: %s", path, shown, strings.Join(extensions(), ", "))
	}
	if r == nil {
		return fmt.Errorf("export: %s: no report to write", path)
	}
	return atomicWrite(path, func(w io.Writer) error { return f.Write(w, r, opt) })
}

// WriteRedline writes the comparison c as a redline PDF at path, atomically
// as WriteFile does. The path must end in .pdf.
func WriteRedline(path string, c *draft.Comparison, opt Options) error {
	if ext := strings.ToLower(filepath.Ext(path)); ext != ".pdf" {
		return fmt.Errorf("export: %s: a redline is written as .pdf, not %q", path, ext)
	}
	if c == nil {
		return fmt.Errorf("export: %s: no comparison to write", path)
	}
	return atomicWrite(path, func(w io.Writer) error { return RedlinePDF(w, c, opt) })
}

// atomicWrite runs fill on a temporary file in path's directory and renames
// it over path when fill, the flush, the sync and the close all succeed.
func atomicWrite(path string, fill func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err = fill(bw); err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("export: write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("export: sync %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("export: close %s: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	return nil
}
