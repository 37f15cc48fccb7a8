package display

import (
	"net"
	"testing"
	"time"
)

// TestHoldKeepsTheConnection checks that Hold leaves its connection open
// after the server's answer, well past the probe's timeout, and that the
// server sees it close only when the caller closes it: an X server that
// resets when its last client leaves must not be left without one between
// the probe and the window.
func TestHoldKeepsTheConnection(t *testing.T) {
	closed := make(chan struct{})
	serve := func(c net.Conn) {
		req := make([]byte, len(setupRequest))
		if _, err := c.Read(req); err != nil {
			return
		}
		c.Write([]byte{1, 0, 11, 0, 0, 0, 0, 0})
		c.Read(make([]byte, 1)) // returns when the client closes
		close(closed)
	}
	addr := fakeServer(t, serve)
	c, err := Hold("unix", addr, 100*time.Millisecond)
	if err != nil {
		t.Fatalf("Hold: %v", err)
	}
	select {
	case <-closed:
		t.Fatal("the connection closed before the caller closed it")
	case <-time.After(300 * time.Millisecond): // three times the timeout
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-closed:
	case <-time.After(5 * time.Second):
		t.Fatal("the server never saw the connection close")
	}
}
