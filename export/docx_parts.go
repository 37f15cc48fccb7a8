package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"rapporteur/draft"
)

// The fixed parts of a .docx package: content types, relationships and
// application properties.
const (
	docxContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>
</Types>`

	docxRootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>
</Relationships>`

	docxDocumentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`

	docxApp = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<Application>Rapporteur</Application>
<DocSecurity>0</DocSecurity>
</Properties>`
)

// docxCore returns docProps/core.xml: title, subject, creator and the
// creation and modification dates.
func docxCore(m draft.Meeting, opt Options, created time.Time) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	author := opt.Author
	if author == "" {
		author = m.Organization
	}
	title := "Summary Report"
	if head := joinNonEmpty(", ", m.Body, m.Sessions); head != "" {
		title = head + " – Summary Report"
	}
	docxElement(&b, "dc:title", title)
	docxElement(&b, "dc:subject", joinNonEmpty(", ", "Summary Report", m.DocCode))
	docxElement(&b, "dc:creator", author)
	docxElement(&b, "cp:lastModifiedBy", author)
	if lang := docxLanguage(m.Language); lang != "" {
		docxElement(&b, "dc:language", lang)
	}
	stamp := created.UTC().Format(time.RFC3339)
	fmt.Fprintf(&b, `<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>`, stamp)
	fmt.Fprintf(&b, `<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>`, stamp)
	b.WriteString(`</cp:coreProperties>`)
	return b.Bytes()
}

// docxCustom returns docProps/custom.xml: the meeting details as custom
// properties under the names of the text header, which ingest.Docx reads
// back; Word shows and edits them under File › Properties › Custom.
func docxCustom(m draft.Meeting) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
	for i, f := range m.Fields() {
		fmt.Fprintf(&b, `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s">`, i+2, f.Label)
		docxElement(&b, "vt:lpwstr", docxLine(*f.Value))
		b.WriteString(`</property>`)
	}
	b.WriteString(`</Properties>`)
	return b.Bytes()
}

// docxElement writes <name>escaped text</name>.
func docxElement(b *bytes.Buffer, name, text string) {
	b.WriteString("<" + name + ">")
	docxEscape(b, text)
	b.WriteString("</" + name + ">")
}

// docxEscape writes s escaped for XML; characters XML cannot hold become U+FFFD.
func docxEscape(b *bytes.Buffer, s string) {
	if plainXML(s) {
		b.WriteString(s)
		return
	}
	_ = xml.EscapeText(b, []byte(s)) // a bytes.Buffer does not fail
}

// plainXML reports whether s needs no escaping: no markup characters, no
// line breaks or tabs (which xml.EscapeText writes as references) and
// only characters XML can hold.
func plainXML(s string) bool {
	for _, r := range s {
		switch {
		case r == '"' || r == '&' || r == '\'' || r == '<' || r == '>':
			return false
		case r < 0x20 || r == utf8.RuneError || r > 0xD7FF && r < 0xE000 || r == 0xFFFE || r == 0xFFFF:
			return false
		}
	}
	return true
}

// docxLine turns line breaks and runs of spaces into single spaces.
func docxLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// docxLanguage maps the meeting's language letter to a language tag.
func docxLanguage(code string) string {
	switch strings.ToUpper(strings.TrimSpace(code)) {
	case "E":
		return "en-GB"
	case "F":
		return "fr-FR"
	case "S":
		return "es-ES"
	}
	return ""
}
