package app

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// layoutItem makes an item with sub-items a, b, c… (n of them) and one
// paragraph per letter of paras, "-" for the item as a whole.
func layoutItem(t *testing.T, n int, paras string) *draft.Item {
	t.Helper()
	r := draft.New()
	it, _ := r.InsertItem(0, "Item")
	for j := range n {
		if _, err := r.InsertSubItem(it, j, "Sub "+draft.SubItemLetter(j), ""); err != nil {
			t.Fatal(err)
		}
	}
	for k, c := range paras {
		var sub draft.ID
		if c != '-' {
			sub = it.SubItems[c-'a'].ID
		}
		if _, err := r.InsertParagraph(it, k, sub, string(c)); err != nil {
			t.Fatal(err)
		}
	}
	return it
}

// describe writes rows as "a", "a'" (again), "a0" (empty), "*" (the item
// again) for headings and "p2" for paragraph 2.
func describe(rows []listRow) string {
	var out []string
	for _, r := range rows {
		switch {
		case !r.heading:
			out = append(out, "p"+itoa(r.k))
		case r.sub < 0:
			out = append(out, "*")
		case r.empty:
			out = append(out, draft.SubItemLetter(r.sub)+"0@"+itoa(r.k))
		case r.again:
			out = append(out, draft.SubItemLetter(r.sub)+"'")
		default:
			out = append(out, draft.SubItemLetter(r.sub))
		}
	}
	return strings.Join(out, " ")
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestListRows(t *testing.T) {
	for _, tc := range []struct {
		subs  int
		paras string
		want  string
	}{
		{0, "---", "p0 p1 p2"},
		{3, "-aabcc", "p0 a p1 p2 b p3 c p4 p5"}, // discussed in turn
		{3, "ac", "a p0 b0@1 c p1"},              // b empty, in its place
		{3, "a", "a p0 b0@1 c0@1"},               // empties at the end
		{2, "", "a0@0 b0@0"},                     // no paragraph yet
		{2, "aba", "a p0 b p1 a' p2"},            // back under a
		{2, "a-", "a p0 * p1 b0@2"},              // back on the item
		{3, "ca", "b0@0 c p0 a p1"},              // out of agenda order
		{1, "-a", "p0 a p1"},                     // the item first
	} {
		if got := describe(listRows(layoutItem(t, tc.subs, tc.paras))); got != tc.want {
			t.Errorf("listRows(%d, %q) = %q, want %q", tc.subs, tc.paras, got, tc.want)
		}
	}
}

func TestMoveTarget(t *testing.T) {
	letter := func(it *draft.Item, id draft.ID) string {
		if id == 0 {
			return "-"
		}
		_, j := it.SubItem(id)
		return draft.SubItemLetter(j)
	}
	for _, tc := range []struct {
		subs     int
		paras    string
		k, delta int
		at       int
		sub      string
		ok       bool
	}{
		{2, "aab", 1, -1, 0, "a", true},  // past a paragraph: places change
		{2, "aab", 1, +1, 1, "b", true},  // down past b's heading: under b, same place
		{2, "aab", 2, -1, 2, "a", true},  // up past b's heading: under a
		{2, "aab", 0, -1, 0, "-", true},  // up past a's heading at the top: the item
		{2, "-ab", 0, -1, 0, "-", false}, // the top of the item
		{2, "aab", 2, +1, 2, "b", false}, // the bottom
		{3, "ac", 0, +1, 0, "b", true},   // down into the empty b
		{3, "ac", 1, -1, 1, "b", true},   // up into the empty b
	} {
		it := layoutItem(t, tc.subs, tc.paras)
		at, sub, ok := moveTarget(it, tc.k, tc.delta)
		if at != tc.at || letter(it, sub) != tc.sub || ok != tc.ok {
			t.Errorf("moveTarget(%q, %d, %+d) = %d, %s, %v; want %d, %s, %v", tc.paras, tc.k, tc.delta, at, letter(it, sub), ok, tc.at, tc.sub, tc.ok)
		}
	}
}

// TestMoveParagraphAcrossHeadings moves paragraph 7 of the sample (the
// first under sub-item c of item III) up: it goes under b, then a, then the
// item as a whole, keeping its number; then down again past a paragraph.
func TestMoveParagraphAcrossHeadings(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(2)
	it := e.Item()
	p := it.Paragraphs[1]
	if _, j := it.SubItem(p.Sub); j != 2 {
		t.Fatalf("paragraph 7 is under sub-item %d, want c", j)
	}
	for _, want := range []string{"b", "a", "-"} {
		e.para = 1
		if err := e.MoveParagraph(-1); err != nil {
			t.Fatal(err)
		}
		got := "-"
		if _, j := it.SubItem(p.Sub); j >= 0 {
			got = draft.SubItemLetter(j)
		}
		if got != want || it.Paragraphs[1] != p {
			t.Errorf("after moving up: under %s at %d, want under %s at 1", got, slicesIndex(it.Paragraphs, p), want)
		}
	}
	e.para = 1
	if err := e.MoveParagraph(-1); err != nil {
		t.Fatal(err)
	}
	if it.Paragraphs[0] != p {
		t.Errorf("past paragraph 6 it did not change places")
	}
	for range 4 {
		e.Undo()
	}
	if _, j := it.SubItem(e.Item().Paragraphs[1].Sub); e.Item().Paragraphs[1].ID != p.ID || j != 2 {
		t.Errorf("four undos: paragraph 7 is %v under %d", e.Item().Paragraphs[1].ID, j)
	}
}

func slicesIndex(ps []*draft.Paragraph, p *draft.Paragraph) int {
	for i, q := range ps {
		if q == p {
			return i
		}
	}
	return -1
}

// headingTexts returns the heading rows the paragraph list shows, each as
// its lines joined by " | ".
func headingTexts(e *Editor) []string {
	var out []string
	for _, o := range visibleObjects(e.paras.list) {
		rt, ok := o.(*widget.RichText)
		if !ok {
			continue
		}
		var lines []string
		for _, s := range rt.Segments {
			lines = append(lines, s.Textual())
		}
		out = append(out, strings.Join(lines, " | "))
	}
	return out
}

func TestSubItemHeadingsStandAboveTheirParagraphs(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(3)
	if got := describe(e.paras.layout); got != "a p0 p1 p2 b p3" {
		t.Errorf("item IV rows %q", got)
	}
	heads := headingTexts(e)
	want := "(To take note, for discussion) | a. Single submission of arrival data | Doc. HP0208Ea | • Presentation by Estonia | • Presentation by Türkiye – lessons from the e-manifest pilot"
	if len(heads) == 0 || heads[0] != want {
		t.Errorf("first heading %q, want %q", heads, want)
	}
	for _, o := range visibleObjects(e.paras.box) {
		if _, ok := o.(*widget.Select); ok {
			t.Errorf("the paragraph toolbar still has a sub-item drop-down")
		}
	}
	if nums := rowNumbers(e); nums[0] != "10." || nums[2] != "12." {
		t.Errorf("numbers %v", nums)
	}
}

func TestEmptySubItemTakesItsFirstParagraph(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(2) // a and b have no paragraphs
	n := e.num.Total()
	test.Tap(button(t, e.win, "Write its first paragraph"))
	it := e.Item()
	p := it.Paragraphs[1]
	if _, j := it.SubItem(p.Sub); j != 0 || p.Text != "" || e.num.Total() != n+1 {
		t.Fatalf("paragraph 2 of item III is %q under %d; %d paragraphs", p.Text, j, e.num.Total())
	}
	settle(e.win)
	ent, ok := e.win.Canvas().Focused().(*paraEntry)
	if !ok || ent != e.paras.editorFor(1) {
		t.Fatalf("the cursor is on %T, not in the new paragraph", e.win.Canvas().Focused())
	}
	test.Type(ent, "The Chair of the Tariff Data Group presented the report.")
	if got := e.Item().Paragraphs[1].Text; got != "The Chair of the Tariff Data Group presented the report." {
		t.Errorf("typed into the new paragraph: %q", got)
	}
	if got := describe(e.paras.layout); got != "p0 a p1 b0@2 c p2 p3" {
		t.Errorf("rows after %q", got)
	}
	e.Undo()
	e.Undo()
	if e.num.Total() != n {
		t.Errorf("two undos leave %d paragraphs, want %d", e.num.Total(), n)
	}
}
