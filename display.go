package main

import (
	"sort"
	"strings"
)

// noDisplay returns a one-line explanation when no display is available
// (Linux and the BSDs without X11 or Wayland), or "".
func noDisplay(goos string, getenv func(string) string) string {
	switch goos {
	case "windows", "darwin", "android", "ios", "js":
		return ""
	}
	if getenv("DISPLAY") != "" || getenv("WAYLAND_DISPLAY") != "" {
		return ""
	}
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return "rapporteur: no display (DISPLAY and WAYLAND_DISPLAY are unset); work headless with: rapporteur " +
		strings.Join(names, " | ") + " (see rapporteur help)"
}
