package cli

import (
	"bufio"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"rapporteur/export"
	"rapporteur/store"
)

// holdEnv makes the test binary a child that holds a report open for
// writing until its standard input closes.
const holdEnv = "RAPPORTEUR_TEST_HOLD"

func TestMain(m *testing.M) {
	if path := os.Getenv(holdEnv); path != "" {
		os.Exit(holdReport(path))
	}
	os.Exit(m.Run())
}

// holdReport opens the report for writing, says "ready" and waits.
func holdReport(path string) int {
	f, err := store.Open(path)
	if err != nil {
		fmt.Println(err)
		return 1
	}
	fmt.Println("ready")
	io.Copy(io.Discard, os.Stdin)
	if err := f.Close(); err != nil {
		fmt.Println(err)
		return 1
	}
	return 0
}

// startHolder runs holdReport in a child process and returns its pid once
// the child holds the file.
func startHolder(t *testing.T, path string) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), holdEnv+"="+path)
	stdin, err := cmd.StdinPipe()
	mustDo(t, err)
	stdout, err := cmd.StdoutPipe()
	mustDo(t, err)
	mustDo(t, cmd.Start())
	t.Cleanup(func() { stdin.Close(); cmd.Wait() })
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		t.Fatalf("holder: %q", line)
	}
	return cmd.Process.Pid
}

func mustDo(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// good holds the bytes of the sample report with version a frozen, made
// once, and a text copy of it for import --into.
var good struct {
	once sync.Once
	rap  []byte
	txt  []byte
}

func goodReport(t *testing.T) ([]byte, []byte) {
	t.Helper()
	good.once.Do(func() {
		dir, err := os.MkdirTemp("", "robust")
		mustDo(t, err)
		defer os.RemoveAll(dir)
		rap, txt := filepath.Join(dir, "s.rap"), filepath.Join(dir, "s.txt")
		for _, args := range [][]string{{"sample", "-o", rap}, {"freeze", rap}, {"export", rap, "-o", txt}} {
			if code, _, errOut := runCLI(t, args...); code != 0 {
				t.Fatalf("%q: exit %d: %s", args, code, errOut)
			}
		}
		good.rap, _ = os.ReadFile(rap)
		good.txt, _ = os.ReadFile(txt)
	})
	if good.rap == nil || good.txt == nil {
		t.Fatal("no sample report")
	}
	return good.rap, good.txt
}

// reportIn writes the sample report as name in dir and returns its path.
func reportIn(t *testing.T, dir, name string) string {
	t.Helper()
	rap, _ := goodReport(t)
	p := filepath.Join(dir, name)
	mustDo(t, os.WriteFile(p, rap, 0o644))
	return p
}

// sqlOn runs statements on a file through a plain SQLite connection.
func sqlOn(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	mustDo(t, err)
	defer db.Close()
	for _, s := range stmts {
		_, err := db.Exec(s)
		mustDo(t, err)
	}
}

// fileSum is what must not change about a report file: its bytes (or its
// absence) and the names in its folder.
type fileSum struct {
	hash  string
	names []string
}

func sumOf(t *testing.T, path string) fileSum {
	t.Helper()
	s := fileSum{hash: "absent"}
	if b, err := os.ReadFile(path); err == nil {
		s.hash = fmt.Sprintf("%x", sha256.Sum256(b))
	}
	es, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range es {
		s.names = append(s.names, e.Name())
	}
	return s
}

func (s fileSum) equal(o fileSum) bool { return s.hash == o.hash && slices.Equal(s.names, o.names) }

// cliCase is one command run against a report; write commands open it for
// writing.
type cliCase struct {
	name  string
	write bool
	args  func(report, out, text string) []string
}

var cliCases = []cliCase{
	{"info", false, func(p, _, _ string) []string { return []string{"info", p} }},
	{"export pdf", false, func(p, out, _ string) []string { return []string{"export", p, "-o", filepath.Join(out, "r.pdf")} }},
	{"export txt", false, func(p, out, _ string) []string { return []string{"export", p, "-o", filepath.Join(out, "r.txt")} }},
	{"diff", false, func(p, _, _ string) []string { return []string{"diff", p, "a"} }},
	{"conclusions", false, func(p, _, _ string) []string { return []string{"conclusions", p} }},
	{"check", false, func(p, _, _ string) []string { return []string{"check", p} }},
	{"import --into", true, func(p, _, txt string) []string { return []string{"import", "--into", p, txt} }},
	{"freeze", true, func(p, _, _ string) []string { return []string{"freeze", p} }},
	{"conclusions --rebuild", true, func(p, _, _ string) []string { return []string{"conclusions", "--rebuild", p} }},
}

// badFile is one way a report file can be wrong. make returns the path to
// give the commands; readOK says the read-only commands still work; says is
// part of the message of every command that fails.
type badFile struct {
	name   string
	make   func(t *testing.T, dir string) string
	readOK bool
	says   string
}

var badFiles = []badFile{
	{"not SQLite", func(t *testing.T, dir string) string {
		p := filepath.Join(dir, "notes.rap")
		mustDo(t, os.WriteFile(p, []byte("ITEM I – OPENING\n1. Typed into the wrong file.\n"), 0o644))
		return p
	}, false, "not a SQLite database"},
	{"empty", func(t *testing.T, dir string) string {
		p := filepath.Join(dir, "empty.rap")
		mustDo(t, os.WriteFile(p, nil, 0o644))
		return p
	}, false, "empty"},
	{"truncated", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "cut.rap")
		fi, err := os.Stat(p)
		mustDo(t, err)
		mustDo(t, os.Truncate(p, fi.Size()-1500))
		return p
	}, false, "truncated"},
	{"newer schema", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "newer.rap")
		sqlOn(t, p, "PRAGMA user_version = 99")
		return p
	}, false, "update rapporteur"},
	{"missing table", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "partial.rap")
		sqlOn(t, p, "DROP TABLE paragraphs")
		return p
	}, false, "table paragraphs is missing"},
	{"no such file", func(t *testing.T, dir string) string {
		return filepath.Join(dir, "missing.rap")
	}, false, "does not exist"},
	{"a folder", func(t *testing.T, dir string) string {
		p := filepath.Join(dir, "folder.rap")
		mustDo(t, os.Mkdir(p, 0o755))
		return p
	}, false, "folder"},
	{"read-only file", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "ro.rap")
		mustDo(t, os.Chmod(p, 0o444))
		return p
	}, true, "read-only"},
	{"read-only folder", func(t *testing.T, dir string) string {
		sub := filepath.Join(dir, "archive")
		mustDo(t, os.Mkdir(sub, 0o755))
		p := reportIn(t, sub, "old.rap")
		mustDo(t, os.Chmod(sub, 0o555))
		t.Cleanup(func() { os.Chmod(sub, 0o755) })
		return p
	}, true, "folder"},
	{"locked in this process", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "held.rap")
		f, err := store.Open(p)
		mustDo(t, err)
		t.Cleanup(func() { f.Close() })
		return p
	}, true, fmt.Sprintf("pid %d", os.Getpid())},
	{"locked by another process", func(t *testing.T, dir string) string {
		p := reportIn(t, dir, "shared.rap")
		startHolder(t, p)
		return p
	}, true, "@"}, // the pid is checked in TestLockedNamesHolder
}

func TestBadReportFiles(t *testing.T) {
	_, txt := goodReport(t)
	for _, bf := range badFiles {
		for _, cc := range cliCases {
			t.Run(bf.name+"/"+cc.name, func(t *testing.T) {
				dir, out := t.TempDir(), t.TempDir()
				text := filepath.Join(out, "draft.txt")
				mustDo(t, os.WriteFile(text, txt, 0o644))
				path := bf.make(t, dir)
				before := sumOf(t, path)
				code, stdout, stderr := runCLI(t, cc.args(path, out, text)...)
				if after := sumOf(t, path); !after.equal(before) {
					t.Errorf("the file or its folder changed: %v → %v", before.names, after.names)
				}
				if bf.readOK && !cc.write {
					if code != 0 {
						t.Errorf("exit %d, stderr %q; want the read-only command to work", code, stderr)
					}
					return
				}
				if code == 0 {
					t.Fatalf("exit 0, stdout %q; want a failure", stdout)
				}
				if !strings.Contains(stderr, path) || !strings.Contains(stderr, bf.says) {
					t.Errorf("stderr %q; want it to name %s and say %q", stderr, path, bf.says)
				}
				if strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
					t.Errorf("stderr has several lines: %q", stderr)
				}
				if names := sumOf(t, filepath.Join(out, "x")).names; len(names) != 1 {
					t.Errorf("the failed command left %q in the output folder", names)
				}
			})
		}
	}
}

func TestLockedNamesHolder(t *testing.T) {
	path := reportIn(t, t.TempDir(), "shared.rap")
	pid := startHolder(t, path)
	host, _ := os.Hostname()
	code, _, stderr := runCLI(t, "freeze", path)
	for _, want := range []string{path, fmt.Sprintf("pid %d", pid), "@" + host, "read-only"} {
		if code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("freeze while another process writes: exit %d, %q; want it to say %q", code, stderr, want)
		}
	}
	code, stdout, stderr := runCLI(t, "info", path)
	if code != 0 || !strings.Contains(stdout, "paragraphs") {
		t.Errorf("info while another process writes: exit %d, %q %q", code, stdout, stderr)
	}
}

// fullDisk mounts a tmpfs of size bytes on a new folder, runs setup in it,
// fills what is left of it but spare bytes and returns the folder. It skips the test where
// mounting is not allowed (not root, or in a container without the right).
func fullDisk(t *testing.T, size, spare int, setup func(dir string)) string {
	t.Helper()
	dir := t.TempDir()
	out, err := exec.Command("mount", "-t", "tmpfs", "-o", fmt.Sprintf("size=%d", size), "tmpfs", dir).CombinedOutput()
	if err != nil {
		t.Skipf("cannot mount a small tmpfs to fill: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	setup(dir)
	f, err := os.Create(filepath.Join(dir, "filler"))
	mustDo(t, err)
	defer f.Close()
	block := make([]byte, 512)
	n := 0
	for {
		k, err := f.Write(block)
		n += k
		if err != nil {
			break
		}
	}
	mustDo(t, f.Truncate(int64(max(n-spare, 0))))
	return dir
}

func TestFullDisk(t *testing.T) {
	_, txt := goodReport(t)
	var path, old, text string
	dir := fullDisk(t, 64<<10, 0, func(dir string) {
		path = reportIn(t, dir, "report.rap")
		old = filepath.Join(dir, "old.pdf")
		mustDo(t, os.WriteFile(old, []byte("%PDF- the export of yesterday"), 0o644))
	})
	text = filepath.Join(t.TempDir(), "draft.txt")
	mustDo(t, os.WriteFile(text, txt, 0o644))
	want := reportState(t, path)

	for _, cc := range cliCases {
		t.Run(cc.name, func(t *testing.T) {
			args := cc.args(path, dir, text)
			if strings.HasPrefix(cc.name, "export") { // onto the full disk, over an older export
				args = []string{"export", path, "-o", old}
			}
			before := sumOf(t, path)
			oldSum := sumOf(t, old)
			code, _, stderr := runCLI(t, args...)
			t.Logf("exit %d: %s", code, stderr)
			if !cc.write && !strings.HasPrefix(cc.name, "export") {
				if code != 0 {
					t.Errorf("exit %d, %q; want a read-only command to work on a full disk", code, stderr)
				}
				if after := sumOf(t, path); !after.equal(before) {
					t.Errorf("the report or its folder changed: %v → %v", before.names, after.names)
				}
				return
			}
			if code == 0 {
				t.Fatalf("exit 0 on a full disk; want a failure")
			}
			named := path
			if strings.HasPrefix(cc.name, "export") {
				named = old
			}
			if !strings.Contains(stderr, named) {
				t.Errorf("stderr %q does not name %s", stderr, named)
			}
			if after := sumOf(t, old); !after.equal(oldSum) {
				t.Errorf("the older export or the folder changed: %v → %v", oldSum.names, after.names)
			}
			if got := reportState(t, path); got != want {
				t.Errorf("after a failed %s the report reads\n%s\nwant\n%s", cc.name, got, want)
			}
		})
	}
}

// reportState returns what a report file holds, read through the store:
// its working copy and its versions.
func reportState(t *testing.T, path string) string {
	t.Helper()
	f, err := store.OpenReadOnly(path)
	mustDo(t, err)
	defer f.Close()
	r, err := f.Load()
	mustDo(t, err)
	vs, err := f.Versions()
	mustDo(t, err)
	var b strings.Builder
	for _, v := range vs { // not the time of freezing, which differs from run to run
		fmt.Fprintf(&b, "version %s %q\n", v.Label, v.Note)
	}
	export.Text(&b, r)
	return b.String()
}

// TestDiskFillsWhileWriting leaves a little room on the disk, so that the
// write commands open the report and run out of space while they write:
// whatever the exit status, the report then holds either what it held
// before or the command's whole result (as the same command gives on a disk
// with room), never part of it; and a failure names the file.
func TestDiskFillsWhileWriting(t *testing.T) {
	_, txt := goodReport(t)
	text := filepath.Join(t.TempDir(), "draft.txt")
	// The draft holds every part twice, so import --into has much to write.
	mustDo(t, os.WriteFile(text, append(txt, txt...), 0o644))
	midway, savedButFailed := 0, 0
	for _, cc := range cliCases {
		if !cc.write {
			continue
		}
		roomy := reportIn(t, t.TempDir(), "report.rap")
		if code, _, stderr := runCLI(t, cc.args(roomy, t.TempDir(), text)...); code != 0 {
			t.Fatalf("%s with room on the disk: exit %d: %s", cc.name, code, stderr)
		}
		done := reportState(t, roomy)
		for _, spare := range []int{36 << 10, 40 << 10, 44 << 10, 48 << 10, 56 << 10} {
			t.Run(fmt.Sprintf("%s/%dk", cc.name, spare>>10), func(t *testing.T) {
				var path string
				fullDisk(t, 128<<10, spare, func(dir string) { path = reportIn(t, dir, "report.rap") })
				before := reportState(t, path)
				code, _, stderr := runCLI(t, cc.args(path, t.TempDir(), text)...)
				after := reportState(t, path) // opens cleanly either way
				t.Logf("exit %d: %s", code, lastLine(stderr))
				switch {
				case after != before && after != done:
					t.Errorf("exit %d: the report holds part of the result:\n%s\nwant\n%s\nor\n%s", code, after, before, done)
				case code == 0 && after != done:
					t.Errorf("exit 0 but the report does not hold the result")
				case code != 0 && !strings.Contains(stderr, path):
					t.Errorf("stderr %q does not name %s", stderr, path)
				case code != 0 && after == done && before != done:
					savedButFailed++
				}
				if code != 0 && !strings.Contains(stderr, "open "+path) {
					midway++
				}
			})
		}
	}
	t.Logf("%d commands ran out of space after opening the report; %d of them had saved everything but exited non-zero", midway, savedButFailed)
}

// lastLine returns the last line of s.
func lastLine(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndex(s, "\n")+1:]
}
