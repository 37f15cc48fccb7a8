package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rapporteur/draft"
)

func TestRedlineWords(t *testing.T) {
	for _, tc := range []struct {
		ops  []draft.WordOp
		want string
	}{
		{draft.WordDiff("attending in the room and online", "attending in person and online"),
			"attending in -the- -room- +person+ and online"},
		{draft.WordDiff("the green paper, as agreed", "the grey paper, as agreed"), "the -green- +grey+ paper, as agreed"},
		{draft.WordDiff("took note of the report", "took note of the report;"), "took note of the report+;+"},
		{[]draft.WordOp{{Op: draft.OpEqual, Text: "one "}, {Op: draft.OpInsert, Text: "two"}, {Op: draft.OpEqual, Text: ", three"}},
			"one +two+, three"},
	} {
		if got := wordsText(redlineWords(tc.ops)); got != tc.want {
			t.Errorf("redlineWords(%v) = %q, want %q", tc.ops, got, tc.want)
		}
	}
}

func TestLayoutWords(t *testing.T) {
	unit := func(s string) float32 { return float32(len(s)) }
	words := redlineWords([]draft.WordOp{{Op: draft.OpEqual, Text: "aa bb "}, {Op: draft.OpDelete, Text: "cc"},
		{Op: draft.OpInsert, Text: "dd"}, {Op: draft.OpEqual, Text: ", ee"}})
	lines := layoutWords(words, 9, unit)
	var got []string
	for _, line := range lines {
		var runs []string
		for _, r := range line {
			runs = append(runs, fmt.Sprintf("%d@%g+%g:%s", r.mark, r.x, r.w, r.text))
		}
		got = append(got, strings.Join(runs, " "))
	}
	// "aa bb cc" fits in 9 with spaces of 1; "dd," goes on with the comma
	// glued, "ee" after it.
	want := []string{"0@0+5:aa bb 2@6+2:cc", "1@0+2:dd 0@2+4:, ee"}
	if !slices.Equal(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
	if n := len(layoutWords(plainText("averyveryverylongword x", plain), 5, unit)); n != 2 {
		t.Errorf("a word wider than the line: %d lines, want 2", n)
	}
}

// edited freezes the sample as version a, then renumbers item II (a new
// paragraph before its first) and edits a paragraph of item I.
func edited(t *testing.T, size fyne.Size) *Editor {
	t.Helper()
	e, _ := openSample(t, size)
	if _, err := e.Freeze("issued"); err != nil {
		t.Fatal(err)
	}
	e.agenda.selectItem(0)
	p := e.rep.Items[0].Paragraphs[0]
	e.setParagraphText(p, strings.Replace(p.Text, "in the room", "in person", 1))
	e.agenda.selectItem(1)
	e.para = 0
	if err := e.InsertParagraph(false); err != nil {
		t.Fatal(err)
	}
	e.setParagraphText(e.rep.Items[1].Paragraphs[0], "The Secretariat recalled the rules of procedure.")
	q := e.rep.Items[1].Paragraphs[1]
	e.setParagraphText(q, strings.Replace(q.Text, "draft Agenda", "revised draft Agenda", 1))
	return e
}

func TestCompareShowsRedlineInEditingArea(t *testing.T) {
	e := edited(t, big)
	if err := e.ShowComparison(); err != nil {
		t.Fatal(err)
	}
	if !e.Comparing() || e.compare.edit.Visible() {
		t.Fatal("the comparison does not take the editing area")
	}
	if got, want := e.compare.heading.Text, "Changes from version a to the working copy"; got != want {
		t.Errorf("heading %q, want %q", got, want)
	}
	rows := e.Changes()
	for _, want := range []string{
		"I OPENING OF THE SESSION: 1 changed",
		"II ADOPTION OF THE AGENDA: 1 changed, 1 added",
		"ITEM I – OPENING OF THE SESSION",
		"ITEM II – ADOPTION OF THE AGENDA",
		"3. | +The+ +Secretariat+ +recalled+ +the+ +rules+ +of+ +procedure.+ | added",
	} {
		if !slices.Contains(rows, want) {
			t.Errorf("comparison lacks %q:\n%s", want, strings.Join(rows, "\n"))
		}
	}
	var renumbered string
	for _, r := range rows {
		if strings.HasPrefix(r, "4. was 3 |") {
			renumbered = r
		}
	}
	if !strings.Contains(renumbered, "the +revised+ draft Agenda") || !strings.HasSuffix(renumbered, "| changed") {
		t.Errorf("the renumbered, edited paragraph: %q", renumbered)
	}
	for _, r := range rows {
		if strings.Contains(r, "[-") || strings.Contains(r, "{+") {
			t.Errorf("markup in the window: %q", r)
		}
	}
	if got := e.compare.count.Text; !strings.HasPrefix(got, "3 changes in 2 items") {
		t.Errorf("count %q", got)
	}
}

func TestCompareTapShowsParagraphAndSteps(t *testing.T) {
	e := edited(t, big)
	if err := e.ShowComparison(); err != nil {
		t.Fatal(err)
	}
	// The third change: paragraph 4, once 3, of item II.
	row := e.compare.changes[2]
	e.compare.list.Select(row)
	if e.Comparing() {
		t.Fatal("tapping a change left the comparison shown")
	}
	p := e.rep.Items[1].Paragraphs[1]
	if e.item != 1 || e.para != 1 {
		t.Fatalf("shows item %d paragraph %d, want item II paragraph 2", e.item, e.para)
	}
	if ent, ok := e.win.Canvas().Focused().(*paraEntry); !ok || ent.Text() != p.Text {
		t.Errorf("the cursor is not in the paragraph: %T", e.win.Canvas().Focused())
	}
	if !e.compare.bar.Visible() || !strings.Contains(e.compare.barText.Text, "Change 3 of 3: paragraph 4 changed") {
		t.Errorf("review bar %v %q", e.compare.bar.Visible(), e.compare.barText.Text)
	}
	e.compare.step(-1)
	if e.item != 1 || e.para != 0 || !strings.Contains(e.compare.barText.Text, "Change 2 of 3: paragraph 3 added") {
		t.Errorf("previous change: item %d para %d, bar %q", e.item, e.para, e.compare.barText.Text)
	}
	e.compare.step(-1)
	if e.item != 0 || e.para != 0 {
		t.Errorf("first change: item %d para %d", e.item, e.para)
	}
	test.Tap(button(t, e.win, "Show comparison"))
	if !e.Comparing() {
		t.Fatal("Show comparison did not come back")
	}
	e.compare.step(1)
	if !e.Comparing() || e.compare.sel != 1 {
		t.Errorf("next change in the comparison: comparing %v, change %d", e.Comparing(), e.compare.sel)
	}
	test.Tap(button(t, e.win, "Back to the report"))
	if e.Comparing() || !e.compare.bar.Visible() {
		t.Error("Back to the report did not show the editor with the review bar")
	}
	e.compare.close()
	if e.compare.bar.Visible() || e.Comparing() {
		t.Error("closing the comparison left it shown")
	}
}

func TestCompareOpensOnWhatChanged(t *testing.T) {
	e, _ := openSample(t, big)
	if err := e.ShowComparison(); err == nil || !strings.Contains(err.Error(), "freeze a version first") {
		t.Errorf("comparing without versions: %v", err)
	}
	check := func(from, to string) {
		t.Helper()
		e.compare.close()
		if err := e.ShowComparison(); err != nil {
			t.Fatal(err)
		}
		if e.compare.old.Selected != from || e.compare.new.Selected != to {
			t.Errorf("opened on %s → %s, want %s → %s", e.compare.old.Selected, e.compare.new.Selected, from, to)
		}
	}
	freeze := func() {
		t.Helper()
		if _, err := e.Freeze(""); err != nil {
			t.Fatal(err)
		}
	}
	freeze()
	check("a", workingLabel) // one version: against the working copy
	freeze()
	check("a", "b") // nothing changed since b: the last two versions
	p := e.rep.Items[0].Paragraphs[0]
	e.setParagraphText(p, p.Text+" Delegates agreed.")
	check("b", workingLabel) // edited since b: b against the working copy
}

func TestStructRow(t *testing.T) {
	for _, tc := range []struct {
		sc                 draft.StructChange
		number, note, text string
	}{
		{draft.StructChange{Kind: draft.ItemRenamed, Item: "IV", Old: "Digital clearance", New: "Digital port clearance"},
			"Item", "renamed", "-Digital- -clearance- +Digital+ +port+ +clearance+"},
		{draft.StructChange{Kind: draft.SubItemAdded, Item: "IV", Sub: "c", New: "Training"}, "Sub-item c", "added", "+Training+"},
		{draft.StructChange{Kind: draft.DocAdded, Item: "II", New: "PC0727Ea"}, "Document", "added", "+PC0727Ea+"},
		{draft.StructChange{Kind: draft.ItemMoved, Item: "IV", Old: "III", New: "IV"}, "Item", "moved", "III → IV"},
		{draft.StructChange{Kind: draft.MeetingChanged, Field: "doc_code", Old: "PC1", New: "PC2"}, "Document code", "changed", "-PC1- +PC2+"},
		{draft.StructChange{Kind: draft.AnnexChanged, Annex: "II", Words: draft.WordDiff("one two", "one three")},
			"Annex II", "changed", "one -two- +three+"},
	} {
		r := structRow(tc.sc)
		if r.number != tc.number || r.note != tc.note || wordsText(r.words) != tc.text {
			t.Errorf("structRow(%s) = %q, %q, %q; want %q, %q, %q", tc.sc.Kind, r.number, r.note, wordsText(r.words), tc.number, tc.note, tc.text)
		}
	}
}
