package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/internal/docxtest"
)

// wait waits for a background export's outcome.
func wait(t *testing.T, done chan error) {
	t.Helper()
	if err := awaitUI(t, "the export", done, 60*time.Second); err != nil {
		t.Fatal(err)
	}
}

func wordLines(t *testing.T, r *draft.Report) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.DOCX(&buf, r, export.Options{}); err != nil {
		t.Fatal(err)
	}
	p, err := docxtest.Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return p.Lines(docxtest.AsIs)
}

// TestCompareAsWord writes the comparison the Compare tab shows as a Word
// file with tracked changes: accepted it is the working copy, rejected
// version a, every change by the name given, which is kept for next time.
func TestCompareAsWord(t *testing.T) {
	e, _ := openSample(t, big)
	if _, err := e.Freeze("a"); err != nil {
		t.Fatal(err)
	}
	p := e.rep.Items[1].Paragraphs[0]
	e.setParagraphText(p, p.Text+" The Committee agreed.")
	if _, err := e.Compare("a", workingLabel); err != nil {
		t.Fatal(err)
	}
	if got := e.revisionsAuthor(); got != e.rep.Meeting.ShortNameOr() {
		t.Errorf("author before any is given = %q, want the meeting's short name", got)
	}
	path := filepath.Join(t.TempDir(), "changes.docx")
	done := make(chan error, 1)
	e.WriteRevisions(path, "Ana Ferreira", func(err error) { done <- err })
	wait(t, done)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := docxtest.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	n, errs := docxtest.Lint(doc.Document)
	if len(errs) > 0 || n.Total() == 0 || n.Authors["Ana Ferreira"] != n.Total() {
		t.Errorf("revisions %+v, lint %v; want all by Ana Ferreira", n, errs)
	}
	a, err := e.versionReport("a")
	if err != nil {
		t.Fatal(err)
	}
	if d := docxtest.Diff(doc.Lines(docxtest.Accepted), wordLines(t, e.rep)); d != "" {
		t.Errorf("accepted: %s", d)
	}
	if d := docxtest.Diff(doc.Lines(docxtest.Rejected), wordLines(t, a)); d != "" {
		t.Errorf("rejected: %s", d)
	}
	if got := e.revisionsAuthor(); got != "Ana Ferreira" {
		t.Errorf("author kept = %q", got)
	}
}

// TestRedlineChangesOnlySwitch ticks "Changes only" and writes the redline:
// it has fewer pages than the whole report's.
func TestRedlineChangesOnlySwitch(t *testing.T) {
	e, _ := openSample(t, big)
	if _, err := e.Freeze("a"); err != nil {
		t.Fatal(err)
	}
	p := e.rep.Items[len(e.rep.Items)-1].Paragraphs[0]
	e.setParagraphText(p, p.Text+" The Committee agreed.")
	if _, err := e.Compare("a", workingLabel); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pages := func(name string) int {
		done := make(chan error, 1)
		path := filepath.Join(dir, name)
		e.WriteRedline(path, func(err error) { done <- err })
		wait(t, done)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return bytes.Count(b, []byte("/Type /Page")) - bytes.Count(b, []byte("/Type /Pages"))
	}
	whole := pages("whole.pdf")
	test.Tap(e.compare.only)
	if !e.compare.only.Checked {
		t.Fatal("tapping Changes only did not tick it")
	}
	short := pages("short.pdf")
	if short >= whole || short < 1 {
		t.Errorf("changes only: %d pages, whole redline %d", short, whole)
	}
}
