package display

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"
)

// Prober checks that the display server at addr on network answers; Probe
// is the real one, tests pass their own.
type Prober func(network, addr string) error

// Problem returns, in a few words, why the window cannot be shown (on
// Linux and the BSDs: no X11 or Wayland display, or an X display that
// cannot be reached or does not answer), or "" when it can be tried.
func Problem(goos string, getenv func(string) string, probe Prober) string {
	switch goos {
	case "windows", "darwin", "android", "ios", "js":
		return ""
	}
	display, wayland := getenv("DISPLAY"), getenv("WAYLAND_DISPLAY")
	switch {
	case display == "" && wayland == "":
		return "no display (DISPLAY and WAYLAND_DISPLAY are unset)"
	case display == "":
		return ""
	}
	network, addr, ok := XServer(display)
	if !ok {
		return ""
	}
	err := probe(network, addr)
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrSilent):
		return "the X display " + display + " accepts connections but does not answer"
	}
	return "cannot reach the X display " + display
}

// ErrSilent means the X server accepted the connection but did not answer
// the connection setup in time, or closed the connection without a word.
var ErrSilent = errors.New("the X server does not answer")

// Probe connects to the X server at addr and sends the connection setup;
// any answer (accepted, refused, authentication wanted) shows that the
// server works. It gives up after timeout, once for connecting and once
// for the answer.
func Probe(network, addr string, timeout time.Duration) error {
	c, err := Hold(network, addr, timeout)
	if err != nil {
		return err
	}
	return c.Close()
}

// Hold probes the X server at addr as Probe does and returns the
// connection still open; the caller closes it once the window's own
// connection is made. Closing the probe's connection first would leave the
// server without a client for a moment, and an X server that resets when
// its last client leaves (Xvfb, as xvfb-run starts it) then refuses the
// window's connection while it resets: about 1 time in 100 when the two
// connections follow each other at once, as they do here.
func Hold(network, addr string, timeout time.Duration) (io.Closer, error) {
	c, err := net.DialTimeout(network, addr, timeout)
	if err != nil {
		return nil, fmt.Errorf("display: connect to %s: %w", addr, err)
	}
	if err := c.SetDeadline(time.Now().Add(timeout)); err != nil {
		c.Close()
		return nil, fmt.Errorf("display: %s: %w", addr, err)
	}
	// A server that accepted and hung up at once may make the write fail
	// (a broken pipe) rather than the read: either way it said nothing.
	if _, err := c.Write(setupRequest); err != nil {
		c.Close()
		return nil, fmt.Errorf("display: %s: %w (%v)", addr, ErrSilent, err)
	}
	var status [1]byte
	if _, err := io.ReadFull(c, status[:]); err != nil {
		c.Close()
		return nil, fmt.Errorf("display: %s: %w (%v)", addr, ErrSilent, err)
	}
	if err := c.SetDeadline(time.Time{}); err != nil {
		c.Close()
		return nil, fmt.Errorf("display: %s: %w", addr, err)
	}
	return c, nil
}

// setupRequest is an X11 connection setup without authorisation data:
// byte order 'l' (little-endian), protocol 11.0, empty authorisation name
// and data. The server's answer starts with 0 (failed), 1 (success) or 2
// (authenticate).
var setupRequest = []byte{'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0}

// XServer returns where the X server of display ("[host]:n[.screen]")
// listens: its socket under /tmp/.X11-unix for a local display, TCP port
// 6000+n on a remote host. ok is false for a form it does not know.
func XServer(display string) (network, addr string, ok bool) {
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
