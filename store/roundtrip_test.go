package store

import (
	"errors"
	"strings"
	"testing"

	"rapporteur/draft"
)

func TestRoundTrip(t *testing.T) {
	want := sampleReport(t)
	path := newFile(t, want)
	alone(t, path)
	for _, ro := range []bool{false, true} {
		open := Open
		if ro {
			open = OpenReadOnly
		}
		f, err := open(path)
		must(t, err)
		if f.ReadOnly() != ro || f.Path() != path {
			t.Errorf("ReadOnly() = %v, Path() = %q; want %v, %q", f.ReadOnly(), f.Path(), ro, path)
		}
		got, err := f.Load()
		must(t, err)
		sameReport(t, got, want)
		if got.LastID() != want.LastID() {
			t.Errorf("LastID = %d, want %d", got.LastID(), want.LastID())
		}
		must(t, f.Close())
		alone(t, path)
	}
}

// edits are changes a rapporteur makes; rows is how many rows Save writes.
var edits = []struct {
	name string
	rows int
	edit func(t *testing.T, r *draft.Report)
}{
	{"edit paragraph text", 1, func(t *testing.T, r *draft.Report) {
		r.Items[1].Paragraphs[2].Text = "A new wording, with an accent: café."
	}},
	{"insert paragraph at the head of an item", 6, func(t *testing.T, r *draft.Report) {
		_, err := r.InsertParagraph(r.Items[1], 0, 0, "Inserted first.")
		must(t, err)
	}}, // the new row, last_id and four moved positions
	{"move paragraph within an item", 4, func(t *testing.T, r *draft.Report) {
		must(t, r.MoveParagraph(1, 3, 1, 0))
	}},
	{"move paragraph across items", 2, func(t *testing.T, r *draft.Report) {
		must(t, r.MoveParagraph(1, 2, 2, 0))
	}}, // the moved paragraph and the one after it in item II
	{"delete paragraph", 2, func(t *testing.T, r *draft.Report) {
		_, err := r.Items[1].DeleteParagraph(2)
		must(t, err)
	}},
	{"move item", 3, func(t *testing.T, r *draft.Report) {
		must(t, r.MoveItem(0, 2))
	}},
	{"delete sub-item", 4, func(t *testing.T, r *draft.Report) {
		_, err := r.Items[1].DeleteSubItem(0)
		must(t, err)
	}}, // the sub-item row, its two paragraphs, and the other sub-item's position
	{"delete item", 1, func(t *testing.T, r *draft.Report) {
		_, err := r.DeleteItem(2)
		must(t, err)
	}},
	{"edit bullet and lead-in", 2, func(t *testing.T, r *draft.Report) {
		r.Items[1].Conclusion.Bullets[1].SetText("took note, with thanks, of the second report;")
		r.Items[0].Conclusion.LeadIn = "In conclusion, the SCE decided:"
	}},
	{"categories, documents, presentations", 2, func(t *testing.T, r *draft.Report) {
		r.Items[1].SubItems[1].Category = "For guidance"
		r.Items[1].SubItems[1].Docs = append(r.Items[1].SubItems[1].Docs, "SC0110Ea")
		r.Items[1].Presentations = nil
	}},
	{"meeting and annex", 2, func(t *testing.T, r *draft.Report) {
		r.Meeting.Venue = "Porto"
		r.Annexes[1].Body = "Statement by Freedonia."
	}},
	{"nothing", 0, func(t *testing.T, r *draft.Report) {}},
}

func TestSaveEdits(t *testing.T) {
	for _, tc := range edits {
		t.Run(tc.name, func(t *testing.T) {
			path := newFile(t, sampleReport(t))
			f, err := Open(path)
			must(t, err)
			r, err := f.Load()
			must(t, err)
			tc.edit(t, r)
			must(t, f.Save(r))
			if f.written != tc.rows {
				t.Errorf("Save wrote %d rows, want %d", f.written, tc.rows)
			}
			must(t, f.Close())
			alone(t, path)
			f, err = OpenReadOnly(path)
			must(t, err)
			defer f.Close()
			got, err := f.Load()
			must(t, err)
			sameReport(t, got, r)
		})
	}
}

func TestSaveManyEditsInSequence(t *testing.T) {
	path := newFile(t, sampleReport(t))
	f, err := Open(path)
	must(t, err)
	r, err := f.Load()
	must(t, err)
	for _, tc := range edits {
		switch tc.name { // these would make the later edits' positions wrong
		case "delete sub-item", "delete item", "move item":
			continue
		}
		tc.edit(t, r)
		must(t, f.Save(r))
	}
	edits[5].edit(t, r) // move item
	must(t, f.Save(r))
	must(t, f.Close())
	f, err = Open(path)
	must(t, err)
	defer f.Close()
	got, err := f.Load()
	must(t, err)
	sameReport(t, got, r)
}

func TestSaveOneParagraphWritesOneRow(t *testing.T) {
	path := newFile(t, bigReport(t, 10, 15))
	f, err := Open(path)
	must(t, err)
	defer f.Close()
	r, err := f.Load()
	must(t, err)
	changes := func() int {
		var n int
		must(t, f.conn.QueryRowContext(ctx, "SELECT total_changes()").Scan(&n))
		return n
	}
	before := changes()
	r.Items[4].Paragraphs[7].Text += " One more sentence."
	must(t, f.Save(r))
	if got := changes() - before; got != 1 {
		t.Errorf("Save changed %d rows in SQLite, want 1", got)
	}
	before = changes()
	r.Items[9].Paragraphs[0].Text = "Typed again."
	must(t, f.SaveParagraph(r.Items[9].Paragraphs[0]))
	must(t, f.SaveParagraph(r.Items[9].Paragraphs[0])) // unchanged: writes nothing
	if got := changes() - before; got != 1 {
		t.Errorf("SaveParagraph changed %d rows in SQLite, want 1", got)
	}
	must(t, f.Save(r)) // the fast path kept the state: nothing left to write
	if f.written != 0 {
		t.Errorf("Save after SaveParagraph wrote %d rows, want 0", f.written)
	}
	got, err := f.Load()
	must(t, err)
	sameReport(t, got, r)
}

func TestSaveParagraphNotInFile(t *testing.T) {
	f, err := Open(newFile(t, sampleReport(t)))
	must(t, err)
	defer f.Close()
	r, err := f.Load()
	must(t, err)
	p, err := r.InsertParagraph(r.Items[0], 0, 0, "new")
	must(t, err)
	if err := f.SaveParagraph(p); err == nil {
		t.Error("SaveParagraph of a paragraph not yet saved: no error")
	}
}

func TestSaveRefusesInvalidReport(t *testing.T) {
	cases := []struct {
		name  string
		spoil func(r *draft.Report)
	}{
		{"duplicate paragraph ID", func(r *draft.Report) { r.Items[1].Paragraphs[1].ID = r.Items[1].Paragraphs[0].ID }},
		{"paragraph shares an item's ID", func(r *draft.Report) { r.Items[1].Paragraphs[1].ID = r.Items[0].ID }},
		{"ID beyond the sequence", func(r *draft.Report) { r.Annexes[0].ID = r.LastID() + 1 }},
		{"zero ID", func(r *draft.Report) { r.Items[0].Conclusion.Bullets[0].ID = 0 }},
		{"sub-item of another item", func(r *draft.Report) { r.Items[0].Paragraphs[0].Sub = r.Items[1].SubItems[0].ID }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Open(newFile(t, sampleReport(t)))
			must(t, err)
			defer f.Close()
			r, err := f.Load()
			must(t, err)
			orig := r.Clone()
			tc.spoil(r)
			if err := f.Save(r); err == nil || !strings.Contains(err.Error(), f.Path()) {
				t.Errorf("Save: got %v, want an error naming the file", err)
			}
			if _, err := f.Freeze(r, "", fixedTime); err == nil {
				t.Error("Freeze of an invalid report: no error")
			}
			got, err := f.Load()
			must(t, err)
			sameReport(t, got, orig)
		})
	}
}

func TestReadOnlyRefusesWrites(t *testing.T) {
	f, err := OpenReadOnly(newFile(t, sampleReport(t)))
	must(t, err)
	defer f.Close()
	r, err := f.Load()
	must(t, err)
	if err := f.Save(r); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Save: got %v, want ErrReadOnly", err)
	}
	if _, err := f.Freeze(r, "", fixedTime); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Freeze: got %v, want ErrReadOnly", err)
	}
	must(t, f.Close())
	if _, err := f.Load(); !errors.Is(err, ErrClosed) {
		t.Errorf("Load after Close: got %v, want ErrClosed", err)
	}
}
