package ingest

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"
)

// The namespace declarations of a Word story part.
const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// docxSpec describes a .docx for a test: the main part (its name and body)
// and the optional parts, each written with the relationships Word writes.
type docxSpec struct {
	main      string // main part name; "" is word/document.xml
	body      string // the content of w:body
	styles    string // whole parts; "" leaves the part out
	numbering string
	footnotes string // the content of w:footnotes
	endnotes  string
	comments  string            // the content of w:comments
	headers   map[string]string // part name ("word/header1.xml") → content of w:hdr
	custom    string
	noRels    bool // write no relationship parts (as some generators do)
}

// build writes the .docx.
func (s docxSpec) build(t testing.TB) []byte {
	t.Helper()
	main := s.main
	if main == "" {
		main = "word/document.xml"
	}
	files := [][2]string{{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`}}
	var rels []string
	add := func(part, typ, content string) {
		if content == "" {
			return
		}
		files = append(files, [2]string{part, content})
		rels = append(rels, fmt.Sprintf(`<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"/>`,
			len(rels)+1, typ, strings.TrimPrefix(part, "word/")))
	}
	files = append(files, [2]string{main, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>` + s.body + `</w:body></w:document>`})
	add("word/styles.xml", "styles", s.styles)
	add("word/numbering.xml", "numbering", s.numbering)
	add("word/footnotes.xml", "footnotes", wrapPart("footnotes", s.footnotes))
	add("word/endnotes.xml", "endnotes", wrapPart("endnotes", s.endnotes))
	add("word/comments.xml", "comments", wrapPart("comments", s.comments))
	var names []string
	for n := range s.headers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		root, typ := "hdr", "header"
		if strings.Contains(n, "footer") {
			root, typ = "ftr", "footer"
		}
		add(n, typ, wrapPart(root, s.headers[n]))
	}
	if !s.noRels {
		dir, base := splitPart(main)
		files = append(files,
			[2]string{"_rels/.rels", relsPart(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/` + main + `"/>`)},
			[2]string{dir + "_rels/" + base + ".rels", relsPart(strings.Join(rels, ""))})
	}
	if s.custom != "" {
		files = append(files, [2]string{"docProps/custom.xml", s.custom})
	}
	return makeZip(t, files...)
}

// wrapPart wraps the content of a story part in its root element; "" stays "".
func wrapPart(root, content string) string {
	if content == "" {
		return ""
	}
	return `<?xml version="1.0" encoding="UTF-8"?><w:` + root + ` ` + wNS + `>` + content + `</w:` + root + `>`
}

func relsPart(rels string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels + `</Relationships>`
}

// p writes a paragraph with properties pPr (without the w:pPr tags) and
// runs (already written XML).
func p(pPr string, runs ...string) string {
	if pPr != "" {
		pPr = "<w:pPr>" + pPr + "</w:pPr>"
	}
	return "<w:p>" + pPr + strings.Join(runs, "") + "</w:p>"
}

// r writes a run of text.
func r(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

// style writes a w:pStyle property.
func style(id string) string { return `<w:pStyle w:val="` + id + `"/>` }

// num writes a w:numPr property.
func num(numID string, level int) string {
	return fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%s"/></w:numPr>`, level, numID)
}

// readSpec builds and reads a .docx.
func readSpec(t testing.TB, s docxSpec) *wordDoc {
	t.Helper()
	data := s.build(t)
	doc, err := readDocx(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("readDocx: %v", err)
	}
	return doc
}

// show writes paragraph records one to a line, as the tests compare them:
// "3 h2 [a.] text", with "box", "cell r.c", "brk" flags and footnotes.
func show(paras []wordPara, doc *wordDoc) []string {
	var out []string
	for _, q := range paras {
		var b strings.Builder
		fmt.Fprintf(&b, "%d", q.place)
		switch q.hint.kind {
		case hintHeading:
			fmt.Fprintf(&b, " h%d", q.hint.level)
		case hintTitle:
			b.WriteString(" title")
		case hintList:
			b.WriteString(" list")
		case hintFootnote:
			b.WriteString(" note")
		case hintHeader:
			b.WriteString(" header")
		}
		if q.box {
			b.WriteString(" box")
		}
		if q.brk {
			b.WriteString(" brk")
		}
		if c := q.cell; c != nil {
			fmt.Fprintf(&b, " cell%d:%d.%d", c.depth, c.row, c.col)
			if c.header {
				b.WriteString("H")
			}
		}
		if q.label != "" {
			fmt.Fprintf(&b, " [%s]", q.label)
		}
		b.WriteString(" " + q.text)
		if q.x != nil && doc != nil {
			for _, i := range q.x.notes {
				n := doc.notes[i]
				fmt.Fprintf(&b, " {%s@%d: %s}", n.mark, n.offset, n.text)
			}
			for _, i := range q.x.comments {
				c := doc.comments[i]
				fmt.Fprintf(&b, " {%s: %s}", c.author, c.text)
			}
		}
		out = append(out, b.String())
	}
	return out
}

// checkLines compares got with want line by line.
func checkLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// compoundFile writes a minimal OLE compound file (version 3, 512-byte
// sectors) whose directory holds the root and one stream per name; a
// stream named WordDocument gets a File Information Block with flags.
func compoundFile(names []string, wordFlags uint16) []byte {
	const sec = 512
	// Sector 0: FAT; sector 1: directory; sectors 2–9: WordDocument data.
	h := make([]byte, sec)
	copy(h, cfbMagic)
	binary.LittleEndian.PutUint16(h[0x18:], 0x3E)
	binary.LittleEndian.PutUint16(h[0x1A:], 3)
	binary.LittleEndian.PutUint16(h[0x1C:], 0xFFFE)
	binary.LittleEndian.PutUint16(h[0x1E:], 9)
	binary.LittleEndian.PutUint16(h[0x20:], 6)
	binary.LittleEndian.PutUint32(h[0x2C:], 1) // one FAT sector
	binary.LittleEndian.PutUint32(h[0x30:], 1) // directory at sector 1
	binary.LittleEndian.PutUint32(h[0x38:], 4096)
	binary.LittleEndian.PutUint32(h[0x3C:], 0xFFFFFFFE)
	binary.LittleEndian.PutUint32(h[0x44:], 0xFFFFFFFE)
	for i := range 109 {
		binary.LittleEndian.PutUint32(h[0x4C+4*i:], 0xFFFFFFFF)
	}
	binary.LittleEndian.PutUint32(h[0x4C:], 0) // FAT in sector 0
	fat := make([]byte, sec)
	for i := range sec / 4 {
		binary.LittleEndian.PutUint32(fat[4*i:], 0xFFFFFFFF)
	}
	binary.LittleEndian.PutUint32(fat[0:], 0xFFFFFFFD) // the FAT sector
	binary.LittleEndian.PutUint32(fat[4:], 0xFFFFFFFE) // directory: one sector
	for s := 2; s < 9; s++ {
		binary.LittleEndian.PutUint32(fat[4*s:], uint32(s+1))
	}
	binary.LittleEndian.PutUint32(fat[4*9:], 0xFFFFFFFE)
	dir := make([]byte, sec)
	entry := func(i int, name string, typ byte, start uint32, size uint64) {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(name))
		for k, c := range u {
			binary.LittleEndian.PutUint16(e[2*k:], c)
		}
		binary.LittleEndian.PutUint16(e[0x40:], uint16(2*len(u)+2))
		e[0x42] = typ
		binary.LittleEndian.PutUint32(e[0x74:], start)
		binary.LittleEndian.PutUint64(e[0x78:], size)
	}
	entry(0, "Root Entry", 5, 0xFFFFFFFE, 0)
	for i, n := range names {
		if i >= 3 {
			break
		}
		if n == "WordDocument" {
			entry(i+1, n, 2, 2, 8*sec)
		} else {
			entry(i+1, n, 2, 0xFFFFFFFE, 0)
		}
	}
	data := make([]byte, 8*sec)
	binary.LittleEndian.PutUint16(data[0:], 0xA5EC)
	binary.LittleEndian.PutUint16(data[10:], wordFlags)
	var out bytes.Buffer
	out.Write(h)
	out.Write(fat)
	out.Write(dir)
	out.Write(data)
	return out.Bytes()
}
