package e2e

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"rapporteur/internal/workspace"
	"rapporteur/internal/xvfb"
)

// needs skips the test under -short or when a program it drives is missing.
func needs(t *testing.T, programs ...string) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts an X server and the window")
	}
	for _, p := range programs {
		if _, err := exec.LookPath(p); err != nil {
			t.Skipf("%s is not installed (make test installs it)", p)
		}
	}
}

// build builds the program into dir and returns its path.
func build(t *testing.T, dir string) string {
	t.Helper()
	statSources(t)
	bin := filepath.Join(dir, "rapporteur")
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the program with")
	}
	cmd := exec.Command(goTool, "build", "-o", bin, "rapporteur")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// statSources looks at every source file of the module, so that go test's
// cache, which notes the files a test consulted, runs the test again when
// the program it builds has changed.
func statSources(t *testing.T) {
	t.Helper()
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != "../..":
			return filepath.SkipDir
		case strings.HasSuffix(path, ".go") || d.Name() == "go.mod" || d.Name() == "go.sum":
			_, err = os.Stat(path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// session is the program's window on one report file in one X display.
type session struct {
	t       *testing.T
	bin     string
	display string
	home    string
	path    string
	cmd     *exec.Cmd
	log     bytes.Buffer
	done    chan error
}

// open starts the window on the report and waits until it is mapped. When
// the window cannot reach its X server (on a machine where other tests and
// developers start X servers too, one can go away), it starts another and
// tries again.
func (s *session) open() {
	s.t.Helper()
	for try := 1; ; try++ {
		if s.start() {
			time.Sleep(time.Second) // the first frames
			return
		}
		if try == 3 || !strings.Contains(s.log.String(), "open display") {
			s.t.Fatalf("the window did not come up\n%s", s.log.String())
		}
		s.display = xvfb.Start(s.t)
	}
}

// start starts the window and reports whether it is mapped within a minute.
func (s *session) start() bool {
	s.t.Helper()
	s.cmd = exec.Command(s.bin, s.path)
	s.cmd.Env = append(os.Environ(), "DISPLAY="+s.display, "HOME="+s.home,
		"XDG_CONFIG_HOME="+filepath.Join(s.home, "config"), "LANG=C.UTF-8")
	s.log.Reset()
	s.cmd.Stdout, s.cmd.Stderr = &s.log, &s.log
	if err := s.cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	s.done = make(chan error, 1)
	go func() { s.done <- s.cmd.Wait() }()
	cmd := s.cmd
	s.t.Cleanup(func() { cmd.Process.Kill() })
	deadline := time.Now().Add(60 * time.Second)
	for s.windowID() == "" {
		select {
		case <-s.done:
			return false
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return false
		}
	}
	return true
}

func (s *session) xdotool(args ...string) string {
	s.t.Helper()
	cmd := exec.Command("xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+s.display)
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

func (s *session) windowID() string {
	ids := strings.Fields(s.xdotool("search", "--name", "Rapporteur"))
	if len(ids) == 0 {
		return ""
	}
	return ids[len(ids)-1]
}

// clickFirstParagraph puts the cursor at the end of the first paragraph of
// the first item: a click in the paragraph list, then Ctrl+End.
func (s *session) clickFirstParagraph() {
	s.t.Helper()
	geo := map[string]int{}
	for _, kv := range strings.Fields(s.xdotool("getwindowgeometry", "--shell", s.windowID())) {
		if k, v, ok := strings.Cut(kv, "="); ok {
			geo[k], _ = strconv.Atoi(v)
		}
	}
	// The paragraph list takes the middle of the window (the agenda tree
	// has its first quarter), below the item's heading and toolbar.
	x := geo["X"] + geo["WIDTH"]*45/100
	y := geo["Y"] + geo["HEIGHT"]*30/100
	s.xdotool("mousemove", strconv.Itoa(x), strconv.Itoa(y), "click", "1")
	time.Sleep(300 * time.Millisecond)
	s.xdotool("key", "ctrl+End")
	time.Sleep(300 * time.Millisecond)
}

// typeAt types text at rate keys a second, one key at a time, and returns
// when the last key has been sent.
func (s *session) typeAt(text string, rate int) {
	s.t.Helper()
	start, every := time.Now(), time.Second/time.Duration(rate)
	for i, r := range []rune(text) {
		time.Sleep(time.Until(start.Add(time.Duration(i) * every)))
		s.xdotool("type", "--delay", "0", string(r))
	}
}

// exported returns the report's text as the export command writes it,
// read from the file while the window may hold it open.
func (s *session) exported() string { return s.exportOf(s.path) }

// copyEvery copies the report file alone (without anything beside it)
// every d until stop is closed, and returns the copies' paths.
func (s *session) copyEvery(d time.Duration, stop chan struct{}) []string {
	var out []string
	for i := 1; ; i++ {
		select {
		case <-stop:
			return out
		case <-time.After(d):
		}
		b, err := os.ReadFile(s.path)
		if err != nil {
			s.t.Error(err)
			return out
		}
		c := filepath.Join(s.home, fmt.Sprintf("copy%d.rap", i))
		if err := os.WriteFile(c, b, 0o644); err != nil {
			s.t.Error(err)
			return out
		}
		out = append(out, c)
	}
}

// exportOf returns the text export of report file path.
func (s *session) exportOf(path string) string {
	out := filepath.Join(s.home, "read.txt")
	cmd := exec.Command(s.bin, "export", path, "-o", out)
	cmd.Env = append(os.Environ(), "HOME="+s.home, "LANG=C.UTF-8")
	if b, err := cmd.CombinedOutput(); err != nil {
		s.t.Logf("export while the window runs: %v\n%s", err, b)
		return ""
	}
	b, _ := os.ReadFile(out)
	return string(b)
}

// signal sends sig to the window and returns how long it took to exit.
func (s *session) signal(sig syscall.Signal) time.Duration {
	s.t.Helper()
	start := time.Now()
	if err := s.cmd.Process.Signal(sig); err != nil {
		s.t.Fatal(err)
	}
	select {
	case <-s.done:
	case <-time.After(30 * time.Second):
		s.t.Fatalf("still running 30 s after %v", sig)
	}
	return time.Since(start)
}

// cpuTicks returns the window's CPU time so far, in clock ticks (1/100 s).
func (s *session) cpuTicks() int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	u, _ := strconv.Atoi(f[11])
	k, _ := strconv.Atoi(f[12])
	return u + k
}

// rss returns the window's resident set size in kB.
func (s *session) rss() int {
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return n
		}
	}
	return 0
}

// newReport writes the sample report with its first paragraph made chars
// long, and returns the paragraph's text.
func newReport(t *testing.T, path string, chars int) string {
	t.Helper()
	r, err := workspace.Sample()
	if err != nil {
		t.Fatal(err)
	}
	p := r.Items[0].Paragraphs[0]
	var b strings.Builder
	for b.Len() < chars {
		b.WriteString(p.Text)
		b.WriteByte(' ')
	}
	text := b.String()[:chars]
	if i := strings.LastIndexByte(text, ' '); i > 0 {
		text = text[:i] // a whole word, and never half a character
	}
	p.Text = oneLine(text)
	if err := workspace.WriteNew(path, r); err != nil {
		t.Fatal(err)
	}
	return p.Text
}

// oneLine is text as the text export writes it: words one space apart.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
