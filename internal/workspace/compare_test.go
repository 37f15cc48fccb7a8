package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompare compares sources of every kind and checks which comparison
// was made (by identity or by content), what the sides are called and how
// many paragraphs changed.
func TestCompare(t *testing.T) {
	rap, txt, docx := files(t)
	edited := filepath.Join(t.TempDir(), "edited.txt")
	r, err := Load(rap, Working)
	must(t, err)
	must(t, os.WriteFile(edited, []byte(text(t, r)), 0o644))
	tests := []struct {
		name         string
		old, cur     Source
		oldN, newN   string
		changes      int
		wantErr      error
		wantErrMatch string
	}{
		{"two versions", Source{rap, "a"}, Source{rap, "a"}, "version a", "version a", 0, nil, ""},
		{"version and working copy", Source{rap, "a"}, Source{rap, Working}, "version a", "the working copy", 1, nil, ""},
		{"two text documents", Source{Path: txt}, Source{Path: edited}, "r.txt", "edited.txt", 1, nil, ""},
		{"Word and text", Source{Path: docx}, Source{Path: txt}, "r.docx", "r.txt", 0, nil, ""},
		{"report file and document", Source{Path: rap}, Source{Path: txt}, "r.rap", "r.txt", 1, nil, ""},
		{"version and document", Source{rap, "a"}, Source{Path: edited}, "version a of r.rap", "edited.txt", 1, nil, ""},
		{"bad label", Source{rap, "B!"}, Source{rap, Working}, "", "", 0, ErrBadLabel, ""},
		{"missing version", Source{rap, "zz"}, Source{rap, Working}, "", "", 0, ErrNoVersion, ""},
		{"version of a document", Source{txt, "a"}, Source{txt, "b"}, "", "", 0, ErrNotReportFile, ""},
		{"missing file", Source{Path: filepath.Join(t.TempDir(), "gone.txt")}, Source{Path: txt}, "", "", 0, nil, "gone.txt"},
	}
	for _, tt := range tests {
		c, err := Compare(tt.old, tt.cur)
		if tt.wantErr != nil || tt.wantErrMatch != "" {
			if err == nil || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) || !strings.Contains(err.Error(), tt.wantErrMatch) {
				t.Errorf("%s: error %v, want %v %q", tt.name, err, tt.wantErr, tt.wantErrMatch)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if c.OldName != tt.oldN || c.NewName != tt.newN || len(c.Changes) != tt.changes {
			t.Errorf("%s: %q → %q with %d changes; want %q → %q with %d", tt.name, c.OldName, c.NewName, len(c.Changes), tt.oldN, tt.newN, tt.changes)
		}
	}
}

func TestIsLabel(t *testing.T) {
	for s, want := range map[string]bool{"a": true, "zz": true, Working: true, "": false, "B": false, "a1": false, "abcdefg": false} {
		if got := IsLabel(s); got != want {
			t.Errorf("IsLabel(%q) = %v, want %v", s, got, want)
		}
	}
}
