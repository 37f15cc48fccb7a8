package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"rapporteur/draft"
)

func TestOpenLockedFileReadOnly(t *testing.T) {
	_, path := openSample(t, big) // holds the file open for writing
	a := test.NewTempApp(t)
	w := a.NewWindow("second")
	defer w.Close()
	e2 := New(a, w)
	if err := e2.OpenPath(path); err != nil {
		t.Fatalf("open a file another window writes: %v", err)
	}
	defer e2.closeDoc()
	if !e2.Doc().ReadOnly() {
		t.Error("the second window may write the file")
	}
	if !strings.HasPrefix(e2.SaveState(), "Read-only") {
		t.Errorf("status = %q, want it to say read-only", e2.SaveState())
	}
	if !strings.Contains(w.Title(), "read-only") {
		t.Errorf("title = %q, want it to say read-only", w.Title())
	}
}

func TestStartRemembersLastReport(t *testing.T) {
	e, path := openSample(t, big)
	e.closeDoc()
	if got := e.app.Preferences().String(prefLast); !strings.HasSuffix(got, "sample"+Ext) {
		t.Errorf("last report = %q, want %s", got, path)
	}
	if err := e.Start(nil); err != nil {
		t.Fatal(err)
	}
	if got := e.Doc().Path(); !strings.HasSuffix(got, "sample"+Ext) {
		t.Errorf("Start opened %q, want the last report %s", got, path)
	}
	if r := e.Recent(); len(r) != 1 {
		t.Errorf("recent = %q, want one file", r)
	}
}

func TestChecksGoToFinding(t *testing.T) {
	e, _ := openSample(t, big)
	if err := e.AddItem("Customs data model"); err != nil {
		t.Fatal(err)
	}
	i := e.item
	if err := e.SetDetails(i, -1, Details{Title: "Customs data model", Category: "For decision"}); err != nil {
		t.Fatal(err)
	}
	if err := e.AddBullet(); err != nil {
		t.Fatal(err)
	}
	e.setBulletText(e.Item().Conclusion.Bullets[0], "took note of the draft data model")
	e.checks.refresh()
	at := -1
	for k, f := range e.Findings() {
		if f.Item == draft.Roman(i+1) {
			at = k
		}
	}
	if at < 0 {
		t.Fatalf("no finding on the new item: %v", e.Findings())
	}
	e.agenda.selectItem(0)
	e.checks.list.Select(at)
	if e.item != i {
		t.Errorf("selecting the finding showed item %d, want %d", e.item, i)
	}
}
