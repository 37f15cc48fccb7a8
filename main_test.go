package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestRunDispatches checks the wiring: a subcommand runs headless and
// prints its output; an unknown one is refused with the command list.
func TestRunDispatches(t *testing.T) {
	rap := filepath.Join(t.TempDir(), "s.rap")
	tests := []struct {
		args    []string
		code    int
		out     string // what stdout must contain
		errLine string // what stderr must contain
	}{
		{[]string{"help"}, 0, "  sample", ""},
		{[]string{"sample", "-o", rap}, 0, "wrote " + rap, ""},
		{[]string{"freeze", rap}, 0, "a\n", ""},
		{[]string{"nosuch"}, 2, "", `unknown command "nosuch"`},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run(tt.args, &out, &errOut)
		if code != tt.code || !strings.Contains(out.String(), tt.out) || !strings.Contains(errOut.String(), tt.errLine) {
			t.Errorf("run(%q) = %d, stdout %q, stderr %q; want %d, %q, %q", tt.args, code, out.String(), errOut.String(), tt.code, tt.out, tt.errLine)
		}
	}
}

// TestNoLocaleNoiseUnderCUTF8 starts this test binary again under
// LANG=C.UTF-8 and checks that start-up prints nothing: Fyne's locale code
// would log "Fyne error" lines there without internal/clocale.
func TestNoLocaleNoiseUnderCUTF8(t *testing.T) {
	if os.Getenv("RAPPORTEUR_LOCALE_CHILD") == "1" {
		return // the process has started; that was the test
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestNoLocaleNoiseUnderCUTF8$")
	cmd.Env = append(filterEnv(os.Environ(), "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"),
		"LANG=C.UTF-8", "RAPPORTEUR_LOCALE_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if strings.Contains(string(out), "Fyne error") {
		t.Errorf("start-up under LANG=C.UTF-8 printed:\n%s", out)
	}
}

func filterEnv(env []string, drop ...string) []string {
	var out []string
	for _, kv := range env {
		name, _, _ := strings.Cut(kv, "=")
		if !slices.Contains(drop, name) {
			out = append(out, kv)
		}
	}
	return out
}
