package draft

import (
	"reflect"
	"strings"
	"testing"
)

func notesReport(t *testing.T) *Report {
	t.Helper()
	r := New()
	it, err := r.InsertItem(0, "Reports")
	if err != nil {
		t.Fatal(err)
	}
	for k, s := range []string{"First paragraph.", "Second paragraph.", "Third paragraph."} {
		if _, err := r.InsertParagraph(it, k, 0, s); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

func TestCloneCopiesNotes(t *testing.T) {
	r := notesReport(t)
	r.Items[0].Paragraphs[0].AddNote(Note{Kind: NoteComment, Author: "Ana", Text: "Check."})
	c := r.Clone()
	c.Items[0].Paragraphs[0].Notes[0].Text = "changed"
	if got := r.Items[0].Paragraphs[0].Notes[0].Text; got != "Check." {
		t.Errorf("the clone shares its notes: original now %q", got)
	}
}

// TestCompareAuthors names a change's authors from the change notes the new
// side gained and the deletion notes of a deleted paragraph; notes both
// sides share name nobody.
func TestCompareAuthors(t *testing.T) {
	old := notesReport(t)
	old.Items[0].Paragraphs[2].AddNote(Note{Kind: NoteDeletion, Author: "Bob"})
	cur := old.Clone()
	it := cur.Items[0]
	it.Paragraphs[0].Text = "First paragraph, amended."
	it.Paragraphs[0].AddNote(Note{Kind: NoteChange, Author: "Ana", Date: "2031-03-05T10:00:00Z"})
	it.Paragraphs[0].AddNote(Note{Kind: NoteChange, Author: "Bob"})
	it.Paragraphs[0].AddNote(Note{Kind: NoteComment, Author: "Carla", Text: "Why?"})
	p, err := cur.InsertParagraph(it, 1, 0, "An added paragraph.")
	if err != nil {
		t.Fatal(err)
	}
	p.AddNote(Note{Kind: NoteChange, Author: "Ana"})
	if _, err := it.DeleteParagraph(3); err != nil {
		t.Fatal(err)
	}
	got := map[ChangeKind][]string{}
	for _, ch := range Compare(old, cur).Changes {
		got[ch.Kind] = ch.Authors
	}
	want := map[ChangeKind][]string{Changed: {"Ana", "Bob"}, Added: {"Ana"}, Deleted: {"Bob"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("authors %v, want %v", got, want)
	}
	for _, ch := range Compare(old, cur).Changes {
		if ch.Kind == Changed && !strings.HasSuffix(ch.Heading(), "changed by Ana and Bob") {
			t.Errorf("heading %q does not name the authors", ch.Heading())
		}
	}
	// A later comparison of the accepted state: its notes are on both
	// sides, so the rapporteur's own change names nobody.
	later := cur.Clone()
	later.Items[0].Paragraphs[0].Text += " Again."
	for _, ch := range Compare(cur, later).Changes {
		if len(ch.Authors) != 0 {
			t.Errorf("%s: authors %v, want none", ch.Heading(), ch.Authors)
		}
	}
}

func TestNotesInSnapshot(t *testing.T) {
	r := notesReport(t)
	r.Items[0].Paragraphs[1].AddNote(Note{Kind: NoteComment, Author: "Ana Ferreira", Date: "2031-03-05T10:00:00Z", Text: "Line one\nline two"})
	r.Items[0].Paragraphs[1].AddNote(Note{Kind: NoteChange, Author: "Bob"})
	data, err := MarshalSnapshot(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalSnapshot(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Items[0].Paragraphs[1].Notes, r.Items[0].Paragraphs[1].Notes) {
		t.Errorf("notes %+v, want %+v", back.Items[0].Paragraphs[1].Notes, r.Items[0].Paragraphs[1].Notes)
	}
	if back.Items[0].Paragraphs[0].Notes != nil || strings.Contains(string(data), `"Notes":null`) {
		t.Error("a paragraph without notes gains a Notes key")
	}
}

func TestNoteString(t *testing.T) {
	n := Note{Kind: NoteComment, Author: "Ana Ferreira", Date: "2031-03-05T10:00:00Z", Text: "Please\ncheck."}
	if got, want := n.String(), "comment by Ana Ferreira (2031-03-05): Please ⏎ check."; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestSummaryListsNotes(t *testing.T) {
	r := notesReport(t)
	r.Items[0].Paragraphs[2].AddNote(Note{Kind: NoteComment, Author: "Ana", Text: "Shorter?"})
	s := r.Summarize()
	want := []NoteSummary{{Paragraph: 3, Item: "I", Kind: NoteComment, Author: "Ana", Text: "Shorter?"}}
	if !reflect.DeepEqual(s.Notes, want) {
		t.Errorf("Notes = %+v, want %+v", s.Notes, want)
	}
}
