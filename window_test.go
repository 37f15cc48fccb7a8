//go:build !headless

package main

import (
	"bytes"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"rapporteur/cli"
)

// openWindowOutput runs openWindow with DISPLAY and WAYLAND_DISPLAY as
// given and returns its exit status and what it printed.
func openWindowOutput(t *testing.T, display, wayland string) (int, string) {
	t.Helper()
	t.Setenv("DISPLAY", display)
	t.Setenv("WAYLAND_DISPLAY", wayland)
	var out strings.Builder
	code := openWindow(nil, &out)
	return code, out.String()
}

// checkOneLine checks that the window refused to open with exit status 1
// and one line that says why and names every headless command.
func checkOneLine(t *testing.T, code int, out, why string) {
	t.Helper()
	if code != 1 || strings.Count(out, "\n") != 1 || !strings.Contains(out, why) {
		t.Errorf("exit %d, output %q; want 1 and one line saying %q", code, out, why)
	}
	for _, name := range cli.Names() {
		if !strings.Contains(out, name) {
			t.Errorf("message %q does not name the headless command %s", out, name)
		}
	}
}

func TestWindowWithoutDisplayFailsFast(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		t.Skipf("%s always has a display", runtime.GOOS)
	}
	code, out := openWindowOutput(t, "", "")
	checkOneLine(t, code, out, "no display")
}

// TestUnreachableDisplayFailsFast points DISPLAY at a display no server
// serves and checks for the one-line message instead of a GLFW panic.
func TestUnreachableDisplayFailsFast(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("X11 sockets are checked on Linux")
	}
	code, out := openWindowOutput(t, ":9876", "")
	checkOneLine(t, code, out, "cannot reach the X display :9876")
}

// TestSilentDisplayFailsFast points DISPLAY at a fake X server that accepts
// the connection and never answers: the window says so in one line instead
// of hanging in GLFW and panicking.
func TestSilentDisplayFailsFast(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("X11 sockets are checked on Linux")
	}
	display := fakeX(t, func(net.Conn) {}) // held open, never answered
	defer func(d time.Duration) { displayTimeout = d }(displayTimeout)
	displayTimeout = 300 * time.Millisecond
	code, out := openWindowOutput(t, display, "")
	checkOneLine(t, code, out, "the X display "+display+" accepts connections but does not answer")
}

// fakeX listens on a local TCP port standing for an X display (6000+n),
// runs serve on each connection and returns the display ("127.0.0.1:n").
// The connections stay open until the test ends unless serve closes them.
func fakeX(t *testing.T, serve func(net.Conn)) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			go serve(c)
		}
	}()
	port := l.Addr().(*net.TCPAddr).Port
	if port <= 6000 {
		t.Skipf("port %d cannot stand for an X display (6000+n)", port)
	}
	return "127.0.0.1:" + strconv.Itoa(port-6000)
}

// windowChildEnv makes the test binary a child that opens the window, as
// "rapporteur" with no arguments does.
const windowChildEnv = "RAPPORTEUR_TEST_WINDOW_CHILD"

// TestRefusingDisplayFailsInOneLine points the real program at a fake X
// server that answers the connection setup, so the probe passes, and then
// refuses every client, as a server wanting authorisation or one resetting
// as its last client leaves does: GLFW fails to start and panics, and the
// program must say so in one line and exit 1, without Xlib's or GLFW's
// output or a stack trace.
func TestRefusingDisplayFailsInOneLine(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("X11 sockets are checked on Linux")
	}
	display := fakeX(t, func(c net.Conn) {
		defer c.Close()
		buf := make([]byte, 256)
		c.Read(buf)
		// Failed: reason of 6 bytes, protocol 11.0, 2 words follow.
		c.Write(append([]byte{0, 6, 11, 0, 0, 0, 2, 0}, "no way\x00\x00"...))
	})
	home := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(filterEnv(os.Environ(), "DISPLAY", "WAYLAND_DISPLAY", "HOME", "XDG_CONFIG_HOME", "XAUTHORITY"),
		windowChildEnv+"=1", "DISPLAY="+display, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, "config"),
		"XAUTHORITY="+filepath.Join(home, "none"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := -1
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err == nil {
		code = 0
	}
	checkOneLine(t, code, stderr.String(), "rapporteur: cannot use the display "+display+": ")
	if stdout.Len() > 0 || strings.Contains(stderr.String(), "panic") {
		t.Errorf("stdout %q, stderr %q; want nothing but the line", stdout.String(), stderr.String())
	}
}
