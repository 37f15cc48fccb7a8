package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestCountOf(t *testing.T) {
	for _, c := range []struct {
		n    int
		noun string
		want string
	}{
		{0, "item", "0 items"},
		{1, "bullet", "1 bullet"},
		{3, "bullet", "3 bullets"},
		{1, "annex", "1 annex"},
		{2, "annex", "2 annexes"},
		{154, "paragraph", "154 paragraphs"},
	} {
		if got := countOf(c.n, c.noun); got != c.want {
			t.Errorf("countOf(%d, %q) = %q, want %q", c.n, c.noun, got, c.want)
		}
	}
}

// TestInfoCountsInEnglish checks that info says "1 bullet", not "1 bullets".
func TestInfoCountsInEnglish(t *testing.T) {
	rap := filepath.Join(t.TempDir(), "s.rap")
	if code, _, errOut := runCLI(t, "sample", "-o", rap); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, errOut)
	}
	_, out, _ := runCLI(t, "info", rap)
	for _, want := range []string{"conclusion ¶2, 1 bullet\n", "conclusion ¶9, 3 bullets\n", "2 annexes\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("info lacks %q:\n%s", want, out)
		}
	}
}
