package spell_test

import (
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"rapporteur/internal/spell"
)

// listSpeller is a dictionary of exact words, counting the calls it gets.
type listSpeller struct {
	words         map[string]bool
	spells, suggs atomic.Int64
	mu            sync.Mutex
	added         []string
}

func newList(words ...string) *listSpeller {
	l := &listSpeller{words: map[string]bool{}}
	for _, w := range words {
		l.words[w] = true
	}
	return l
}

func (l *listSpeller) Spell(w string) bool {
	l.spells.Add(1)
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.words[w]
}

func (l *listSpeller) Suggest(w string, max int) []string {
	l.suggs.Add(1)
	var out []string
	for i := 0; i < max+3; i++ {
		out = append(out, w+strings.Repeat("x", i))
	}
	return out[:max]
}

func (l *listSpeller) Add(w string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.added = append(l.added, w)
}

func (l *listSpeller) Remove(w string) {}

var basic = []string{"the", "The", "took", "note", "of", "report", "commerce", "take", "and", "etc.",
	"Chair", "Vice", "border", "Organisation", "website", "Members", "presentation", "by", "in", "codes", "Sessions", "see"}

// TestCheckerRules runs the checker's rules over a word list, so they are
// tested whatever dictionaries are installed.
func TestCheckerRules(t *testing.T) {
	c := spell.NewChecker(newList(basic...), nil)
	known := spell.NewKnown("Presentation by Ricardo Treviño Chapa", "Türkiye", "Sida-WCO programme")
	tests := []struct {
		text string
		want []string
	}{
		{"The PTC took note of the report.", nil},
		{"The PTC tok note of teh report.", []string{"tok", "teh"}},
		{"codes PC0727Ea, ECE/TRADE/C/CEFACT/2020/19 and GE.20-12345", nil},
		{"the WCO, the EU, the U.S. and SMEs, PTC’s MoU ToR", nil},
		{"the 241st and 5th Sessions 2023", nil},
		{"(iv) (xii) (a) b", nil},
		{"etc. and etc", []string{"etc"}},
		{"the Vice-Chair and cross-border e-commerce", []string{"cross"}},
		{"take-aways", []string{"aways"}},
		{"Treviño, Chapa, Türkiye’s and Sida", nil},
		{"Trevino", []string{"Trevino"}},
		{"l’Organisation and d'Organisation", nil},
		{"Members’ website", nil},
		{"see https://www.wcoomd.org and info@wcoomd.org", nil},
		{"sea https://www.wcoomd.org", []string{"sea"}},
		{"inCongress TracesNT", []string{"inCongress", "TracesNT"}},
	}
	for _, tt := range tests {
		got := words(c.Misspelled(tt.text, known))
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Misspelled(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCheckerHyphenRanges(t *testing.T) {
	c := spell.NewChecker(newList(basic...), nil)
	text := "Déjà take-aways"
	got := c.Misspelled(text, nil)
	want := []spell.Range{
		{Word: "Déjà", Start: 0, End: 6, RuneStart: 0, RuneEnd: 4},
		{Word: "aways", Start: 12, End: 17, RuneStart: 10, RuneEnd: 15},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Misspelled(%q) = %+v, want %+v", text, got, want)
	}
}

func TestCheckerCaches(t *testing.T) {
	l := newList(basic...)
	c := spell.NewChecker(l, nil)
	text := strings.Repeat("The report took note of the report. ", 50)
	c.Misspelled(text, nil)
	first := l.spells.Load()
	c.Misspelled(text, nil)
	if again := l.spells.Load() - first; again != 0 || first > 10 {
		t.Errorf("dictionary asked %d times for the first check and %d for the second; want at most one call per distinct word, then none", first, again)
	}
	c.Suggest("teh")
	c.Suggest("teh")
	if n := l.suggs.Load(); n != 1 {
		t.Errorf("Suggest asked the dictionary %d times for one word, want 1", n)
	}
	if s := c.Suggest("teh"); len(s) != spell.MaxSuggestions {
		t.Errorf("Suggest gave %d suggestions, want %d", len(s), spell.MaxSuggestions)
	}
}

func TestCheckerPersonal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "words.txt")
	p, err := spell.LoadPersonal(path)
	if err != nil {
		t.Fatal(err)
	}
	l := newList(basic...)
	c := spell.NewChecker(l, p)
	text := "The intersessional report, Intersessional note"
	if got := words(c.Misspelled(text, nil)); !reflect.DeepEqual(got, []string{"intersessional", "Intersessional"}) {
		t.Fatalf("before Add: %q", got)
	}
	if err := c.Add("intersessional"); err != nil {
		t.Fatal(err)
	}
	if got := c.Misspelled(text, nil); len(got) != 0 {
		t.Errorf("after Add: %q still flagged", words(got))
	}
	if !reflect.DeepEqual(l.added, []string{"intersessional"}) {
		t.Errorf("dictionary taught %q, want [intersessional]", l.added)
	}
	// A new checker over a fresh load of the file honours the word too.
	p2, err := spell.LoadPersonal(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := spell.NewChecker(newList(basic...), p2).Misspelled(text, nil); len(got) != 0 {
		t.Errorf("after reload: %q flagged", words(got))
	}
	if err := c.Remove("intersessional"); err != nil {
		t.Fatal(err)
	}
	if got := words(c.Misspelled(text, nil)); len(got) != 2 {
		t.Errorf("after Remove: %q, want both flagged again", got)
	}
	if err := spell.NewChecker(l, nil).Add("x"); err == nil {
		t.Error("Add without a personal dictionary: no error")
	}
}

// TestCheckerConcurrent checks and adds from several goroutines; run it
// with -race.
func TestCheckerConcurrent(t *testing.T) {
	p, err := spell.LoadPersonal(filepath.Join(t.TempDir(), "words.txt"))
	if err != nil {
		t.Fatal(err)
	}
	c := spell.NewChecker(newList(basic...), p)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				c.Misspelled("The report took note of the Secretariat's intersessional work.", nil)
				c.Suggest("intersesional")
			}
		}()
	}
	for _, w := range []string{"intersessional", "Secretariat"} {
		if err := c.Add(w); err != nil {
			t.Error(err)
		}
	}
	wg.Wait()
	if got := c.Misspelled("Secretariat's intersessional", nil); len(got) != 0 {
		t.Errorf("after the adds: %q flagged", words(got))
	}
}

// FuzzMisspelled checks that the flagged ranges, hyphenated parts
// included, lie in the text in order and name their words in bytes and
// runes.
func FuzzMisspelled(f *testing.F) {
	for _, s := range []string{"take-aways Déjà-vu", "l’Organisasion -x- a--b", "U.S.-made e-‐‑x", "\xff-é"} {
		f.Add(s)
	}
	c := spell.NewChecker(newList(basic...), nil)
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, r := range c.Misspelled(text, nil) {
			if r.Start < end || r.End <= r.Start || r.End > len(text) || text[r.Start:r.End] != r.Word ||
				r.RuneStart != utf8.RuneCountInString(text[:r.Start]) || r.RuneEnd-r.RuneStart != utf8.RuneCountInString(r.Word) {
				t.Fatalf("bad range %+v after %d in %q", r, end, text)
			}
			end = r.End
		}
	})
}
