package app

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// menuItem returns the item labelled label of the main menu named menu.
func menuItem(t *testing.T, e *Editor, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range e.win.MainMenu().Items {
		if m.Label != menu {
			continue
		}
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no %s › %s", menu, label)
	return nil
}

func pressKey(w fyne.Window, k fyne.KeyName) {
	if f := w.Canvas().Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: k})
		return
	}
	w.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: k})
}

func TestTitleDialogsFocusEnterEscape(t *testing.T) {
	e, _ := openSample(t, big)
	w := e.win
	for _, tc := range []struct {
		menu, label string
		count       func() int
	}{
		{"Item", "Add Item…", func() int { return len(e.rep.Items) }},
		{"Item", "Add Sub-item…", func() int { return len(e.Item().SubItems) }},
	} {
		e.agenda.selectItem(3)
		n := tc.count()
		menuItem(t, e, tc.menu, tc.label).Action()
		ent := e.lastTitle
		if w.Canvas().Focused() != ent {
			t.Fatalf("%s: focus on %T, want the title field", tc.label, w.Canvas().Focused())
		}
		if wd := ent.Size().Width; wd < 480 {
			t.Errorf("%s: the title field is %.0f wide", tc.label, wd)
		}
		test.Type(ent, "Report of the 6th Meeting of the Working Group on Customs–Border Agency Cooperation")
		pressKey(w, fyne.KeyEscape)
		if w.Canvas().Overlays().Top() != nil || tc.count() != n {
			t.Fatalf("%s: Escape left the dialog open or added (%d → %d)", tc.label, n, tc.count())
		}
		menuItem(t, e, tc.menu, tc.label).Action()
		test.Type(e.lastTitle, "Customs data model")
		pressKey(w, fyne.KeyReturn)
		if w.Canvas().Overlays().Top() != nil || tc.count() != n+1 {
			t.Errorf("%s: Enter did not add (%d → %d)", tc.label, n, tc.count())
		}
	}
	if got := e.Item().SubItems[len(e.Item().SubItems)-1].Title; got != "Customs data model" {
		t.Errorf("new sub-item %q", got)
	}
}

func TestFreezeDialog(t *testing.T) {
	e, _ := openSample(t, big)
	menuItem(t, e, "Versions", "Freeze Version…").Action()
	if e.win.Canvas().Focused() != e.lastTitle {
		t.Fatalf("focus on %T, want the note", e.win.Canvas().Focused())
	}
	test.Type(e.lastTitle, "issued to delegates after day 2")
	pressKey(e.win, fyne.KeyReturn)
	vs := e.Versions()
	if len(vs) != 1 || vs[0].Note != "issued to delegates after day 2" {
		t.Errorf("versions %+v", vs)
	}
}

func TestDeleteConfirmKeys(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(4)
	n := len(e.rep.Items)
	e.confirmDelete()
	pressKey(e.win, fyne.KeyEscape)
	if len(e.rep.Items) != n || e.win.Canvas().Overlays().Top() != nil {
		t.Fatalf("Escape: %d items, dialog %v", len(e.rep.Items), e.win.Canvas().Overlays().Top())
	}
	e.confirmDelete()
	pressKey(e.win, fyne.KeyReturn)
	if len(e.rep.Items) != n-1 {
		t.Errorf("Enter: %d items, want %d", len(e.rep.Items), n-1)
	}
}

func TestMoveToItemDialogKeys(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(0)
	e.para = 0
	id := e.Item().Paragraphs[0].ID
	e.askMoveToItem()
	for range 2 {
		pressKey(e.win, fyne.KeyRight) // I, then II
	}
	pressKey(e.win, fyne.KeyReturn)
	if i, _, ok := e.rep.Find(id); !ok || i != 1 {
		t.Errorf("the paragraph is in item %d, want II", i)
	}
}

func TestFindAndReplace(t *testing.T) {
	e, _ := openSample(t, big)
	ent := e.paras.editorFor(0)
	e.win.Canvas().Focus(ent)
	// Ctrl+H fires while a paragraph has the focus.
	ent.TypedShortcut(key(fyne.KeyH, 0))
	f := e.lastFind
	if f == nil || f.replace == nil || e.win.Canvas().Focused() != f.query {
		t.Fatal("Ctrl+H in a paragraph did not open Find and Replace with the cursor in Find")
	}
	test.Type(f.query, "chairperson")
	n := len(f.hits)
	if n < 2 {
		t.Fatalf("%d paragraphs name the Chairperson", n)
	}
	test.Type(f.replace, "Chair")
	pressKey(e.win, fyne.KeyReturn) // Replace: the first
	if len(f.hits) != n-1 {
		t.Errorf("after Replace %d paragraphs left, want %d", len(f.hits), n-1)
	}
	test.Tap(button(t, e.win, "Replace All"))
	if len(f.hits) != 0 || len(e.Find("chairperson")) != 0 {
		t.Errorf("after Replace All: %d left", len(e.Find("chairperson")))
	}
	pressKey(e.win, fyne.KeyEscape)
	if e.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape left Find and Replace open")
	}
	e.Undo()
	if got := len(e.Find("chairperson")); got != n-1 {
		t.Errorf("one undo put back %d paragraphs, want the %d Replace All changed", got, n-1)
	}
	// Find: Enter shows the first paragraph found.
	e.showFind()
	test.Type(e.lastFind.query, "Annex II")
	h := e.lastFind.hits[0]
	pressKey(e.win, fyne.KeyReturn)
	if e.win.Canvas().Overlays().Top() != nil || e.item != h.Item || e.para != h.Para {
		t.Errorf("Enter in Find: item %d para %d, want %d %d", e.item, e.para, h.Item, h.Para)
	}
}

func TestEditMenuClipboard(t *testing.T) {
	e, _ := openSample(t, big)
	ent := e.paras.editorFor(0)
	e.win.Canvas().Focus(ent)
	text := ent.Text()
	menuItem(t, e, "Edit", "Select All").Action()
	menuItem(t, e, "Edit", "Cut").Action()
	if got := e.app.Clipboard().Content(); got != text {
		t.Errorf("clipboard %q after Cut", got)
	}
	if got := e.rep.Items[0].Paragraphs[0].Text; got != "" {
		t.Errorf("paragraph %q after Cut", got)
	}
	menuItem(t, e, "Edit", "Paste").Action()
	if got := e.rep.Items[0].Paragraphs[0].Text; got != text {
		t.Errorf("paragraph after Paste = %q", got)
	}
}

func TestHelpListsShortcuts(t *testing.T) {
	e, _ := openSample(t, big)
	seen := map[string]string{}
	var lines []string
	for _, s := range e.Shortcuts() {
		if other, dup := seen[s.Keys]; dup {
			t.Errorf("%s is both %s and %s", s.Keys, other, s.Command)
		}
		seen[s.Keys] = s.Command
		lines = append(lines, s.Command+" "+s.Keys)
	}
	for _, want := range []string{"Edit › Find Ctrl+F", "Edit › Replace Ctrl+H", "Edit › Cut Ctrl+X", "Edit › Undo Ctrl+Z",
		"Versions › Compare Ctrl+Shift+C", "Paragraph › Move to Item Ctrl+Shift+M", "File › Close Report Ctrl+W",
		"Paragraph › New Paragraph After Ctrl+Enter", "Versions › Next Change Ctrl+."} {
		if !strings.Contains(strings.Join(lines, "\n"), want) {
			t.Errorf("Help lacks %q:\n%s", want, strings.Join(lines, "\n"))
		}
	}
	menuItem(t, e, "Help", "Keyboard Shortcuts").Action()
	l, _ := dialogLabels(t, e.win)
	if !strings.Contains(strings.Join(l, "\n"), "Ctrl+Shift+C") {
		t.Errorf("the shortcuts dialog shows %q", l)
	}
}

func TestMessagesCloseWithEnterOrEscape(t *testing.T) {
	e, _ := openSample(t, big)
	for _, k := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn} {
		e.showError(errors.New("the disk is full"))
		if e.win.Canvas().Overlays().Top() == nil {
			t.Fatal("no error shown")
		}
		pressKey(e.win, k)
		if e.win.Canvas().Overlays().Top() != nil {
			t.Errorf("%s left the error shown", k)
		}
	}
}
