package ingest

import (
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"

	"rapporteur/draft"
)

// docxText converts a .docx file into the text form that Text parses: the
// meeting header from the document's custom properties, then one block per
// paragraph or table row, blocks separated by blank lines.
func docxText(data []byte) (string, error) {
	parts, err := openDocx(data)
	if err != nil {
		return "", err
	}
	lists := newListNumbering()
	names := map[string]string{}
	if parts.numbering != nil {
		if err := lists.parseNumbering(parts.numbering); err != nil {
			return "", err
		}
	}
	if parts.styles != nil {
		if err := lists.parseStyles(parts.styles); err != nil {
			return "", err
		}
		if names, err = styleNames(parts.styles); err != nil {
			return "", err
		}
	}
	header, err := meetingHeader(parts.custom)
	if err != nil {
		return "", err
	}
	br := &bodyReader{lists: lists, skipTitle: header != "", styleKind: func(s string) string {
		return styleKind(s, names[s])
	}}
	if err := br.read(parts.document); err != nil {
		return "", err
	}
	var b strings.Builder
	if header != "" {
		b.WriteString(header)
		b.WriteString("\n")
	}
	for _, block := range br.out {
		b.WriteString(block)
		b.WriteString("\n\n")
	}
	return b.String(), nil
}

// styleNames maps paragraph style IDs to their names ("Heading1" → "heading 1").
func styleNames(data []byte) (map[string]string, error) {
	names := map[string]string{}
	id := ""
	start := func(e xml.StartElement) error {
		if isW(e.Name, "style") {
			id = wAttr(e, "styleId")
		} else if isW(e.Name, "name") && id != "" {
			names[id] = strings.ToLower(wAttr(e, "val"))
		}
		return nil
	}
	end := func(e xml.EndElement) {
		if isW(e.Name, "style") {
			id = ""
		}
	}
	return names, newXMLWalker("word/styles.xml", data).walk(start, end, nil)
}

// styleKind tells title and heading styles by ID or name, as Word, LibreOffice
// and localised templates spell them.
func styleKind(id, name string) string {
	for _, s := range []string{strings.ToLower(id), name} {
		switch strings.ReplaceAll(s, " ", "") {
		case "title", "subtitle":
			return "title"
		case "heading1":
			return "heading1"
		case "heading2":
			return "heading2"
		}
	}
	return ""
}

var romanHeading = regexp.MustCompile(`^([IVXLC]+)\s*[.):]?\s*(?:[–—-]\s*)?(\S.*)$`)

// itemHeading gives a first-level heading the "ITEM n – TITLE" form the text
// importer knows: "IV. Cross-border framework" → "ITEM IV – Cross-border
// framework". Headings that already say ITEM or ANNEX, or carry no Roman
// number, are kept as they are.
func itemHeading(text string) string {
	up := strings.ToUpper(text)
	if strings.HasPrefix(up, "ITEM ") || strings.HasPrefix(up, "ANNEX") {
		return text
	}
	m := romanHeading.FindStringSubmatch(text)
	if m == nil {
		return text
	}
	if _, ok := draft.ParseRoman(m[1]); !ok {
		return text
	}
	return "ITEM " + m[1] + " – " + m[2]
}

// meetingHeader reads the meeting properties of docProps/custom.xml into
// "Key: value" lines; "" when there are none.
func meetingHeader(data []byte) (string, error) {
	if data == nil {
		return "", nil
	}
	props := map[string]string{}
	name := ""
	var val strings.Builder
	start := func(e xml.StartElement) error {
		if e.Name.Local == "property" {
			name = ""
			val.Reset()
			for _, a := range e.Attr {
				if a.Name.Local == "name" {
					name = a.Value
				}
			}
		}
		return nil
	}
	end := func(e xml.EndElement) {
		if e.Name.Local == "property" && name != "" {
			props[name] = strings.Join(strings.Fields(val.String()), " ")
			name = ""
		}
	}
	text := func(b []byte) {
		if name != "" && val.Len() < 4096 {
			val.Write(b)
		}
	}
	if err := newXMLWalker("docProps/custom.xml", data).walk(start, end, text); err != nil {
		return "", err
	}
	var b strings.Builder
	// The meeting details travel as custom document properties named like
	// the text header's lines (draft.Meeting.Fields), as export.DOCX writes
	// them; Word shows them under File › Properties › Custom.
	var m draft.Meeting
	for _, f := range m.Fields() {
		if v := props[f.Label]; v != "" {
			fmt.Fprintf(&b, "%s: %s\n", f.Label, v)
		}
	}
	return b.String(), nil
}
