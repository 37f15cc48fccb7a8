package store

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIsReportFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		path string
		want bool
	}{
		{filepath.Join(dir, "absent.rap"), true},
		{filepath.Join(dir, "ABSENT.RAP"), true},
		{write("renamed.dat", sqliteMagic+"rest of a database"), true},
		{write("draft.txt", "ITEM I – OPENING"), false},
		{write("short.txt", "SQL"), false},
		{filepath.Join(dir, "absent.txt"), false},
	}
	for _, tt := range tests {
		if got := IsReportFile(tt.path); got != tt.want {
			t.Errorf("IsReportFile(%s) = %v, want %v", filepath.Base(tt.path), got, tt.want)
		}
	}
}
