package export

import (
	"strings"
	"testing"
)

// TestMissingGlyphWarning checks that characters the font lacks (an emoji
// above U+FFFF, a Chinese character) are replaced by a visible mark and
// reported with their code, the character and where they are.
func TestMissingGlyphWarning(t *testing.T) {
	r := sampleReport(t)
	it := r.Items[2]
	it.Paragraphs[1].Text = "Delegates welcomed the pilot 😀 and the 中 sign-off."
	it.Title = "Reports and updates ✈"
	var warnings []string
	pdf := export(t, r, Options{Warn: func(m string) { warnings = append(warnings, m) }})
	want := []string{
		`item III, title: character U+2708 "✈"`,
		`item III, paragraph 6: character U+1F600 "😀"`,
		`item III, paragraph 6: character U+4E2D "中"`,
	}
	all := strings.Join(warnings, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("no warning containing %q; got:\n%s", w, all)
		}
	}
	if len(warnings) < len(want) {
		t.Errorf("got %d warnings, want at least %d", len(warnings), len(want))
	}
	text := squash(pdfText(t, pdf))
	if !strings.Contains(text, "pilot ? and the ? sign-off.") {
		t.Errorf("PDF text does not show the replacement marks; paragraph reads:\n%s", grep(text, "pilot"))
	}
}

// TestCleanKeepsCoveredText checks the cleaner on its own.
func TestCleanKeepsCoveredText(t *testing.T) {
	cov, err := covered()
	if err != nil {
		t.Fatal(err)
	}
	var warned []string
	c := &cleaner{cov: cov, warn: func(m string) { warned = append(warned, m) }}
	tests := []struct{ in, want string }{
		{"Türkiye – “Treviño” • Ελλάδα Україна ’", "Türkiye – “Treviño” • Ελλάδα Україна ’"},
		{"tab\there\nline", "tab here line"},
		{"a\x07b", "ab"},
		{"𝔸 and 中", "? and ?"},
	}
	for _, tc := range tests {
		warned = nil
		if got := c.clean(tc.in, "test"); got != tc.want {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
		changed := strings.ContainsAny(tc.in, "\x07𝔸中")
		if changed != (len(warned) > 0) {
			t.Errorf("clean(%q) warned %v, want warnings: %v", tc.in, warned, changed)
		}
	}
}

func grep(text, word string) string {
	i := strings.Index(text, word)
	if i < 0 {
		return "(not found)"
	}
	return text[max(0, i-80):min(len(text), i+80)]
}
