package draft

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// render shows a word diff in the terminal notation, for compact wants.
func render(ops []WordOp) string {
	var b strings.Builder
	for _, o := range ops {
		switch o.Op {
		case OpDelete:
			b.WriteString("[-" + o.Text + "-]")
		case OpInsert:
			b.WriteString("{+" + o.Text + "+}")
		default:
			b.WriteString(o.Text)
		}
	}
	return b.String()
}

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"same", "The PTC took note.", "The PTC took note.", "The PTC took note."},
		{"empty", "", "", ""},
		{"whole word", "the green light", "the grey light", "the [-green-]{+grey+} light"},
		{"word grows", "the green light", "the greenery light", "the [-green-]{+greenery+} light"},
		{"inserted word", "took note of it", "took careful note of it", "took {+careful +}note of it"},
		{"deleted word", "took careful note of it", "took note of it", "took [-careful -]note of it"},
		{"punctuation", "noted the report.", "noted the report;", "noted the report[-.-]{+;+}"},
		{"comma added", "Türkiye and Norway", "Türkiye, and Norway", "Türkiye{+,+} and Norway"},
		{"double space", "the  report", "the report", "the[-  -]{+ +}report"},
		{"accents NFC", "Trevin\u0303o spoke", "Treviño spoke", "Treviño spoke"},
		{"accent changed", "Trevino spoke", "Treviño spoke", "[-Trevino-]{+Treviño+} spoke"},
		{"greek", "Η Επιτροπή ενέκρινε", "Η Επιτροπή απέρριψε", "Η Επιτροπή [-ενέκρινε-]{+απέρριψε+}"},
		{"cyrillic", "Комитет принял доклад", "Комитет принял отчёт", "Комитет принял [-доклад-]{+отчёт+}"},
		{"all new", "alpha", "beta", "[-alpha-]{+beta+}"},
		{"from empty", "", "new text", "{+new text+}"},
		{"to empty", "old text", "", "[-old text-]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := render(WordDiff(tc.old, tc.new))
			if got != tc.want {
				t.Errorf("WordDiff(%q, %q) = %q, want %q", tc.old, tc.new, got, tc.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	got := strings.Join(Tokens("Doc. PC0727Ea (version d),  Türkiye’s"), "|")
	want := "Doc|.| |PC0727Ea| |(|version| |d|)|,|  |Türkiye|’|s"
	if got != want {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

// TestIndexRune checks that the rune encoding of token indexes is the one
// go-diff decodes, across its surrogate and four-byte boundaries.
func TestIndexRune(t *testing.T) {
	dmp := diffmatchpatch.New()
	for _, n := range []int{1, 127, 128, 2047, 2048, surrogateStart - 1, surrogateStart, threeByteLimit - 1, threeByteLimit, threeByteLimit + 1, 200000} {
		table := make([]string, n+1)
		table[n] = "tok"
		r := indexRune(n)
		if !utf8.ValidRune(r) {
			t.Fatalf("indexRune(%d) = %U, not a valid rune", n, r)
		}
		got := dmp.DiffCharsToLines([]diffmatchpatch.Diff{{Type: diffmatchpatch.DiffEqual, Text: string(r)}}, table)
		if got[0].Text != "tok" {
			t.Errorf("indexRune(%d) = %U decodes to %q, want %q", n, r, got[0].Text, "tok")
		}
	}
}

func FuzzWordDiff(f *testing.F) {
	f.Add("the green light", "the grey light")
	f.Add("Trevin\u0303o", "Treviño,  Η Επιτροπή")
	f.Add("", "x")
	f.Add("a\xffb", "a b")
	f.Fuzz(func(t *testing.T, old, new string) {
		ops := WordDiff(old, new)
		if got, want := ApplyWords(ops, OpInsert), nfc(new); got != want {
			t.Fatalf("equal+insert = %q, want new %q", got, want)
		}
		if got, want := ApplyWords(ops, OpDelete), nfc(old); got != want {
			t.Fatalf("equal+delete = %q, want old %q", got, want)
		}
		for i, o := range ops {
			if o.Text == "" {
				t.Fatalf("op %d is empty", i)
			}
			if i > 0 && ops[i-1].Op == o.Op {
				t.Fatalf("ops %d and %d share kind %s", i-1, i, o.Op)
			}
		}
	})
}
