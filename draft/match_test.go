package draft

import (
	"fmt"
	"hash/fnv"
	"strings"
	"testing"
)

// rebuild copies a report's content into a new report with IDs of its own,
// as a draft read back from outside would have, and returns the copy and,
// for each copied paragraph, the ID of its original.
func rebuild(t testing.TB, src *Report, shift ID) (*Report, map[*Paragraph]ID) {
	t.Helper()
	r := New()
	r.Reserve(shift)
	r.Meeting = src.Meeting
	origin := map[*Paragraph]ID{}
	for i, sit := range src.Items {
		it, err := r.InsertItem(i, sit.Title)
		must(t, err)
		it.Category, it.Docs, it.Presentations = sit.Category, sit.Docs, sit.Presentations
		subs := map[ID]ID{}
		for j, ss := range sit.SubItems {
			s, err := r.InsertSubItem(it, j, ss.Title, ss.Category)
			must(t, err)
			s.Docs, s.Presentations, s.Attachments = ss.Docs, ss.Presentations, ss.Attachments
			subs[ss.ID] = s.ID
		}
		for k, sp := range sit.Paragraphs {
			p, err := r.InsertParagraph(it, k, subs[sp.Sub], sp.Text)
			must(t, err)
			origin[p] = sp.ID
		}
		if sc := sit.Conclusion; sc != nil {
			c := r.AddConclusion(it)
			c.LeadIn = sc.LeadIn
			for b, sb := range sc.Bullets {
				_, err := r.InsertBullet(c, b, sb.Text)
				must(t, err)
			}
		}
	}
	for k, a := range src.Annexes {
		_, err := r.InsertAnnex(k, a.Title, a.Body)
		must(t, err)
	}
	return r, origin
}

// TestAdoptUnchanged: a report read back from outside adopts every ID of
// its original, so the comparison is empty.
func TestAdoptUnchanged(t *testing.T) {
	prev := genReport(t, 11, 5, 6, 50)
	inc, _ := rebuild(t, prev, 7)
	Adopt(prev, inc)
	must(t, inc.Validate())
	c := Compare(prev, inc)
	if len(c.Changes) != 0 || len(c.Structure) != 0 {
		var b strings.Builder
		must(t, c.WriteText(&b))
		t.Errorf("unchanged copy: want no changes, got\n%s", b.String())
	}
}

// TestAdoptReorderedAndEdited: paragraphs reordered, moved across items and
// edited keep their identity; the comparison shows exactly the edits.
func TestAdoptReorderedAndEdited(t *testing.T) {
	prev := genReport(t, 12, 5, 6, 60)
	inc, origin := rebuild(t, prev, prev.LastID()/2)
	edited := inc.Items[0].Paragraphs[3]
	edited.Text = strings.Replace(edited.Text, " ", " very ", 2)
	must(t, inc.MoveParagraph(1, 5, 1, 0)) // within item II
	moved := inc.Items[2].Paragraphs[1]    // to item IV, edited
	must(t, inc.MoveParagraph(2, 1, 3, 2))
	moved.Text = "In addition, " + moved.Text
	gone, err := inc.Items[4].DeleteParagraph(2)
	must(t, err)
	goneID := origin[gone]
	delete(origin, gone)
	added, err := inc.InsertParagraph(inc.Items[4], 0, 0, "A wholly new paragraph about other matters entirely.")
	must(t, err)
	inc.Items[3].Title = "Renamed item"
	inc.Items[1].Conclusion.Bullets[0].Text += " and its annexes"
	must(t, inc.MoveItem(0, 4))

	Adopt(prev, inc)
	must(t, inc.Validate())
	for p, want := range origin {
		if p.ID != want {
			t.Errorf("paragraph %.30q adopted ID %d, want %d", p.Text, p.ID, want)
		}
	}
	if added.ID <= prev.LastID() {
		t.Errorf("new paragraph got ID %d, want a fresh one above %d", added.ID, prev.LastID())
	}
	got, gotStruct := describeAll(Compare(prev, inc))
	var want []string
	for _, w := range []struct {
		kind string
		id   ID
		r    *Report
	}{{"changed", edited.ID, nil}, {"moved", inc.Items[0].Paragraphs[0].ID, nil}, {"moved", moved.ID, nil}} {
		o, _ := number(t, prev, w.id)
		n, item := number(t, inc, w.id)
		s := fmt.Sprintf("%s paragraph %s %d→%d", w.kind, item, o, n)
		if w.id == moved.ID {
			s += " edited"
		}
		want = append(want, s)
	}
	o, _ := number(t, prev, goneID)
	want = append(want, fmt.Sprintf("deleted paragraph %s %d→0", itemOf(inc, prev.Items[4].ID), o))
	n, item := number(t, inc, added.ID)
	want = append(want, fmt.Sprintf("added paragraph %s 0→%d", item, n))
	ci := indexOf(inc, prev.Items[1].ID)
	want = append(want, fmt.Sprintf("changed bullet %s %d→%d b1→1", inc.ItemNumber(ci),
		prev.Numbering().ConclusionNumber(prev, 1), inc.Numbering().ConclusionNumber(inc, ci)))
	sameSet(t, "changes", got, want)
	sameSet(t, "structure", gotStruct, []string{
		"item moved V I→V",
		fmt.Sprintf("item renamed %s %s→Renamed item", itemOf(inc, prev.Items[3].ID), prev.Items[3].Title),
	})
}

func TestMatchTexts(t *testing.T) {
	tests := []struct {
		name      string
		prev, inc []string
		byPos     bool
		want      string
	}{
		{"exact reordered", []string{"alpha beta", "gamma delta"}, []string{"Gamma  delta", "alpha beta"}, false, "[1 0]"},
		{"similar", []string{"took note of the report of the meeting", "endorsed the plan"}, []string{"took note of the report of the last meeting"}, false, "[0]"},
		{"unrelated", []string{"took note of the report"}, []string{"adopted the budget for next year"}, false, "[-1]"},
		{"by position", []string{"one", "two"}, []string{"uno", "dos"}, true, "[0 1]"},
	}
	for _, tc := range tests {
		if got := fmt.Sprint(matchTexts(tc.prev, tc.inc, tc.byPos)); got != tc.want {
			t.Errorf("%s: matchTexts = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestCompareByContentLeavesArguments(t *testing.T) {
	old := genReport(t, 13, 3, 4, 30)
	cur, _ := rebuild(t, old, 0)
	cur.Items[1].Paragraphs[2].Text += " Amended."
	before := cur.Items[1].Paragraphs[2].ID
	c := CompareByContent(old, cur)
	if cur.Items[1].Paragraphs[2].ID != before {
		t.Errorf("CompareByContent changed its argument's IDs")
	}
	if len(c.Changes) != 1 || c.Changes[0].Kind != Changed {
		t.Errorf("got %v, want one changed paragraph", c.Changes)
	}
}

func FuzzCompareByContent(f *testing.F) {
	f.Add("first para\n\nsecond para", "second para\n\nfirst para edited")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, a, b string) {
		ra, rb := fuzzReport(a), fuzzReport(b)
		c := CompareByContent(ra, rb)
		if err := c.New.Validate(); err != nil {
			t.Fatalf("matched copy invalid: %v", err)
		}
		var sb strings.Builder
		if err := c.WriteText(&sb); err != nil {
			t.Fatal(err)
		}
	})
}

// fuzzReport makes a report from arbitrary text: blocks split at blank
// lines are paragraphs, a block starting "#" starts an item, "*" a bullet.
func fuzzReport(s string) *Report {
	r := New()
	var it *Item
	for _, block := range strings.Split(s, "\n\n") {
		if it == nil || strings.HasPrefix(block, "#") {
			it, _ = r.InsertItem(len(r.Items), strings.TrimPrefix(block, "#"))
			continue
		}
		if strings.HasPrefix(block, "*") {
			c := r.AddConclusion(it)
			_, _ = r.InsertBullet(c, len(c.Bullets), block[1:])
			continue
		}
		_, _ = r.InsertParagraph(it, len(it.Paragraphs), 0, block)
	}
	return r
}

// TestKeyHash checks the ASCII fast path against the hash of the key built
// the slow way.
func TestKeyHash(t *testing.T) {
	for _, s := range []string{"", "  The PTC  took\tnote. ", "the ptc took note.", "Türkiye  and Norway", "Trevin\u0303o", "A\r\nB"} {
		h := fnv.New64a()
		h.Write([]byte(normKey(s)))
		if got, want := keyHash(s), h.Sum64(); got != want {
			t.Errorf("keyHash(%q) = %x, want %x (the hash of %q)", s, got, want, normKey(s))
		}
	}
	if keyHash("The  PTC") != keyHash("the ptc") {
		t.Errorf("keyHash differs for texts differing only in case and spacing")
	}
}
