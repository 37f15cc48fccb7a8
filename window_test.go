package main

import (
	"runtime"
	"strings"
	"testing"
)

func TestNoDisplay(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	tests := []struct {
		goos string
		vars map[string]string
		fail bool
	}{
		{"linux", nil, true},
		{"linux", map[string]string{"DISPLAY": ":0"}, false},
		{"linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, false},
		{"freebsd", nil, true},
		{"windows", nil, false},
		{"darwin", nil, false},
	}
	for _, tt := range tests {
		msg := noDisplay(tt.goos, env(tt.vars))
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
	if noDisplay(runtime.GOOS, func(string) string { return "" }) == "" {
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
