// Package display tells, before the window starts, whether there is a
// display to show it on: GLFW would otherwise stop with a stack trace (no
// display, an X display nobody serves) or hang and panic (an X server that
// accepts the connection and never answers). It speaks just enough of the
// X11 protocol to see that the server answers. A server that answers and
// still refuses GLFW (no authorisation, a reset under way, not X at all)
// is only seen when GLFW starts: CaptureStderr keeps what Xlib and GLFW
// print meanwhile and StartFailure turns it into the one line the window
// says instead of their output and GLFW's panic.
//
// Package display may import the standard library only.
package display
