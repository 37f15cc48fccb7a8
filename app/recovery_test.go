package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"rapporteur/internal/workspace"
	"rapporteur/store"
)

// checkpointedText is the first paragraph at checkpoint k.
func checkpointedText(k int) string {
	return "Text of the first paragraph at checkpoint " + string(rune('0'+k)) + "."
}

// damagedReport writes the sample as a report with two checkpoints and an
// edit after them, then truncates it. It returns its path and bytes.
func damagedReport(t *testing.T) (string, []byte) {
	t.Helper()
	r, err := workspace.Sample()
	recMust(t, err)
	path := filepath.Join(t.TempDir(), "minutes"+Ext)
	f, err := store.Create(path, r)
	recMust(t, err)
	for k := 1; k <= 2; k++ {
		r.Items[0].Paragraphs[0].Text = checkpointedText(k)
		recMust(t, f.Save(r))
		recMust(t, f.Checkpoint())
	}
	r.Items[0].Paragraphs[0].Text = "Saved after the last checkpoint."
	recMust(t, f.Save(r))
	recMust(t, f.Close())
	fi, err := os.Stat(path)
	recMust(t, err)
	recMust(t, os.Truncate(path, fi.Size()-1000))
	data, err := os.ReadFile(path)
	recMust(t, err)
	return path, data
}

func recMust(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// bareEditor makes an editor with no report open in a test window.
func bareEditor(t *testing.T) (*Editor, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(1000, 700))
	e := New(a, w)
	t.Cleanup(e.closeDoc)
	return e, w
}

// dialogTexts returns the texts of the labels and buttons of the dialog on
// top of the window, and its buttons by text.
func dialogTexts(t *testing.T, w fyne.Window) (string, map[string]*widget.Button) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog shown")
	}
	var texts []string
	buttons := map[string]*widget.Button{}
	for _, o := range test.LaidOutObjects(top) {
		switch o := o.(type) {
		case *widget.Label:
			texts = append(texts, o.Text)
		case *widget.Button:
			texts = append(texts, o.Text)
			buttons[o.Text] = o
		}
	}
	return strings.Join(texts, "\n"), buttons
}

func TestRecoveryOffersLastGoodCopy(t *testing.T) {
	path, damaged := damagedReport(t)
	e, w := bareEditor(t)
	want := store.RecoveredPath(path)
	e.OpenOrRecover(path)
	text, buttons := dialogTexts(t, w)
	for _, s := range []string{path, "truncated", filepath.Base(want), "left as it is", RecoverLabel} {
		if !strings.Contains(text, s) {
			t.Errorf("recovery dialog lacks %q:\n%s", s, text)
		}
	}
	if e.Doc() != nil {
		t.Fatalf("a damaged file was opened: %s", e.Doc().Path())
	}
	b := buttons[RecoverLabel]
	if b == nil {
		t.Fatalf("no %q button in:\n%s", RecoverLabel, text)
	}
	test.Tap(b)
	if e.Doc() == nil || e.Doc().Path() != want || e.Doc().ReadOnly() {
		t.Fatalf("after recovery the window has %v, want %s open for writing", e.Doc(), want)
	}
	if got := e.Report().Items[0].Paragraphs[0].Text; got != checkpointedText(2) {
		t.Errorf("recovered report begins %q, want the last checkpoint %q", got, checkpointedText(2))
	}
	if got, err := os.ReadFile(path); err != nil || string(got) != string(damaged) {
		t.Errorf("the damaged file changed (err %v)", err)
	}
}

func TestRecoverySkipsSpoiltBackup(t *testing.T) {
	path, _ := damagedReport(t)
	recMust(t, os.WriteFile(store.BackupPath(path, 1), []byte("spoilt"), 0o644))
	e, w := bareEditor(t)
	e.OpenOrRecover(path)
	_, buttons := dialogTexts(t, w)
	if buttons[RecoverLabel] == nil {
		t.Fatal("no offer of the older good backup")
	}
	test.Tap(buttons[RecoverLabel])
	if e.Doc() == nil {
		t.Fatal("nothing opened")
	}
	if got := e.Report().Items[0].Paragraphs[0].Text; got != checkpointedText(1) {
		t.Errorf("recovered %q, want the older checkpoint %q", got, checkpointedText(1))
	}
}

func TestRecoveryWithoutBackupShowsError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes"+Ext)
	recMust(t, os.WriteFile(path, []byte("typed into the wrong file"), 0o644))
	e, w := bareEditor(t)
	e.OpenOrRecover(path)
	text, buttons := dialogTexts(t, w)
	if !strings.Contains(text, path) || !strings.Contains(text, "not a SQLite database") {
		t.Errorf("error dialog:\n%s\nwant the path and the reason", text)
	}
	if buttons[RecoverLabel] != nil {
		t.Errorf("a recovery offer without any backup")
	}
	if e.Doc() != nil {
		t.Errorf("a bad file was opened")
	}
}

func TestEditorCheckpoint(t *testing.T) {
	e, path := openSample(t, fyne.NewSize(1000, 700))
	e.rep.Items[0].Paragraphs[0].Text = "Typed just before the checkpoint."
	e.save.touch()
	recMust(t, e.Checkpoint())
	bs, err := store.Backups(path)
	recMust(t, err)
	if len(bs) != 1 || !bs[0].OK() {
		t.Fatalf("backups after Checkpoint: %+v", bs)
	}
	f, err := store.OpenReadOnly(bs[0].Path)
	recMust(t, err)
	defer f.Close()
	r, err := f.Load()
	recMust(t, err)
	if got := r.Items[0].Paragraphs[0].Text; got != "Typed just before the checkpoint." {
		t.Errorf("backup holds %q, want the edit made before the checkpoint", got)
	}
}
