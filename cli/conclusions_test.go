package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/internal/fixture"
	"rapporteur/store"
)

// runConclusionsCLI runs the command line in-process.
func runConclusionsCLI(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := Run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// agendaReport is a small report whose item II has two sub-items for
// decision and a paragraph, and no conclusion yet.
func agendaReport() *draft.Report {
	r := draft.New()
	r.Meeting = draft.Meeting{ShortName: "PTC", Language: "E"}
	one, _ := r.InsertItem(0, "Opening")
	one.Presentations = []draft.Presentation{{Text: "Presentation by Serbia"}}
	r.InsertParagraph(one, 0, 0, "The meeting opened.")
	two, _ := r.InsertItem(1, "Reports")
	r.InsertSubItem(two, 0, "Report of the Auditors, 3 May 2024", "For decision")
	r.InsertSubItem(two, 1, "Report of the Council", "For guidance")
	r.InsertParagraph(two, 0, 0, "The reports were introduced.")
	return r
}

func createReport(t *testing.T, r *draft.Report) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "r.rap")
	f, err := store.Create(path, r)
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	if err := f.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	return path
}

func loadFromStore(t *testing.T, path string) *draft.Report {
	t.Helper()
	f, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer f.Close()
	r, err := f.Load()
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return r
}

func TestConclusionsRebuildSaves(t *testing.T) {
	path := createReport(t, agendaReport())
	code, out, errOut := runConclusionsCLI("conclusions", path, "--rebuild")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := "ITEM I – Opening\n2. In conclusion, the PTC:\n  • took note, with thanks, of the presentation by Serbia.\n\n" +
		"ITEM II – Reports\n4. In conclusion, the PTC:\n  • endorsed the report of the Auditors; and\n  • provided guidance on the report of the Council.\n"
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
	r := loadFromStore(t, path)
	c := r.Items[1].Conclusion
	if c == nil || len(c.Bullets) != 2 || c.Bullets[0].Rule == "" {
		t.Fatalf("saved conclusion = %+v, want two built bullets", c)
	}

	// Edit a built bullet, add a hand bullet, rename a sub-item: a second
	// rebuild keeps the edits and follows the rename.
	f, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	r, _ = f.Load()
	c = r.Items[1].Conclusion
	draft.SetVerb(c.Bullets[0], "approved")
	r.InsertBullet(c, 2, "asked the Secretariat to report back.")
	r.Items[1].SubItems[1].Title = "Report of the Board"
	if err := f.Save(r); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, out, errOut = runConclusionsCLI("conclusions", path, "--item", "ii", "--rebuild")
	if code != 0 {
		t.Fatalf("second rebuild: exit %d: %s", code, errOut)
	}
	want = "ITEM II – Reports\n4. In conclusion, the PTC:\n  • approved the report of the Auditors;\n  • provided guidance on the report of the Board; and\n  • asked the Secretariat to report back.\n"
	if out != want {
		t.Errorf("second rebuild output:\n%s\nwant:\n%s", out, want)
	}
}

func TestConclusionsPrintsFixtureBlock(t *testing.T) {
	path := fixture.Path(t, fixture.Name)
	code, out, errOut := runConclusionsCLI("conclusions", path, "--item", "V")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) < 4 || !strings.HasPrefix(lines[0], "ITEM V – ") || lines[1] != "68. In conclusion, the PTC:" {
		t.Fatalf("output does not start with item V's numbered block:\n%s", out)
	}
	bullets := lines[2:]
	for i, b := range bullets {
		want := draft.Punctuation(i, len(bullets))
		if !strings.HasPrefix(b, "  • ") || !strings.HasSuffix(b, want) {
			t.Errorf("bullet %d = %q, want a bullet ending %q", i+1, b, want)
		}
	}
	// Rebuilding an imported document prints but does not save, and keeps
	// the hand-written block.
	code, out2, errOut := runConclusionsCLI("conclusions", path, "--item", "V", "--rebuild")
	if code != 0 || out2 != out || !strings.Contains(errOut, "not saved") {
		t.Errorf("rebuild of a text file: exit %d, same output %v, stderr %q", code, out2 == out, errOut)
	}
}

func TestConclusionsUsage(t *testing.T) {
	path := createReport(t, agendaReport())
	for _, args := range [][]string{
		{"conclusions", path, "--item", "IX"},
		{"conclusions", path, "--item", "banana"},
		{"conclusions"},
	} {
		if code, _, errOut := runConclusionsCLI(args...); code != 2 || !strings.Contains(errOut, "usage: rapporteur conclusions") {
			t.Errorf("%q: exit %d, stderr %q; want 2 with the usage line", args, code, errOut)
		}
	}
	if code, _, _ := runConclusionsCLI("conclusions", filepath.Join(t.TempDir(), "missing.rap")); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
}
