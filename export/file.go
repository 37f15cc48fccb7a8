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

// writer writes a report in one format.
type writer func(w io.Writer, r *draft.Report, opt Options) error

// formats maps a lower-case file extension to the writer of that format.
var formats = map[string]writer{
	".pdf":  PDF,
	".txt":  func(w io.Writer, r *draft.Report, _ Options) error { return Text(w, r) },
	".docx": DOCX,
}

// Formats returns the file extensions WriteFile accepts, sorted.
func Formats() []string {
	var out []string
	for ext := range formats {
		out = append(out, ext)
	}
	slices.Sort(out)
	return out
}

// WriteFile writes the report to path in the format its extension names
// (see Formats). The write is atomic: the output goes to a temporary file
// beside path that replaces path only once complete, so a failed export
// leaves an existing file as it was.
func WriteFile(path string, r *draft.Report, opt Options) error {
	ext := strings.ToLower(filepath.Ext(path))
	write, ok := formats[ext]
	if !ok {
		shown := ext
		if shown == "" {
			shown = "(none)"
		}
		return fmt.Errorf("export: %s: unknown file extension %s; supported: %s", path, shown, strings.Join(Formats(), ", "))
	}
	if r == nil {
		return fmt.Errorf("export: %s: no report to write", path)
	}
	return atomicWrite(path, func(w io.Writer) error { return write(w, r, opt) })
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
