package ingest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// bomb returns a .docx whose document.xml inflates past the size limit
// from well under a megabyte.
func bomb(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`))
	for range maxDocxUnzipped>>20 + 1 {
		w.Write(chunk)
	}
	zw.Close()
	return buf.Bytes()
}

// manyEntries returns a zip with more entries than allowed.
func manyEntries(t testing.TB) []byte {
	files := [][2]string{{"word/document.xml", wdoc("")}}
	for i := range maxDocxEntries {
		files = append(files, [2]string{fmt.Sprintf("x/%d.xml", i), ""})
	}
	return makeZip(t, files...)
}

// TestDocxHostile feeds files built to hurt the reader: each must give an
// error naming the problem, without a panic.
func TestDocxHostile(t *testing.T) {
	deep := strings.Repeat("<w:r>", maxXMLDepth+1) + strings.Repeat("</w:r>", maxXMLDepth+1)
	many := strings.Repeat("<w:p/>", maxXMLElements+1)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("Plain text renamed to .docx\nITEM I – OPENING"), "not a Word document: the file is not a .docx (zip) archive; import a plain text file as .txt"},
		{"empty file", nil, "not a .docx (zip) archive: the file is empty"},
		{"zip without document", makeZip(t, [2]string{"word/other.xml", "<x/>"}), "no word/document.xml"},
		{"document without body", makeZip(t, [2]string{"word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`}), "no body"},
		{"DOCTYPE", makeZip(t, [2]string{"word/document.xml", `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]>` + wdoc("")}), "DOCTYPE"},
		{"external entity", makeZip(t, [2]string{"word/document.xml", `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>` + wdoc(wp("", "", 0, "&e;"))}), "DOCTYPE"},
		{"DOCTYPE in styles", makeZip(t, [2]string{"word/document.xml", wdoc("")}, [2]string{"word/styles.xml", `<!DOCTYPE s SYSTEM "http://example.invalid/s.dtd"><w:styles/>`}), "word/styles.xml: refusing a DOCTYPE"},
		{"undeclared entity", makeZip(t, [2]string{"word/document.xml", wdoc(wp("", "", 0, "&e;"))}), "entity"},
		{"zip bomb", bomb(t), "exceeds"},
		{"too many entries", manyEntries(t), "entries"},
		{"too deep", makeZip(t, [2]string{"word/document.xml", wdoc(deep)}), "nested deeper"},
		{"too many elements", makeZip(t, [2]string{"word/document.xml", wdoc(many)}), "XML elements"},
		{"malformed XML", makeZip(t, [2]string{"word/document.xml", wdoc("<w:p>")}), "word/document.xml"},
		{"truncated zip", makeDocx(t, wp("", "", 0, "x"))[:40], "the .docx (zip) archive is damaged or incomplete"},
		{"body without items", makeDocx(t, wp("", "", 0, "Just a letter.")), "no agenda item"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, _, err := Docx(tc.data)
			if err == nil {
				t.Fatalf("got a report with %d items, want an error containing %q", len(r.Items), tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got error %q, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestDocxBudgetCountsRead checks that the size budget is charged with the
// bytes actually read across parts, not per part.
func TestDocxBudgetCountsRead(t *testing.T) {
	half := strings.Repeat(" ", maxDocxUnzipped/2+1)
	data := makeZip(t, [2]string{"word/document.xml", wdoc(half)}, [2]string{"word/styles.xml", "<w:styles>" + half + "</w:styles>"})
	_, err := readDocx(bytes.NewReader(data), int64(len(data)))
	if err == nil || !strings.Contains(err.Error(), "exceeds") {
		t.Errorf("got %v, want the size limit error", err)
	}
}
