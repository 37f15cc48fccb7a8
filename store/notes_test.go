package store

import (
	"reflect"
	"testing"
	"time"

	"rapporteur/draft"
)

// TestNotesRoundTrip saves paragraphs' notes and loads them back, in the
// working copy and in a frozen version.
func TestNotesRoundTrip(t *testing.T) {
	r := sampleReport(t)
	p := r.Items[0].Paragraphs[0]
	p.AddNote(draft.Note{Kind: draft.NoteComment, Author: "Ana Ferreira", Date: "2031-03-05T10:00:00Z", Text: "Check the figures."})
	p.AddNote(draft.Note{Kind: draft.NoteChange, Author: "Bob"})
	path := newFile(t, r)
	f, err := Open(path)
	must(t, err)
	defer f.Close()
	got, err := f.Load()
	must(t, err)
	if !reflect.DeepEqual(got.Items[0].Paragraphs[0].Notes, p.Notes) {
		t.Errorf("notes %+v, want %+v", got.Items[0].Paragraphs[0].Notes, p.Notes)
	}
	if n := got.Items[1].Paragraphs[0].Notes; n != nil {
		t.Errorf("a paragraph without notes loads with %+v", n)
	}
	label, err := f.Freeze(got, "with notes", time.Date(2031, 3, 5, 12, 0, 0, 0, time.UTC))
	must(t, err)
	got.Items[0].Paragraphs[0].Notes = got.Items[0].Paragraphs[0].Notes[:1]
	must(t, f.Save(got))
	again, err := f.Load()
	must(t, err)
	if n := len(again.Items[0].Paragraphs[0].Notes); n != 1 {
		t.Errorf("after removing a note the paragraph has %d", n)
	}
	v, err := f.Version(label)
	must(t, err)
	if !reflect.DeepEqual(v.Items[0].Paragraphs[0].Notes, p.Notes) {
		t.Errorf("version %s notes %+v, want %+v", label, v.Items[0].Paragraphs[0].Notes, p.Notes)
	}
}

// TestUpgradeAddsNotes opens a file written before paragraph notes
// (schema 2): it reads as it is, is upgraded when opened for writing, keeps
// its text, and then holds notes.
func TestUpgradeAddsNotes(t *testing.T) {
	r := sampleReport(t)
	path := oldFile(t, r, 2)
	ro, err := OpenReadOnly(path)
	must(t, err)
	got, err := ro.Load()
	must(t, err)
	sameReport(t, got, r)
	must(t, ro.Close())
	f, err := Open(path)
	must(t, err)
	got, err = f.Load()
	must(t, err)
	sameReport(t, got, r)
	got.Items[0].Paragraphs[0].AddNote(draft.Note{Kind: draft.NoteComment, Text: "after the upgrade"})
	must(t, f.Save(got))
	must(t, f.Close())
	f, err = OpenReadOnly(path)
	must(t, err)
	defer f.Close()
	back, err := f.Load()
	must(t, err)
	if n := back.Items[0].Paragraphs[0].Notes; len(n) != 1 || n[0].Text != "after the upgrade" {
		t.Errorf("notes after the upgrade: %+v", n)
	}
}
