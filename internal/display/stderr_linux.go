package display

import (
	"fmt"
	"io"
	"os"
	"syscall"
)

// CaptureStderr sends what the process writes to its standard error, from
// Go or from C (Xlib prints a refusing server's reason there), to a
// temporary file until stop is called; stop puts standard error back and
// returns what was written meanwhile. The window uses it while GLFW starts,
// so that a display it cannot use costs one line, not Xlib's and GLFW's.
func CaptureStderr() (stop func() []byte, err error) {
	f, err := os.CreateTemp("", "rapporteur-stderr-*")
	if err != nil {
		return nil, fmt.Errorf("display: capture stderr: %w", err)
	}
	os.Remove(f.Name()) // the open file is enough
	saved, err := syscall.Dup(2)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("display: capture stderr: %w", err)
	}
	if err := syscall.Dup3(int(f.Fd()), 2, 0); err != nil {
		syscall.Close(saved)
		f.Close()
		return nil, fmt.Errorf("display: capture stderr: %w", err)
	}
	return func() []byte {
		_ = syscall.Dup3(saved, 2, 0)
		syscall.Close(saved)
		defer f.Close()
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil
		}
		out, _ := io.ReadAll(f)
		return out
	}, nil
}
