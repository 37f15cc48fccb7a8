//go:build !linux

package display

// CaptureStderr leaves standard error as it is where the window does not
// start on X11 through Xlib; stop returns nothing.
func CaptureStderr() (stop func() []byte, err error) {
	return func() []byte { return nil }, nil
}
