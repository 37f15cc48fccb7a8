package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rapporteur/app/textarea"
)

// openReport opens a synthetic report of n paragraphs (items of ten, each
// paragraph about 60 words) in a test window of the given size, with its
// first item shown.
func openReport(t *testing.T, n int, size fyne.Size) *Editor {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	t.Cleanup(w.Close)
	e := New(a, w)
	w.Resize(size)
	if err := e.CreateFile(filepath.Join(t.TempDir(), "typing"+Ext), syntheticReport(t, n)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.closeDoc() })
	e.agenda.selectItem(0)
	return e
}

// focusPara puts the cursor at the end of row k's editor, as a click and
// Ctrl+End do.
func focusPara(t *testing.T, e *Editor, k int) *paraEntry {
	t.Helper()
	e.paras.focusRow(k)
	ent := e.paras.editorFor(k)
	if ent == nil || e.win.Canvas().Focused() != ent {
		t.Fatalf("row %d's editor does not have the cursor", k)
	}
	press(t, e, ctrl(fyne.KeyEnd, 0))
	return ent
}

// keyIn sends key name to whatever has the focus, or to the canvas when
// nothing has, as the desktop driver does.
func keyIn(e *Editor, name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if f := e.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := e.win.Canvas().OnTypedKey(); h != nil {
		h(ev)
	}
}

// typeRunes types s into whatever has the focus, or into the canvas.
func typeRunes(e *Editor, s string) {
	for _, r := range s {
		if f := e.win.Canvas().Focused(); f != nil {
			f.TypedRune(r)
		} else if h := e.win.Canvas().OnTypedRune(); h != nil {
			h(r)
		}
	}
}

// caretInView reports whether the caret's line in row k is inside the
// list's visible part.
func caretInView(e *Editor, k int) bool {
	top, bottom := e.paras.editorFor(k).CaretBounds()
	y := e.paras.rowTop(k)
	off := e.paras.list.GetScrollOffset()
	return y+top >= off-1 && y+bottom <= off+e.paras.list.Size().Height+1
}

func TestTypingPastTheBottomKeepsTheCaretInView(t *testing.T) {
	e := openReport(t, 20, fyne.NewSize(1000, 600))
	focusPara(t, e, 1)
	for i := 0; i < 80; i++ {
		typeRunes(e, " more words")
		if !caretInView(e, 1) {
			t.Fatalf("after %d words the caret is out of view (list at %v)", 2*i+2, e.paras.list.GetScrollOffset())
		}
	}
	if e.paras.list.GetScrollOffset() == 0 {
		t.Error("the list never scrolled, so the test typed too little")
	}
}

func TestUpDownMoveBetweenParagraphs(t *testing.T) {
	e := openReport(t, 10, fyne.NewSize(1000, 700))
	first := focusPara(t, e, 0)
	x := first.CaretX()
	keyIn(e, fyne.KeyDown)
	second := e.paras.editorFor(1)
	if e.win.Canvas().Focused() != second || e.para != 1 {
		t.Fatalf("Down on the last line of paragraph 1 left the focus on %T (para %d)", e.win.Canvas().Focused(), e.para)
	}
	if top, _ := second.CaretBounds(); top != 0 || abs32(second.CaretX()-x) > 12 {
		t.Errorf("the caret came to y %v x %v in paragraph 2, want its first line near x %v", top, second.CaretX(), x)
	}
	keyIn(e, fyne.KeyUp)
	if e.win.Canvas().Focused() != first {
		t.Fatalf("Up on the first line of paragraph 2 did not go back to paragraph 1")
	}
	if _, bottom := first.CaretBounds(); bottom != first.MinSize().Height {
		t.Errorf("the caret came back to y %v, want paragraph 1's last line (height %v)", bottom, first.MinSize().Height)
	}
	keyIn(e, fyne.KeyHome)
	for i := 0; i < first.Lines(); i++ {
		keyIn(e, fyne.KeyUp)
	}
	if e.win.Canvas().Focused() != first || first.Caret() != 0 {
		t.Errorf("Up on the item's first paragraph moved the cursor away (caret %d)", first.Caret())
	}
}

func TestTabMovesToTheNextParagraph(t *testing.T) {
	e := openReport(t, 10, fyne.NewSize(1000, 700))
	focusPara(t, e, 0)
	test.FocusNext(e.win.Canvas())
	if got := e.win.Canvas().Focused(); got != e.paras.editorFor(1) {
		t.Errorf("Tab in paragraph 1 moved the focus to %T, want paragraph 2", got)
	}
}

func TestWheelOverAParagraphScrollsTheList(t *testing.T) {
	e := openReport(t, 10, fyne.NewSize(1000, 600))
	ent := focusPara(t, e, 0)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(ent).Add(fyne.NewPos(100, 20))
	test.Scroll(e.win.Canvas(), pos, 0, -120)
	if e.paras.list.GetScrollOffset() <= 0 {
		t.Error("the mouse wheel over the paragraph being typed in did not scroll the list")
	}
}

// TestTypingAfterScrollingAwayGoesBack scrolls the paragraph with the
// cursor out of view (its editor then shows another row) and types: the
// words go into that paragraph, which is scrolled back into view, and no
// other paragraph changes.
func TestTypingAfterScrollingAwayGoesBack(t *testing.T) {
	e := openReport(t, 10, fyne.NewSize(1000, 500))
	focusPara(t, e, 0)
	before := make([]string, 10)
	for k, p := range e.Item().Paragraphs {
		before[k] = p.Text
	}
	e.paras.list.ScrollToBottom()
	typeRunes(e, " typed after scrolling away")
	keyIn(e, fyne.KeyBackspace)
	for k, p := range e.Item().Paragraphs {
		want := before[k]
		if k == 0 {
			want += " typed after scrolling awa"
		}
		if p.Text != want {
			t.Errorf("paragraph %d holds %q…, want %q…", k+1, tail(p.Text), tail(want))
		}
	}
	if !caretInView(e, 0) {
		t.Error("the paragraph typed into is not scrolled back into view")
	}
}

func tail(s string) string { return s[max(0, len(s)-40):] }

// TestNewParagraphGetsTheCursorEverywhere inserts with Ctrl+Enter after a
// paragraph out of view (the item's last), and in an empty item: each time
// the new paragraph has the cursor, in view, and typing goes there.
func TestNewParagraphGetsTheCursorEverywhere(t *testing.T) {
	e := openReport(t, 10, fyne.NewSize(1000, 500))
	focusPara(t, e, 0)
	e.para = 9 // the current paragraph is the last, out of view
	press(t, e, ctrl(fyne.KeyReturn, 0))
	typeRunes(e, "After the last")
	if got := e.Item().Paragraphs[10].Text; got != "After the last" {
		t.Errorf("the new last paragraph holds %q", got)
	}
	if !caretInView(e, 10) {
		t.Error("the new last paragraph is not in view")
	}
	if err := e.AddItem("An empty item"); err != nil {
		t.Fatal(err)
	}
	e.win.Canvas().Focus(e.paras.list)
	if err := e.InsertParagraph(true); err != nil {
		t.Fatal(err)
	}
	typeRunes(e, "First words")
	if got := e.Item().Paragraphs[0].Text; got != "First words" {
		t.Errorf("the empty item's new paragraph holds %q", got)
	}
}

// TestRowHeightFollowsTheText types until the paragraph takes another line:
// the row grows to the editor's height, which is what the shared line
// breaking gives for the text; deleting back, it shrinks once the cursor
// leaves.
func TestRowHeightFollowsTheText(t *testing.T) {
	e := openReport(t, 10, fyne.NewSize(1000, 700))
	ent := focusPara(t, e, 2)
	lines := ent.Lines()
	for ent.Lines() == lines {
		typeRunes(e, " word")
	}
	p := e.Item().Paragraphs[2]
	if got, want := e.paras.heights[2], ent.MinSize().Height; got != want {
		t.Errorf("row height %v after a new line, the editor needs %v", got, want)
	}
	if got, want := e.paras.heights[2], heightFor(e, p.Text); got != want {
		t.Errorf("row height %v, the text measured from scratch needs %v", got, want)
	}
	if !strings.HasSuffix(p.Text, " word") {
		t.Errorf("the paragraph holds …%q", tail(p.Text))
	}
	// Back to the line count before: the row keeps its height while the
	// cursor is in it (no list redraw per word), and fits when it leaves.
	grown := e.paras.heights[2]
	for ent.Lines() > lines {
		keyIn(e, fyne.KeyBackspace)
	}
	if got := e.paras.heights[2]; got != grown {
		t.Errorf("row height %v right after losing a line, want it kept at %v while typing", got, grown)
	}
	e.win.Canvas().Unfocus()
	if got, want := e.paras.heights[2], heightFor(e, p.Text); got != want {
		t.Errorf("row height %v once the cursor left, want %v", got, want)
	}
}

func heightFor(e *Editor, text string) float32 {
	return textarea.Height(text, e.paras.width)
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}
