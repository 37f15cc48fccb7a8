package app

import (
	"sync"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"

	"rapporteur/app/textarea"
	"rapporteur/draft"
	"rapporteur/internal/spell"
)

// spellPause is how long a paragraph's spelling waits after the last key
// before it is checked again: the words being typed are not flagged while
// they are being typed.
const spellPause = 600 * time.Millisecond

// Misspelled words are underlined in the paragraph editors (textarea.Area
// marks): a paragraph is checked when its row is drawn and again a moment
// after typing in it stops, off the UI goroutine, and its marks set if its
// text is still the one checked. Right-clicking a marked word offers the
// dictionary's corrections (looked up in the background as soon as the
// word is marked, since they take tens of milliseconds) and "Add to
// dictionary".
type spellMarks struct {
	e      *Editor
	timers map[*textarea.Area]*time.Timer
	mu     sync.Mutex
	sugs   map[string][]string // corrections found, by word
}

func newSpellMarks(e *Editor) *spellMarks {
	return &spellMarks{e: e, timers: map[*textarea.Area]*time.Timer{}, sugs: map[string][]string{}}
}

// bind sets up ent, which now shows text at (a paragraph, a bullet, an
// annex's body), for spelling: its marks now, its context menu's
// corrections.
func (s *spellMarks) bind(ent *textarea.Area, at text) {
	ent.ContextItems = func(p int) []*fyne.MenuItem { return s.menu(ent, at, p) }
	s.check(ent)
}

// typed re-checks ent once typing in it pauses.
func (s *spellMarks) typed(ent *textarea.Area) {
	if t := s.timers[ent]; t != nil {
		t.Stop()
	}
	s.timers[ent] = time.AfterFunc(spellPause, func() { do(func() { s.check(ent) }) })
}

// check finds ent's misspelled words in the background and marks them.
func (s *spellMarks) check(ent *textarea.Area) {
	text := ent.Text()
	sp := s.e.spell
	go func() {
		rs := sp.misspelled(text)
		for _, r := range rs {
			s.prefetch(r.Word)
		}
		do(func() {
			if ent.Text() == text {
				ent.SetMarks(marksOf(rs))
			}
		})
	}()
}

func marksOf(rs []spell.Range) []textarea.Mark {
	var ms []textarea.Mark
	for _, r := range rs {
		ms = append(ms, textarea.Mark{From: r.Start, To: r.End})
	}
	return ms
}

// prefetch looks up the corrections of word unless they are known.
func (s *spellMarks) prefetch(word string) {
	s.mu.Lock()
	_, done := s.sugs[word]
	if !done {
		s.sugs[word] = nil // under way
	}
	s.mu.Unlock()
	if !done {
		s.e.spell.suggest(word, func(w []string) {
			s.mu.Lock()
			s.sugs[word] = append([]string{}, w...)
			s.mu.Unlock()
		})
	}
}

// corrections returns word's corrections and whether they are known yet.
func (s *spellMarks) corrections(word string) ([]string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	w, ok := s.sugs[word]
	return w, ok && w != nil
}

// menu is the context menu's first items at byte p of ent (text at): for a
// marked word its corrections and "Add to dictionary".
func (s *spellMarks) menu(ent *textarea.Area, at text, p int) []*fyne.MenuItem {
	m, ok := ent.MarkAt(p)
	if !ok {
		return nil
	}
	text := ent.Text()
	word := text[m.From:m.To]
	var items []*fyne.MenuItem
	sugs, known := s.corrections(word)
	for _, w := range sugs {
		fix := w
		items = append(items, fyne.NewMenuItem(fix, func() { s.replace(ent, at, m, word, fix) }))
	}
	switch {
	case !known:
		wait := fyne.NewMenuItem("Looking for corrections…", nil)
		wait.Disabled = true
		items = append(items, wait)
	case len(sugs) == 0:
		none := fyne.NewMenuItem("No corrections", nil)
		none.Disabled = true
		items = append(items, none)
	}
	return append(items, fyne.NewMenuItem("Add “"+word+"” to the dictionary", func() { s.e.showError(s.add(word)) }))
}

// replace puts fix in place of word (at mark m of ent, text at) through
// the edit path, as an undo step of its own, as a word processor does, and
// shows the text with the cursor after the correction.
func (s *spellMarks) replace(ent *textarea.Area, at text, m textarea.Mark, word, fix string) {
	cur := ent.Text()
	if m.To > len(cur) || cur[m.From:m.To] != word {
		return
	}
	next := cur[:m.From] + fix + cur[m.To:]
	err := s.e.edit(restructure{do: func(*draft.Report) error {
		if f, ok := s.e.field(at); ok {
			f.typeIn(next)
		}
		return nil
	}})
	if err != nil {
		s.e.showError(err)
		return
	}
	s.e.reveal(at, utf8.RuneCountInString(next[:m.From+len(fix)]))
}

// add puts word in the user's dictionary and checks the shown paragraphs
// again.
func (s *spellMarks) add(word string) error {
	if err := s.e.spell.add(word); err != nil {
		return err
	}
	s.recheck()
	return nil
}

// recheck checks every text shown again: the dictionary or the report's
// names changed.
func (s *spellMarks) recheck() {
	for _, ent := range s.e.paras.rows {
		if ent.Visible() {
			s.check(ent)
		}
	}
	for _, ent := range s.e.concl.bullets {
		s.check(ent)
	}
	s.check(s.e.annexes.body)
}
