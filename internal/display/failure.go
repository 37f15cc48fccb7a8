package display

import (
	"fmt"
	"regexp"
	"strings"
)

// StartFailure says in a few words why the window system would not start
// on the display: from what was printed while it tried (out: GLFW's
// "PlatformError: X11: Failed to open display :1", Xlib's reason) and what
// it panicked with (p: GLFW's "NotInitialized: …"). The platform's own
// words come first, since they name the cause; the panic says only that
// GLFW gave up.
func StartFailure(out []byte, p any) string {
	var platform, other string
	for _, line := range strings.Split(string(out), "\n") {
		line = strings.Trim(logStamp.ReplaceAllString(line, ""), " \t\r\x00")
		switch {
		case line == "" || strings.HasPrefix(line, "go-gl/glfw:") || strings.HasPrefix(line, "Fyne error") ||
			strings.HasPrefix(line, "Cause:") || strings.HasPrefix(line, "At:"):
		case strings.HasPrefix(line, "PlatformError: "):
			if platform == "" {
				platform = strings.TrimPrefix(line, "PlatformError: ")
			}
		case other == "":
			other = line
		}
	}
	switch {
	case platform != "" && other != "":
		return platform + " (" + other + ")"
	case platform != "":
		return platform
	case other != "":
		return other
	case p != nil:
		return fmt.Sprint(p)
	}
	return "the window system did not start"
}

// logStamp is the date and time Go's log package puts before a line.
var logStamp = regexp.MustCompile(`^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(\.\d+)? `)
