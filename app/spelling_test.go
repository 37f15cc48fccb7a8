package app

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"rapporteur/app/textarea"
	"rapporteur/draft"
	"rapporteur/internal/spell"
)

// readySpelling loads the dictionary for meeting language lang, skipping
// the test when it is not installed (make test installs it).
func readySpelling(t *testing.T, s *spelling, lang string) {
	t.Helper()
	done := make(chan struct{})
	s.use(lang, func() { close(done) })
	awaitUI(t, "loading the dictionary", done, 20*time.Second)
	if s.err != nil {
		if errors.Is(s.err, spell.ErrNoDictionary) || errors.Is(s.err, spell.ErrNoEngine) {
			if os.Getenv("CI") != "true" {
				t.Skip(s.err)
			}
		}
		t.Fatal(s.err)
	}
}

func words(rs []spell.Range) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Word)
	}
	return out
}

func TestSpellingChecksWithReportNames(t *testing.T) {
	privateStorage(t)
	a := test.NewTempApp(t)
	s := newSpelling(a)
	defer s.close()
	readySpelling(t, s, "E")
	r := draft.New()
	it, _ := r.InsertItem(0, "Opening of the meeting")
	it.Presentations = []draft.Presentation{{Text: "Opening remarks by Ricardo Treviño Chapa"}}
	s.learn(r)
	got := words(s.misspelled("Mr Treviño Chapa thanked the Comittee for its work on the PC0737E1 documnt."))
	if !slices.Equal(got, []string{"Comittee", "documnt"}) {
		t.Errorf("misspelled = %q, want Comittee and documnt", got)
	}
	sugs := make(chan []string, 1)
	s.suggest("Comittee", func(w []string) { sugs <- w })
	if w := awaitUI(t, "the suggestions", sugs, 20*time.Second); !slices.Contains(w, "Committee") {
		t.Errorf("suggestions for Comittee = %q", w)
	}
	if err := s.add("Bruxellois"); err != nil {
		t.Fatal(err)
	}
	if got := s.misspelled("the Bruxellois delegation"); len(got) != 0 {
		t.Errorf("an added word is flagged: %q", words(got))
	}
	path := filepath.Join(a.Storage().RootURI().Path(), personalFile)
	b, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(b), "Bruxellois") {
		t.Errorf("the user's list %s holds %q (%v)", path, b, err)
	}
	// The list is the user's: a second window (the next run) has it.
	s2 := newSpelling(a)
	defer s2.close()
	readySpelling(t, s2, "E")
	if got := s2.misspelled("the Bruxellois delegation"); len(got) != 0 {
		t.Errorf("the next run flags the user's word: %q", words(got))
	}
}

func TestSpellingFollowsReportLanguage(t *testing.T) {
	privateStorage(t)
	a := test.NewTempApp(t)
	s := newSpelling(a)
	defer s.close()
	readySpelling(t, s, "F")
	if got := words(s.misspelled("Le Comité a pris note du rapport et a décidé de poursuivre les travaux.")); len(got) != 0 {
		t.Errorf("French text flagged in French: %q", got)
	}
	if got := words(s.misspelled("Le Comité a pris note du raport.")); !slices.Equal(got, []string{"raport"}) {
		t.Errorf("misspelled = %q, want raport", got)
	}
	readySpelling(t, s, "E")
	if got := words(s.misspelled("The Committee took note of the report.")); len(got) != 0 {
		t.Errorf("English text flagged after switching back: %q", got)
	}
}

// TestParagraphsUnderlineMisspelledWords types a misspelled word into a
// paragraph: once typing pauses it is underlined, the report's names are
// not, and the context menu corrects it or adds it to the dictionary.
func TestParagraphsUnderlineMisspelledWords(t *testing.T) {
	e, _ := openSample(t, big)
	readySpelling(t, e.spell, e.rep.Meeting.Language)
	ent := e.paras.editorFor(0)
	e.win.Canvas().Focus(ent)
	ent.SetCaret(0)
	test.Type(ent, "The Comittee and Quintela ")
	var marks []textarea.Mark
	waitFor(t, "the misspelled word to be underlined", func() bool {
		marks = ent.Marks()
		return len(marks) > 0
	})
	text := ent.Text()
	var flagged []string
	for _, m := range marks {
		flagged = append(flagged, text[m.From:m.To])
	}
	if !slices.Equal(flagged, []string{"Comittee"}) {
		t.Fatalf("underlined %q, want Comittee alone (Quintela is a name in the report)", flagged)
	}
	var items []string
	waitFor(t, "the corrections", func() bool {
		items = items[:0]
		for _, it := range ent.ContextItems(marks[0].From + 2) {
			items = append(items, it.Label)
		}
		return !slices.Contains(items, "Looking for corrections…")
	})
	if !slices.Contains(items, "Committee") || !slices.Contains(items, "Add “Comittee” to the dictionary") {
		t.Fatalf("context menu %q", items)
	}
	for _, it := range ent.ContextItems(marks[0].From + 2) {
		if it.Label == "Committee" {
			it.Action()
		}
	}
	if got := e.rep.Items[0].Paragraphs[0].Text; !strings.HasPrefix(got, "The Committee and Quintela ") {
		t.Errorf("after the correction: %q", got)
	}
	waitFor(t, "the marks to go", func() bool { return len(ent.Marks()) == 0 })
	e.Undo()
	if got := e.rep.Items[0].Paragraphs[0].Text; !strings.HasPrefix(got, "The Comittee") {
		t.Errorf("undo of the correction: %q", got)
	}
	// Add to the dictionary: the word is the user's from then on.
	ent = e.paras.editorFor(0)
	waitFor(t, "the word marked again", func() bool { return len(ent.Marks()) == 1 })
	for _, it := range ent.ContextItems(ent.Marks()[0].From) {
		if strings.HasPrefix(it.Label, "Add ") {
			it.Action()
		}
	}
	waitFor(t, "the added word to be unmarked", func() bool { return len(ent.Marks()) == 0 })
}

// TestConclusionsAndAnnexesUnderlineMisspelledWords types misspelled words
// into a conclusion bullet and an annex's body: both are underlined.
func TestConclusionsAndAnnexesUnderlineMisspelledWords(t *testing.T) {
	e, _ := openSample(t, big)
	readySpelling(t, e.spell, e.rep.Meeting.Language)
	e.agenda.selectItem(3)
	b := e.concl.bullets[e.Item().Conclusion.Bullets[0].ID]
	e.win.Canvas().Focus(b)
	b.SetCaret(0)
	test.Type(b, "warmly ")
	b.SetCaret(len(b.Text()))
	test.Type(b, " and the reprot")
	waitFor(t, "the bullet's misspelled word to be underlined", func() bool {
		ms := b.Marks()
		return len(ms) == 1 && b.Text()[ms[0].From:ms[0].To] == "reprot"
	})
	if got := e.Item().Conclusion.Bullets[0].Text; !strings.HasSuffix(got, " and the reprot") {
		t.Errorf("the bullet holds %q", got)
	}
	e.side.Select(e.annexTab)
	e.annexes.list.Select(0)
	body := e.annexes.body
	e.win.Canvas().Focus(body)
	body.SetCaret(0)
	test.Type(body, "Delegatoins present: ")
	waitFor(t, "the annex's misspelled word to be underlined", func() bool {
		ms := body.Marks()
		return len(ms) >= 1 && body.Text()[ms[0].From:ms[0].To] == "Delegatoins"
	})
	if got := e.rep.Annexes[0].Body; !strings.HasPrefix(got, "Delegatoins present: ") {
		t.Errorf("the annex holds %q", got)
	}
}
