package draft

import (
	"bytes"
	"fmt"
	"reflect"
	"testing"
)

// modelReport builds a report with the given number of paragraphs per item
// (each item with a conclusion of one bullet when withConclusion).
func modelReport(t testing.TB, counts []int, withConclusion bool) *Report {
	t.Helper()
	r := New()
	r.Meeting.ShortName = "PTC"
	for i, n := range counts {
		it, err := r.InsertItem(i, fmt.Sprintf("Item %d", i+1))
		if err != nil {
			t.Fatal(err)
		}
		for k := 0; k < n; k++ {
			if _, err := r.InsertParagraph(it, k, 0, fmt.Sprintf("Paragraph %d of item %d.", k+1, i+1)); err != nil {
				t.Fatal(err)
			}
		}
		if withConclusion {
			c := r.AddConclusion(it)
			if _, err := r.InsertBullet(c, 0, "took note of the item;"); err != nil {
				t.Fatal(err)
			}
		}
	}
	return r
}

func ranges(r *Report) []Range {
	n := r.Numbering()
	var out []Range
	for i := range r.Items {
		out = append(out, n.Range(r, i))
	}
	return out
}

func TestNumberingRanges(t *testing.T) {
	// The fixture's shape: 1-2, 3-6, 7-20, 21-36, 37-68 with conclusions.
	r := modelReport(t, []int{1, 3, 13, 15, 31}, true)
	want := []Range{{1, 2}, {3, 6}, {7, 20}, {21, 36}, {37, 68}}
	if got := ranges(r); !reflect.DeepEqual(got, want) {
		t.Fatalf("ranges = %v, want %v", got, want)
	}
	n := r.Numbering()
	if got := n.Total(); got != 68 {
		t.Errorf("Total = %d, want 68", got)
	}
	for i, wantNum := range []int{2, 6, 20, 36, 68} {
		if got := n.ConclusionNumber(r, i); got != wantNum {
			t.Errorf("conclusion of item %s = %d, want %d", r.ItemNumber(i), got, wantNum)
		}
	}
}

func TestNumberingEmptyItems(t *testing.T) {
	r := modelReport(t, []int{2, 0, 0, 3}, false)
	r.AddConclusion(r.Items[2]) // an item with only a conclusion
	want := []Range{{1, 2}, {}, {3, 3}, {4, 6}}
	if got := ranges(r); !reflect.DeepEqual(got, want) {
		t.Fatalf("ranges = %v, want %v", got, want)
	}
	n := r.Numbering()
	for num, wantItem := range map[int]int{1: 0, 2: 0, 3: 2, 4: 3, 6: 3} {
		item, _, ok := n.Locate(num)
		if !ok || item != wantItem {
			t.Errorf("Locate(%d) = item %d, %v; want item %d", num, item, ok, wantItem)
		}
	}
	for _, num := range []int{0, 7, -1} {
		if _, _, ok := n.Locate(num); ok {
			t.Errorf("Locate(%d) ok, want out of range", num)
		}
	}
}

func TestLocateIsInverseOfNumber(t *testing.T) {
	r := modelReport(t, []int{3, 0, 1, 5, 0, 2}, true)
	n := r.Numbering()
	for i, it := range r.Items {
		for k := 0; k < it.Count(); k++ {
			num := n.Number(i, k)
			gi, gk, ok := n.Locate(num)
			if !ok || gi != i || gk != k {
				t.Errorf("Locate(Number(%d,%d)=%d) = %d,%d,%v", i, k, num, gi, gk, ok)
			}
		}
	}
}

func TestInsertParagraphRenumbers(t *testing.T) {
	r := modelReport(t, []int{2, 3, 2}, true)
	moved := r.Items[1].Paragraphs[0]
	if _, err := r.InsertParagraph(r.Items[0], 0, 0, "New first paragraph."); err != nil {
		t.Fatal(err)
	}
	want := []Range{{1, 4}, {5, 8}, {9, 11}}
	if got := ranges(r); !reflect.DeepEqual(got, want) {
		t.Errorf("ranges after insert = %v, want %v", got, want)
	}
	if got := r.Items[1].Paragraphs[0]; got != moved {
		t.Errorf("item II's first paragraph changed identity")
	}
}

func TestEditOperations(t *testing.T) {
	r := modelReport(t, []int{3, 2}, false)
	a := r.Items[0]
	ids := func(it *Item) []ID {
		var out []ID
		for _, p := range it.Paragraphs {
			out = append(out, p.ID)
		}
		return out
	}
	p0, p1, p2 := a.Paragraphs[0].ID, a.Paragraphs[1].ID, a.Paragraphs[2].ID
	if err := r.MoveParagraph(0, 0, 0, 2); err != nil {
		t.Fatal(err)
	}
	if got, want := ids(a), []ID{p1, p2, p0}; !reflect.DeepEqual(got, want) {
		t.Errorf("after move within item: %v, want %v", got, want)
	}
	if err := r.MoveParagraph(0, 2, 1, 0); err != nil {
		t.Fatal(err)
	}
	if got := r.Items[1].Paragraphs[0].ID; got != p0 {
		t.Errorf("moved paragraph across items: first of item II is %d, want %d", got, p0)
	}
	if err := r.MoveItem(1, 0); err != nil {
		t.Fatal(err)
	}
	if got := r.Items[0].Paragraphs[0].ID; got != p0 {
		t.Errorf("after item move, item I starts with %d, want %d", got, p0)
	}
	del, err := r.Items[0].DeleteParagraph(0)
	if err != nil || del.ID != p0 {
		t.Fatalf("DeleteParagraph = %v, %v", del, err)
	}
	if err := r.Items[0].InsertExisting(0, del); err != nil || r.Items[0].Paragraphs[0].ID != p0 {
		t.Errorf("InsertExisting did not restore identity: %v", err)
	}
	if err := r.Validate(); err != nil {
		t.Errorf("Validate after edits: %v", err)
	}
}

func TestEditErrors(t *testing.T) {
	r := modelReport(t, []int{1}, false)
	it := r.Items[0]
	checks := map[string]error{
		"insert item":      func() error { _, err := r.InsertItem(5, "x"); return err }(),
		"move item":        r.MoveItem(0, 3),
		"delete item":      func() error { _, err := r.DeleteItem(-1); return err }(),
		"insert paragraph": func() error { _, err := r.InsertParagraph(it, 2, 0, "x"); return err }(),
		"unknown sub-item": func() error { _, err := r.InsertParagraph(it, 0, 999, "x"); return err }(),
		"merge last":       it.MergeParagraph(0),
		"split mid-rune":   func() error { it.Paragraphs[0].Text = "é"; _, err := r.SplitParagraph(it, 0, 1); return err }(),
		"move paragraph":   r.MoveParagraph(0, 4, 0, 0),
		"delete sub-item":  func() error { _, err := it.DeleteSubItem(0); return err }(),
		"move bullet":      r.AddConclusion(it).MoveBullet(0, 1),
	}
	for name, err := range checks {
		if err == nil {
			t.Errorf("%s: no error, want one", name)
		}
	}
}

func TestSplitAndMerge(t *testing.T) {
	r := modelReport(t, []int{1}, false)
	it := r.Items[0]
	it.Paragraphs[0].Text = "First sentence. Second sentence."
	id := it.Paragraphs[0].ID
	q, err := r.SplitParagraph(it, 0, len("First sentence."))
	if err != nil {
		t.Fatal(err)
	}
	if got := []string{it.Paragraphs[0].Text, q.Text}; !reflect.DeepEqual(got, []string{"First sentence.", "Second sentence."}) {
		t.Errorf("split = %q", got)
	}
	if err := it.MergeParagraph(0); err != nil {
		t.Fatal(err)
	}
	if len(it.Paragraphs) != 1 || it.Paragraphs[0].Text != "First sentence. Second sentence." || it.Paragraphs[0].ID != id {
		t.Errorf("merge = %+v", it.Paragraphs[0])
	}
}

func TestDeleteSubItemKeepsParagraphs(t *testing.T) {
	r := modelReport(t, []int{0}, false)
	it := r.Items[0]
	s, _ := r.InsertSubItem(it, 0, "Sub", "For decision")
	p, _ := r.InsertParagraph(it, 0, s.ID, "Under the sub-item.")
	if _, err := it.DeleteSubItem(0); err != nil {
		t.Fatal(err)
	}
	if p.Sub != 0 || len(it.Paragraphs) != 1 {
		t.Errorf("paragraph after sub-item deletion: sub %d, %d paragraphs", p.Sub, len(it.Paragraphs))
	}
}

func TestConclusionPunctuation(t *testing.T) {
	tests := []struct {
		bullets []string
		want    []string
	}{
		{[]string{"took note of the report."}, []string{"took note of the report."}},
		{[]string{"took note of a;", "endorsed b"}, []string{"took note of a; and", "endorsed b."}},
		{[]string{"a", "b; and", "c."}, []string{"a;", "b; and", "c."}},
		{[]string{"a", "b", "c", "d"}, []string{"a;", "b;", "c; and", "d."}},
	}
	for _, tt := range tests {
		r := New()
		c := r.AddConclusion(&Item{})
		for i, b := range tt.bullets {
			if _, err := r.InsertBullet(c, i, b); err != nil {
				t.Fatal(err)
			}
		}
		if got := c.Punctuated(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Punctuated(%q) = %q, want %q", tt.bullets, got, tt.want)
		}
	}
}

func TestReorderBulletsKeepsPunctuationRight(t *testing.T) {
	r := New()
	c := r.AddConclusion(&Item{})
	for i, b := range []string{"a", "b", "c"} {
		r.InsertBullet(c, i, b)
	}
	if err := c.MoveBullet(2, 0); err != nil {
		t.Fatal(err)
	}
	if got, want := c.Punctuated(), []string{"c;", "a; and", "b."}; !reflect.DeepEqual(got, want) {
		t.Errorf("after move: %q, want %q", got, want)
	}
}

func TestBulletSetTextMarksBuiltBulletsEdited(t *testing.T) {
	built := &Bullet{Text: "took note of the report", Rule: "sub:3"}
	built.SetText("took note of the report;")
	if built.Edited {
		t.Errorf("punctuation-only change marked the bullet edited")
	}
	built.SetText("took note, with thanks, of the report")
	if !built.Edited {
		t.Errorf("changed built bullet not marked edited")
	}
	hand := &Bullet{Text: "x"}
	hand.SetText("y")
	if hand.Edited {
		t.Errorf("hand-written bullet marked edited")
	}
}

func TestLeadIn(t *testing.T) {
	c := &Conclusion{}
	if got, want := c.LeadInFor(Meeting{ShortName: "PTC"}), "In conclusion, the PTC:"; got != want {
		t.Errorf("LeadIn = %q, want %q", got, want)
	}
	c.LeadIn = "In conclusion, the Committee:"
	if got := c.LeadInFor(Meeting{ShortName: "PTC"}); got != c.LeadIn {
		t.Errorf("edited lead-in not kept: %q", got)
	}
}

func TestCloneSharesNothing(t *testing.T) {
	r := modelReport(t, []int{2, 1}, true)
	r.Items[0].Docs = []string{"PC0727Ea"}
	c := r.Clone()
	c.Items[0].Paragraphs[0].Text = "changed"
	c.Items[0].Docs[0] = "changed"
	c.Items[0].Conclusion.Bullets[0].Text = "changed"
	if r.Items[0].Paragraphs[0].Text == "changed" || r.Items[0].Docs[0] == "changed" || r.Items[0].Conclusion.Bullets[0].Text == "changed" {
		t.Errorf("Clone shares data with the original")
	}
	if c.NewID() != r.NewID() {
		t.Errorf("Clone does not carry the ID sequence")
	}
}

func TestSnapshotRoundTrip(t *testing.T) {
	r := modelReport(t, []int{2, 0, 3}, true)
	s, _ := r.InsertSubItem(r.Items[2], 0, "Sub", "For guidance")
	s.Presentations = []Presentation{{Text: "Presentation by Türkiye"}}
	r.Items[2].Paragraphs[1].Sub = s.ID
	r.InsertAnnex(0, "List of participants", "Ελλάδα\n\nУкраїна")
	b1, err := MarshalSnapshot(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalSnapshot(b1)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := MarshalSnapshot(back)
	if !bytes.Equal(b1, b2) {
		t.Errorf("snapshot round trip differs:\n%s\n%s", b1, b2)
	}
	if back.LastID() != r.LastID() {
		t.Errorf("LastID = %d, want %d", back.LastID(), r.LastID())
	}
}

func TestUnmarshalSnapshotRejectsDamage(t *testing.T) {
	tests := map[string]string{
		"not json":     "{",
		"newer format": `{"format": 99}`,
		"dup ids":      `{"format":1,"last_id":5,"items":[{"ID":1,"Paragraphs":[{"ID":2},{"ID":2}]}]}`,
		"id past last": `{"format":1,"last_id":1,"items":[{"ID":1,"Paragraphs":[{"ID":7}]}]}`,
		"null item":    `{"format":1,"last_id":1,"items":[null]}`,
		"foreign sub":  `{"format":1,"last_id":3,"items":[{"ID":1,"Paragraphs":[{"ID":2,"Sub":3}]}]}`,
	}
	for name, data := range tests {
		if _, err := UnmarshalSnapshot([]byte(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestSummarize(t *testing.T) {
	r := modelReport(t, []int{1, 0}, false)
	r.AddConclusion(r.Items[0])
	r.InsertBullet(r.Items[0].Conclusion, 0, "took note")
	s := r.Summarize()
	if s.ParagraphCount != 2 || len(s.Items) != 2 {
		t.Fatalf("summary counts: %+v", s)
	}
	if got := s.Items[0]; !reflect.DeepEqual(got.Paragraphs, []int{1, 2}) || got.Conclusion == nil || got.Conclusion.Paragraph != 2 || got.Conclusion.Bullets[0] != "took note." {
		t.Errorf("item I summary = %+v", got)
	}
	if got := s.Items[1]; got.Paragraphs != nil || got.Conclusion != nil || got.Number != "II" {
		t.Errorf("item II summary = %+v, want no paragraphs and no conclusion", got)
	}
}

// BenchmarkRenumberAfterInsert measures what a structural edit costs in a
// 1,540-paragraph report: inserting one paragraph and deriving every number
// and range again.
func BenchmarkRenumberAfterInsert(b *testing.B) {
	counts := make([]int, 16)
	for i := range counts {
		counts[i] = 95 // 16 × (95 + conclusion) = 1,536 ≈ 1,540
	}
	counts[0] += 4
	r := modelReport(b, counts, true)
	it := r.Items[0]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, _ := r.InsertParagraph(it, 0, 0, "Inserted.")
		n := r.Numbering()
		sum := 0
		for j := range r.Items {
			g := n.Range(r, j)
			sum += g.Last
		}
		if sum == 0 || n.Total() != 1541 {
			b.Fatalf("total %d", n.Total())
		}
		it.DeleteParagraph(0)
		_ = p
	}
}
