package main

import (
	"errors"
	"runtime"
	"strings"
	"testing"
)

func TestNoDisplay(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	// The fake X server listens on display :0 only.
	dial := func(network, addr string) error {
		if network == "unix" && addr == "/tmp/.X11-unix/X0" {
			return nil
		}
		return errors.New("connection refused")
	}
	tests := []struct {
		goos string
		vars map[string]string
		fail bool
	}{
		{"linux", nil, true},
		{"linux", map[string]string{"DISPLAY": ":0"}, false},
		{"linux", map[string]string{"DISPLAY": ":0.1"}, false},
		{"linux", map[string]string{"DISPLAY": ":77"}, true},
		{"linux", map[string]string{"DISPLAY": "otherhost:0"}, true},
		{"linux", map[string]string{"DISPLAY": "strange"}, false},
		{"linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, false},
		{"freebsd", nil, true},
		{"windows", nil, false},
		{"darwin", nil, false},
	}
	for _, tt := range tests {
		msg := noDisplay(tt.goos, env(tt.vars), dial)
		if got := msg != ""; got != tt.fail {
			t.Errorf("noDisplay(%s, %v) = %q, want failure %v", tt.goos, tt.vars, msg, tt.fail)
		}
		if msg == "" {
			continue
		}
		if strings.Contains(msg, "\n") {
			t.Errorf("message %q is more than one line", msg)
		}
		for name := range commands {
			if !strings.Contains(msg, name) {
				t.Errorf("message %q does not name the headless command %s", msg, name)
			}
		}
	}
}

func TestWindowWithoutDisplayFailsFast(t *testing.T) {
	if noDisplay(runtime.GOOS, func(string) string { return "" }, dialDisplay) == "" {
		t.Skipf("%s always has a display", runtime.GOOS)
	}
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	var out strings.Builder
	if code := openWindow(nil, &out); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if got := strings.Count(out.String(), "\n"); got != 1 {
		t.Errorf("printed %d lines, want 1: %q", got, out.String())
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
		network, addr, ok := xServer(tt.display)
		if network != tt.network || addr != tt.addr || ok != tt.ok {
			t.Errorf("xServer(%q) = %q, %q, %v; want %q, %q, %v", tt.display, network, addr, ok, tt.network, tt.addr, tt.ok)
		}
	}
}

// TestUnreachableDisplayFailsFast points DISPLAY at a display no server
// serves and checks for the one-line message instead of a GLFW panic.
func TestUnreachableDisplayFailsFast(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("X11 sockets are checked on Linux")
	}
	t.Setenv("DISPLAY", ":9876")
	var out strings.Builder
	if code := openWindow(nil, &out); code != 1 || !strings.Contains(out.String(), "cannot reach the X display :9876") {
		t.Errorf("exit %d, output %q; want 1 and a line naming the display", code, out.String())
	}
}
