package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"rapporteur/app/keymap"
	"rapporteur/draft"
)

// fakeClock is a clock the test moves by hand, so that undo's pauses are
// the test's to decide.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

// withClock gives e a fake clock and returns it.
func withClock(e *Editor) *fakeClock {
	c := &fakeClock{t: fixedClock}
	e.clock = c.now
	return c
}

// sameReport reports whether got holds what want holds. Undo never hands
// an ID out twice, so got's ID sequence may be ahead of want's; every other
// field, exported or not, must be equal (nil and empty lists are the same,
// as Clone makes them).
func sameReport(got, want *draft.Report) bool {
	w := want.Clone()
	w.Reserve(got.LastID())
	return reflect.DeepEqual(got.Clone(), w)
}

// reportDiff names the first line where the snapshots of two reports
// differ, for a failure message.
func reportDiff(t *testing.T, got, want *draft.Report) string {
	t.Helper()
	lines := func(r *draft.Report) []string {
		b, err := draft.MarshalSnapshot(r)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := json.Indent(&out, b, "", " "); err != nil {
			t.Fatal(err)
		}
		return strings.Split(out.String(), "\n")
	}
	w := want.Clone()
	w.Reserve(got.LastID())
	gl, wl := lines(got), lines(w)
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var a, b string
		if i < len(gl) {
			a = gl[i]
		}
		if i < len(wl) {
			b = wl[i]
		}
		if a != b {
			return fmt.Sprintf("line %d: got %s, want %s", i+1, clipLine(a), clipLine(b))
		}
	}
	return "the snapshots are equal; a field they do not hold differs (edited mark, ID sequence?)"
}

func clipLine(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 160 {
		s = s[:160] + "…"
	}
	return "«" + s + "»"
}

// selectSub selects sub-item j of item i in the agenda tree.
func selectSub(e *Editor, i, j int) {
	e.agenda.tree.Select(subNode(e.rep.Items[i].SubItems[j].ID))
}

// editKinds is every kind of edit the window makes, each made as a user
// makes it (typing into the widget, or the command a button or menu runs)
// and each one undo step.
var editKinds = []struct {
	name string
	do   func(t *testing.T, e *Editor) error
}{
	{"type in a paragraph", func(t *testing.T, e *Editor) error {
		e.agenda.selectItem(0)
		test.Type(e.paras.editorFor(0), "Rapidly typed words ")
		return nil
	}},
	{"insert a paragraph", func(t *testing.T, e *Editor) error {
		e.para = 0
		return e.InsertParagraph(true)
	}},
	{"type in the new paragraph", func(t *testing.T, e *Editor) error {
		test.Type(e.paras.editorFor(1), "A new paragraph")
		return nil
	}},
	{"insert a paragraph before", func(t *testing.T, e *Editor) error {
		e.para = 0
		return e.InsertParagraph(false)
	}},
	{"split a paragraph at the cursor", func(t *testing.T, e *Editor) error {
		e.agenda.selectItem(1)
		ent := e.paras.editorFor(0)
		e.win.Canvas().Focus(ent)
		ent.SetCaret(20)
		return e.SplitParagraph()
	}},
	{"merge paragraphs", func(t *testing.T, e *Editor) error {
		e.para = 0
		return e.MergeParagraph()
	}},
	{"move a paragraph down", func(t *testing.T, e *Editor) error {
		e.para = 0
		return e.MoveParagraph(1)
	}},
	{"delete a paragraph", func(t *testing.T, e *Editor) error {
		e.para = 1
		return e.DeleteParagraph()
	}},
	{"put a paragraph under a sub-item", func(t *testing.T, e *Editor) error {
		e.agenda.selectItem(2)
		e.para = 0
		return e.SetParagraphSub(1)
	}},
	{"move a paragraph to another item", func(t *testing.T, e *Editor) error {
		e.para = 1
		return e.MoveParagraphToItem(0)
	}},
	{"add an item", func(t *testing.T, e *Editor) error { return e.AddItem("Customs data model") }},
	{"set an item's category, documents and presenters", func(t *testing.T, e *Editor) error {
		return e.SetDetails(e.item, -1, Details{Title: "Customs data model", Category: "For decision",
			Docs: []string{"HP0220Ea"}, Presentations: []string{"Presentation by Norway"}})
	}},
	{"add a sub-item", func(t *testing.T, e *Editor) error { return e.AddSubItem("Data dictionary") }},
	{"add another sub-item", func(t *testing.T, e *Editor) error { return e.AddSubItem("Code lists") }},
	{"set a sub-item's details and attached points", func(t *testing.T, e *Editor) error {
		return e.SetDetails(e.item, 0, Details{Title: "Data dictionary", Category: "For guidance",
			Attachments: []string{"Draft dictionary"}})
	}},
	{"move a sub-item down", func(t *testing.T, e *Editor) error {
		selectSub(e, e.item, 0)
		return e.MoveSelected(1)
	}},
	{"delete a sub-item", func(t *testing.T, e *Editor) error {
		selectSub(e, e.item, 1)
		return e.DeleteSelected()
	}},
	{"move an item up", func(t *testing.T, e *Editor) error {
		e.agenda.selectItem(e.item)
		return e.MoveSelected(-1)
	}},
	{"build a conclusion", func(t *testing.T, e *Editor) error { return e.BuildConclusion() }},
	{"add a bullet", func(t *testing.T, e *Editor) error { return e.AddBullet() }},
	{"type in a bullet", func(t *testing.T, e *Editor) error {
		c := e.Item().Conclusion
		test.Type(e.concl.bullets[c.Bullets[len(c.Bullets)-1].ID], "asked the Secretariat to report back")
		return nil
	}},
	{"type in a built bullet", func(t *testing.T, e *Editor) error {
		test.Type(e.concl.bullets[e.Item().Conclusion.Bullets[0].ID], "Also ")
		return nil
	}},
	{"choose a bullet's verb", func(t *testing.T, e *Editor) error { return e.SetBulletVerb(1, "invited") }},
	{"move a bullet up", func(t *testing.T, e *Editor) error { return e.MoveBullet(1, 0) }},
	{"type a lead-in", func(t *testing.T, e *Editor) error {
		test.Type(e.concl.leadIn, "To conclude, the HPC:")
		return nil
	}},
	{"delete a bullet", func(t *testing.T, e *Editor) error { return e.DeleteBullet(0) }},
	{"change a sub-item's category", func(t *testing.T, e *Editor) error {
		return e.SetDetails(e.item, 0, Details{Title: "Code lists", Category: "For decision"})
	}},
	{"rebuild a conclusion", func(t *testing.T, e *Editor) error { return e.BuildConclusion() }},
	{"delete an item", func(t *testing.T, e *Editor) error {
		e.agenda.selectItem(len(e.rep.Items) - 1)
		return e.DeleteSelected()
	}},
	{"add an annex", func(t *testing.T, e *Editor) error { return e.AddAnnex("List of participants") }},
	{"type an annex title", func(t *testing.T, e *Editor) error {
		e.side.Select(e.annexTab)
		test.Type(e.annexes.title, " on ports")
		return nil
	}},
	{"type an annex body", func(t *testing.T, e *Editor) error {
		test.Type(e.annexes.body, "Statement by the delegate of Norway")
		return nil
	}},
	{"move an annex up", func(t *testing.T, e *Editor) error { return e.MoveAnnex(e.annexes.sel, e.annexes.sel-1) }},
	{"delete an annex", func(t *testing.T, e *Editor) error { return e.DeleteAnnex(0) }},
	{"type a meeting venue", func(t *testing.T, e *Editor) error {
		e.side.Select(e.meetingTab)
		test.Type(meetingEntry(e, "venue"), " and online")
		return nil
	}},
	{"type a short name", func(t *testing.T, e *Editor) error {
		test.Type(meetingEntry(e, "short_name"), "-X")
		return nil
	}},
	{"type a first item number", func(t *testing.T, e *Editor) error {
		test.Type(e.meeting.firstItem, "VI")
		return nil
	}},
	{"type a first paragraph number", func(t *testing.T, e *Editor) error {
		test.Type(e.meeting.firstPara, "69")
		return nil
	}},
}

// meetingEntry returns the meeting form's entry for field key.
func meetingEntry(e *Editor, key string) *keymap.Entry {
	for k, fk := range e.meeting.keys {
		if fk == key {
			return e.meeting.entries[k]
		}
	}
	return nil
}

// TestUndoRoundTrip makes every kind of edit through the edit path, then
// undoes them one by one (each undo must give back the report as it was
// before that edit), gets the original report back, and redoes them all to
// get the final report again.
func TestUndoRoundTrip(t *testing.T) {
	e, _ := openSample(t, big)
	clock := withClock(e)
	var after []*draft.Report
	before := e.rep.Clone()
	for _, k := range editKinds {
		clock.advance(2 * typingPause) // every edit its own step
		prev := e.rep.Clone()
		if err := k.do(t, e); err != nil {
			t.Fatalf("%s: %v", k.name, err)
		}
		if sameReport(e.rep, prev) {
			t.Fatalf("%s changed nothing", k.name)
		}
		after = append(after, e.rep.Clone())
	}
	final := e.rep.Clone()
	for i := len(editKinds) - 1; i >= 0; i-- {
		if !e.Undo() {
			t.Fatalf("undo of %q: nothing to undo", editKinds[i].name)
		}
		want := before
		if i > 0 {
			want = after[i-1]
		}
		if !sameReport(e.rep, want) {
			t.Fatalf("undo of %q: %s", editKinds[i].name, reportDiff(t, e.rep, want))
		}
	}
	if e.Undo() {
		t.Errorf("an undo step is left after undoing every edit")
	}
	if !sameReport(e.rep, before) {
		t.Fatalf("after undoing all: %s", reportDiff(t, e.rep, before))
	}
	if e.rep.LastID() < final.LastID() {
		t.Errorf("undo took the ID sequence back from %d to %d: IDs would be handed out twice", final.LastID(), e.rep.LastID())
	}
	if got, want := e.words, e.rep.WordCount(); got != want {
		t.Errorf("running word count after undo %d, want %d", got, want)
	}
	for i, k := range editKinds {
		if !e.Redo() {
			t.Fatalf("redo of %q: nothing to redo", k.name)
		}
		if !sameReport(e.rep, after[i]) {
			t.Fatalf("redo of %q: %s", k.name, reportDiff(t, e.rep, after[i]))
		}
	}
	if e.Redo() {
		t.Errorf("a redo step is left after redoing every edit")
	}
	if !sameReport(e.rep, final) {
		t.Fatalf("after redoing all: %s", reportDiff(t, e.rep, final))
	}
	if got, want := e.words, e.rep.WordCount(); got != want {
		t.Errorf("running word count after redo %d, want %d", got, want)
	}
}
