package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/store"
)

// diffReport builds a small report of two items with three paragraphs and
// a conclusion each.
func diffReport(t *testing.T) *draft.Report {
	t.Helper()
	r := draft.New()
	r.Meeting = draft.Meeting{Body: "Permanent Technical Committee", ShortName: "PTC", Sessions: "241st Session"}
	texts := [][]string{
		{"The Secretariat introduced the report on the first matter.", "Delegates welcomed the green light given to the pilot.", "One delegate asked about timing."},
		{"The Chairperson opened the second matter.", "The Committee heard a presentation by Norway.", "Several delegates supported the proposal."},
	}
	for i, title := range []string{"Adoption of the agenda", "E-commerce"} {
		it, err := r.InsertItem(i, title)
		if err != nil {
			t.Fatal(err)
		}
		for k, s := range texts[i] {
			if _, err := r.InsertParagraph(it, k, 0, s); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := r.InsertBullet(r.AddConclusion(it), 0, "took note of the report"); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

// edit opens a report file, applies fn to its working copy and saves it.
func edit(t *testing.T, path string, fn func(r *draft.Report)) {
	t.Helper()
	f, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := f.Load()
	if err != nil {
		t.Fatal(err)
	}
	fn(r)
	if err := f.Save(r); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// versionedFile makes a report file with versions a and b (one word changed
// between them) and a working copy with one paragraph added after b.
func versionedFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.rap")
	f, err := store.Create(path, diffReport(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"a", "b"} {
		if want == "b" {
			edit(t, path, func(r *draft.Report) {
				p := r.Items[0].Paragraphs[1]
				p.Text = strings.Replace(p.Text, "green", "amber", 1)
			})
		}
		code, out, errOut := runCLI(t, "freeze", path, "--note", "issued "+want)
		if code != 0 || out != want+"\n" {
			t.Fatalf("freeze: exit %d, stdout %q, stderr %q; want label %q", code, out, errOut, want)
		}
	}
	edit(t, path, func(r *draft.Report) {
		if _, err := r.InsertParagraph(r.Items[0], 0, 0, "A new opening paragraph."); err != nil {
			t.Fatal(err)
		}
	})
	return path
}

func TestFreezeRecordsNote(t *testing.T) {
	path := versionedFile(t)
	f, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vs, err := f.Versions()
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || vs[0].Label != "a" || vs[1].Note != "issued b" {
		t.Errorf("versions = %+v, want a and b with notes", vs)
	}
}

func TestDiffVersions(t *testing.T) {
	path := versionedFile(t)
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"two versions", []string{"diff", path, "a", "b"}, []string{"ITEM I – ADOPTION OF THE AGENDA", "¶2→2 changed: ", "[-green-]{+amber+}", "1 changed, 0 added"}},
		{"version and working copy", []string{"diff", path, "b"}, []string{"¶—→1 added: A new opening paragraph.", "0 changed, 1 added, 0 deleted, 0 moved"}},
		{"no change", []string{"diff", path, "b", "b"}, []string{"No changes."}},
	}
	for _, tc := range tests {
		code, out, errOut := runCLI(t, tc.args...)
		if code != 0 {
			t.Errorf("%s: exit %d, stderr %q", tc.name, code, errOut)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: output lacks %q:\n%s", tc.name, w, out)
			}
		}
	}
}

func TestDiffJSON(t *testing.T) {
	path := versionedFile(t)
	code, out, errOut := runCLI(t, "diff", path, "a", "--json")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var v struct {
		Changes []struct {
			Kind string `json:"kind"`
			Old  *int   `json:"old"`
			New  *int   `json:"new"`
			Item string `json:"item"`
		} `json:"changes"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	kinds := map[string]int{}
	for _, ch := range v.Changes {
		kinds[ch.Kind]++
		if ch.Kind == "added" && (ch.Old != nil || ch.New == nil || *ch.New != 1) {
			t.Errorf("added change: old %v new %v, want null and 1", ch.Old, ch.New)
		}
		if ch.Kind == "changed" && (ch.Old == nil || *ch.Old != 2 || ch.New == nil || *ch.New != 3) {
			t.Errorf("changed paragraph numbers: old %v new %v, want 2 and 3", ch.Old, ch.New)
		}
	}
	if kinds["added"] != 1 || kinds["changed"] != 1 || len(v.Changes) != 2 {
		t.Errorf("changes = %+v, want one added and one changed", v.Changes)
	}
}

// TestDiffDocuments compares two text documents, which share no identity,
// and a report file's working copy with a document.
func TestDiffDocuments(t *testing.T) {
	dir := t.TempDir()
	oldR, newR := diffReport(t), diffReport(t)
	newR.Items[1].Paragraphs[2].Text = "Several delegates supported the revised proposal."
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(newR.MoveItem(1, 0))
	write := func(name string, r *draft.Report) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		must(err)
		defer f.Close()
		must(export.Text(f, r))
		return p
	}
	a, b := write("c.txt", oldR), write("d.txt", newR)
	code, out, errOut := runCLI(t, "diff", a, b)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, w := range []string{"{+revised +}", "item moved: II → I", "1 changed, 0 added, 0 deleted, 0 moved; 1 structural change"} {
		if !strings.Contains(out, w) {
			t.Errorf("diff c.txt d.txt: output lacks %q:\n%s", w, out)
		}
	}
	path := versionedFile(t)
	code, out, errOut = runCLI(t, "diff", path, a)
	if code != 0 || !strings.Contains(out, "[-A new opening paragraph.-]") && !strings.Contains(out, "deleted: A new opening paragraph.") {
		t.Errorf("diff FILE c.txt: exit %d, stderr %q, output:\n%s", code, errOut, out)
	}
}

func TestDiffErrors(t *testing.T) {
	path := versionedFile(t)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"diff", path}, 2, "wrong number of arguments"},
		{[]string{"diff", path, "a", "zz"}, 1, "zz"},
		{[]string{"diff", path, "a", "B!"}, 2, "not a version label"},
		{[]string{"diff", path, "a", "b", "--pdf", filepath.Join(t.TempDir(), "r.odt")}, 1, "written as .pdf"},
		{[]string{"freeze", filepath.Join(t.TempDir(), "none.rap")}, 1, "none.rap"},
	}
	for _, tc := range tests {
		code, _, errOut := runCLI(t, tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit %d and %q", tc.args, code, errOut, tc.code, tc.want)
		}
	}
}

func TestDiffRedlinePDF(t *testing.T) {
	path := versionedFile(t)
	pdf := filepath.Join(t.TempDir(), "redline.pdf")
	code, out, errOut := runCLI(t, "diff", path, "a", "b", "--pdf", pdf)
	if code != 0 {
		t.Fatalf("diff --pdf: exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(pdf)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("diff --pdf wrote %d bytes, err %v; want a PDF", len(b), err)
	}
	if out == "" {
		t.Errorf("diff --pdf printed nothing; want the comparison as well")
	}
}

// TestDiffNamesWhatItCompares checks the heading of the text output and the
// names in the JSON.
func TestDiffNamesWhatItCompares(t *testing.T) {
	path := versionedFile(t)
	_, out, _ := runCLI(t, "diff", path, "a", "b")
	if !strings.HasPrefix(out, "Changes from version a to version b\n") {
		t.Errorf("text output starts %q", strings.SplitN(out, "\n", 2)[0])
	}
	_, out, _ = runCLI(t, "diff", path, "a", "--json")
	if !strings.Contains(out, `"old_name": "version a"`) || !strings.Contains(out, `"new_name": "the working copy"`) {
		t.Errorf("JSON does not name the sides:\n%.300s", out)
	}
}
