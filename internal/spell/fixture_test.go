package spell_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode"

	"rapporteur/draft"
	"rapporteur/ingest"
	"rapporteur/internal/fixture"
	"rapporteur/internal/spell"
)

// checkedTexts returns what the window underlines in: paragraphs,
// conclusion lead-ins and bullets, annex bodies.
func checkedTexts(r *draft.Report) []string {
	var out []string
	for _, it := range r.Items {
		for _, p := range it.Paragraphs {
			out = append(out, p.Text)
		}
		if c := it.Conclusion; c != nil {
			out = append(out, c.LeadInFor(r.Meeting))
			for _, b := range c.Bullets {
				out = append(out, b.Text)
			}
		}
	}
	for _, a := range r.Annexes {
		out = append(out, a.Body)
	}
	return out
}

func fixtureReport(t testing.TB) *draft.Report {
	t.Helper()
	r, _, err := ingest.Text(fixture.Read(t, fixture.Name))
	if err != nil {
		t.Fatalf("ingest fixture: %v", err)
	}
	return r
}

// TestFixtureFlagged checks the real PTC report: it prints every flagged
// word so the exclusions can be read and tuned, fails on a word of a class
// that must never be flagged or on a name the report itself gives, and
// finds the report's one real slip ("inCongress").
func TestFixtureFlagged(t *testing.T) {
	r := fixtureReport(t)
	c := spell.NewChecker(openDict(t, spell.EnglishGB), nil)
	known := spell.KnownWords(r)
	counts := map[string]int{}
	words, flagged := 0, 0
	for _, text := range checkedTexts(r) {
		words += len(spell.Words(text))
		for _, m := range c.Misspelled(text, known) {
			if text[m.Start:m.End] != m.Word {
				t.Fatalf("range %d:%d gives %q, want %q", m.Start, m.End, text[m.Start:m.End], m.Word)
			}
			counts[m.Word]++
			flagged++
		}
	}
	list := make([]string, 0, len(counts))
	for w, n := range counts {
		list = append(list, fmt.Sprintf("%s ×%d", w, n))
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 || strings.ToUpper(w) == w {
			t.Errorf("flagged %q: codes, numbers and capitals are never flagged", w)
		}
	}
	sort.Strings(list)
	t.Logf("%d words checked, %d known from the report, %d flagged (%d distinct): %s",
		words, known.Len(), flagged, len(counts), strings.Join(list, ", "))
	for _, w := range []string{"Treviño", "Chapa", "Türkiye", "PTC", "WCO", "PFCWG", "PC0727Ea"} {
		if counts[w] > 0 {
			t.Errorf("%q flagged: it is a name of the report or a code", w)
		}
	}
	if counts["inCongress"] == 0 {
		t.Error("the fixture's real slip \"inCongress\" is not flagged")
	}
	if words < 5000 || flagged*200 > words {
		t.Errorf("%d of %d words flagged: want at least 5,000 words and under 0.5%% flagged", flagged, words)
	}
}

// BenchmarkMisspelledParagraph checks the fixture's paragraphs one after
// another, as the window does after a pause in typing; after the first
// pass the words' verdicts come from the cache.
func BenchmarkMisspelledParagraph(b *testing.B) {
	r := fixtureReport(b)
	texts := checkedTexts(r)
	c := spell.NewChecker(openDict(b, spell.EnglishGB), nil)
	known := spell.KnownWords(r)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		c.Misspelled(texts[i%len(texts)], known)
	}
}

// BenchmarkMisspelled4000 checks a 4,000-character paragraph made of the
// fixture's text, warm (the cache knows its words) and cold (a new checker
// each time, so every distinct word goes to libhunspell).
func BenchmarkMisspelled4000(b *testing.B) {
	r := fixtureReport(b)
	var sb strings.Builder
	for _, t := range checkedTexts(r) {
		if sb.Len() >= 4000 {
			break
		}
		sb.WriteString(t)
		sb.WriteByte(' ')
	}
	text := sb.String()[:4000]
	dict := openDict(b, spell.EnglishGB)
	known := spell.KnownWords(r)
	b.Run("warm", func(b *testing.B) {
		c := spell.NewChecker(dict, nil)
		c.Misspelled(text, known)
		for b.Loop() {
			c.Misspelled(text, known)
		}
	})
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			spell.NewChecker(dict, nil).Misspelled(text, known)
		}
	})
}

// BenchmarkSuggest measures one suggestion list per language, uncached.
func BenchmarkSuggest(b *testing.B) {
	for _, tt := range []struct{ lang, word string }{{spell.EnglishGB, "intersesional"}, {spell.French, "organization"}} {
		d := openDict(b, tt.lang)
		b.Run(tt.lang, func(b *testing.B) {
			for b.Loop() {
				d.Suggest(tt.word, spell.MaxSuggestions)
			}
		})
	}
}
