package ingest

import (
	"encoding/xml"
	"errors"
	"strings"
)

// skipped are elements whose content is not part of the text a reader sees:
// tracked formatting changes, tab-stop definitions, deleted text and the
// fallback copy of a drawing's text.
var skipped = map[string]bool{
	"pPrChange": true, "rPrChange": true, "tabs": true, "delText": true,
	"instrText": true, "Fallback": true, "del": true,
}

// docxPara is a paragraph being read.
type docxPara struct {
	style string
	num   numRef
	text  strings.Builder
}

// bodyReader turns word/document.xml into lines: one paragraph to a line
// (soft line breaks kept as wrapped lines), numbering labels resolved, and a
// table row to "number title range" followed by the cells' further lines.
type bodyReader struct {
	lists     *listNumbering
	styleKind func(style string) string // "title", "heading1", "heading2" or ""
	skipTitle bool                      // drop title-block paragraphs (meeting read from properties)

	out     []string // finished blocks, each one or more lines
	paras   []*docxPara
	skip    int
	inT     int
	inNumPr bool
	sawBody bool
	tables  int
	row     [][]string // cells of the current top-level row, each its lines
	header  bool       // the current row is a repeated header row ("Item … Paragraphs")
}

func (br *bodyReader) read(data []byte) error {
	err := newXMLWalker("word/document.xml", data).walk(br.start, br.end, br.text)
	if err != nil {
		return err
	}
	if !br.sawBody {
		return errors.New("word/document.xml has no body (w:body)")
	}
	return nil
}

func (br *bodyReader) start(e xml.StartElement) error {
	if skipped[e.Name.Local] {
		br.skip++
	}
	if br.skip > 0 {
		return nil
	}
	p := br.para()
	switch {
	case isW(e.Name, "body"):
		br.sawBody = true
	case isW(e.Name, "p"):
		br.paras = append(br.paras, &docxPara{})
	case isW(e.Name, "t"):
		br.inT++
	case p == nil:
	case isW(e.Name, "tab"):
		p.text.WriteByte(' ')
	case isW(e.Name, "br"), isW(e.Name, "cr"):
		p.text.WriteByte('\n')
	case isW(e.Name, "noBreakHyphen"):
		p.text.WriteByte('-')
	case isW(e.Name, "pStyle"):
		p.style = wAttr(e, "val")
	case isW(e.Name, "numPr"):
		br.inNumPr = true
		p.num.set = true
	case isW(e.Name, "numId") && br.inNumPr:
		p.num.numID = wAttr(e, "val")
	case isW(e.Name, "ilvl") && br.inNumPr:
		p.num.level, _ = levelIndex(wAttr(e, "val"))
	}
	br.tableStart(e)
	return nil
}

func (br *bodyReader) tableStart(e xml.StartElement) {
	switch {
	case isW(e.Name, "tbl"):
		br.tables++
	case isW(e.Name, "tr") && br.tables == 1:
		br.row, br.header = [][]string{}, false
	case isW(e.Name, "tblHeader") && br.tables == 1 && br.row != nil:
		br.header = wAttr(e, "val") != "0" && wAttr(e, "val") != "false"
	case isW(e.Name, "tc") && br.tables == 1 && br.row != nil:
		br.row = append(br.row, nil)
	}
}

func (br *bodyReader) end(e xml.EndElement) {
	if br.skip > 0 {
		if skipped[e.Name.Local] {
			br.skip--
		}
		return
	}
	switch {
	case isW(e.Name, "t"):
		br.inT--
	case isW(e.Name, "numPr"):
		br.inNumPr = false
	case isW(e.Name, "p") && len(br.paras) > 0:
		p := br.paras[len(br.paras)-1]
		br.paras = br.paras[:len(br.paras)-1]
		br.finish(p)
	case isW(e.Name, "tr") && br.tables == 1:
		br.finishRow()
	case isW(e.Name, "tbl"):
		br.tables--
	}
}

func (br *bodyReader) text(b []byte) {
	if br.skip == 0 && br.inT > 0 {
		if p := br.para(); p != nil {
			p.text.Write(b)
		}
	}
}

func (br *bodyReader) para() *docxPara {
	if len(br.paras) == 0 {
		return nil
	}
	return br.paras[len(br.paras)-1]
}

// finish turns a read paragraph into its line(s) and places them.
func (br *bodyReader) finish(p *docxPara) {
	kind := br.styleKind(p.style)
	label := br.lists.label(p.style, p.num)
	text := cleanLines(p.text.String())
	if text == "" || (br.skipTitle && kind == "title") {
		return
	}
	if label != "" {
		text = label + " " + text
	}
	if kind == "heading1" {
		text = itemHeading(text)
	}
	if br.tables > 0 {
		if n := len(br.row); n > 0 {
			br.row[n-1] = append(br.row[n-1], text)
		}
		return
	}
	br.out = append(br.out, text)
}

// finishRow writes a table row: the first line of each cell joined ("XIV.",
// "Upcoming events", "142-146" → "XIV. Upcoming events 142-146"), then the
// other lines of the cells in order (categories, sub-items).
func (br *bodyReader) finishRow() {
	if br.header {
		br.row = nil
		return
	}
	var head []string
	var rest []string
	for _, cell := range br.row {
		if len(cell) == 0 {
			continue
		}
		head = append(head, strings.ReplaceAll(cell[0], "\n", " "))
		rest = append(rest, cell[1:]...)
	}
	if len(head) > 0 {
		br.out = append(br.out, strings.Join(head, " "))
	}
	br.out = append(br.out, rest...)
	br.row = nil
}

// cleanLines trims each line of a paragraph, collapses runs of spaces and
// drops empty lines.
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
