package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// TestNotesTab lists a report's notes, shows a note's paragraph when it is
// selected, removes it through the edit path and puts it back on undo.
func TestNotesTab(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	t.Cleanup(w.Close)
	e := New(a, w)
	e.clock = func() time.Time { return fixedClock }
	w.Resize(big)
	r, err := workspace.Sample()
	if err != nil {
		t.Fatal(err)
	}
	p := r.Items[2].Paragraphs[1]
	p.AddNote(draft.Note{Kind: draft.NoteComment, Author: "Carla", Date: "2031-03-07T08:00:00Z", Text: "Which report?"})
	p.AddNote(draft.Note{Kind: draft.NoteChange, Author: "Ana Ferreira"})
	path := filepath.Join(t.TempDir(), "notes"+Ext)
	if err := e.CreateFile(path, r); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.closeDoc() })
	v := e.notes
	if len(v.notes) != 2 || !v.empty.Hidden {
		t.Fatalf("%d notes listed, want 2", len(v.notes))
	}
	num := e.num.Number(2, 1)
	if got, want := v.line(v.notes[0]), "comment by Carla (2031-03-07): Which report?"; !strings.HasSuffix(got, want) || !strings.HasPrefix(got, fmt.Sprintf("¶%d · item III", num)) {
		t.Errorf("line %q, want ¶%d · item III — %s", got, num, want)
	}
	v.list.Select(0)
	if e.item != 2 {
		t.Errorf("selecting the note shows item %d, want III", e.item+1)
	}
	test.Tap(v.remove)
	if n := e.rep.Items[2].Paragraphs[1].Notes; len(n) != 1 || n[0].Kind != draft.NoteChange {
		t.Errorf("after Remove the paragraph has notes %+v", n)
	}
	if len(v.notes) != 1 {
		t.Errorf("the tab lists %d notes after Remove", len(v.notes))
	}
	e.Undo()
	if n := e.rep.Items[2].Paragraphs[1].Notes; len(n) != 2 || n[0].Text != "Which report?" {
		t.Errorf("after Undo the paragraph has notes %+v", n)
	}
}
