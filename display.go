package main

import (
	"net"
	"sort"
	"strconv"
	"strings"
	"time"
)

// dialer connects to a display server; tests replace it.
type dialer func(network, addr string) error

func dialDisplay(network, addr string) error {
	c, err := net.DialTimeout(network, addr, 500*time.Millisecond)
	if err != nil {
		return err
	}
	return c.Close()
}

// noDisplay returns a one-line explanation when no display is available
// (Linux and the BSDs without X11 or Wayland, or with an X display that
// cannot be reached), or "". GLFW would otherwise stop with a stack trace.
func noDisplay(goos string, getenv func(string) string, dial dialer) string {
	switch goos {
	case "windows", "darwin", "android", "ios", "js":
		return ""
	}
	display, wayland := getenv("DISPLAY"), getenv("WAYLAND_DISPLAY")
	var why string
	switch {
	case display == "" && wayland == "":
		why = "no display (DISPLAY and WAYLAND_DISPLAY are unset)"
	case display != "":
		network, addr, ok := xServer(display)
		if !ok {
			return ""
		}
		if err := dial(network, addr); err != nil {
			why = "cannot reach the X display " + display
		}
	}
	if why == "" {
		return ""
	}
	return "rapporteur: " + why + "; work headless with: rapporteur " + strings.Join(commandNames(), " | ") + " (see rapporteur help)"
}

// xServer returns where the X server of display ("[host]:n[.screen]")
// listens: its socket under /tmp/.X11-unix for a local display, TCP port
// 6000+n on a remote host. ok is false for a form it does not know.
func xServer(display string) (network, addr string, ok bool) {
	host, rest, found := strings.Cut(display, ":")
	if !found || strings.HasPrefix(rest, ":") { // "host::n" is DECnet
		return "", "", false
	}
	num, _, _ := strings.Cut(rest, ".")
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 {
		return "", "", false
	}
	if host == "" || host == "unix" {
		return "unix", "/tmp/.X11-unix/X" + num, true
	}
	if strings.HasPrefix(host, "/") { // a launchd-style socket path
		return "", "", false
	}
	return "tcp", net.JoinHostPort(host, strconv.Itoa(6000+n)), true
}

func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
