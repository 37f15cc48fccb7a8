package ingest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rapporteur/draft"
)

func TestTextErrors(t *testing.T) {
	cases := []struct {
		name, in, want string
		noItem         bool
	}{
		{"empty", "", "empty", false},
		{"blank lines", " \n\n\t\n", "empty", false},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8 text", false},
		{"latin-1", "Caf\xe9 cr\xe8me\n", "not UTF-8 text", false},
		{"control characters", strings.Repeat("\x01\x02ab", 50), "not UTF-8 text", false},
		{"prose", "The committee met on Monday.\nIt discussed many things.\n", "no agenda item found", true},
		{"numbered paragraphs only", "1. First point.\n\n2. Second point.\n", "no agenda item found", true},
		{"agenda rows only", "I. Opening 1-2\nII. Closing 3-4\n", "no agenda item found", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, _, err := Text([]byte(c.in))
			if err == nil {
				t.Fatalf("got a report with %d items, want an error", len(r.Items))
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q, want it to say %q", err, c.want)
			}
			if got := errors.Is(err, ErrNoItem); got != c.noItem {
				t.Errorf("errors.Is(err, ErrNoItem) = %v, want %v", got, c.noItem)
			}
		})
	}
}

func TestJoinLines(t *testing.T) {
	cases := []struct {
		in   []string
		want string
	}{
		{[]string{"growth of e-", "commerce in the region"}, "growth of e-commerce in the region"},
		{[]string{"under sub-", "item h."}, "under sub-item h."},
		{[]string{"the E-", "Commerce Package"}, "the E-Commerce Package"},
		{[]string{"across the ", " e-commerce market"}, "across the e-commerce market"},
		{[]string{"two   spaces  inside", "next"}, "two spaces inside next"},
		{[]string{"a spaced dash -", "then more"}, "a spaced dash - then more"},
		{[]string{"the years 2022-", "2025"}, "the years 2022-2025"},
		{[]string{"one line only"}, "one line only"},
	}
	for _, c := range cases {
		if got := joinLines(c.in); got != c.want {
			t.Errorf("joinLines(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// parse imports text that must parse and valid, failing the test otherwise.
func parse(t *testing.T, in string) (*draft.Report, []string) {
	t.Helper()
	r, warn, err := Text([]byte(in))
	if err != nil {
		t.Fatalf("Text: %v", err)
	}
	if err := r.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	return r, warn
}

func texts(it *draft.Item) []string {
	var out []string
	for _, p := range it.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

func hasWarning(warn []string, parts ...string) bool {
	for _, w := range warn {
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(w, p)
		}
		if ok {
			return true
		}
	}
	return false
}

func TestParagraphNumbering(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		paras int
		warn  []string // parts of one expected warning; nil means none
	}{
		{"consecutive", "ITEM I – OPENING\n1. One.\n2. Two.\n3. Three.\n", 3, nil},
		{"skipped", "ITEM I – OPENING\n1. One.\n2. Two.\n4. Four.\n", 3, []string{"line 4", "paragraph 4 follows paragraph 2", "numbers it 3"}},
		{"repeated", "ITEM I – OPENING\n1. One.\n2. Two.\n2. Two again.\n", 3, []string{"line 4", "repeats"}},
		{"continues another report", "ITEM I – OPENING\n7. Seven.\n8. Eight.\n", 2, nil},
		{"continues, then skips", "ITEM I – OPENING\n7. Seven.\n9. Nine.\n", 2, []string{"line 3", "paragraph 9 follows paragraph 7", "numbers it 8"}},
		{"year opens a wrapped line", "ITEM I – OPENING\n1. The threshold was raised in\n2016. The change applied to all goods.\n2. Next.\n", 2, nil},
		{"number inside a sentence", "ITEM I – OPENING\n1. The delegates counted\n5. Then they left.\n2. Next.\n", 2, nil},
		{"unnumbered text", "ITEM I – OPENING\nThe Chair spoke first.\n1. One.\n", 2, []string{"line 2", "without a paragraph number"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, warn := parse(t, c.in)
			if got := r.Numbering().Total(); got != c.paras {
				t.Errorf("got %d paragraphs %q, want %d", got, texts(r.Items[0]), c.paras)
			}
			if c.warn == nil && len(warn) > 0 {
				t.Errorf("unexpected warnings %q", warn)
			}
			if c.warn != nil && !hasWarning(warn, c.warn...) {
				t.Errorf("warnings %q, want one with %q", warn, c.warn)
			}
		})
	}
}

func TestFileRefusesWord(t *testing.T) {
	_, _, err := File(filepath.Join(t.TempDir(), "report.odt"))
	if err == nil || !strings.Contains(err.Error(), "not supported yet") {
		t.Errorf("File(.odt) error %v, want not supported yet", err)
	}
	path := filepath.Join(t.TempDir(), "report.txt")
	if err := os.WriteFile(path, []byte("nothing here\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := File(path); err == nil || !strings.Contains(err.Error(), path) || !errors.Is(err, ErrNoItem) {
		t.Errorf("File(no items) error %v, want ErrNoItem naming the file", err)
	}
	if _, _, err := File(filepath.Join(t.TempDir(), "missing.txt")); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("File(missing) error %v, want not exist", err)
	}
}

// TestContinuation reads a text that continues another report, items VI
// and VII from paragraph 69: the numbers a reader sees are kept, derived
// from the first item and paragraph, and an insertion still renumbers.
func TestContinuation(t *testing.T) {
	in := "ITEM VI – TRANSIT\n\n69. The Secretariat reported.\n\n70. In conclusion, the PTC:\n• took note of the report.\n\n" +
		"ITEM VII – CLOSING\n\n71. The Chair closed the session.\n"
	r, warn := parse(t, in)
	if len(warn) > 0 {
		t.Errorf("warnings %q, want none", warn)
	}
	if r.FirstItem != 6 || r.FirstParagraph != 69 {
		t.Fatalf("FirstItem, FirstParagraph = %d, %d; want 6, 69", r.FirstItem, r.FirstParagraph)
	}
	s := r.Summarize()
	got := []string{}
	for _, it := range s.Items {
		got = append(got, fmt.Sprintf("%s %v", it.Number, it.Paragraphs))
	}
	if want := []string{"VI [69 70]", "VII [71 71]"}; !slices.Equal(got, want) {
		t.Errorf("items %q, want %q", got, want)
	}
	if _, err := r.InsertParagraph(r.Items[0], 0, 0, "Inserted."); err != nil {
		t.Fatal(err)
	}
	if g := r.Numbering().Range(r, 1); g.First != 72 {
		t.Errorf("after an insertion item VII starts at %d, want 72", g.First)
	}
	if i, ok := r.ItemIndex("VII"); !ok || i != 1 {
		t.Errorf("ItemIndex(VII) = %d, %v; want 1, true", i, ok)
	}
}
