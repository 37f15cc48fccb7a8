package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// fakeDoc is a report file in memory whose writes fail on demand, to see
// how the window takes a file that goes wrong under it.
type fakeDoc struct {
	path      string
	readOnly  bool
	saveErr   error // returned by Save when set
	freezeErr error // returned by Freeze when set
	saved     *draft.Report
	versions  []draft.VersionInfo
	frozen    map[string]*draft.Report
	closed    bool
}

func (d *fakeDoc) Path() string   { return d.path }
func (d *fakeDoc) ReadOnly() bool { return d.readOnly }
func (d *fakeDoc) Close() error   { d.closed = true; return nil }

func (d *fakeDoc) Save(r *draft.Report) error {
	if d.saveErr != nil {
		return d.saveErr
	}
	d.saved = r.Clone()
	return nil
}

func (d *fakeDoc) Freeze(r *draft.Report, note string, at time.Time) (string, error) {
	if d.freezeErr != nil {
		return "", d.freezeErr
	}
	label := draft.Letter(len(d.versions) + 1)
	d.versions = append(d.versions, draft.VersionInfo{Label: label, Note: note})
	if d.frozen == nil {
		d.frozen = map[string]*draft.Report{}
	}
	d.frozen[label] = r.Clone()
	return label, nil
}

func (d *fakeDoc) Versions() ([]draft.VersionInfo, error) { return d.versions, nil }

func (d *fakeDoc) Version(label string) (*draft.Report, error) {
	if r, ok := d.frozen[label]; ok {
		return r.Clone(), nil
	}
	return nil, errors.New("no such version " + label)
}

// showFake shows the sample in a test window backed by doc.
func showFake(t *testing.T, doc *fakeDoc) *Editor {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("fake")
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(1300, 900))
	e := New(a, w)
	e.clock = func() time.Time { return fixedClock }
	r, err := workspace.Sample()
	if err != nil {
		t.Fatal(err)
	}
	e.Show(doc, r)
	return e
}

// TestFakeDocFailures covers what a real file rarely does on cue: a save
// that fails shows "Not saved" with the reason and keeps the edit for the
// next try; a freeze that fails is reported and leaves no version; a
// read-only file is never written.
func TestFakeDocFailures(t *testing.T) {
	doc := &fakeDoc{path: "/reports/minutes.rap", saveErr: errors.New("disk full")}
	e := showFake(t, doc)
	if got := e.win.Title(); got != "minutes.rap – Rapporteur" {
		t.Errorf("title %q", got)
	}
	p := e.rep.Items[1].Paragraphs[0]
	e.setParagraphText(p, "Typed while the disk was full.")
	if err := e.save.flush(); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("flush: %v, want the save's error", err)
	}
	doc.saveErr = nil
	e.setParagraphText(p, "Typed once there was room again.")
	if err := e.save.flush(); err != nil {
		t.Fatal(err)
	}
	if doc.saved == nil || doc.saved.Items[1].Paragraphs[0].Text != "Typed once there was room again." {
		t.Errorf("the retried save did not write the edit")
	}
	if e.SaveState() != "Saved" {
		t.Errorf("status %q after the retried save, want Saved", e.SaveState())
	}

	doc.freezeErr = errors.New("the file is busy")
	if _, err := e.Freeze("issued"); err == nil || len(doc.versions) != 0 {
		t.Errorf("failed freeze: %v, %d versions", err, len(doc.versions))
	}
	doc.freezeErr = nil
	if label, err := e.Freeze("issued"); err != nil || label != "a" {
		t.Errorf("freeze = %q, %v; want a", label, err)
	}

	ro := &fakeDoc{path: "/reports/theirs.rap", readOnly: true}
	e2 := showFake(t, ro)
	e2.setParagraphText(e2.rep.Items[1].Paragraphs[0], "An edit that cannot be saved.")
	if err := e2.save.flush(); err != nil || ro.saved != nil {
		t.Errorf("a read-only file was written (err %v)", err)
	}
	if !strings.HasPrefix(e2.SaveState(), "Read-only") || !strings.HasSuffix(e2.win.Title(), "(read-only)") {
		t.Errorf("status %q, title %q; want both to say read-only", e2.SaveState(), e2.win.Title())
	}
	e2.closeDoc()
	if !ro.closed {
		t.Error("closing the window left the file open")
	}
}
