package cli

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rapporteur/draft"
)

// addComment adds a Word comment by author, anchored to the paragraph of
// the .docx at path that holds anchor, as Word writes one.
func addComment(t *testing.T, path, anchor, author, text string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	var names []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = b
		names = append(names, f.Name)
	}
	zr.Close()
	doc := string(parts["word/document.xml"])
	at := strings.Index(doc, anchor)
	p := strings.LastIndex(doc[:at], "<w:p>")
	if at < 0 || p < 0 {
		t.Fatalf("no paragraph holds %q", anchor)
	}
	end := p + strings.Index(doc[p:], "</w:p>")
	doc = doc[:p] + `<w:commentRangeStart w:id="900"/>` + doc[p:end] +
		`<w:commentRangeEnd w:id="900"/><w:r><w:commentReference w:id="900"/></w:r>` + doc[end:]
	parts["word/document.xml"] = []byte(doc)
	parts["word/comments.xml"] = []byte(`<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
		`<w:comment w:id="900" w:author="` + author + `" w:date="2031-03-07T08:00:00Z"><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:comment></w:comments>`)
	names = append(names, "word/comments.xml")
	rels := string(parts["word/_rels/document.xml.rels"])
	parts["word/_rels/document.xml.rels"] = []byte(strings.Replace(rels, "</Relationships>",
		`<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`, 1))
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(parts[n])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestImportMarkedUp sends version a out as a Word file with the working
// copy's changes tracked, by Ana; a comment is added to it as in Word;
// `diff` of the file alone shows its changes with their author; `import
// --into` records it as received in version c and accepts its changes in
// the working copy; `diff FILE c` shows the same changes and `info` the
// comment.
func TestImportMarkedUp(t *testing.T) {
	path := versionedFile(t)
	marked := filepath.Join(t.TempDir(), "marked-up.docx")
	if code, _, errOut := runCLI(t, "diff", path, "a", "--docx", marked, "--author", "Ana Ferreira"); code != 0 {
		t.Fatalf("diff --docx: exit %d, %s", code, errOut)
	}
	addComment(t, marked, "A new opening paragraph.", "Carla", "Is this needed?")
	edit(t, path, func(r *draft.Report) { r.Items[1].Paragraphs[0].Text += " Edited meanwhile." })

	code, alone, errOut := runCLI(t, "diff", marked)
	if code != 0 {
		t.Fatalf("diff of the file alone: exit %d, %s", code, errOut)
	}
	for _, w := range []string{"Changes from marked-up.docx with its changes rejected to marked-up.docx with its changes accepted",
		"¶—→1 added by Ana Ferreira: A new opening paragraph.", "changed by Ana Ferreira: ", "[-green-]{+amber+}"} {
		if !strings.Contains(alone, w) {
			t.Errorf("diff marked-up.docx lacks %q:\n%s", w, alone)
		}
	}

	code, out, errOut := runCLI(t, "import", "--into", path, marked)
	if code != 0 {
		t.Fatalf("import --into: exit %d, %s", code, errOut)
	}
	if !strings.Contains(out, "version c records marked-up.docx as received") || !strings.Contains(out, "by Ana Ferreira") {
		t.Errorf("import --into said:\n%s", out)
	}
	code, since, errOut := runCLI(t, "diff", path, "c")
	if code != 0 {
		t.Fatalf("diff FILE c: exit %d, %s", code, errOut)
	}
	if strip := func(s string) string { return s[strings.Index(s, "\n\n"):] }; strip(since) != strip(alone) {
		t.Errorf("diff FILE c:\n%s\nwant the file's changes:\n%s", since, alone)
	}
	if code, same, _ := runCLI(t, "diff", path, "a", "c"); code != 0 || !strings.Contains(same, "No changes.") {
		t.Errorf("version c (as received) against version a it was made from:\n%s", same)
	}
	_, info, _ := runCLI(t, "info", path)
	if !strings.Contains(info, "¶1    comment by Carla (2031-03-07): Is this needed?") {
		t.Errorf("info lacks the comment:\n%s", info)
	}
}
