package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"rapporteur/draft"
	"rapporteur/internal/fixture"
	"rapporteur/store"
)

func TestCheckCommand(t *testing.T) {
	clean := agendaReport()
	for _, it := range clean.Items {
		draft.Rebuild(clean, it, draft.BuildOptions{})
	}
	broken := agendaReport()
	for _, it := range broken.Items {
		draft.Rebuild(broken, it, draft.BuildOptions{})
	}
	broken.Items[1].Paragraphs[0].Text = "As set out in paragraph 40, Doc. PC0731Fa was introduced."
	broken.Items[0].Conclusion = nil

	tests := []struct {
		name  string
		r     *draft.Report
		code  int
		lines []string
	}{
		{"clean", clean, 0, []string{"0 errors, 0 warnings"}},
		{"broken", broken, 1, []string{
			"I ¶1 warning: item I has paragraphs but no conclusion block",
			"II ¶2 warning: PC0731Fa is the F-language issue but the report is in E; cite PC0731Ea [doc-language]",
			"II ¶2 warning: Doc. PC0731Fa is cited but no agenda item lists it",
			"II ¶2 error: refers to paragraph 40, but the report has paragraphs 1 to 3 only; correct the number [paragraph-ref-past-end]",
			"1 error, 3 warnings",
		}},
	}
	for _, tt := range tests {
		path := createReport(t, tt.r)
		code, out, errOut := runConclusionsCLI("check", path)
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d (stderr %q)", tt.name, code, tt.code, errOut)
		}
		got := strings.Split(strings.TrimRight(out, "\n"), "\n")
		if len(got) != len(tt.lines) {
			t.Errorf("%s: got %d lines, want %d:\n%s", tt.name, len(got), len(tt.lines), out)
			continue
		}
		for i, want := range tt.lines {
			if !strings.HasPrefix(got[i], want) {
				t.Errorf("%s: line %d = %q, want it to start %q", tt.name, i+1, got[i], want)
			}
		}
	}
}

func TestCheckJSON(t *testing.T) {
	r := agendaReport()
	r.Items[1].Paragraphs[0].Text = "See paragraph 9."
	path := createReport(t, r)
	code, out, _ := runConclusionsCLI("check", path, "--json")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	var fs []draft.Finding
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	codes := map[string]bool{}
	for _, f := range fs {
		codes[f.Code] = true
	}
	for _, want := range []string{"no-conclusion", "paragraph-ref-past-end"} {
		if !codes[want] {
			t.Errorf("JSON findings lack %s: %s", want, out)
		}
	}
	clean := agendaReport()
	clean.Items = clean.Items[:0]
	code, out, _ = runConclusionsCLI("check", createReport(t, clean), "--json")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("empty report: exit %d, output %q; want 0 and []", code, out)
	}
}

// TestCheckAgainstLatestVersion freezes a version, inserts a paragraph
// before the one a cross-reference points at, and expects the check to
// suggest the new number.
func TestCheckAgainstLatestVersion(t *testing.T) {
	r := agendaReport()
	for _, it := range r.Items {
		draft.Rebuild(r, it, draft.BuildOptions{})
	}
	r.Items[1].Paragraphs[0].Text = "As noted in paragraph 1, the reports were introduced."
	path := createReport(t, r)
	f, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	r, _ = f.Load()
	if _, err := f.Freeze(r, "draft", time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	r.InsertParagraph(r.Items[0], 0, 0, "A new first paragraph.")
	if err := f.Save(r); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, out, _ := runConclusionsCLI("check", path)
	if code != 0 || !strings.Contains(out, "II ¶4 warning: refers to paragraph 1, but the paragraph it meant is now paragraph 2; change the reference to 2 [paragraph-ref-moved]") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
	if _, out, _ = runConclusionsCLI("check", path, "--against", "none"); strings.Contains(out, "paragraph-ref-moved") {
		t.Errorf("--against none still compared:\n%s", out)
	}
	if code, _, _ = runConclusionsCLI("check", path, "--against", "zz"); code != 1 {
		t.Errorf("--against an unknown version: exit %d, want 1", code)
	}
}

func TestCheckFixture(t *testing.T) {
	code, out, errOut := runConclusionsCLI("check", fixture.Path(t, fixture.Name))
	if code != 0 {
		t.Errorf("fixture check: exit %d, stderr %q\n%s", code, errOut, out)
	}
	if !strings.Contains(out, "0 errors") {
		t.Errorf("fixture check output lacks the count:\n%s", out)
	}
}
