package export

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"rapporteur/draft"
)

// TestWriteFileFormats checks that the extension picks the format and an
// unknown one is refused with a message naming it and the supported ones.
func TestWriteFileFormats(t *testing.T) {
	dir := t.TempDir()
	r := sampleReport(t)
	tests := []struct {
		name    string
		prefix  string // what the file must start with
		wantErr string
	}{
		{"out.pdf", "%PDF-", ""},
		{"OUT.PDF", "%PDF-", ""},
		{"out.txt", "", ""},
		{"out.docx", "PK", ""},
		{"out.odt", "", "unknown file extension .odt; supported: .docx, .pdf, .txt"},
		{"out", "", "unknown file extension (none)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name)
			err := WriteFile(path, r, Options{})
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("WriteFile(%s) error = %v, want one containing %q", tc.name, err, tc.wantErr)
				}
				if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("a refused export left %s behind (stat: %v)", tc.name, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("WriteFile(%s): %v", tc.name, err)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 || !strings.HasPrefix(string(got), tc.prefix) {
				t.Errorf("%s starts %q (%d bytes), want prefix %q", tc.name, head(got), len(got), tc.prefix)
			}
		})
	}
}

func head(b []byte) string {
	if len(b) > 8 {
		b = b[:8]
	}
	return string(b)
}

// TestWriteFileAtomic checks that a failed export leaves an existing file
// exactly as it was and no temporary file behind.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.pdf")
	old := []byte("the previous export")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	failures := []struct {
		name string
		run  func() error
	}{
		{"no report", func() error { return WriteFile(path, nil, Options{}) }},
		{"target is a directory", func() error {
			sub := filepath.Join(dir, "taken.pdf")
			if err := os.Mkdir(sub, 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(sub, "keep"), old, 0o644); err != nil {
				return err
			}
			return WriteFile(sub, sampleReport(t), Options{})
		}},
		{"directory missing", func() error {
			return WriteFile(filepath.Join(dir, "missing", "report.pdf"), sampleReport(t), Options{})
		}},
	}
	for _, f := range failures {
		if err := f.run(); err == nil {
			t.Errorf("%s: WriteFile succeeded, want an error", f.name)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != string(old) {
		t.Errorf("existing file now %q (err %v), want it unchanged %q", got, err, old)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
	if err := WriteFile(path, sampleReport(t), Options{}); err != nil {
		t.Fatalf("WriteFile over the old file: %v", err)
	}
	if got, _ := os.ReadFile(path); !strings.HasPrefix(string(got), "%PDF-") {
		t.Errorf("successful export did not replace the file: starts %q", head(got))
	}
}

func TestWriteFileRefusesItsInput(t *testing.T) {
	dir := t.TempDir()
	r := sampleReport(t)
	in := filepath.Join(dir, "in.txt")
	if err := os.WriteFile(in, []byte("ITEM I – the source"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.txt")
	hard := filepath.Join(dir, "hard.txt")
	report := filepath.Join(dir, "report.pdf") // a report file named .pdf
	for _, err := range []error{os.Symlink(in, link), os.Link(in, hard),
		os.WriteFile(report, []byte("SQLite format 3\x00 and the rest of a report"), 0o600)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	rel, err := filepath.Rel(mustGetwd(t), in)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, out string
		inputs    []string
	}{
		{"same path", in, []string{in}},
		{"relative path", rel, []string{in}},
		{"symbolic link", link, []string{in}},
		{"hard link", hard, []string{in}},
		{"second input", in, []string{filepath.Join(dir, "other.txt"), in}},
		{"a report file", report, []string{filepath.Join(dir, "x.rap")}},
		{"a report file, no inputs", report, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := os.ReadFile(tc.out)
			err := WriteFile(tc.out, r, Options{Inputs: tc.inputs})
			if !errors.Is(err, ErrOutputIsInput) || !strings.Contains(err.Error(), tc.out) {
				t.Errorf("WriteFile: %v, want ErrOutputIsInput naming %s", err, tc.out)
			}
			c := &draft.Comparison{}
			if err := WriteRedline(strings.TrimSuffix(tc.out, filepath.Ext(tc.out))+".pdf", c, Options{Inputs: tc.inputs}); tc.name == "a report file" && !errors.Is(err, ErrOutputIsInput) {
				t.Errorf("WriteRedline over a report: %v", err)
			}
			if after, _ := os.ReadFile(tc.out); string(after) != string(before) {
				t.Error("the refused output changed")
			}
		})
	}
	if err := WriteFile(filepath.Join(dir, "out.txt"), r, Options{Inputs: []string{in}}); err != nil {
		t.Errorf("another output: %v", err)
	}
}

func mustGetwd(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

func TestWriteFileModes(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	r := sampleReport(t)
	private := filepath.Join(dir, "private.txt")
	if err := os.WriteFile(private, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	shared := filepath.Join(dir, "shared.txt")
	if err := os.WriteFile(shared, []byte("old"), 0o664); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(shared, 0o664); err != nil { // past the umask
		t.Fatal(err)
	}
	target := filepath.Join(dir, "target.txt")
	link := filepath.Join(dir, "link.txt")
	if err := os.WriteFile(target, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("target.txt", link); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		want os.FileMode
	}{
		{private, 0o600},                       // kept: not widened to 0644
		{shared, 0o664},                        // kept
		{filepath.Join(dir, "new.txt"), 0o640}, // new: 0666 less the umask 027
		{filepath.Join(dir, "new.pdf"), 0o640}, // every format
		{link, 0o640},                          // the link's target is written
	} {
		if err := WriteFile(tc.path, r, Options{}); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != tc.want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(tc.path), fi.Mode().Perm(), tc.want)
		}
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file (%v)", err)
	}
	if got, _ := os.ReadFile(target); strings.HasPrefix(string(got), "old") {
		t.Error("the link's target was not written")
	}
}

// TestWriteFileAfterAKilledExport: an export killed while it wrote leaves
// its temporary beside the output; the next export to that output removes
// it, and leaves alone the temporary of an export still running (it holds
// the temporary's lock).
func TestWriteFileAfterAKilledExport(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.pdf")
	stale := filepath.Join(dir, ".report.pdf.0123456789ab.tmp")
	if err := os.WriteFile(stale, []byte("%PDF-1.4 half of it"), 0o644); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(dir, ".report.pdf.notes.tmp") // not an export's
	if err := os.WriteFile(mine, []byte("the user's"), 0o644); err != nil {
		t.Fatal(err)
	}
	running, err := createBeside(path)
	if err != nil {
		t.Fatal(err)
	}
	defer running.Close()
	if err := WriteFile(path, sampleReport(t), Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("the killed export's temporary is still there")
	}
	for _, p := range []string{mine, running.Name()} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(p), err)
		}
	}
}
