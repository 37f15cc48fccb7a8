package cli

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rapporteur/internal/fixture"
)

// runCLI runs the command line in-process and returns its exit status and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestHelpListsCommands(t *testing.T) {
	code, out, _ := runCLI(t, "help")
	if code != 0 {
		t.Fatalf("help exit %d", code)
	}
	for _, name := range []string{"sample", "import", "info", "export"} {
		if !strings.Contains(out, "  "+name) {
			t.Errorf("help does not list %q:\n%s", name, out)
		}
	}
}

func TestEveryCommandHasHelp(t *testing.T) {
	for name := range commands {
		code, _, errOut := runCLI(t, name, "--help")
		if code != 0 || !strings.Contains(errOut, "usage: rapporteur "+name) {
			t.Errorf("%s --help: exit %d, output %q", name, code, errOut)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"nosuch"}, 2, `unknown command "nosuch"`},
		{[]string{"sample"}, 2, "-o FILE is required"},
		{[]string{"info"}, 2, "wrong number of arguments"},
		{[]string{"import", "a.txt"}, 2, "give either -o FILE or --into FILE"},
		{[]string{"info", "--bogus", "x"}, 2, "flag provided but not defined"},
		{[]string{"info", filepath.Join(t.TempDir(), "missing.rap")}, 1, "missing.rap"},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want exit %d and %q", tt.args, code, errOut, tt.code, tt.want)
		}
	}
}

func TestSampleInfoExport(t *testing.T) {
	dir := t.TempDir()
	rap := filepath.Join(dir, "sample.rap")
	if code, _, errOut := runCLI(t, "sample", "-o", rap); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, errOut)
	}
	code, out, errOut := runCLI(t, "info", rap, "--json")
	if code != 0 {
		t.Fatalf("info: exit %d: %s", code, errOut)
	}
	var info struct {
		Meeting struct {
			ShortName string `json:"short_name"`
		} `json:"meeting"`
		ParagraphCount int `json:"paragraph_count"`
		Versions       []any
		Items          []struct {
			Number     string `json:"number"`
			Paragraphs []int  `json:"paragraphs"`
			Conclusion *struct {
				Paragraph int      `json:"paragraph"`
				Bullets   []string `json:"bullets"`
			} `json:"conclusion"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(out), &info); err != nil {
		t.Fatalf("info --json: %v\n%s", err, out)
	}
	if info.Meeting.ShortName != "HPC" || len(info.Items) < 4 || len(info.Items) > 6 || info.Versions == nil {
		t.Fatalf("sample summary = %+v", info)
	}
	last := 0
	for _, it := range info.Items {
		if it.Paragraphs == nil || it.Paragraphs[0] != last+1 || it.Conclusion == nil || it.Conclusion.Paragraph != it.Paragraphs[1] {
			t.Errorf("item %s: paragraphs %v conclusion %+v (previous item ended at %d)", it.Number, it.Paragraphs, it.Conclusion, last)
		}
		if it.Paragraphs != nil {
			last = it.Paragraphs[1]
		}
	}
	if last != info.ParagraphCount {
		t.Errorf("last range ends at %d, paragraph_count %d", last, info.ParagraphCount)
	}
	pdf := filepath.Join(dir, "sample.pdf")
	if code, _, errOut := runCLI(t, "export", rap, "-o", pdf); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	if b, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Errorf("export wrote %d bytes, err %v; want a PDF", len(b), err)
	}
	if code, _, errOut := runCLI(t, "export", rap, "-o", filepath.Join(dir, "x.odt")); code == 0 || !strings.Contains(errOut, ".odt") {
		t.Errorf("export to .odt: exit %d, %q; want an error naming the extension", code, errOut)
	}
}

func TestImportFixture(t *testing.T) {
	src := fixture.Path(t, fixture.Name)
	rap := filepath.Join(t.TempDir(), "ptc.rap")
	if code, _, errOut := runCLI(t, "import", src, "-o", rap); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	code, out, _ := runCLI(t, "info", rap)
	if code != 0 {
		t.Fatalf("info exit %d", code)
	}
	for _, want := range []string{"68 paragraphs", "1-2", "3-6", "7-20", "21-36", "37-68", "conclusion ¶68, 6 bullets"} {
		if !strings.Contains(out, want) {
			t.Errorf("info lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := runCLI(t, "import", src, "-o", rap); code == 0 {
		t.Errorf("import over an existing report succeeded; want it refused")
	}
}

func TestImportRejectsGarbage(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string][]byte{
		"empty.txt":  nil,
		"binary.txt": {0, 1, 2, 0xff, 0xfe, 0, 0},
		"prose.txt":  []byte("Dear colleagues,\nthank you for the meeting.\n"),
	} {
		src := filepath.Join(dir, name)
		os.WriteFile(src, data, 0o644)
		rap := filepath.Join(dir, name+".rap")
		code, _, errOut := runCLI(t, "import", src, "-o", rap)
		if code == 0 || errOut == "" {
			t.Errorf("import %s: exit %d, stderr %q; want a clear error", name, code, errOut)
		}
		if _, err := os.Stat(rap); err == nil {
			t.Errorf("import %s left a report file behind", name)
		}
	}
}

// TestImportLog prints the import log: the dropped page furniture with its
// line and reason, beside the report it writes.
func TestImportLog(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "r.txt")
	text := "ITEM I – OPENING\n\n1. The Chair opened the session and\n\n\fHP0214E1 2\n\nwelcomed the delegates.\n\n2. The agenda was adopted.\n"
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "import", "--log", src, "-o", filepath.Join(dir, "r.rap"))
	if code != 0 {
		t.Fatalf("import --log: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, src+`: line 5: furniture: "HP0214E1 2"`) || !strings.Contains(out, "wrote ") {
		t.Errorf("output %q, want the furniture line logged with its place", out)
	}
	if code, out, _ = runCLI(t, "import", src, "-o", filepath.Join(dir, "s.rap")); code != 0 || strings.Contains(out, "furniture") {
		t.Errorf("without --log: exit %d, output %q", code, out)
	}
}

// TestImportLogWord prints the import log of a Word file with Word places:
// the paragraph and the part it stands in.
func TestImportLogWord(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "r.docx")
	p := func(style, text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	body := p("Heading1", "ITEM I – OPENING") + p("Normal", "1. The Chair opened the session.") +
		p("Heading3", "Questions from the floor") + p("Normal", "2. The agenda was adopted.")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range [][2]string{
		{"word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`},
		{"word/styles.xml", `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
			`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style></w:styles>`},
	} {
		w, err := zw.Create(f[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(f[1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "import", "--log", src, "-o", filepath.Join(dir, "r.rap"))
	if code != 0 {
		t.Fatalf("import --log: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, src+`: paragraph 3 of word/document.xml: dropped: "Questions from the floor"`) {
		t.Errorf("output %q, want the sub-heading logged with its Word place", out)
	}
}
