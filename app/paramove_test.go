package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// TestMoveParagraphToItem moves the first paragraph of item II to item IV:
// the ranges of II and III shrink and shift, IV grows, the paragraph keeps
// its identity, and undo restores every range.
func TestMoveParagraphToItem(t *testing.T) {
	e, _ := openSample(t, big)
	ranges := func() []string {
		var out []string
		for i := range e.rep.Items {
			out = append(out, e.num.Range(e.rep, i).String())
		}
		return out
	}
	before := ranges()
	e.agenda.selectItem(1)
	e.para = 0
	p := e.Item().Paragraphs[0]
	if err := e.MoveParagraphToItem(3); err != nil {
		t.Fatal(err)
	}
	if e.item != 3 || e.Item().Paragraphs[len(e.Item().Paragraphs)-1] != p {
		t.Fatalf("paragraph not at the end of item IV (selected item %d)", e.item)
	}
	after := ranges()
	if want := []string{before[0], "3-4", "5-8", "9-14", before[4]}; !slices.Equal(after, want) {
		t.Errorf("ranges after the move %q, want %q (before %q)", after, want, before)
	}
	e.Undo()
	if got := ranges(); !slices.Equal(got, before) {
		t.Errorf("ranges after undo %q, want %q", got, before)
	}
}

// TestMoveParagraphKeepsCaret moves a paragraph down and up with Alt+Down
// and Alt+Up while the caret stands inside it, with a selection too: the
// cursor stays in the moved paragraph where it was in its text.
func TestMoveParagraphKeepsCaret(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(1)
	p := e.Item().Paragraphs[0]
	ent := e.paras.editorFor(0)
	e.win.Canvas().Focus(ent)
	ent.SetCaret(12)
	for _, step := range []struct {
		key fyne.KeyName
		row int
	}{{fyne.KeyDown, 1}, {fyne.KeyUp, 0}} {
		press(t, e, &desktop.CustomShortcut{KeyName: step.key, Modifier: fyne.KeyModifierAlt})
		waitFor(t, "the moved paragraph's editor", func() bool { return e.paras.editorFor(step.row) != nil })
		drainUI()
		if e.Item().Paragraphs[step.row] != p {
			t.Fatalf("Alt+%s: the paragraph is not at row %d", step.key, step.row)
		}
		got := e.paras.editorFor(step.row)
		if e.win.Canvas().Focused() != got || got.Caret() != 12 {
			t.Errorf("Alt+%s: caret %d in the moved paragraph (focused %v), want 12", step.key, got.Caret(), e.win.Canvas().Focused() == got)
		}
	}
	ent = e.paras.editorFor(0)
	ent.Select(4, 9)
	press(t, e, &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt})
	drainUI()
	if got := e.paras.editorFor(1); got.Anchor() != 4 || got.Caret() != 9 {
		t.Errorf("after Alt+Down the selection runs %d-%d, want 4-9", got.Anchor(), got.Caret())
	}
}
