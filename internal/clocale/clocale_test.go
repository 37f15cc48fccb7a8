package clocale

import "testing"

func TestFix(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string // LC_MESSAGES afterwards
	}{
		{map[string]string{"LANG": "C.UTF-8"}, "C"},
		{map[string]string{"LANG": "POSIX.utf8"}, "C"},
		{map[string]string{"LANG": "C"}, ""},
		{map[string]string{"LANG": "en_GB.UTF-8"}, ""},
		{map[string]string{"LANG": "C.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr_FR.UTF-8"},
		{map[string]string{"LANG": "C.UTF-8", "LC_ALL": "de_DE.UTF-8"}, ""},
		{map[string]string{}, ""},
	}
	for _, tt := range tests {
		env := map[string]string{}
		for k, v := range tt.env {
			env[k] = v
		}
		fix(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if got := env["LC_MESSAGES"]; got != tt.want {
			t.Errorf("env %v: LC_MESSAGES = %q, want %q", tt.env, got, tt.want)
		}
	}
}
