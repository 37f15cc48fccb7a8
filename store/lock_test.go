package store

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

const holdEnv = "STORE_TEST_HOLD"

func TestMain(m *testing.M) {
	if path := os.Getenv(holdEnv); path != "" {
		os.Exit(hold(path))
	}
	if arg := os.Getenv(editEnv); arg != "" {
		os.Exit(editForever(arg))
	}
	os.Exit(m.Run())
}

// childText is what the child process saves before it is killed.
const childText = "Saved by the child before it was killed."

// hold is the child process: it opens the report for writing, saves an
// edit, says "ready" and waits for its standard input to close.
func hold(path string) int {
	f, err := Open(path)
	if err != nil {
		fmt.Println(err)
		return 1
	}
	r, err := f.Load()
	if err == nil {
		r.Items[0].Paragraphs[0].Text = childText
		err = f.Save(r)
	}
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

// startHolder runs hold in a child process and waits until it is ready.
func startHolder(t *testing.T, path string) (*exec.Cmd, io.WriteCloser) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), holdEnv+"="+path)
	stdin, err := cmd.StdinPipe()
	must(t, err)
	stdout, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		t.Fatalf("child: %q", line)
	}
	return cmd, stdin
}

func TestLockAgainstAnotherProcessAndKill(t *testing.T) {
	path := newFile(t, sampleReport(t))
	cmd, _ := startHolder(t, path)

	_, err := Open(path)
	var le *LockedError
	if !errors.As(err, &le) || !errors.Is(err, ErrLocked) {
		t.Fatalf("Open while another process writes: got %v, want *LockedError", err)
	}
	if want := fmt.Sprintf("pid %d", cmd.Process.Pid); !strings.Contains(le.Holder, want) || le.Path != path {
		t.Errorf("LockedError %+v, want holder with %q and path %s", le, want, path)
	}
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("message %q should name the file and offer read-only", err)
	}

	ro, err := OpenReadOnly(path)
	must(t, err)
	r, err := ro.Load()
	must(t, err)
	if got := r.Items[0].Paragraphs[0].Text; got != childText {
		t.Errorf("read-only view of the locked file: %q, want %q", got, childText)
	}
	must(t, ro.Close())

	must(t, cmd.Process.Signal(syscall.SIGKILL))
	cmd.Wait()

	// Read-only after the crash: sees the saved edit, changes nothing.
	before := fileState(t, path)
	ro, err = OpenReadOnly(path)
	must(t, err)
	r, err = ro.Load()
	must(t, err)
	must(t, ro.Close())
	if got := r.Items[0].Paragraphs[0].Text; got != childText {
		t.Errorf("read-only after the kill: %q, want %q", got, childText)
	}
	if after := fileState(t, path); !after.equal(before) {
		t.Errorf("read-only open after the kill changed the file: %v → %v", before, after)
	}

	f, err := Open(path)
	must(t, err) // the lock died with the process
	r, err = f.Load()
	must(t, err)
	if got := r.Items[0].Paragraphs[0].Text; got != childText {
		t.Errorf("after the kill: %q, want the child's saved edit %q", got, childText)
	}
	must(t, f.quickCheck(ctx, "check"))
	must(t, f.Close())
	alone(t, path)
}

func TestLockReleasedWhenHolderCloses(t *testing.T) {
	path := newFile(t, sampleReport(t))
	cmd, stdin := startHolder(t, path)
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v", err)
	}
	alone(t, path)
	f, err := Open(path)
	must(t, err)
	must(t, f.Close())
}

func TestLockInProcess(t *testing.T) {
	path := newFile(t, sampleReport(t))
	f, err := Open(path)
	must(t, err)
	r, err := f.Load()
	must(t, err)
	r.Items[0].Paragraphs[0].Text = "Edited in the first File."
	must(t, f.Save(r))

	_, err = Open(path)
	var le *LockedError
	if !errors.As(err, &le) || !strings.Contains(le.Holder, fmt.Sprintf("pid %d", os.Getpid())) {
		t.Fatalf("second Open in one process: got %v, want *LockedError naming this process", err)
	}
	ro, err := OpenReadOnly(path)
	must(t, err)
	got, err := ro.Load()
	must(t, err)
	sameReport(t, got, r)
	must(t, ro.Close())

	// The first File still works after the other Files came and went.
	r.Items[0].Paragraphs[0].Text = "Edited again."
	must(t, f.Save(r))
	must(t, f.quickCheck(ctx, "check"))
	must(t, f.Close())
	alone(t, path)

	f, err = Open(path)
	must(t, err)
	got, err = f.Load()
	must(t, err)
	sameReport(t, got, r)
	must(t, f.Close())
}

func TestCloseLeavesOneFile(t *testing.T) {
	path := newFile(t, sampleReport(t))
	f, err := Open(path)
	must(t, err)
	alone(t, path) // open for writing, the report is one file too
	r, err := f.Load()
	must(t, err)
	r.Meeting.Venue = "Geneva"
	must(t, f.Save(r))
	alone(t, path)
	_, err = f.Freeze(r, "", fixedTime)
	must(t, err)
	must(t, f.Close())
	must(t, f.Close()) // a second Close is harmless
	alone(t, path)
	data, err := os.ReadFile(path)
	must(t, err)
	if data[18] != 1 || data[19] != 1 {
		t.Errorf("header read/write versions %d/%d, want 1/1 (rollback journal)", data[18], data[19])
	}
}

func TestCloseWhileAnotherConnectionReads(t *testing.T) {
	path := newFile(t, sampleReport(t))
	f, err := Open(path)
	must(t, err)
	r, err := f.Load()
	must(t, err)
	r.Meeting.Dates = "6 March 2031"
	must(t, f.Save(r))
	ro, err := OpenReadOnly(path)
	must(t, err)
	_, err = ro.Load()
	must(t, err)
	alone(t, path) // a reader and a writer leave nothing beside the file
	must(t, f.Close())
	alone(t, path)
	got, err := ro.Load()
	must(t, err)
	sameReport(t, got, r)
	must(t, ro.Close())
	alone(t, path)
}

func TestReaderLetsGoDuringClose(t *testing.T) {
	path := newFile(t, sampleReport(t))
	f, err := Open(path)
	must(t, err)
	ro, err := OpenReadOnly(path)
	must(t, err)
	go func() {
		time.Sleep(50 * time.Millisecond)
		ro.Close()
	}()
	must(t, f.Close()) // waits for the reader
	alone(t, path)
}
