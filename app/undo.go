package app

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"rapporteur/draft"
)

// Undo groups typing as a word processor does: one step per run of typing
// in one text. A run ends at a pause of typingPause, after a sentence (a
// full stop, question or exclamation mark and a space, or a new line), and
// at the latest after maxRun, so that undo never takes back minutes of
// typing at once.
const (
	typingPause = time.Second
	maxRun      = 10 * time.Second
)

// maxHistory bounds the undo stack, and maxSnapshots and snapshotBudget the
// copies of the whole report on it (a restructure's step: about 60 bytes a
// paragraph), so that a day of editing a long report stays small. The
// newest minSnapshots copies are kept whatever their size.
const (
	maxHistory     = 500
	maxSnapshots   = 100
	snapshotBudget = 750_000 // paragraphs in all the copies, about 45 MB
	minSnapshots   = 10
)

// state is something an undo or redo puts back. restore applies it to the
// editor, shows where it happened, and returns the state it replaced, which
// goes on the other stack (nil when there is nothing to put back).
type state interface {
	restore(e *Editor) state
}

// snapshot is the whole report before a restructure, with the selection at
// the time (at) and after the change (back). A copy per structural edit
// costs little next to redrawing the views; typing never takes one.
type snapshot struct {
	rep      *draft.Report
	at, back place
	paras    int // the copy's paragraphs, what it costs to keep
}

func newSnapshot(r *draft.Report, at, back place) *snapshot {
	return &snapshot{rep: r, at: at, back: back, paras: r.Numbering().Total()}
}

func (s *snapshot) restore(e *Editor) state {
	inv := newSnapshot(e.rep.Clone(), s.back, s.at)
	// IDs handed out stay used, so an undone part's ID is never given to
	// another part (a frozen version may hold it).
	s.rep.Reserve(e.rep.LastID())
	e.rep = s.rep
	e.setPlace(s.at)
	e.refreshAll()
	e.changed()
	e.showPlace()
	return inv
}

// textState is one text's value before a run of typing in it (and, for a
// bullet, whether it was marked edited).
type textState struct {
	at     text
	old    string
	edited bool
}

func (s textState) restore(e *Editor) state {
	f, ok := e.field(s.at)
	if !ok {
		return nil
	}
	inv := textState{at: s.at, old: *f.s, edited: f.edited()}
	f.put(s.old, s.edited)
	if f.words {
		e.words += draft.Words(s.old) - draft.Words(inv.old)
	}
	e.textChanged(s.at)
	e.reveal(s.at, changeEnd(inv.old, s.old))
	return inv
}

// history holds the undo and redo stacks.
type history struct {
	undo, redo []state
	// open says the newest undo step may still grow: it is the run of
	// typing (or the joined restructures, join) under way.
	open        bool
	join        string
	began, last time.Time // when the open step began and last grew
	snaps, cost int       // snapshots on the undo stack, and their paragraphs
}

// typed records a keystroke that changed a text to new, span c of it; s is
// the text's state before it. The keystroke joins the open run when it is
// in the same text, soon after the last one, and the run is not too long.
func (h *history) typed(s textState, new string, c span, now time.Time) {
	top, ok := h.top().(textState)
	if !h.open || h.join != "" || !ok || top.at != s.at ||
		now.Sub(h.last) >= typingPause || now.Sub(h.began) >= maxRun {
		h.push(s)
		h.began = now
	}
	h.last = now
	h.open = !endsSentence(new, c)
}

// joins reports whether a restructure with join key join extends the open
// step instead of starting one.
func (h *history) joins(join string, now time.Time) bool {
	_, ok := h.top().(*snapshot)
	return join != "" && h.open && h.join == join && ok && now.Sub(h.last) < typingPause
}

// extend grows the open restructure step: undo returns from p.
func (h *history) extend(p place, now time.Time) {
	h.top().(*snapshot).back = p
	h.last = now
}

// pushSnapshot records a restructure's step; a join key leaves it open.
func (h *history) pushSnapshot(s *snapshot, join string, now time.Time) {
	h.push(s)
	h.open, h.join, h.began, h.last = join != "", join, now, now
}

func (h *history) push(s state) {
	h.undo = append(h.undo, s)
	h.count(s, 1)
	drop := 0
	for len(h.undo)-drop > maxHistory || h.snaps > maxSnapshots ||
		(h.cost > snapshotBudget && h.snaps > minSnapshots) {
		h.count(h.undo[drop], -1)
		drop++
	}
	if drop > 0 {
		h.undo = append(h.undo[:0], h.undo[drop:]...)
	}
	h.redo = nil
	h.open, h.join = false, ""
}

// count adds (d = 1) or takes away (d = -1) state s to what the undo
// stack's snapshots cost.
func (h *history) count(s state, d int) {
	if sn, ok := s.(*snapshot); ok {
		h.snaps += d
		h.cost += d * sn.paras
	}
}

func (h *history) top() state {
	if len(h.undo) == 0 {
		return nil
	}
	return h.undo[len(h.undo)-1]
}

// move pops the newest state of from, restores it and puts its inverse on
// to. A state with nothing left to put back (its part is gone) is dropped
// and the next one taken; move reports false when none was restored.
func (h *history) move(e *Editor, from, to *[]state) bool {
	h.open, h.join = false, ""
	for n := len(*from); n > 0; n = len(*from) {
		s := (*from)[n-1]
		*from = (*from)[:n-1]
		if from == &h.undo {
			h.count(s, -1)
		}
		if inv := s.restore(e); inv != nil {
			*to = append(*to, inv)
			if to == &h.undo {
				h.count(inv, 1)
			}
			return true
		}
	}
	return false
}

// Undo reverts the last step, whatever its kind, and shows where it was;
// it reports false when there is none.
func (e *Editor) Undo() bool { return e.hist.move(e, &e.hist.undo, &e.hist.redo) }

// Redo applies the last undone step again; it reports false when there is none.
func (e *Editor) Redo() bool { return e.hist.move(e, &e.hist.redo, &e.hist.undo) }

// endsSentence reports whether the change that made new, span c of it,
// typed the end of a sentence: text ending in a new line, or in a full
// stop, question or exclamation mark (perhaps with closing quotes or
// brackets) and a space.
func endsSentence(new string, c span) bool {
	if c.new == 0 {
		return false // nothing inserted: a deletion
	}
	if strings.ContainsRune(c.inserted(new), '\n') {
		return true
	}
	head := new[:c.at+c.new]
	if r, _ := utf8.DecodeLastRuneInString(head); !unicode.IsSpace(r) {
		return false
	}
	head = strings.TrimRightFunc(head, unicode.IsSpace)
	head = strings.TrimRight(head, "\"')]»”’")
	r, _ := utf8.DecodeLastRuneInString(head)
	return r == '.' || r == '!' || r == '?' || r == '…'
}
