package spell_test

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"rapporteur/internal/spell"
)

func words(rs []spell.Range) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.Word)
	}
	return out
}

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The PTC took note.", []string{"The", "PTC", "took", "note"}},
		{"l'Organisation et l’Organisation", []string{"l'Organisation", "et", "l’Organisation"}},
		{"don't, don’t; the Members’ website", []string{"don't", "don’t", "the", "Members", "website"}},
		{"“Any other business”, ‘quoted’", []string{"Any", "other", "business", "quoted"}},
		{"e-commerce and Vice-Chair – dash — em-dash", []string{"e-commerce", "and", "Vice-Chair", "dash", "em-dash"}},
		{"-leading trailing- --both--", []string{"leading", "trailing", "both"}},
		{"the U.S. and e.g. this", []string{"the", "U.S", "and", "e.g", "this"}},
		{"Doc. PC0727Ea (version d)", []string{"Doc", "PC0727Ea", "version", "d"}},
		{"GE.20-12345 and 241st/242nd Sessions", []string{"GE.20-12345", "and", "Sessions"}},
		{"Doc ECE/TRADE/C/CEFACT/2020/19, paragraph 5", []string{"Doc", "paragraph", "5"}},
		{"and/or the Americas/Caribbean", []string{"and", "or", "the", "Americas", "Caribbean"}},
		{"see https://www.wcoomd.org/en.aspx?x=1 or www.wto.org.", []string{"see", "or"}},
		{"write to info@wcoomd.org, or wcoomd.org/trade now", []string{"write", "to", "or", "now"}},
		{"meeting.The end", []string{"meeting.The", "end"}},
		{"Türkiye, Treviño and São Tomé", []string{"Türkiye", "Treviño", "and", "São", "Tomé"}},
		{"(a) R&D 50% 3×4", []string{"a", "R", "D", "50", "3", "4"}},
		{"soft\u00adhyphen", []string{"soft\u00adhyphen"}},
		{"", []string{}},
		{"  \n\t ", []string{}},
	}
	for _, tt := range tests {
		got := words(spell.Words(tt.text))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestWordsRanges checks byte and rune offsets in text with accents,
// combining marks, curly quotes and non-breaking spaces.
func TestWordsRanges(t *testing.T) {
	text := "« Déjà », dit l’Organisation\u00a0; Türkiye’s e\u0301te\u0301 “ok”"
	type span struct {
		word               string
		start, end, rs, re int
	}
	want := []span{
		{"Déjà", 3, 9, 2, 6},
		{"dit", 14, 17, 10, 13},
		{"l’Organisation", 18, 34, 14, 28},
		{"Türkiye’s", 38, 50, 31, 40},
		{"e\u0301te\u0301", 51, 58, 41, 46},
		{"ok", 62, 64, 48, 50},
	}
	got := spell.Words(text)
	if len(got) != len(want) {
		t.Fatalf("Words(%q) = %q, want %d words", text, words(got), len(want))
	}
	runes := []rune(text)
	for i, w := range want {
		g := got[i]
		if g.Word != w.word || g.Start != w.start || g.End != w.end || g.RuneStart != w.rs || g.RuneEnd != w.re {
			t.Errorf("word %d = %q [%d:%d] runes [%d:%d], want %q [%d:%d] runes [%d:%d]",
				i, g.Word, g.Start, g.End, g.RuneStart, g.RuneEnd, w.word, w.start, w.end, w.rs, w.re)
		}
		if s := string(runes[g.RuneStart:g.RuneEnd]); s != g.Word {
			t.Errorf("runes[%d:%d] = %q, want %q", g.RuneStart, g.RuneEnd, s, g.Word)
		}
	}
}

func TestWordsDotAfter(t *testing.T) {
	got := spell.Words("etc. and etc")
	if len(got) != 3 || !got[0].DotAfter || got[1].DotAfter || got[2].DotAfter {
		t.Errorf("DotAfter of %+v: want true, false, false", got)
	}
}

// FuzzWords checks that every range lies in the text, in order, and names
// its word in bytes and in runes.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"l’Organisation don't", "U.S. e.g. GE.20-12345", "a/b ECE/TRADE/2020", "x\u00ad-’.", "\xff\xfe ab"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		runes := []rune(text)
		end, rend := 0, 0
		for _, r := range spell.Words(text) {
			if r.Start < end || r.End <= r.Start || r.End > len(text) || text[r.Start:r.End] != r.Word {
				t.Fatalf("bad byte range %+v after %d in %q", r, end, text)
			}
			if r.RuneStart < rend || r.RuneEnd > len(runes) || r.RuneStart != utf8.RuneCountInString(text[:r.Start]) ||
				r.RuneEnd-r.RuneStart != utf8.RuneCountInString(r.Word) {
				t.Fatalf("bad rune range %+v in %q", r, text)
			}
			end, rend = r.End, r.RuneEnd
		}
	})
}
