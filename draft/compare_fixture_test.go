package draft_test

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/ingest"
	"rapporteur/internal/fixture"
)

// cmpFixture parses the real report kept for the tests.
func cmpFixture(t *testing.T) *draft.Report {
	t.Helper()
	r, _, err := ingest.Text(fixture.Read(t, fixture.Name))
	if err != nil {
		t.Fatalf("ingest fixture: %v", err)
	}
	if len(r.Items) < 5 {
		t.Fatalf("fixture has %d items, want 5", len(r.Items))
	}
	return r
}

// editFixture applies five edits to a copy of the fixture and returns the
// changes the comparison must name, each as "kind part item old→new".
func editFixture(t *testing.T, r *draft.Report) []string {
	t.Helper()
	num := func(id draft.ID) (int, string) {
		i, k, ok := r.Find(id)
		if !ok {
			t.Fatalf("paragraph %d not found", id)
		}
		return r.Numbering().Number(i, k), r.ItemNumber(i)
	}
	type edit struct {
		kind string
		id   draft.ID
		old  int
	}
	var edits []edit
	note := func(kind string, id draft.ID) { o, _ := num(id); edits = append(edits, edit{kind, id, o}) }

	// Change one word of item IV's second paragraph.
	p := r.Items[3].Paragraphs[1]
	note("changed", p.ID)
	w := longWord(p.Text)
	p.Text = strings.Replace(p.Text, w, "rephrased", 1)
	// Move item III's first paragraph to the end of item III.
	q := r.Items[2].Paragraphs[0]
	note("moved", q.ID)
	cmpMust(t, r.MoveParagraph(2, 0, 2, len(r.Items[2].Paragraphs)-1))
	// Delete item II's last paragraph.
	gone := r.Items[1].Paragraphs[len(r.Items[1].Paragraphs)-1]
	goneOld, _ := num(gone.ID)
	_, err := r.Items[1].DeleteParagraph(len(r.Items[1].Paragraphs) - 1)
	cmpMust(t, err)
	// Insert a paragraph at the top of item I: every number after it moves on.
	added, err := r.InsertParagraph(r.Items[0], 0, 0, "The Chairperson welcomed the delegates to the session.")
	cmpMust(t, err)

	var want []string
	for _, e := range edits {
		n, item := num(e.id)
		want = append(want, fmt.Sprintf("%s paragraph %s %d→%d", e.kind, item, e.old, n))
	}
	want = append(want, fmt.Sprintf("deleted paragraph II %d→0", goneOld))
	n, _ := num(added.ID)
	want = append(want, fmt.Sprintf("added paragraph I 0→%d", n))
	return want
}

// longWord returns the first word of at least seven letters in s.
func longWord(s string) string {
	for _, f := range strings.Fields(s) {
		if len(f) >= 7 && strings.Trim(f, ".,;:()") == f {
			return f
		}
	}
	return strings.Fields(s)[0]
}

func describeChanges(c *draft.Comparison) []string {
	var out []string
	for _, ch := range c.Changes {
		out = append(out, fmt.Sprintf("%s %s %s %d→%d", ch.Kind, ch.Part, ch.Item, ch.Old, ch.New))
	}
	sort.Strings(out)
	return out
}

func checkSet(t *testing.T, c *draft.Comparison, want []string) {
	t.Helper()
	got := describeChanges(c)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		var b bytes.Buffer
		_ = c.WriteText(&b)
		t.Errorf("changes:\ngot\n  %s\nwant\n  %s\n%s", strings.Join(got, "\n  "), strings.Join(want, "\n  "), b.String())
	}
	if len(c.Structure) != 0 {
		t.Errorf("got %d structural changes, want none: %+v", len(c.Structure), c.Structure)
	}
}

// TestCompareFixtureByIdentity: the fixture against an edited copy; the
// comparison names exactly the edits, and the renumbering they cause is
// no change.
func TestCompareFixtureByIdentity(t *testing.T) {
	old := cmpFixture(t)
	cur := old.Clone()
	want := editFixture(t, cur)
	checkSet(t, draft.Compare(old, cur), want)
}

// TestCompareFixtureByContent: the edited copy is written out as text and
// read back, so it shares no identity with the original; matching by
// content still finds exactly the edits.
func TestCompareFixtureByContent(t *testing.T) {
	old := cmpFixture(t)
	cur := old.Clone()
	want := editFixture(t, cur)
	var buf bytes.Buffer
	cmpMust(t, export.Text(&buf, cur))
	back, _, err := ingest.Text(buf.Bytes())
	if err != nil {
		t.Fatalf("ingest edited copy: %v", err)
	}
	checkSet(t, draft.CompareByContent(old, back), want)
}

func cmpMust(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
