package ingest

import (
	"bytes"
	"regexp"
	"strings"

	"rapporteur/draft"
)

// docxText converts a .docx file into the text form that Text parses: the
// meeting header from the document's custom properties, then one block per
// paragraph or table row, blocks separated by blank lines. It is the
// interim path to the structure reader, which reads text.
func docxText(data []byte) (string, error) {
	if len(data) > maxDocxInput {
		return "", errTooLarge(int64(len(data)))
	}
	doc, err := readDocx(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", err
	}
	return doc.text(), nil
}

// text writes the document as text: each paragraph of the accepted reading
// with its list label before it; a first-level heading with a Roman number
// as an "ITEM n – Title" line; a top-level table row as the first lines of
// its cells joined, then the cells' further lines. With meeting properties
// the title block (Title and Subtitle paragraphs) is left to them.
func (d *wordDoc) text() string {
	var b strings.Builder
	for _, m := range d.meeting {
		b.WriteString(m)
		b.WriteByte('\n')
	}
	if len(d.meeting) > 0 {
		b.WriteByte('\n')
	}
	paras := d.reading(true)
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		if p.cell != nil {
			j := i + 1
			for j < len(paras) && sameTopRow(paras[j].cell, p.cell) {
				j++
			}
			writeRow(&b, paras[i:j])
			i = j - 1
			continue
		}
		if len(d.meeting) > 0 && p.hint.kind == hintTitle {
			continue
		}
		text := cleanLines(joinLabel(p.label, p.text))
		if text == "" {
			continue
		}
		if p.hint.kind == hintHeading && p.hint.level == 1 {
			text = itemHeading(text)
		}
		b.WriteString(text)
		b.WriteString("\n\n")
	}
	return b.String()
}

// sameTopRow reports whether c stands in the top-level table row of first.
func sameTopRow(c, first *cellPlace) bool {
	return c != nil && c.topTable == first.topTable && c.topRow == first.topRow
}

// writeRow writes a table row: the first line of each cell of the
// top-level row joined ("XIV.", "Upcoming events", "142-146" → "XIV.
// Upcoming events 142-146"), then the other lines of its cells in order
// (categories, sub-items, nested tables).
func writeRow(b *strings.Builder, row []wordPara) {
	var head, rest []string
	for _, p := range row {
		text := cleanLines(joinLabel(p.label, p.text))
		if text == "" {
			continue
		}
		if p.cell.depth == 1 && p.cell.first {
			first, more, _ := strings.Cut(text, "\n")
			head = append(head, first)
			if more != "" {
				rest = append(rest, more)
			}
			continue
		}
		rest = append(rest, text)
	}
	if len(head) > 0 {
		b.WriteString(strings.Join(head, " "))
		b.WriteString("\n\n")
	}
	for _, r := range rest {
		b.WriteString(r)
		b.WriteString("\n\n")
	}
}

// cleanLines trims each line of a paragraph, collapses runs of white space
// and drops empty lines.
func cleanLines(s string) string {
	lines := strings.Split(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if f := strings.Join(strings.Fields(l), " "); f != "" {
			kept = append(kept, f)
		}
	}
	return strings.Join(kept, "\n")
}

// romanHeading is a Roman item number as a whole token followed by a
// separator: ". ", " – " (or a hyphen or em dash), a tab. "Introduction",
// "CONCLUSIONS" and "LIST OF PARTICIPANTS" are not item numbers.
var romanHeading = regexp.MustCompile(`^([IVXLC]+)(?:\.\s+|\s*[–—-]\s+|\t\s*)(\S.*)$`)

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

// meetingLines writes the meeting properties as the text header's "Key:
// value" lines. The meeting details travel as custom document properties
// named like the text header's lines (draft.Meeting.Fields), as export.DOCX
// writes them; Word shows them under File › Properties › Custom.
func meetingLines(props map[string]string) []string {
	var out []string
	var m draft.Meeting
	for _, f := range m.Fields() {
		if v := props[f.Label]; v != "" {
			out = append(out, f.Label+": "+v)
		}
	}
	return out
}
