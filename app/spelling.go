package app

import (
	"fmt"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"

	"rapporteur/draft"
	"rapporteur/internal/spell"
)

// personalFile is the user's own word list, in the app's storage.
const personalFile = "personal-words.txt"

// spelling is the window's spelling check: one Hunspell dictionary for the
// report's language (British English, or French for a French report), the
// user's own words (kept in the app's storage, so per user and for every
// report) and the names already in the report, which are not flagged.
// Loading a dictionary and making suggestions run off the UI goroutine;
// their results come back to it through do (fyne.Do).
type spelling struct {
	mu       sync.Mutex
	lang     string // the dictionary wanted
	checker  *spell.Checker
	dict     *spell.Hunspell
	known    *spell.Known
	personal *spell.Personal
	err      error // why there is no checker, when there is none
	gen      int   // loads asked for; a load that is not the last is dropped
}

// newSpelling opens the user's word list in the storage of a.
func newSpelling(a fyne.App) *spelling {
	s := &spelling{}
	if root := a.Storage().RootURI(); root != nil && root.Scheme() == "file" {
		// A list that cannot be read leaves the check without the user's
		// words; adding one says why.
		s.personal, _ = spell.LoadPersonal(filepath.Join(root.Path(), personalFile))
	}
	return s
}

// use makes the dictionary for a report in meeting language lang the one
// the window checks with, loading it in the background when it is not the
// one loaded, then runs ready on the UI goroutine.
func (s *spelling) use(lang string, ready func()) {
	want := spell.LanguageFor(lang)
	s.mu.Lock()
	if want == s.lang && (s.checker != nil || s.err != nil) {
		s.mu.Unlock()
		return
	}
	s.lang = want
	s.gen++
	gen := s.gen
	s.mu.Unlock()
	go func() {
		d, err := spell.Open(want)
		s.mu.Lock()
		if gen != s.gen {
			s.mu.Unlock()
			if d != nil {
				_ = d.Close()
			}
			return
		}
		old := s.dict
		s.dict, s.err, s.checker = d, err, nil
		if err == nil {
			s.checker = spell.NewChecker(d, s.personal)
		}
		s.mu.Unlock()
		if old != nil {
			_ = old.Close()
		}
		do(ready)
	}()
}

// learn takes the names already in report r as known words. It runs when
// the report's structure changes; typing in paragraphs does not change them.
func (s *spelling) learn(r *draft.Report) {
	k := spell.KnownWords(r)
	s.mu.Lock()
	s.known = k
	s.mu.Unlock()
}

// misspelled returns the misspelled words of text, none while the
// dictionary is loading or missing.
func (s *spelling) misspelled(text string) []spell.Range {
	s.mu.Lock()
	c, k := s.checker, s.known
	s.mu.Unlock()
	if c == nil || text == "" {
		return nil
	}
	return c.Misspelled(text, k)
}

// suggest finds corrections for word in the background and gives them to
// done on the UI goroutine.
func (s *spelling) suggest(word string, done func([]string)) {
	s.mu.Lock()
	c := s.checker
	s.mu.Unlock()
	if c == nil {
		done(nil)
		return
	}
	go func() {
		sugs := c.Suggest(word)
		do(func() { done(sugs) })
	}()
}

// add puts word in the user's own list: it is accepted in every report
// from then on.
func (s *spelling) add(word string) error {
	s.mu.Lock()
	c := s.checker
	s.mu.Unlock()
	if c == nil {
		return fmt.Errorf("spelling: no dictionary is loaded")
	}
	return c.Add(word)
}

// close frees the dictionary.
func (s *spelling) close() {
	s.mu.Lock()
	d := s.dict
	s.dict, s.checker = nil, nil
	s.gen++
	s.mu.Unlock()
	if d != nil {
		_ = d.Close()
	}
}
