package workspace

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"rapporteur/draft"
)

// markedUp writes, as a delegation would send it back, the latest version
// of the report file at rap edited by two authors (Word files with tracked
// changes are written here by the program itself, credited per paragraph):
// one paragraph changed by Ana, one added by Bob, one deleted by Ana.
func markedUp(t *testing.T, rap string) (path string, sent, edited *draft.Report) {
	t.Helper()
	sent, err := Load(rap, "a")
	must(t, err)
	edited = sent.Clone()
	it := edited.Items[1]
	it.Paragraphs[0].Text = strings.Replace(it.Paragraphs[0].Text, "the", "the revised", 1)
	it.Paragraphs[0].AddNote(draft.Note{Kind: draft.NoteChange, Author: "Ana Ferreira"})
	p, err := edited.InsertParagraph(it, 1, it.Paragraphs[0].Sub, "Bob added this paragraph.")
	must(t, err)
	p.AddNote(draft.Note{Kind: draft.NoteChange, Author: "Bob Smith"})
	gone := edited.Items[2].Paragraphs[1]
	must(t, deleteParagraph(edited, gone))
	c := draft.Compare(sent, edited)
	for k := range c.Changes {
		if c.Changes[k].Kind == draft.Deleted {
			c.Changes[k].Authors = []string{"Ana Ferreira"}
		}
	}
	path = filepath.Join(t.TempDir(), "marked-up.docx")
	must(t, Revisions(path, c, ExportOptions{Created: at, Author: "Secretariat"}))
	return path, sent, edited
}

func deleteParagraph(r *draft.Report, p *draft.Paragraph) error {
	i, k, _ := r.Find(p.ID)
	_, err := r.Items[i].DeleteParagraph(k)
	return err
}

// TestIntoReceived brings a marked-up Word file into the report: a new
// version holds it as received, equal to the version it was made from, the
// working copy has its changes accepted, and the comparison of the two
// shows exactly Word's changes with their authors.
func TestIntoReceived(t *testing.T) {
	rap, _, _ := files(t)
	path, _, edited := markedUp(t, rap)
	rec, err := ReadReceived(path)
	must(t, err)
	// The agenda's ranges change too, by the file's author.
	if got := rec.Summary(); got != "13 tracked changes by Secretariat, Ana Ferreira and Bob Smith" {
		t.Errorf("summary %q", got)
	}
	var heads []string
	for _, ch := range rec.Comparison().Changes {
		heads = append(heads, ch.Heading())
	}
	label, err := IntoReceived(rap, rec, at)
	must(t, err)
	if label != "b" {
		t.Fatalf("version %q, want b", label)
	}
	c, err := Compare(Source{rap, "a"}, Source{rap, "b"})
	must(t, err)
	if n := len(c.Changes) + len(c.Structure); n != 0 {
		t.Errorf("the received state differs from the version it was made from: %d changes", n)
	}
	c, err = Compare(Source{rap, "b"}, Source{rap, Working})
	must(t, err)
	var got []string
	for _, ch := range c.Changes {
		got = append(got, ch.Heading())
	}
	want := []string{"¶3→3 changed by Ana Ferreira", "¶—→4 added by Bob Smith", "¶7→— deleted by Ana Ferreira"}
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(heads, want) {
		t.Errorf("changes from b to the working copy %q, read from the file %q, want %q", got, heads, want)
	}
	w, err := Load(rap, Working)
	must(t, err)
	for i, it := range edited.Items {
		for k, p := range it.Paragraphs {
			if w.Items[i].Paragraphs[k].Text != p.Text {
				t.Errorf("working copy item %d paragraph %d: %q, want %q", i+1, k+1, w.Items[i].Paragraphs[k].Text, p.Text)
			}
		}
	}
	vs, err := Describe(rap)
	must(t, err)
	if n := vs.Versions[1].Note; !strings.Contains(n, "marked-up.docx") || !strings.Contains(n, "received") {
		t.Errorf("version b's note %q", n)
	}
}

// TestIntoReceivedIsOneStep: the received state is frozen and the changes
// accepted in one step, so a failure (or a kill) between the two never
// leaves a version "received" over a working copy without its changes.
// Here the accepted reading cannot be saved (two paragraphs share one
// identity): nothing may be written at all.
func TestIntoReceivedIsOneStep(t *testing.T) {
	rap, _, _ := files(t)
	path, _, _ := markedUp(t, rap)
	rec, err := ReadReceived(path)
	must(t, err)
	it := rec.Accepted.Items[1]
	it.Paragraphs = append(it.Paragraphs, it.Paragraphs[0]) // the same paragraph twice
	if _, err := IntoReceived(rap, rec, at); err == nil {
		t.Fatal("a working copy with one paragraph twice was saved")
	}
	d, err := Describe(rap)
	must(t, err)
	if len(d.Versions) != 1 {
		t.Errorf("%d versions after a failed import, want 1: the received state was frozen without its changes", len(d.Versions))
	}
}
