package spell

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Speller is a dictionary: Hunspell in the window's build, a word list in
// tests. Its methods may be called from several goroutines at once.
type Speller interface {
	// Spell reports whether the dictionary accepts word.
	Spell(word string) bool
	// Suggest returns at most max corrections for word, best first.
	Suggest(word string, max int) []string
}

// adder is a Speller that can learn words for the run (Hunspell does), so
// that personal words are suggested and accepted in all their cases.
type adder interface {
	Add(word string)
	Remove(word string)
}

// MaxSuggestions is how many corrections Suggest offers.
const MaxSuggestions = 8

// cacheLimit bounds the per-word caches; past it they start again empty.
const (
	cacheLimit   = 100_000
	suggestLimit = 512
)

// Checker finds misspelled words with one dictionary and a personal word
// list. It keeps each word's verdict, so re-checking a paragraph after a
// pause in typing costs map look-ups for the words already seen. A Checker
// is safe for use by several goroutines: checks run off the UI goroutine
// while the user adds words.
type Checker struct {
	dict     Speller
	personal *Personal

	mu      sync.RWMutex
	verdict map[string]bool
	sugs    map[string][]string
}

// NewChecker returns a checker over dict that also accepts the words of
// personal (which may be nil). The personal words are taught to dict when
// it can learn them, so that they are suggested too.
func NewChecker(dict Speller, personal *Personal) *Checker {
	c := &Checker{dict: dict, personal: personal}
	c.reset()
	if a, ok := dict.(adder); ok && personal != nil {
		for _, w := range personal.Words() {
			a.Add(w)
		}
	}
	return c
}

func (c *Checker) reset() {
	c.verdict = make(map[string]bool)
	c.sugs = make(map[string][]string)
}

// Personal returns the personal word list the checker honours, or nil.
func (c *Checker) Personal() *Personal { return c.personal }

// Check reports whether word (one word, as Words gives it) is acceptable:
// of a kind never flagged (numbers, codes, abbreviations in capitals),
// in the personal list, or in the dictionary, whole or hyphenated part by
// part.
func (c *Checker) Check(word string) bool {
	return len(c.wrongParts(Range{Word: word, End: len(word), RuneEnd: utf8.RuneCountInString(word)}, nil)) == 0
}

// Misspelled returns the misspelled words of text with their byte and rune
// ranges, in order. Words in known (names already in the report; nil for
// none) are not flagged. In a hyphenated word that the dictionary does not
// know whole, only the parts it does not know are returned.
func (c *Checker) Misspelled(text string, known *Known) []Range {
	var out []Range
	eachWord(text, func(w Range) { out = append(out, c.wrongParts(w, known)...) })
	return out
}

// wrongParts returns w itself when it is misspelled whole and has no
// hyphen, the misspelled parts of a hyphenated w, or nothing.
func (c *Checker) wrongParts(w Range, known *Known) []Range {
	if c.accept(w.Word, w.DotAfter, known) {
		return nil
	}
	parts := splitHyphens(w)
	if len(parts) == 1 {
		return parts
	}
	var out []Range
	for _, p := range parts {
		if !c.accept(p.Word, p.DotAfter, known) {
			out = append(out, p)
		}
	}
	return out
}

// accept decides one word or hyphenated part.
func (c *Checker) accept(w string, dotAfter bool, known *Known) bool {
	// The cached dictionary verdict first: most words are in it.
	if c.spell(w) || notAWord(w) || known.Has(w) || c.personalHas(w) ||
		dotAfter && c.spell(w+".") {
		return true
	}
	if rest := elision(w); rest != "" {
		return c.accept(rest, dotAfter, known)
	}
	return false
}

func (c *Checker) personalHas(w string) bool {
	if c.personal == nil {
		return false
	}
	if c.personal.Has(w) || c.personal.Has(trimPossessive(w)) {
		return true
	}
	l := lowerFirst(w)
	return l != "" && (c.personal.Has(l) || c.personal.Has(trimPossessive(l)))
}

// spell asks the dictionary, through the cache.
func (c *Checker) spell(w string) bool {
	w = clean(w)
	c.mu.RLock()
	ok, seen := c.verdict[w]
	c.mu.RUnlock()
	if seen {
		return ok
	}
	ok = c.dict.Spell(w)
	c.mu.Lock()
	if len(c.verdict) >= cacheLimit {
		c.verdict = make(map[string]bool)
	}
	c.verdict[w] = ok
	c.mu.Unlock()
	return ok
}

// clean returns w in NFC without invisible joiners, as dictionaries want it.
func clean(w string) string {
	if isASCII(w) {
		return w
	}
	if strings.IndexFunc(w, isJoiner) >= 0 {
		w = strings.Map(func(r rune) rune {
			if isJoiner(r) {
				return -1
			}
			return r
		}, w)
	}
	if !norm.NFC.IsNormalString(w) {
		w = norm.NFC.String(w)
	}
	return w
}

// Suggest returns up to MaxSuggestions corrections for word, best first.
// Suggestions are slow (tens of milliseconds in English, up to a few
// hundred in French): call it off the UI goroutine. Results are cached.
func (c *Checker) Suggest(word string) []string {
	w := clean(word)
	c.mu.RLock()
	s, seen := c.sugs[w]
	c.mu.RUnlock()
	if seen {
		return slices.Clone(s)
	}
	s = c.dict.Suggest(w, MaxSuggestions)
	c.mu.Lock()
	if len(c.sugs) >= suggestLimit {
		c.sugs = make(map[string][]string)
	}
	c.sugs[w] = s
	c.mu.Unlock()
	return slices.Clone(s)
}

// Add puts word in the personal list, saving it at once, and the checker
// accepts it from then on.
func (c *Checker) Add(word string) error {
	if c.personal == nil {
		return errNoPersonal
	}
	if err := c.personal.Add(word); err != nil {
		return err
	}
	c.learned(key(word), true)
	return nil
}

// Remove takes word out of the personal list, saving it at once.
func (c *Checker) Remove(word string) error {
	if c.personal == nil {
		return errNoPersonal
	}
	if err := c.personal.Remove(word); err != nil {
		return err
	}
	c.learned(key(word), false)
	return nil
}

// learned teaches or unteaches the dictionary w and forgets cached
// verdicts and suggestions, which may change with it.
func (c *Checker) learned(w string, add bool) {
	if a, ok := c.dict.(adder); ok {
		if add {
			a.Add(w)
		} else {
			a.Remove(w)
		}
	}
	c.mu.Lock()
	c.reset()
	c.mu.Unlock()
}

// splitHyphens returns the hyphen-separated parts of w with their ranges,
// or w alone when it has no hyphen.
func splitHyphens(w Range) []Range {
	if !strings.ContainsAny(w.Word, "-‐‑") {
		return []Range{w}
	}
	var out []Range
	start, runes := 0, w.RuneStart
	for i, r := range w.Word {
		if r != '-' && r != '‐' && r != '‑' {
			continue
		}
		out = appendPart(out, w, start, i, &runes, false)
		runes++
		start = i + utf8.RuneLen(r)
	}
	return appendPart(out, w, start, len(w.Word), &runes, w.DotAfter)
}

func appendPart(out []Range, w Range, s, e int, runes *int, dotAfter bool) []Range {
	p := w.Word[s:e]
	n := utf8.RuneCountInString(p)
	if p != "" {
		out = append(out, Range{Word: p, Start: w.Start + s, End: w.Start + e,
			RuneStart: *runes, RuneEnd: *runes + n, DotAfter: dotAfter})
	}
	*runes += n
	return out
}
