package app

import (
	"slices"
	"testing"

	"rapporteur/draft"
	"rapporteur/internal/spell"
)

// TestMeetingLanguageIsAChoice chooses the report's language in the Meeting
// tab from the list New report offers: the model keeps its letter, the
// spelling dictionary follows, each choice is one undo step, and the
// import's mark on a language it did not find goes once one is chosen.
func TestMeetingLanguageIsAChoice(t *testing.T) {
	e, _ := openSample(t, big)
	e.side.Select(e.meetingTab)
	sel := e.meeting.language
	if sel.Selected != "English" || !slices.Equal(sel.Options, []string{"English", "French", "Spanish", "Arabic", "Russian", "Chinese"}) {
		t.Fatalf("the language shows %q of %q, want English of New report's list", sel.Selected, sel.Options)
	}
	sel.SetSelected("French")
	drainUI()
	if got := e.rep.Meeting.Language; got != "F" {
		t.Errorf("choosing French sets the language to %q, want F", got)
	}
	e.spell.mu.Lock()
	lang := e.spell.lang
	e.spell.mu.Unlock()
	if lang != spell.LanguageFor("F") {
		t.Errorf("the spelling check uses %q after choosing French, want %q", lang, spell.LanguageFor("F"))
	}
	sel.SetSelected("Spanish")
	for _, want := range []struct{ letter, name string }{{"F", "French"}, {"E", "English"}} {
		if !e.Undo() {
			t.Fatal("nothing to undo")
		}
		if e.rep.Meeting.Language != want.letter || sel.Selected != want.name {
			t.Errorf("after undo: language %q shown as %q, want %s (%s)", e.rep.Meeting.Language, sel.Selected, want.letter, want.name)
		}
	}
	if e.win.Canvas().Focused() != sel {
		t.Errorf("undo left the focus on %T, not the language", e.win.Canvas().Focused())
	}

	// An imported report without a language: the field is marked until
	// one is chosen.
	e.Show(nil, draft.New())
	e.meeting.markMissing("draft.txt")
	if sel.Selected != "" || !slices.Contains(e.Missing(), "Language") {
		t.Errorf("an empty language shows %q, marks %q; want nothing chosen and the language marked", sel.Selected, e.Missing())
	}
	sel.SetSelected("Russian")
	if e.rep.Meeting.Language != "R" || slices.Contains(e.Missing(), "Language") {
		t.Errorf("after choosing Russian: language %q, marks %q", e.rep.Meeting.Language, e.Missing())
	}

	// A value the list does not know is shown as it is, not lost.
	r := draft.New()
	r.Meeting.Language = "Q"
	e.Show(nil, r)
	if sel.Selected != "Q" || e.rep.Meeting.Language != "Q" {
		t.Errorf("language Q shows %q (model %q)", sel.Selected, e.rep.Meeting.Language)
	}
}
