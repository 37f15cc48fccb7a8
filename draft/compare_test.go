package draft

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestCompareIdentical(t *testing.T) {
	r := genReport(t, 1, 4, 5, 40)
	c := Compare(r, r.Clone())
	if len(c.Changes) != 0 || len(c.Structure) != 0 {
		t.Errorf("identical reports: got %d changes, %d structural, want none", len(c.Changes), len(c.Structure))
	}
	var b bytes.Buffer
	must(t, c.WriteText(&b))
	if got := b.String(); got != "No changes.\n" {
		t.Errorf("WriteText = %q, want %q", got, "No changes.\n")
	}
}

// TestCompareInsertAtTop: one paragraph inserted at the top renumbers every
// other paragraph, and the comparison shows one addition and nothing else.
func TestCompareInsertAtTop(t *testing.T) {
	old := genReport(t, 2, 5, 6, 40)
	cur := old.Clone()
	p, err := cur.InsertParagraph(cur.Items[0], 0, 0, "A new opening paragraph.")
	must(t, err)
	c := Compare(old, cur)
	if len(c.Changes) != 1 || len(c.Structure) != 0 {
		t.Fatalf("got %d changes, %d structural, want exactly 1 addition: %v", len(c.Changes), len(c.Structure), c.Changes)
	}
	ch := c.Changes[0]
	if ch.Kind != Added || ch.Old != 0 || ch.New != 1 || ch.ID != p.ID || ch.Item != "I" {
		t.Errorf("got %s, want added paragraph 1 in item I", describe(ch))
	}
}

// TestCompareRoundTrip applies a batch of edits with the edit API and checks
// that the comparison names exactly those edits.
func TestCompareRoundTrip(t *testing.T) {
	old := genReport(t, 3, 5, 6, 40)
	cur := old.Clone()
	var want []string
	add := func(format string, args ...any) { want = append(want, fmt.Sprintf(format, args...)) }
	num := func(r *Report, id ID) (int, string) { return number(t, r, id) }

	// Change words in item I, paragraph 3.
	changed := cur.Items[0].Paragraphs[2]
	changed.Text = strings.Replace(changed.Text, " ", " freshly ", 1)
	// Move item I paragraph 6 up to position 2.
	movedIn := cur.Items[0].Paragraphs[5].ID
	must(t, cur.MoveParagraph(0, 5, 0, 1))
	// Insert a paragraph at the start of item II.
	inserted, err := cur.InsertParagraph(cur.Items[1], 0, 0, "An inserted paragraph.")
	must(t, err)
	// Delete item III paragraph 5.
	gone, err := cur.Items[2].DeleteParagraph(4)
	must(t, err)
	// Move item IV paragraph 1 to the end of item II, and edit it.
	across := cur.Items[3].Paragraphs[0]
	must(t, cur.MoveParagraph(3, 0, 1, len(cur.Items[1].Paragraphs)))
	across.Text += " Edited after the move."
	// Edit bullet 2 of item II's conclusion.
	cur.Items[1].Conclusion.Bullets[1].SetText("endorsed the revised report")
	// Change the category of item III, sub-item a.
	oldCat := cur.Items[2].SubItems[0].Category
	cur.Items[2].SubItems[0].Category = "For guidance and decision"
	// Move item V to the front.
	must(t, cur.MoveItem(4, 0))

	o, _ := num(old, changed.ID)
	n, item := num(cur, changed.ID)
	add("changed paragraph %s %d→%d", item, o, n)
	o, _ = num(old, movedIn)
	n, item = num(cur, movedIn)
	add("moved paragraph %s %d→%d", item, o, n)
	n, item = num(cur, inserted.ID)
	add("added paragraph %s 0→%d", item, n)
	o, _ = num(old, gone.ID)
	add("deleted paragraph %s %d→0", itemOf(cur, old.Items[2].ID), o)
	o, _ = num(old, across.ID)
	n, item = num(cur, across.ID)
	add("moved paragraph %s %d→%d edited", item, o, n)
	ci := indexOf(cur, old.Items[1].ID)
	add("changed bullet %s %d→%d b2→2", cur.ItemNumber(ci),
		old.Numbering().ConclusionNumber(old, 1), cur.Numbering().ConclusionNumber(cur, ci))

	got, gotStruct := describeAll(Compare(old, cur))
	sameSet(t, "changes", got, want)
	sameSet(t, "structure", gotStruct, []string{
		"item moved I V→I",
		fmt.Sprintf("category changed %sa %s→For guidance and decision", itemOf(cur, old.Items[2].ID), oldCat),
	})
}

func TestCompareStructure(t *testing.T) {
	old := genReport(t, 4, 3, 2, 10)
	cur := old.Clone()
	cur.Meeting.Venue = "Brussels"
	cur.Items[0].Title = "Renamed"
	cur.Items[0].Docs = append(cur.Items[0].Docs, "PC0800Ea")
	cur.Items[1].Presentations = nil
	_, err := cur.InsertSubItem(cur.Items[1], 0, "New sub-item", "For decision")
	must(t, err)
	_, err = cur.Items[2].DeleteSubItem(1)
	must(t, err)
	cur.Annexes[0].Body += " More."
	_, err = cur.InsertItem(3, "Other business")
	must(t, err)

	_, got := describeAll(Compare(old, cur))
	sameSet(t, "structure", got, []string{
		"meeting changed  →Brussels",
		"item renamed I " + old.Items[0].Title + "→Renamed",
		"document added I →PC0800Ea",
		"presentation removed II " + old.Items[1].Presentations[0].Text + "→",
		"sub-item added IIa →New sub-item",
		"sub-item deleted IIIb " + old.Items[2].SubItems[1].Title + "→",
		"annex changed  →",
		"item added IV →Other business",
	})
}

func TestCompareConclusions(t *testing.T) {
	old := genReport(t, 5, 3, 2, 10)
	cur := old.Clone()
	c0 := cur.Items[0].Conclusion
	c0.LeadIn = "In conclusion, the Committee:"
	_, err := cur.InsertBullet(c0, 3, "asked the Secretariat to report back")
	must(t, err)
	_, err = c0.DeleteBullet(0)
	must(t, err)
	cur.Items[1].Conclusion = nil
	must(t, cur.Items[2].Conclusion.MoveBullet(2, 0))

	got, _ := describeAll(Compare(old, cur))
	c1old := old.Numbering().ConclusionNumber(old, 0)
	sameSet(t, "changes", got, []string{
		fmt.Sprintf("changed lead-in I %d→%d", c1old, c1old),
		fmt.Sprintf("added bullet I %d→%d b0→3", c1old, c1old),
		fmt.Sprintf("deleted bullet I %d→%d b1→0", c1old, c1old),
		fmt.Sprintf("deleted conclusion II %d→0", old.Numbering().ConclusionNumber(old, 1)),
		fmt.Sprintf("moved bullet III %d→%d b3→1", old.Numbering().ConclusionNumber(old, 2), cur.Numbering().ConclusionNumber(cur, 2)),
	})
}

func TestCompareNFCIsNoChange(t *testing.T) {
	old := genReport(t, 6, 1, 1, 5)
	old.Items[0].Paragraphs[0].Text = "Trevin\u0303o spoke."
	cur := old.Clone()
	cur.Items[0].Paragraphs[0].Text = "Treviño spoke."
	if c := Compare(old, cur); len(c.Changes) != 0 {
		t.Errorf("composed vs decomposed accent: got %v, want no change", c.Changes)
	}
}

func TestCompareJSONAndText(t *testing.T) {
	old := genReport(t, 7, 2, 3, 30)
	cur := old.Clone()
	cur.Items[1].Paragraphs[1].Text = strings.Replace(cur.Items[1].Paragraphs[1].Text, " ", " green ", 1)
	_, err := cur.InsertParagraph(cur.Items[0], 1, 0, "Added here.")
	must(t, err)
	c := Compare(old, cur)
	b, err := json.Marshal(c)
	must(t, err)
	var v struct {
		Changes []struct {
			Kind   string          `json:"kind"`
			Old    *int            `json:"old"`
			New    *int            `json:"new"`
			Item   string          `json:"item"`
			Edited bool            `json:"edited"`
			Words  json.RawMessage `json:"words"`
		} `json:"changes"`
		Summary []ItemChanges `json:"summary"`
	}
	must(t, json.Unmarshal(b, &v))
	if len(v.Changes) != 2 {
		t.Fatalf("got %d changes in JSON, want 2: %s", len(v.Changes), b)
	}
	if a := v.Changes[0]; a.Kind != "added" || a.Old != nil || a.New == nil || *a.New != 2 || a.Item != "I" {
		t.Errorf("first change = %+v, want added with old null, new 2, item I", a)
	}
	if !strings.Contains(string(b), `"old":null`) {
		t.Errorf("JSON lacks a null old number: %s", b)
	}
	if len(v.Summary) != 2 || v.Summary[0].Added != 1 || v.Summary[1].Changed != 1 {
		t.Errorf("summary = %+v, want item I 1 added, item II 1 changed", v.Summary)
	}
	var out bytes.Buffer
	must(t, c.WriteText(&out))
	text := out.String()
	for _, want := range []string{"ITEM I – " + strings.ToUpper(cur.Items[0].Title), "¶—→2 added: Added here.", "{+green +}", "1 changed, 1 added, 0 deleted, 0 moved; 0 structural changes"} {
		if !strings.Contains(text, want) {
			t.Errorf("text output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, cur.Items[1].Paragraphs[1].Text) {
		t.Errorf("text output shows a whole long paragraph instead of context:\n%s", text)
	}
}

// TestCompareTextOneLinePerChange: a line break in a title, a changed
// title or a version's name stays inside its line of the terminal form.
func TestCompareTextOneLinePerChange(t *testing.T) {
	old := genReport(t, 7, 2, 3, 30)
	old.Items[0].Title = "Opening\nFORGED heading"
	cur := old.Clone()
	cur.Items[1].Title = "Renamed\nFORGED title"
	cur.Items[0].Paragraphs[0].Text += " More."
	c := Compare(old, cur)
	c.OldName, c.NewName = "version a\nFORGED", "the working copy"
	var out bytes.Buffer
	must(t, c.WriteText(&out))
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "FORGED") {
			t.Errorf("a line of the report's choosing: %q in\n%s", line, out.String())
		}
	}
}

func TestStayed(t *testing.T) {
	tests := []struct {
		seq  []int
		want string
	}{
		{nil, ""},
		{[]int{0, 1, 2}, "kkk"},
		{[]int{5, 0, 1, 2, 3, 4}, "mkkkkk"},
		{[]int{1, 2, 3, 4, 5, 0}, "kkkkkm"},
		{[]int{0, 4, 1, 2, 3}, "kmkkk"},
	}
	for _, tc := range tests {
		var b strings.Builder
		for _, k := range Stayed(tc.seq) {
			if k {
				b.WriteByte('k')
			} else {
				b.WriteByte('m')
			}
		}
		if b.String() != tc.want {
			t.Errorf("Stayed(%v) = %q, want %q", tc.seq, b.String(), tc.want)
		}
	}
}
