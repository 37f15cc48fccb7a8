package ingest

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// wdoc wraps body XML in a w:document with a w:body.
func wdoc(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		body + `</w:body></w:document>`
}

// wp returns a paragraph in style (none when "") with numbering (numID ""
// for none) and text.
func wp(style, numID string, level int, text string) string {
	var b strings.Builder
	b.WriteString("<w:p><w:pPr>")
	if style != "" {
		b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
	}
	if numID != "" {
		b.WriteString(`<w:numPr><w:ilvl w:val="` + string(rune('0'+level)) + `"/><w:numId w:val="` + numID + `"/></w:numPr>`)
	}
	b.WriteString(`</w:pPr><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`)
	return b.String()
}

// testNumbering defines list 1 (decimal "%1.", lettered "%2.", bullets) and
// list 2 (upper Roman), and w:num 1 and 2 on them, 3 restarting list 1 at 5.
const testNumbering = `<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="10">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="10"/></w:num>
</w:numbering>`

// testStyles makes Heading2 numbered by list 1 at level 1, and SubHead a
// style based on it.
const testStyles = `<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="SubHead"><w:name w:val="Sub head"/><w:basedOn w:val="Heading2"/></w:style>
<w:style w:type="paragraph" w:styleId="Berschrift1"><w:name w:val="Heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
</w:styles>`

// makeZip returns a zip archive holding the named files in order.
func makeZip(t testing.TB, files ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
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
	return buf.Bytes()
}

// makeDocx returns a .docx with the given body and the test numbering and
// styles.
func makeDocx(t testing.TB, body string) []byte {
	t.Helper()
	return makeZip(t, [2]string{"[Content_Types].xml", "<Types/>"}, [2]string{"word/document.xml", wdoc(body)},
		[2]string{"word/numbering.xml", testNumbering}, [2]string{"word/styles.xml", testStyles})
}
