package ingest

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestDocxContainer checks how the reader finds the main part and what it
// says of files that are not .docx.
func TestDocxContainer(t *testing.T) {
	body := p("", r("The PTC met."))
	tests := []struct {
		name string
		data []byte
		want string // the first paragraph's text, or a part of the error
		err  bool
	}{
		{"main part named by _rels/.rels (Word Online)", docxSpec{main: "word/document2.xml", body: body}.build(t), "The PTC met.", false},
		{"main part in another folder", docxSpec{main: "doc/main.xml", body: body}.build(t), "The PTC met.", false},
		{"no relationships: word/document.xml", docxSpec{body: body, noRels: true}.build(t), "The PTC met.", false},
		{"relationships naming a missing part", makeZip(t,
			[2]string{"_rels/.rels", relsPart(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document22.xml"/>`)},
			[2]string{"word/document.xml", wdoc(body)}), "the main document part word/document22.xml that _rels/.rels names is missing", true},
		{"relationships naming no main part", makeZip(t,
			[2]string{"_rels/.rels", relsPart(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`)},
			[2]string{"word/document.xml", wdoc(body)}), "names no main document part", true},
		{"main part climbing out of the package", makeZip(t,
			[2]string{"_rels/.rels", relsPart(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="../../word/document.xml"/>`)},
			[2]string{"word/document.xml", wdoc(body)}), "names no main document part", true},
		{"a theme package", makeZip(t,
			[2]string{"_rels/.rels", relsPart(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="theme/theme/themeManager.xml"/>`)},
			[2]string{"theme/theme/themeManager.xml", `<a:themeManager xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>`}),
			`not a Word document: its main part theme/theme/thememanager.xml holds a "themeManager"`, true},
		{"password-protected .docx", compoundFile([]string{"EncryptionInfo", "EncryptedPackage"}, 0), "password-protected: save it without a password first", true},
		{"Word 97–2003 .doc", compoundFile([]string{"WordDocument", "1Table"}, 0), "Word 97–2003 document (.doc): open it in Word or LibreOffice and save it as .docx", true},
		{"password-protected .doc", compoundFile([]string{"WordDocument", "1Table"}, 0x0100), "password-protected Word 97–2003 document (.doc)", true},
		{"password-protected, the header claiming more FAT sectors than the file needs", overAllocated(compoundFile([]string{"EncryptionInfo", "EncryptedPackage"}, 0)),
			"password-protected: save it without a password first", true},
		{"an Excel 97–2003 workbook", compoundFile([]string{"Workbook"}, 0), "an Office 97–2003 file of another kind", true},
		{"a truncated compound file", compoundFile([]string{"WordDocument"}, 0)[:600], "compound) file that cannot be read", true},
		{"RTF", []byte(`{\rtf1\ansi Report}`), "it is an RTF file; open it in Word and save it as .docx", true},
		{"PDF", []byte("%PDF-1.7\n"), "it is a PDF", true},
		{"plain text", []byte("ITEM I – OPENING\n"), "not a Word document: the file is not a .docx (zip) archive; import a plain text file as .txt", true},
		{"UTF-16 part", makeZip(t, [2]string{"word/document.xml", utf16LE(`<?xml version="1.0" encoding="UTF-16"?>` + wdoc(body)[len(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`):])}), "The PTC met.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := readDocx(bytes.NewReader(tc.data), int64(len(tc.data)))
			switch {
			case tc.err && err == nil:
				t.Fatalf("read %d paragraphs, want an error containing %q", len(doc.paras), tc.want)
			case tc.err && !strings.Contains(err.Error(), tc.want):
				t.Fatalf("got error %q, want one containing %q", err, tc.want)
			case tc.err:
			case err != nil:
				t.Fatalf("readDocx: %v", err)
			case len(doc.paras) == 0 || doc.paras[0].text != tc.want:
				t.Fatalf("got %q, want first paragraph %q", show(doc.paras, doc), tc.want)
			}
		})
	}
}

// overAllocated makes a compound file's header claim three FAT sectors, as
// Word's own encrypted files do, of which the file needs one.
func overAllocated(data []byte) []byte {
	binary.LittleEndian.PutUint32(data[0x2C:], 3)
	return data
}

// utf16LE encodes s in UTF-16 with a byte-order mark.
func utf16LE(s string) string {
	var b strings.Builder
	b.WriteString("\xff\xfe")
	for _, c := range s {
		b.WriteByte(byte(c))
		b.WriteByte(byte(c >> 8))
	}
	return b.String()
}

// TestDocxFileRefusals reads files through File: a .doc gets the .doc
// message, a .docx saved under .doc is read, and a FIFO is refused without
// blocking.
func TestDocxFileRefusals(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	report := docxSpec{body: p(style("Heading1"), r("ITEM I – OPENING")) + p("", r("1. The PTC met."))}.build(t)
	fifo := filepath.Join(dir, "pipe.docx")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want string // "" for a report
	}{
		{write("old.doc", compoundFile([]string{"WordDocument"}, 0)), "save it as .docx"},
		{write("locked.docx", compoundFile([]string{"EncryptedPackage"}, 0)), "password-protected: save it without a password first"},
		{write("renamed.doc", report), ""},
		{fifo, "not a regular file"},
	}
	for _, tc := range tests {
		rep, _, err := File(tc.path)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", filepath.Base(tc.path), err)
		case tc.want == "" && len(rep.Items) != 1:
			t.Errorf("%s: %d items, want 1", filepath.Base(tc.path), len(rep.Items))
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: got %v, want an error containing %q", filepath.Base(tc.path), err, tc.want)
		}
	}
}

// TestResolveTarget resolves relationship targets against their folder.
func TestResolveTarget(t *testing.T) {
	tests := []struct{ dir, target, want string }{
		{"", "word/document.xml", "word/document.xml"},
		{"", "/word/document2.xml", "word/document2.xml"},
		{"word/", "styles.xml", "word/styles.xml"},
		{"word/", "../customXml/item1.xml", "customxml/item1.xml"},
		{"word/", "media/a%20b.png", "word/media/a b.png"},
		{"word/", "../../etc/passwd", ""},
		{"", "../x.xml", ""},
		{"word/", "sub/", ""},
		{"word/", `glossary\document.xml`, "word/glossary/document.xml"},
	}
	for _, tc := range tests {
		got, ok := resolveTarget(tc.dir, tc.target)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("resolveTarget(%q, %q) = %q, want %q", tc.dir, tc.target, got, tc.want)
		}
	}
}
