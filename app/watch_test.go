package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// typedBefore and typedAfter are typed into paragraph 1 of item I before
// and after the file goes away.
const (
	typedBefore = " Typed while the file was there."
	typedAfter  = " Typed after the file went away."
)

// watchedReport opens the sample in a new report file with version a
// frozen and words typed and saved, and returns the editor and the path.
// The poller looks only when told (check), so each test decides when.
func watchedReport(t *testing.T) (*Editor, string) {
	t.Helper()
	e, path := openSample(t, big)
	return e, prepareWatched(t, e, path)
}

// closableReport is watchedReport in a window the test closes itself (the
// test driver panics on a second Close): the caller closes it through the
// editor or calls the returned cleanup.
func closableReport(t *testing.T) (*Editor, string) {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	e := New(a, w)
	e.clock = func() time.Time { return fixedClock }
	w.Resize(big)
	path := filepath.Join(t.TempDir(), "sample"+Ext)
	r, err := workspace.Sample()
	must(t, err)
	must(t, e.CreateFile(path, r))
	return e, prepareWatched(t, e, path)
}

// prepareWatched has the poller of e look only when told (check), so each
// test decides when, then freezes version a, types and saves.
func prepareWatched(t *testing.T, e *Editor, path string) string {
	t.Helper()
	was := watchEvery
	watchEvery = time.Hour
	t.Cleanup(func() { watchEvery = was })
	e.watch.stopPolling()
	e.watch.stop = make(chan struct{})
	go e.watch.poll(e.watch.doc, e.watch.stop)
	if _, err := e.Freeze("as issued"); err != nil {
		t.Fatal(err)
	}
	e.agenda.selectItem(0)
	// A short paragraph: Fyne's Entry re-wraps its whole text on every key.
	e.setParagraphText(e.rep.Items[0].Paragraphs[0], "Opened.")
	typeIn(e, e.paras.editorFor(0), typedBefore)
	if err := e.save.flush(); err != nil {
		t.Fatal(err)
	}
	if got := firstParagraph(readBack(t, path)); !holds(got, typedBefore) {
		t.Fatalf("before: the file holds %q", got)
	}
	return path
}

// holds reports whether text holds every one of words.
func holds(text string, words ...string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// firstParagraph is the text of paragraph 1 of item I.
func firstParagraph(r *draft.Report) string { return r.Items[0].Paragraphs[0].Text }

// bannerButton returns the button labelled label in the banner, or nil.
func bannerButton(e *Editor, label string) *widget.Button {
	for _, o := range test.LaidOutObjects(e.watch.banner) {
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			return b
		}
	}
	return nil
}

// overlayButton returns the button labelled label in the topmost dialog,
// or nil.
func overlayButton(e *Editor, label string) *widget.Button {
	top := e.win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == label && b.Visible() {
			return b
		}
	}
	return nil
}

// tapOverlay taps the button labelled label in the topmost dialog.
func tapOverlay(t *testing.T, e *Editor, label string) {
	t.Helper()
	b := overlayButton(e, label)
	if b == nil {
		t.Fatalf("no %q button in the dialog on top (%d dialogs)", label, len(e.win.Canvas().Overlays().List()))
	}
	test.Tap(b)
}

// versionsOf lists the labels of the versions in the report file at path.
func versionsOf(t *testing.T, path string) []string {
	t.Helper()
	d, err := workspace.Open(path, workspace.ReadOnly)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer d.Close()
	vs, err := d.Versions()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, v := range vs {
		out = append(out, v.Label)
	}
	return out
}

// otherReport writes another report file (one item) at path.
func otherReport(t *testing.T, path string) {
	t.Helper()
	r := draft.New()
	r.Meeting.ShortName = "OTHER"
	it, err := r.InsertItem(0, "Someone else's item")
	must(t, err)
	_, err = r.InsertParagraph(it, 0, 0, "Someone else's paragraph.")
	must(t, err)
	if err := workspace.WriteNew(path, r); err != nil {
		t.Fatal(err)
	}
}

// goneCases are the ways a report file leaves the window: each does it to
// the file at path and returns where the old file went ("" for nowhere).
var goneCases = []struct {
	name string
	what workspace.Whereabouts
	do   func(t *testing.T, path string) string
}{
	{"deleted", workspace.Deleted, func(t *testing.T, path string) string {
		must(t, os.Remove(path))
		return ""
	}},
	{"moved away", workspace.MovedAway, func(t *testing.T, path string) string {
		to := filepath.Join(t.TempDir(), "moved.rap")
		must(t, os.Rename(path, to))
		return to
	}},
	{"replaced by a rename", workspace.Replaced, func(t *testing.T, path string) string {
		other := filepath.Join(t.TempDir(), "other.rap")
		otherReport(t, other)
		must(t, os.Rename(other, path))
		return ""
	}},
	{"overwritten in place", workspace.ChangedElsewhere, func(t *testing.T, path string) string {
		other := filepath.Join(t.TempDir(), "other.rap")
		otherReport(t, other)
		data, err := os.ReadFile(other)
		must(t, err)
		must(t, os.WriteFile(path, data, 0o644)) // same file, its bytes replaced, as cp does
		return ""
	}},
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestFileGoneThenSavedWhereItWas deletes, moves, replaces and overwrites
// the file under the window: the title, the status line and a banner say
// so at once and never "Saved"; typing goes on and no dialog appears
// however much is typed and autosaved; Ctrl+S opens the offer, once;
// nothing goes into the old file or the one now at its path; and "Save it
// where it was" makes a file at the path with the words typed after the
// event and every version, which the window then goes on saving into.
func TestFileGoneThenSavedWhereItWas(t *testing.T) {
	for _, tc := range goneCases {
		t.Run(tc.name, func(t *testing.T) {
			e, path := watchedReport(t)
			name := filepath.Base(path)
			movedTo := tc.do(t, path)
			var atPath []byte
			if tc.what == workspace.Replaced || tc.what == workspace.ChangedElsewhere {
				atPath, _ = os.ReadFile(path)
			}
			e.watch.check()
			if got, want := e.SaveState(), "Not saved: "+name+" was "+tc.what.String(); got != want {
				t.Errorf("status %q, want %q", got, want)
			}
			if got := e.win.Title(); !strings.Contains(got, "("+tc.what.String()+")") {
				t.Errorf("title %q does not say what happened", got)
			}
			if !e.watch.banner.Visible() || !strings.HasPrefix(e.watch.told.Text, name+" was "+tc.what.String()) {
				t.Errorf("banner shown %v, saying %q", e.watch.banner.Visible(), e.watch.told.Text)
			}
			if bannerButton(e, SaveWhereLabel) == nil || bannerButton(e, SaveAsLabel) == nil {
				t.Fatal("the banner does not offer to save the report where it was or elsewhere")
			}

			// Typing goes on into the paragraph (the banner takes no focus);
			// autosave fires and is refused quietly.
			typeIn(e, e.paras.editorFor(0), typedAfter)
			time.Sleep(3 * SaveDelay)
			e.save.inflight.Wait()
			for range 3 {
				e.watch.check()
			}
			if n := len(e.win.Canvas().Overlays().List()); n != 0 {
				t.Errorf("%d dialogs after typing and autosave; want none", n)
			}
			if got := e.SaveState(); !strings.HasPrefix(got, "Not saved: ") {
				t.Errorf("status %q after typing; want it to say the report is not saved", got)
			}
			if _, err := e.Freeze("never"); err == nil {
				t.Error("a version was frozen into a file gone from its path")
			}
			if err := e.SaveNow(); err != nil { // Ctrl+S: the offer, once
				t.Errorf("Ctrl+S: %v", err)
			}
			if err := e.SaveNow(); err != nil {
				t.Errorf("Ctrl+S: %v", err)
			}
			if n := len(e.win.Canvas().Overlays().List()); n != 1 || overlayButton(e, SaveWhereLabel) == nil {
				t.Errorf("%d dialogs after Ctrl+S twice; want the one offer", n)
			}
			if movedTo != "" {
				if got := firstParagraph(readBack(t, movedTo)); strings.Contains(got, typedAfter) {
					t.Error("the moved file was written after it moved")
				}
			}
			if atPath != nil {
				if now, _ := os.ReadFile(path); string(now) != string(atPath) {
					t.Error("the file now at the path was written")
				}
			}

			tapOverlay(t, e, SaveWhereLabel)
			drainUI()
			back := readBack(t, path)
			if got := firstParagraph(back); !holds(got, typedBefore, typedAfter) {
				t.Errorf("saved where it was: paragraph 1 is %q, want the words typed before and after", got)
			}
			if tc.what != workspace.ChangedElsewhere { // in place, the other program's bytes hold its versions
				if got := versionsOf(t, path); len(got) != 1 || got[0] != "a" {
					t.Errorf("versions %v, want [a]", got)
				}
			}
			if got := e.SaveState(); !strings.HasPrefix(got, "Saved at "+path) {
				t.Errorf("status %q after saving where it was", got)
			}
			if got := e.win.Title(); got != name+" – Rapporteur" {
				t.Errorf("title %q after saving where it was", got)
			}

			// The window saves into the new file again.
			typeIn(e, e.paras.editorFor(0), " And after saving.")
			if err := e.save.flush(); err != nil {
				t.Fatal(err)
			}
			if got := firstParagraph(readBack(t, path)); !holds(got, " And after saving.") {
				t.Errorf("after saving where it was, typing reaches the file: %q", got)
			}
			if got := e.SaveState(); got != "Saved" {
				t.Errorf("status %q, want Saved", got)
			}
		})
	}
}

// TestFileGoneThenSavedAs deletes the file and saves the report through
// the banner's "Save as…" and Fyne's save dialog, under a new name.
func TestFileGoneThenSavedAs(t *testing.T) {
	e, path := watchedReport(t)
	must(t, os.Remove(path))
	e.watch.check()
	typeIn(e, e.paras.editorFor(0), typedAfter)
	test.Tap(bannerButton(e, SaveAsLabel))
	chooseInSaveDialog(t, e, "kept") // in the folder it was in, where the dialog opens
	to := filepath.Join(filepath.Dir(path), "kept"+Ext)
	if got := firstParagraph(readBack(t, to)); !holds(got, typedBefore, typedAfter) {
		t.Errorf("saved as: paragraph 1 is %q", got)
	}
	if got := versionsOf(t, to); len(got) != 1 {
		t.Errorf("versions %v, want [a]", got)
	}
	if exists(path) {
		t.Error("save as also made the file where it was")
	}
	if got := e.Doc().Path(); got != to {
		t.Errorf("the window edits %s, want %s", got, to)
	}
	if len(e.win.Canvas().Overlays().List()) != 0 {
		t.Error("a dialog is left open")
	}
}

// TestMenuSaveAsOfAGoneFile uses File › Save As after the file was
// deleted: the new file has the versions too, and the window edits it.
func TestMenuSaveAsOfAGoneFile(t *testing.T) {
	e, path := watchedReport(t)
	must(t, os.Remove(path))
	typeIn(e, e.paras.editorFor(0), typedAfter) // before the poller looked
	e.watch.check()
	to := filepath.Join(t.TempDir(), "copy")
	must(t, e.SaveAs(to))
	to += Ext
	if got := firstParagraph(readBack(t, to)); !holds(got, typedBefore, typedAfter) {
		t.Errorf("paragraph 1 is %q", got)
	}
	if got := versionsOf(t, to); len(got) != 1 {
		t.Errorf("versions %v, want [a]", got)
	}
	if e.Doc().Path() != to || e.watch.holding() {
		t.Errorf("the window edits %s (held %v)", e.Doc().Path(), e.watch.holding())
	}
}

// chooseInSaveDialog types name into the save dialog on top and taps Save.
func chooseInSaveDialog(t *testing.T, e *Editor, name string) {
	t.Helper()
	top := e.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no save dialog")
	}
	var entries []*widget.Entry
	for _, o := range test.LaidOutObjects(top) {
		if en, ok := o.(*widget.Entry); ok {
			entries = append(entries, en)
		}
	}
	if len(entries) == 0 {
		t.Fatal("no file name field in the save dialog")
	}
	entries[len(entries)-1].SetText(name) // the dialog's file name field
	tapOverlay(t, e, "Save")
}

// TestBannerSavesWhereItWas saves through the banner: at once where the
// file was deleted, after "Replace it" where another file took its place
// (and not at all on "No").
func TestBannerSavesWhereItWas(t *testing.T) {
	for _, tc := range goneCases[:3] {
		t.Run(tc.name, func(t *testing.T) {
			e, path := watchedReport(t)
			tc.do(t, path)
			e.watch.check()
			typeIn(e, e.paras.editorFor(0), typedAfter)
			test.Tap(bannerButton(e, SaveWhereLabel))
			if tc.what == workspace.Replaced {
				tapOverlay(t, e, "No")
				if holds(firstParagraph(readBack(t, path)), typedAfter) || !e.watch.holding() {
					t.Fatal("the other file was replaced on No")
				}
				test.Tap(bannerButton(e, SaveWhereLabel))
				tapOverlay(t, e, "Replace it")
			}
			if got := firstParagraph(readBack(t, path)); !holds(got, typedBefore, typedAfter) {
				t.Errorf("paragraph 1 is %q", got)
			}
			if e.watch.holding() || e.watch.banner.Visible() {
				t.Error("the window still holds the file after saving it")
			}
		})
	}
}

// TestClosingAGoneFileAsks closes the window after the file was deleted:
// the window asks, and each answer keeps or drops the edits as it says.
func TestClosingAGoneFileAsks(t *testing.T) {
	cases := []struct {
		answer string
		want   bool // the file exists with the edits afterwards
	}{
		{SaveWhereLabel, true},
		{CloseAnywayLabel, false},
		{LaterLabel, false}, // the window stays open, the file unsaved
	}
	for _, tc := range cases {
		t.Run(tc.answer, func(t *testing.T) {
			e, path := closableReport(t)
			closed := false
			e.win.SetOnClosed(func() { closed = true })
			defer func() {
				if !closed {
					e.closeDoc()
					e.win.Close()
				}
			}()
			must(t, os.Remove(path))
			typeIn(e, e.paras.editorFor(0), typedAfter) // before the poller looked
			e.close()
			if closed {
				t.Fatal("the window closed without asking")
			}
			if overlayButton(e, CloseAnywayLabel) == nil {
				t.Fatal("closing did not ask")
			}
			tapOverlay(t, e, tc.answer)
			if got := closed; got != (tc.answer != LaterLabel) {
				t.Errorf("window closed: %v", got)
			}
			if exists(path) != tc.want {
				t.Fatalf("file at the path: %v, want %v", exists(path), tc.want)
			}
			if tc.want {
				if got := firstParagraph(readBack(t, path)); !holds(got, typedAfter) {
					t.Errorf("paragraph 1 is %q", got)
				}
			}
		})
	}
}

// TestShutdownSavesAGoneFile stops the window (a signal, the end of the
// loop: nobody to ask) after the file went away: the report is saved where
// it was, or beside the file that replaced it, with its versions and the
// edits.
func TestShutdownSavesAGoneFile(t *testing.T) {
	for _, tc := range goneCases {
		t.Run(tc.name, func(t *testing.T) {
			e, path := watchedReport(t)
			tc.do(t, path)
			e.watch.check()
			typeIn(e, e.paras.editorFor(0), typedAfter)
			e.Shutdown()
			want := path
			if tc.what == workspace.Replaced || tc.what == workspace.ChangedElsewhere {
				want = strings.TrimSuffix(path, Ext) + " (saved on closing)" + Ext
			}
			if got := firstParagraph(readBack(t, want)); !holds(got, typedBefore, typedAfter) {
				t.Errorf("%s: paragraph 1 is %q", want, got)
			}
			if tc.what != workspace.ChangedElsewhere {
				if got := versionsOf(t, want); len(got) != 1 {
					t.Errorf("versions %v, want [a]", got)
				}
			}
		})
	}
}

// TestFileComesBack moves the file away and back: the window saves into it
// again, edits typed meanwhile included.
func TestFileComesBack(t *testing.T) {
	e, path := watchedReport(t)
	away := filepath.Join(t.TempDir(), "away.rap")
	must(t, os.Rename(path, away))
	e.watch.check()
	typeIn(e, e.paras.editorFor(0), typedAfter)
	must(t, os.Rename(away, path))
	e.watch.check()
	if e.watch.banner.Visible() {
		t.Error("the banner stayed after the file came back")
	}
	waitFor(t, "the edits to reach the file", func() bool {
		return holds(firstParagraph(readBack(t, path)), typedAfter)
	})
	waitFor(t, "Saved", func() bool { return e.SaveState() == "Saved" })
}

// TestPollerSeesDeletion lets the poller find the deletion by itself.
func TestPollerSeesDeletion(t *testing.T) {
	e, path := watchedReport(t)
	e.watch.stopPolling()
	watchEvery = 20 * time.Millisecond
	d := e.watch.doc
	e.watch.stop = make(chan struct{})
	go e.watch.poll(d, e.watch.stop)
	must(t, os.Remove(path))
	waitFor(t, "the status to say the file was deleted", func() bool {
		return strings.HasPrefix(e.SaveState(), "Not saved: "+filepath.Base(path)+" was deleted")
	})
	e.watch.lookNow() // the window gaining the focus
	time.Sleep(100 * time.Millisecond)
	if n := len(e.win.Canvas().Overlays().List()); n != 0 || !e.watch.banner.Visible() {
		t.Errorf("%d dialogs, banner shown %v; want the banner alone", n, e.watch.banner.Visible())
	}
}

// TestReadOnlyAndFakeFilesNotWatched checks that a file the window cannot
// write, or one without a file on disk, is shown as it is.
func TestReadOnlyAndFakeFilesNotWatched(t *testing.T) {
	doc := &fakeDoc{path: "/reports/minutes.rap"}
	e := showFake(t, doc)
	if e.Doc() != Doc(doc) || e.watch.doc != nil {
		t.Error("a Doc without Whereabouts is watched")
	}
	_, path := watchedReport(t)
	other := showFake(t, &fakeDoc{path: "x.rap"})
	d, err := workspace.OpenForEditing(path) // held by the first window: read-only
	must(t, err)
	other.Show(d, d.Report)
	if !d.ReadOnly() || other.watch.doc != nil {
		t.Errorf("read-only %v, watched %v", d.ReadOnly(), other.watch.doc != nil)
	}
	other.closeDoc()
}
