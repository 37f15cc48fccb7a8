package export

import (
	"strings"
	"testing"

	"rapporteur/draft"
)

// TestDiffWords checks how word runs become laid-out words: marks, and
// glue exactly where the text has no space.
func TestDiffWords(t *testing.T) {
	rb := &redline{builder: &builder{cl: &cleaner{cov: mustCovered(t)}}}
	op := func(o, s string) draft.WordOp { return draft.WordOp{Op: o, Text: s} }
	tests := []struct {
		name string
		ops  []draft.WordOp
		want string // words as text, "+" inserted, "-" deleted, "~" glued
	}{
		{"replace a word", []draft.WordOp{op("equal", "The Chair "), op("delete", "introduced"), op("insert", "presented"), op("equal", " the item.")},
			"The Chair -introduced +presented the item."},
		{"comma after insertion", []draft.WordOp{op("equal", "noted the report"), op("insert", ", with thanks"), op("equal", ".")},
			"noted the report ~+, +with +thanks ~."},
		{"deleted tail", []draft.WordOp{op("equal", "agreed"), op("delete", " to come back")},
			"agreed -to -come -back"},
		{"insertion inside a word run", []draft.WordOp{op("equal", "PC07"), op("delete", "27"), op("insert", "33"), op("equal", "Ea")},
			"PC07 ~-27 +33 ~Ea"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, w := range rb.diffWords(tc.ops, "test") {
				s := w.text
				switch w.mark {
				case inserted:
					s = "+" + s
				case deleted:
					s = "-" + s
				}
				if w.glue {
					s = "~" + s
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("diffWords = %q, want %q", g, tc.want)
			}
		})
	}
}

func mustCovered(t *testing.T) *coverage {
	t.Helper()
	c, err := covered()
	if err != nil {
		t.Fatal(err)
	}
	return c
}
