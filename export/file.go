package export

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

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

// ErrOutputIsInput means an export was asked to write over a file it reads
// from, or over a report file.
var ErrOutputIsInput = errors.New("the output would replace")

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
// beside path that replaces path only once complete and synced, so a
// failed export leaves an existing file as it was. It refuses a path that
// is one of opt.Inputs or a report file (ErrOutputIsInput). An existing
// output keeps its mode; a new one gets the mode the umask gives.
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
	return atomicWrite(path, opt.Inputs, func(w io.Writer) error { return f.Write(w, r, opt) })
}

// WriteRedline writes the comparison c as a redline PDF at path, atomically
// and as carefully as WriteFile does. The path must end in .pdf.
func WriteRedline(path string, c *draft.Comparison, opt Options) error {
	if ext := strings.ToLower(filepath.Ext(path)); ext != ".pdf" {
		return fmt.Errorf("export: %s: a redline is written as .pdf, not %q", path, ext)
	}
	if c == nil {
		return fmt.Errorf("export: %s: no comparison to write", path)
	}
	return atomicWrite(path, opt.Inputs, func(w io.Writer) error { return RedlinePDF(w, c, opt) })
}

// SameFile reports whether a and b name the same file: the same device and
// inode (through any link), or, where either does not exist, the same
// absolute path once cleaned.
func SameFile(a, b string) bool {
	fa, ea := os.Stat(a)
	fb, eb := os.Stat(b)
	if ea == nil && eb == nil {
		return os.SameFile(fa, fb)
	}
	pa, ea := filepath.Abs(a)
	pb, eb := filepath.Abs(b)
	return ea == nil && eb == nil && pa == pb
}

// CheckOutput returns an error wrapping ErrOutputIsInput when an export to
// out would replace one of inputs, or a report file (a SQLite database,
// whatever its name), and nil otherwise. WriteFile and WriteRedline make
// this check; a caller may make it before the work of building the output.
func CheckOutput(out string, inputs ...string) error {
	for _, in := range inputs {
		if in != "" && SameFile(out, in) {
			return fmt.Errorf("export: %s: %w the file it is made from; choose another name", out, ErrOutputIsInput)
		}
	}
	if isDatabase(out) {
		return fmt.Errorf("export: %s: %w a report file; choose another name", out, ErrOutputIsInput)
	}
	return nil
}

// isDatabase reports whether path is a regular file that starts like a
// SQLite database: a report, whatever its name.
func isDatabase(path string) bool {
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	return bytes.Equal(head[:n], []byte("SQLite format 3\x00"))
}

// atomicWrite runs fill on a new temporary file in path's directory and
// renames it over path when fill, the flush, the sync and the close all
// succeed. A path that is a symbolic link gets the export in the file it
// points to, and stays a link.
func atomicWrite(path string, inputs []string, fill func(io.Writer) error) (err error) {
	if err := CheckOutput(path, inputs...); err != nil {
		return err
	}
	target := path
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if target, err = filepath.EvalSymlinks(path); err != nil {
			return fmt.Errorf("export: %s: %w", path, err)
		}
	}
	mode, keep := fs.FileMode(0), false
	if fi, err := os.Stat(target); err == nil && fi.Mode().IsRegular() {
		mode, keep = fi.Mode().Perm(), true
	}
	tmp, err := createBeside(target)
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
	if keep {
		if err = tmp.Chmod(mode); err != nil {
			return fmt.Errorf("export: %s: %w", path, err)
		}
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("export: sync %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("export: close %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("export: %s: %w", path, err)
	}
	syncDir(filepath.Dir(target))
	return nil
}

// createBeside creates a new, empty, hidden temporary file in the folder of
// path, ".NAME.RANDOM.tmp", with the mode the umask gives (os.CreateTemp
// would make it 0600). It holds an flock on the file while it lives, and
// first removes the temporaries of path that no export holds any more:
// those a killed export left.
func createBeside(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	cleanStale(dir, base)
	for range 10 {
		var b [6]byte
		rand.Read(b[:])
		f, err := os.OpenFile(filepath.Join(dir, "."+base+"."+hex.EncodeToString(b[:])+".tmp"), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			f.Close()
			os.Remove(f.Name())
			return nil, err
		}
		return f, nil
	}
	return nil, errors.New("cannot find a free temporary name")
}

// cleanStale removes the temporaries createBeside made for base in dir
// whose export no longer holds their lock.
func cleanStale(dir, base string) {
	es, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range es {
		n := e.Name()
		mid, ok := strings.CutSuffix(strings.TrimPrefix(n, prefix), ".tmp")
		if !ok || !strings.HasPrefix(n, prefix) || len(mid) != 12 || strings.Trim(mid, "0123456789abcdef") != "" || !e.Type().IsRegular() {
			continue
		}
		p := filepath.Join(dir, n)
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil {
			os.Remove(p)
		}
		f.Close()
	}
}

// syncDir syncs a folder so that a new name in it is on disk. Its error is
// not reported: the file is written and renamed by then, and a file system
// that cannot sync a folder (EINVAL) only makes the name less durable.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
