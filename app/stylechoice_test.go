package app

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"rapporteur/draft"
)

// TestHouseStyleTab chooses a UN house style, types front matter and a
// footnote, removes it, and undoes it all step by step: every change goes
// through the edit path, reaches the file, and comes back on undo.
func TestHouseStyleTab(t *testing.T) {
	e, path := openSample(t, big)
	clock := withClock(e)
	e.side.Select(e.houseTab)
	h := e.house

	// The style: each field a choice.
	sel := h.selects[2] // item headings
	test.Tap(sel)
	sel.SetSelected("IV. Title (UN sections)")
	if got := e.rep.Style.Headings; got != draft.HeadSection {
		t.Fatalf("headings %q after the choice", got)
	}
	h.selects[1].SetSelected("A. B. C.")
	if got := e.rep.Style; got.SubItems != draft.SubUpper || got.Headings != draft.HeadSection {
		t.Fatalf("style %+v", got)
	}
	e.agenda.selectItem(2) // III, with sub-items a to c
	if !slices.ContainsFunc(labels(e.win), func(l string) bool { return strings.HasPrefix(l, "A. Report of the 9th Meeting") }) {
		t.Errorf("the agenda does not letter sub-items as the style does (A.): %q", labels(e.win))
	}
	if got := e.paras.subMark(listRow{heading: true, sub: 1}); got != "B." {
		t.Errorf("the editor's heading of sub-item b is labelled %q, want B.", got)
	}
	if got := e.rep.ItemNumber(1); got != "II" {
		t.Errorf("item 2 numbered %q", got)
	}
	if want := e.rep.ItemHeading(e.item); e.paras.title.Text != want || strings.HasPrefix(want, "ITEM") {
		t.Errorf("the editor heads the item %q, want %q as a UN section", e.paras.title.Text, want)
	}
	h.selects[0].SetSelected("1, 2, 3")
	if got := e.rep.ItemNumber(1); got != "2" {
		t.Errorf("item 2 numbered %q in Arabic numerals", got)
	}

	// The front matter: typed.
	clock.advance(2 * time.Second)
	e.win.Canvas().Focus(h.front.entry)
	test.Type(h.front.entry, "Distr.: General")
	if e.rep.Front != "Distr.: General" {
		t.Fatalf("front matter %q", e.rep.Front)
	}

	// A footnote: added, labelled 1, typed, then another removed.
	clock.advance(2 * time.Second)
	if err := e.AddFootnote(); err != nil {
		t.Fatal(err)
	}
	test.Type(h.notes.texts[0], "ECE/NRC/2012/4.")
	if err := e.AddFootnote(); err != nil {
		t.Fatal(err)
	}
	if got := e.rep.Footnotes; len(got) != 2 || got[0] != (draft.Footnote{Label: "1", Text: "ECE/NRC/2012/4."}) || got[1].Label != "2" {
		t.Fatalf("footnotes %q", got)
	}
	clock.advance(2 * time.Second)
	test.Type(h.notes.labels[1], "*")
	if got := e.rep.Footnotes[1].Label; got != "*2" {
		t.Errorf("label %q typed before 2", got)
	}
	test.Tap(h.notes.dels[1])
	if got := len(e.rep.Footnotes); got != 1 || len(h.notes.texts) != 1 {
		t.Fatalf("%d footnotes, %d rows after removing one", got, len(h.notes.texts))
	}

	e.save.flush()
	back := readBack(t, path)
	if back.Front != "Distr.: General" || len(back.Footnotes) != 1 || back.Style.Items != draft.ItemsArabic {
		t.Errorf("the file holds front %q, footnotes %q, style %+v", back.Front, back.Footnotes, back.Style)
	}

	// Undo, step by step, back to the sample.
	steps := []func() bool{
		func() bool { return len(e.rep.Footnotes) == 2 && e.rep.Footnotes[1].Label == "*2" }, // the removal
		func() bool { return e.rep.Footnotes[1].Label == "2" },                               // the label typed
		func() bool { return len(e.rep.Footnotes) == 1 },                                     // the second added
		func() bool { return len(e.rep.Footnotes) == 1 && e.rep.Footnotes[0].Text == "" },    // its text
		func() bool { return len(e.rep.Footnotes) == 0 },                                     // the first added
		func() bool { return e.rep.Front == "" },                                             // the front matter
		func() bool { return e.rep.Style.Items == "" && e.rep.Style.SubItems == draft.SubUpper },
		func() bool { return e.rep.Style.SubItems == "" && e.rep.Style.Headings == draft.HeadSection },
		func() bool { return e.rep.Style.IsDefault() },
	}
	for k, ok := range steps {
		if !e.Undo() {
			t.Fatalf("undo %d: nothing to undo", k+1)
		}
		if !ok() {
			t.Fatalf("after undo %d: style %+v, front %q, footnotes %q", k+1, e.rep.Style, e.rep.Front, e.rep.Footnotes)
		}
	}
	if h.selects[2].Selected != "ITEM IV – TITLE" || h.front.entry.Text != "" || len(h.notes.texts) != 0 {
		t.Errorf("the tab shows %q, %q, %d footnotes after undo", h.selects[2].Selected, h.front.entry.Text, len(h.notes.texts))
	}
	for range steps {
		e.Redo()
	}
	if e.rep.Front != "Distr.: General" || len(e.rep.Footnotes) != 1 || !strings.HasPrefix(h.notes.texts[0].Text, "ECE") {
		t.Errorf("after redo: front %q, footnotes %q", e.rep.Front, e.rep.Footnotes)
	}
}
