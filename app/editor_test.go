package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rapporteur/draft"
)

var big = fyne.NewSize(1300, 900)

func TestTypeReachesModelAndFile(t *testing.T) {
	e, path := openSample(t, big)
	ent := e.paras.editorFor(0)
	if ent == nil {
		t.Fatal("no editor shows paragraph 1")
	}
	before := e.rep.Items[0].Paragraphs[0].Text
	words := e.rep.WordCount()
	test.Type(ent, "Rapidly typed words ")
	want := "Rapidly typed words " + before
	if got := e.rep.Items[0].Paragraphs[0].Text; got != want {
		t.Fatalf("model paragraph 1 = %q, want %q", got, want)
	}
	if got, want := e.Counts(), fmt.Sprintf("%d words · %d paragraphs", words+3, e.num.Total()); got != want {
		t.Errorf("status = %q, want %q", got, want)
	}
	if got := e.SaveState(); got != "Saving…" {
		t.Errorf("save state right after typing = %q, want Saving…", got)
	}
	waitFor(t, "the file to hold the typed words", func() bool {
		return readBack(t, path).Items[0].Paragraphs[0].Text == want
	})
	waitFor(t, "the status to say Saved", func() bool { return e.SaveState() == "Saved" })
}

func TestInsertRenumbersAndUndo(t *testing.T) {
	e, path := openSample(t, big)
	last := len(e.rep.Items) - 1
	oldRange := rangeText(e.num.Range(e.rep, last))
	e.agenda.selectItem(1)
	e.para = 0
	total := e.num.Total()
	if err := e.InsertParagraph(true); err != nil {
		t.Fatal(err)
	}
	if got := e.num.Total(); got != total+1 {
		t.Errorf("paragraphs after insert = %d, want %d", got, total+1)
	}
	first := e.num.Range(e.rep, 1).First
	nums := rowNumbers(e)
	for k := range e.rep.Items[1].Paragraphs {
		if got, want := nums[k], fmt.Sprintf("%d.", first+k); got != want {
			t.Errorf("row %d shows %q, want %q", k, got, want)
		}
	}
	g := e.num.Range(e.rep, last)
	newRange := rangeText(g)
	if newRange == oldRange {
		t.Fatalf("last item's range %s did not move", oldRange)
	}
	if !hasLabel(e.win, newRange) || hasLabel(e.win, oldRange) {
		t.Errorf("tree labels %q: want range %s, not %s", labels(e.win), newRange, oldRange)
	}
	if !e.Undo() {
		t.Fatal("nothing to undo")
	}
	if got := e.num.Total(); got != total {
		t.Errorf("paragraphs after undo = %d, want %d", got, total)
	}
	if !hasLabel(e.win, oldRange) {
		t.Errorf("after undo the tree does not show %s: %q", oldRange, labels(e.win))
	}
	e.Redo()
	if got := e.num.Total(); got != total+1 {
		t.Errorf("paragraphs after redo = %d, want %d", got, total+1)
	}
	if err := e.save.flush(); err != nil {
		t.Fatal(err)
	}
	if got := readBack(t, path).Numbering().Total(); got != total+1 {
		t.Errorf("file holds %d paragraphs, want %d", got, total+1)
	}
}

func TestParagraphCommands(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(1)
	n := len(e.Item().Paragraphs)
	ids := func() []draft.ID {
		var out []draft.ID
		for _, p := range e.Item().Paragraphs {
			out = append(out, p.ID)
		}
		return out
	}
	start := ids()
	e.para = 0
	if err := e.MoveParagraph(1); err != nil {
		t.Fatal(err)
	}
	if got := ids(); got[0] != start[1] || got[1] != start[0] {
		t.Errorf("after move down: %v, want first two of %v swapped", got, start)
	}
	e.para = 0
	if err := e.MergeParagraph(); err != nil {
		t.Fatal(err)
	}
	if got := len(e.Item().Paragraphs); got != n-1 {
		t.Errorf("after merge: %d paragraphs, want %d", got, n-1)
	}
	e.para = 0
	if err := e.DeleteParagraph(); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		e.Undo()
	}
	if got := ids(); fmt.Sprint(got) != fmt.Sprint(start) {
		t.Errorf("after three undos: %v, want %v", got, start)
	}
	if got, want := e.words, e.rep.WordCount(); got != want {
		t.Errorf("running word count %d, want %d", got, want)
	}
}

func TestSplitAtCursor(t *testing.T) {
	e, _ := openSample(t, big)
	e.agenda.selectItem(0)
	ent := e.paras.editorFor(0)
	if ent == nil {
		t.Fatal("no editor for paragraph 1")
	}
	text := e.rep.Items[0].Paragraphs[0].Text
	cut := strings.Index(text, ". ") + 2
	e.win.Canvas().Focus(ent)
	ent.SetCaret(cut)
	if err := e.SplitParagraph(); err != nil {
		t.Fatal(err)
	}
	ps := e.rep.Items[0].Paragraphs
	if got, want := ps[0].Text, strings.TrimSpace(text[:cut]); got != want {
		t.Errorf("head = %q, want %q", got, want)
	}
	if got, want := ps[1].Text, strings.TrimSpace(text[cut:]); got != want {
		t.Errorf("tail = %q, want %q", got, want)
	}
}

func TestBuildConclusion(t *testing.T) {
	e, _ := openSample(t, big)
	if err := e.AddItem("Customs data model"); err != nil {
		t.Fatal(err)
	}
	i := e.item
	if err := e.SetDetails(i, -1, Details{Title: "Customs data model", Category: "For decision"}); err != nil {
		t.Fatal(err)
	}
	if e.Item().Conclusion != nil {
		t.Fatal("a new item has a conclusion")
	}
	if err := e.BuildConclusion(); err != nil {
		t.Fatal(err)
	}
	c := e.Item().Conclusion
	if c == nil || len(c.Bullets) != 1 {
		t.Fatalf("built conclusion = %+v, want one bullet", c)
	}
	if !strings.HasPrefix(c.Bullets[0].Text, "endorsed") {
		t.Errorf("bullet = %q, want it to open with endorsed", c.Bullets[0].Text)
	}
	if got, want := e.concl.num.Text, fmt.Sprintf("%d.", e.num.ConclusionNumber(e.rep, i)); got != want {
		t.Errorf("conclusion number shows %q, want %q", got, want)
	}
	if err := e.AddBullet(); err != nil {
		t.Fatal(err)
	}
	e.setBulletText(c.Bullets[1], "asked the Secretariat to report back;")
	if got := c.Punctuated(); got[0] != c.Bullets[0].Text+"; and" || got[1] != "asked the Secretariat to report back." {
		t.Errorf("punctuated = %q", got)
	}
	if err := e.SetBulletVerb(0, "adopted"); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(c.Bullets[0].Text, "adopted ") || !c.Bullets[0].Edited {
		t.Errorf("after verb choice: %+v", c.Bullets[0])
	}
	if !hasLabel(e.win, "; and") || !hasLabel(e.win, ".") {
		t.Errorf("the bullets' punctuation is not shown: %q", labels(e.win))
	}
}

func TestFreezeAndCompare(t *testing.T) {
	e, _ := openSample(t, big)
	label, err := e.Freeze("first draft")
	if err != nil {
		t.Fatal(err)
	}
	if label != "a" {
		t.Errorf("first version = %q, want a", label)
	}
	if vs := e.Versions(); len(vs) != 1 || vs[0].Note != "first draft" {
		t.Errorf("versions = %+v", vs)
	}
	e.agenda.selectItem(0)
	p := e.rep.Items[0].Paragraphs[0]
	e.setParagraphText(p, strings.Replace(p.Text, "Chairperson", "Vice-Chairperson", 1))
	cmp, err := e.Compare("a", workingLabel)
	if err != nil {
		t.Fatal(err)
	}
	if cmp == nil || len(e.compare.changes) != 1 {
		t.Fatalf("changes shown = %d, want 1", len(e.compare.changes))
	}
	got := wordsText(e.compare.rows[e.compare.changes[0]].show.words)
	if !strings.Contains(got, "+Vice-Chairperson+") && !strings.Contains(got, "+Vice-+") {
		t.Errorf("redline text %q does not show the inserted words", got)
	}
	if _, err := e.Freeze("second"); err != nil {
		t.Fatal(err)
	}
	if vs := e.Versions(); len(vs) != 2 || vs[1].Label != "b" {
		t.Errorf("versions after second freeze = %+v", vs)
	}
}

func TestFind(t *testing.T) {
	e, _ := openSample(t, big)
	hits := e.Find("ANNEX")
	if len(hits) == 0 {
		t.Fatal("no paragraph mentions an annex")
	}
	for _, h := range hits {
		p := e.rep.Items[h.Item].Paragraphs[h.Para]
		if !strings.Contains(strings.ToLower(p.Text), "annex") {
			t.Errorf("hit %+v does not contain the query", h)
		}
		if h.Number != e.num.Number(h.Item, h.Para) {
			t.Errorf("hit number %d, want %d", h.Number, e.num.Number(h.Item, h.Para))
		}
	}
	if got := e.Find("  "); got != nil {
		t.Errorf("blank query found %v", got)
	}
}
