package display

import (
	"errors"
	"net"
	"path/filepath"
	"testing"
	"time"
)

func TestProblem(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	// The fake X server answers on display :0, accepts and stays silent
	// on :5, and nothing listens elsewhere.
	probe := func(network, addr string) error {
		switch {
		case network == "unix" && addr == "/tmp/.X11-unix/X0":
			return nil
		case network == "unix" && addr == "/tmp/.X11-unix/X5":
			return ErrSilent
		}
		return errors.New("connection refused")
	}
	tests := []struct {
		goos string
		vars map[string]string
		want string
	}{
		{"linux", nil, "no display (DISPLAY and WAYLAND_DISPLAY are unset)"},
		{"linux", map[string]string{"DISPLAY": ":0"}, ""},
		{"linux", map[string]string{"DISPLAY": ":0.1"}, ""},
		{"linux", map[string]string{"DISPLAY": ":77"}, "cannot reach the X display :77"},
		{"linux", map[string]string{"DISPLAY": ":5"}, "the X display :5 accepts connections but does not answer"},
		{"linux", map[string]string{"DISPLAY": "otherhost:0"}, "cannot reach the X display otherhost:0"},
		{"linux", map[string]string{"DISPLAY": "strange"}, ""},
		{"linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, ""},
		{"freebsd", nil, "no display (DISPLAY and WAYLAND_DISPLAY are unset)"},
		{"windows", nil, ""},
		{"darwin", nil, ""},
	}
	for _, tt := range tests {
		if got := Problem(tt.goos, env(tt.vars), probe); got != tt.want {
			t.Errorf("Problem(%s, %v) = %q, want %q", tt.goos, tt.vars, got, tt.want)
		}
	}
}

func TestXServer(t *testing.T) {
	tests := []struct {
		display, network, addr string
		ok                     bool
	}{
		{":0", "unix", "/tmp/.X11-unix/X0", true},
		{":1.0", "unix", "/tmp/.X11-unix/X1", true},
		{"unix:2", "unix", "/tmp/.X11-unix/X2", true},
		{"remote:10.0", "tcp", "remote:6010", true},
		{"[::1]:1", "", "", false},
		{"host::0", "", "", false},
		{"nonsense", "", "", false},
		{":x", "", "", false},
	}
	for _, tt := range tests {
		network, addr, ok := XServer(tt.display)
		if network != tt.network || addr != tt.addr || ok != tt.ok {
			t.Errorf("XServer(%q) = %q, %q, %v; want %q, %q, %v", tt.display, network, addr, ok, tt.network, tt.addr, tt.ok)
		}
	}
}

// fakeServer listens on a Unix socket in a temporary folder and runs serve
// on every connection; it returns the socket's path.
func fakeServer(t *testing.T, serve func(net.Conn)) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "X")
	l, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				serve(c)
			}()
		}
	}()
	return path
}

// TestProbe talks to fake X servers: one that answers the setup, one that
// accepts and never answers, one that hangs up, and a socket nobody serves.
func TestProbe(t *testing.T) {
	answers := func(c net.Conn) {
		req := make([]byte, len(setupRequest))
		if _, err := c.Read(req); err == nil {
			c.Write([]byte{0, 20, 11, 0, 0, 0, 5, 0}) // "failed", as without authorisation
		}
	}
	silent := func(c net.Conn) { time.Sleep(5 * time.Second) }
	hangsUp := func(c net.Conn) {}
	tests := []struct {
		name   string
		addr   string
		ok     bool
		silent bool
	}{
		{"answers", fakeServer(t, answers), true, false},
		{"silent", fakeServer(t, silent), false, true},
		{"hangs up", fakeServer(t, hangsUp), false, true},
		{"nobody", filepath.Join(t.TempDir(), "none"), false, false},
	}
	for _, tt := range tests {
		err := Probe("unix", tt.addr, 200*time.Millisecond)
		if (err == nil) != tt.ok || errors.Is(err, ErrSilent) != tt.silent {
			t.Errorf("%s: Probe = %v; want ok %v, silent %v", tt.name, err, tt.ok, tt.silent)
		}
	}
}

func TestStartFailure(t *testing.T) {
	tests := []struct {
		out  string
		p    any
		want string
	}{
		{"nope\x00\n2026/12/01 13:55:48 PlatformError: X11: Failed to open display :7\n", errors.New("NotInitialized: The GLFW library is not initialized"),
			"X11: Failed to open display :7 (nope)"},
		{"2026/12/01 13:55:48.123 PlatformError: X11: Failed to open display :7\n", nil, "X11: Failed to open display :7"},
		{"Authorization required, but no authorization protocol specified\n", nil, "Authorization required, but no authorization protocol specified"},
		{"", errors.New("NotInitialized: The GLFW library is not initialized"), "NotInitialized: The GLFW library is not initialized"},
		{"go-gl/glfw: Please report this in the Go package issue tracker.\n", nil, "the window system did not start"},
	}
	for _, tt := range tests {
		if got := StartFailure([]byte(tt.out), tt.p); got != tt.want {
			t.Errorf("StartFailure(%q, %v) = %q, want %q", tt.out, tt.p, got, tt.want)
		}
	}
}
