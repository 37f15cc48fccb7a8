package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// typeSlowly types s into ent one key at a time, gap apart on clock.
func typeSlowly(ent fyne.Focusable, clock *fakeClock, s string, gap time.Duration) {
	for _, r := range s {
		clock.advance(gap)
		test.Type(ent, string(r))
	}
}

// TestUndoStepsLikeWord types into the venue field and checks how undo
// groups the typing: a run is one step, and a pause or the end of a
// sentence starts the next.
func TestUndoStepsLikeWord(t *testing.T) {
	tests := []struct {
		name  string
		typed []string        // runs typed at 10 keys a second
		gaps  []time.Duration // the pause before each run
		steps []string        // the text typed, as each undo takes one step back
	}{
		{"one run", []string{"quick words"}, []time.Duration{0}, []string{"quick words", ""}},
		{"a pause starts a step", []string{"first", " second"}, []time.Duration{0, 1500 * time.Millisecond},
			[]string{"first second", "first", ""}},
		{"a short pause does not", []string{"first", " second"}, []time.Duration{0, 500 * time.Millisecond},
			[]string{"first second", ""}},
		{"a sentence ends a step", []string{"One done. Two"}, []time.Duration{0}, []string{"One done. Two", "One done. ", ""}},
		{"a question too", []string{"Why? Because"}, []time.Duration{0}, []string{"Why? Because", "Why? ", ""}},
		{"an abbreviation ends one as well", []string{"see Doc. 12"}, []time.Duration{0}, []string{"see Doc. 12", "see Doc. ", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, _ := openSample(t, big)
			clock := withClock(e)
			ent := meetingEntry(e, "venue") // a short field: Entry re-wraps its text per key
			e.win.Canvas().Focus(ent)
			ent.CursorRow, ent.CursorColumn = 0, 0
			for i, run := range tc.typed {
				clock.advance(tc.gaps[i])
				typeSlowly(ent, clock, run, 100*time.Millisecond)
			}
			for i, want := range tc.steps {
				if got := e.rep.Meeting.Venue; got != want+"Lisbon" {
					t.Errorf("after %d undos the venue starts %q, want %q", i, strings.TrimSuffix(got, "Lisbon"), want)
				}
				if i < len(tc.steps)-1 && !e.Undo() {
					t.Fatalf("undo %d: nothing to undo", i+1)
				}
			}
		})
	}
}

// TestUndoCapsLongRuns types for a minute without a pause or a full stop:
// undo takes it back in runs of at most maxRun, never all at once.
func TestUndoCapsLongRuns(t *testing.T) {
	e, _ := openSample(t, big)
	clock := withClock(e)
	p := e.rep.Items[0].Paragraphs[0]
	keys := 600 // a minute at 10 keys a second
	for _, r := range strings.Repeat("word ", keys/5) {
		clock.advance(100 * time.Millisecond)
		e.setParagraphText(p, p.Text+string(r))
	}
	steps := 0
	for e.Undo() {
		steps++
	}
	if min := keys / 10 / int(maxRun/time.Second); steps < min {
		t.Errorf("a minute of typing is %d undo steps, want at least %d", steps, min)
	}
}

// TestUndoTwoTexts types in a paragraph, then in the meeting's venue: each
// undo puts back one of them and nothing else, and redo does them again.
func TestUndoTwoTexts(t *testing.T) {
	e, _ := openSample(t, big)
	withClock(e)
	orig := e.rep.Clone()
	e.agenda.selectItem(1)
	test.Type(e.paras.editorFor(0), "In paragraph A ")
	afterA := e.rep.Clone()
	test.Type(meetingEntry(e, "venue"), "Porto and ")
	afterVenue := e.rep.Clone()
	if got := e.rep.Meeting.Venue; got != "Porto and Lisbon" {
		t.Fatalf("venue = %q after typing", got)
	}
	e.Undo()
	if !sameReport(e.rep, afterA) {
		t.Fatalf("first undo: %s", reportDiff(t, e.rep, afterA))
	}
	if got := meetingEntry(e, "venue").Text; got != "Lisbon" {
		t.Errorf("venue field shows %q after undo, want Lisbon", got)
	}
	e.Undo()
	if !sameReport(e.rep, orig) {
		t.Fatalf("second undo: %s", reportDiff(t, e.rep, orig))
	}
	if got, want := e.paras.editorFor(0).Text(), orig.Items[1].Paragraphs[0].Text; got != want {
		t.Errorf("paragraph shows %q after undo, want %q", got, want)
	}
	e.Redo()
	e.Redo()
	if !sameReport(e.rep, afterVenue) {
		t.Fatalf("two redos: %s", reportDiff(t, e.rep, afterVenue))
	}
}

// TestUndoAfterVenueKeepsVenue is the bug issue 11 names: a structural
// edit, then typing a venue, then undo put back the old venue silently
// along with the edit. Now the first undo takes back the venue only.
func TestUndoAfterVenueKeepsVenue(t *testing.T) {
	e, _ := openSample(t, big)
	withClock(e)
	if err := e.AddItem("Any other business"); err != nil {
		t.Fatal(err)
	}
	afterAdd := e.rep.Clone()
	test.Type(meetingEntry(e, "venue"), "Porto, ")
	e.Undo()
	if !sameReport(e.rep, afterAdd) {
		t.Fatalf("undo after typing the venue: %s", reportDiff(t, e.rep, afterAdd))
	}
	e.Redo()
	if got := e.rep.Meeting.Venue; got != "Porto, Lisbon" {
		t.Errorf("venue after redo = %q", got)
	}
	e.Undo()
	e.Undo()
	if n := len(e.rep.Items); n != len(afterAdd.Items)-1 {
		t.Errorf("second undo left %d items, want %d", n, len(afterAdd.Items)-1)
	}
	if got := e.rep.Meeting.Venue; got != "Lisbon" {
		t.Errorf("venue after undoing both = %q, want Lisbon", got)
	}
}

// TestUndoShowsWhere checks that undo puts the cursor where the undone
// change was: in the paragraph, at the typed words, or in the venue field.
func TestUndoShowsWhere(t *testing.T) {
	e, _ := openSample(t, big)
	withClock(e)
	e.agenda.selectItem(2)
	e.paras.scrollTo(1) // under sub-item c's heading, below a and b
	settle(e.win)
	ent := e.paras.editorFor(1)
	text := ent.Text()
	at := strings.Index(text, " ") + 1
	e.win.Canvas().Focus(ent)
	ent.SetCaret(at)
	test.Type(ent, "newly ")
	venue := meetingEntry(e, "venue")
	test.Type(venue, "Porto, ")
	e.agenda.selectItem(0) // the rapporteur has moved on
	e.Undo()
	if e.win.Canvas().Focused() != venue {
		t.Errorf("after undoing the venue the focus is on %T, want the venue field", e.win.Canvas().Focused())
	}
	if got := venue.CursorTextOffset(); got != 0 {
		t.Errorf("venue cursor at %d, want 0 (where the words were typed)", got)
	}
	e.Undo()
	if e.item != 2 || e.para != 1 {
		t.Fatalf("after undoing the paragraph: item %d paragraph %d, want 2, 1", e.item, e.para)
	}
	ent = e.paras.editorFor(1)
	if ent == nil || e.win.Canvas().Focused() != ent {
		t.Fatalf("the paragraph's editor does not have the focus")
	}
	if ent.Text() != text {
		t.Errorf("editor shows %q, want %q", ent.Text(), text)
	}
	if got, want := ent.Caret(), at; got != want {
		t.Errorf("cursor at %d, want %d (where the words were typed)", got, want)
	}
	e.Redo()
	if got, want := ent.Caret(), len(text[:at]+"newly "); got != want {
		t.Errorf("after redo the cursor is at %d, want %d (after the words put back)", got, want)
	}
}

// TestUndoStructureShowsWhere checks that undoing a structural edit selects
// the item and paragraph it was made at again.
func TestUndoStructureShowsWhere(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(2)
	e.para = 1
	if err := e.DeleteParagraph(); err != nil {
		t.Fatal(err)
	}
	e.agenda.selectItem(0)
	e.Undo()
	if e.item != 2 || e.para != 1 {
		t.Errorf("after undo: item %d paragraph %d, want 2, 1", e.item, e.para)
	}
	if ent := e.paras.editorFor(1); ent == nil || e.win.Canvas().Focused() != ent {
		t.Errorf("the restored paragraph's editor does not have the focus")
	}
}

// TestTypingIsFlat checks that a keystroke never copies the report: a run
// of typing is one small undo entry. (BenchmarkKeystroke measures its cost
// at three report sizes.)
func TestTypingIsFlat(t *testing.T) {
	e, _ := openSample(t, big)
	withClock(e)
	p := e.rep.Items[0].Paragraphs[0]
	for i := range 50 {
		e.setParagraphText(p, p.Text+string(rune('a'+i%26)))
	}
	if n := len(e.hist.undo); n != 1 {
		t.Errorf("50 keys in a run made %d undo entries, want 1", n)
	}
	for _, s := range e.hist.undo {
		if _, ok := s.(*snapshot); ok {
			t.Errorf("typing took a snapshot of the report")
		}
	}
}

// TestNewParagraphHasTheCursor inserts a paragraph after the last one of
// an item, and after another item was shown: the cursor is in the new
// paragraph each time, and typing goes there.
func TestNewParagraphHasTheCursor(t *testing.T) {
	e, _ := openSample(t, big)
	for _, i := range []int{2, 0, 4} {
		e.agenda.selectItem(i)
		n := len(e.Item().Paragraphs)
		e.win.Canvas().Focus(e.paras.editorFor(n - 1))
		if err := e.InsertParagraph(true); err != nil {
			t.Fatal(err)
		}
		ent := e.paras.editorFor(n)
		if ent == nil || e.win.Canvas().Focused() != ent {
			t.Fatalf("item %d: the new paragraph %d does not have the cursor", i, n)
		}
		test.Type(e.win.Canvas().Focused(), "New words")
		if got := e.Item().Paragraphs[n].Text; got != "New words" {
			t.Errorf("item %d: new paragraph holds %q", i, got)
		}
	}
}

// TestHistoryBounded fills the undo stack: it keeps at most maxHistory
// steps, maxSnapshots copies of the report, and copies of no more than
// snapshotBudget paragraphs beyond the newest minSnapshots.
func TestHistoryBounded(t *testing.T) {
	var h history
	for range 2 * maxHistory {
		h.push(textState{at: paragraphAt(1)})
	}
	if len(h.undo) != maxHistory {
		t.Errorf("%d steps kept, want %d", len(h.undo), maxHistory)
	}
	for range 2 * maxSnapshots {
		h.push(&snapshot{paras: 10})
	}
	if h.snaps != maxSnapshots || h.cost != 10*maxSnapshots {
		t.Errorf("small copies: %d kept costing %d, want %d costing %d", h.snaps, h.cost, maxSnapshots, 10*maxSnapshots)
	}
	for range 3 * minSnapshots {
		h.push(&snapshot{paras: snapshotBudget / 4})
	}
	if h.snaps != minSnapshots {
		t.Errorf("copies of a long report: %d kept, want %d", h.snaps, minSnapshots)
	}
	n := 0
	for _, s := range h.undo {
		if _, ok := s.(*snapshot); ok {
			n++
		}
	}
	if n != h.snaps {
		t.Errorf("the stack holds %d copies, the count says %d", n, h.snaps)
	}
}
