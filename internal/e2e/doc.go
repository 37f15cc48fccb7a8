// Package e2e holds only tests that drive the built program as a user
// does: the real window in a virtual X display of its own (Xvfb), typed
// into with xdotool, the report file read from outside with the program's
// own export command while the window runs, and the window killed or
// signalled in the middle of it. They are skipped under -short and where
// Xvfb or xdotool is missing (make test installs both).
//
// Package e2e may import the standard library, rapporteur/draft and
// rapporteur/internal/workspace.
package e2e
