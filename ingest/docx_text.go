package ingest

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

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
	return string(doc.text()), nil
}

// text writes the document as text as it reads with its tracked changes
// accepted (see textOf).
func (d *wordDoc) text() []byte { return d.textOf(d.reading(true)) }

// textOf writes paragraphs of one reading as text: each paragraph with its
// list label before it; a first-level heading with a Roman number
// as an "ITEM n – Title" line; a top-level table row as the first lines of
// its cells joined, then the cells' further lines. With meeting properties
// the title block (Title and Subtitle paragraphs) is left to them. The
// text is written once, into a buffer of its final size.
func (d *wordDoc) textOf(paras []wordPara) []byte {
	size := 0
	for _, m := range d.meeting {
		size += len(m) + 2
	}
	for _, p := range paras {
		size += len(p.label) + len(p.text) + 3
	}
	b := make([]byte, 0, size+64)
	for _, m := range d.meeting {
		b = append(append(b, m...), '\n')
	}
	if len(d.meeting) > 0 {
		b = append(b, '\n')
	}
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		switch {
		case p.cell != nil:
			j := i + 1
			for j < len(paras) && sameTopRow(paras[j].cell, p.cell) {
				j++
			}
			b = appendRow(b, paras[i:j])
			i = j - 1
		case len(d.meeting) > 0 && p.hint.kind == hintTitle:
		case p.hint.kind == hintHeading && p.hint.level == 1:
			b = appendBlock(b, itemHeading(cleanLines(joinLabel(p.label, p.text))))
		default:
			b = appendBlock(b, p.label, p.text)
		}
	}
	return b
}

// appendBlock appends the cleaned text of parts (a label and a text,
// joined by a space) and a blank line; nothing when they are empty.
func appendBlock(b []byte, parts ...string) []byte {
	n := len(b)
	for _, s := range parts {
		if len(b) > n && s != "" {
			b = append(b, ' ')
		}
		b = appendClean(b, s)
	}
	if len(b) == n {
		return b
	}
	return append(b, '\n', '\n')
}

// appendClean appends s with each line trimmed, runs of white space
// collapsed to one space and empty lines dropped.
func appendClean(b []byte, s string) []byte {
	start := len(b)
	space, newline := false, false
	for _, c := range s {
		switch {
		case c == '\n':
			newline = newline || len(b) > start
			space = false
		case unicode.IsSpace(c):
			space = true
		default:
			if newline {
				b = append(b, '\n')
			} else if space && len(b) > start {
				b = append(b, ' ')
			}
			space, newline = false, false
			b = utf8.AppendRune(b, c)
		}
	}
	return b
}

// sameTopRow reports whether c stands in the top-level table row of first.
func sameTopRow(c, first *cellPlace) bool {
	return c != nil && c.topTable == first.topTable && c.topRow == first.topRow
}

// appendRow writes a table row: the first line of each cell of the
// top-level row joined ("XIV.", "Upcoming events", "142-146" → "XIV.
// Upcoming events 142-146"), then the other lines of its cells in order
// (categories, sub-items, nested tables).
func appendRow(b []byte, row []wordPara) []byte {
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
		b = appendBlock(b, strings.Join(head, " "))
	}
	for _, r := range rest {
		b = appendBlock(b, r)
	}
	return b
}

// cleanLines trims each line of a paragraph, collapses runs of white space
// and drops empty lines.
func cleanLines(s string) string { return string(appendClean(nil, s)) }

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
