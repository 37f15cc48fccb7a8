package docxtest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Package is a .docx file's main document with the parts that give its
// list labels.
type Package struct {
	Document, Numbering, Styles *Node
	// Parts holds every part's bytes by name.
	Parts map[string][]byte
}

// Read opens a .docx package held in data.
func Read(data []byte) (*Package, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("docxtest: %w", err)
	}
	p := &Package{Parts: map[string][]byte{}}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("docxtest: %s: %w", f.Name, err)
		}
		b, err := io.ReadAll(io.LimitReader(rc, 256<<20))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("docxtest: %s: %w", f.Name, err)
		}
		p.Parts[f.Name] = b
	}
	for name, dst := range map[string]**Node{"word/document.xml": &p.Document, "word/numbering.xml": &p.Numbering, "word/styles.xml": &p.Styles} {
		b, ok := p.Parts[name]
		if !ok {
			continue
		}
		if *dst, err = Parse(b); err != nil {
			return nil, fmt.Errorf("docxtest: %s: %w", name, err)
		}
	}
	if p.Document == nil {
		return nil, fmt.Errorf("docxtest: no word/document.xml")
	}
	return p, nil
}

// Lines returns the document read on one side, one line per paragraph:
//
//	T1.R2.C1 AgendaEntry/right | 5-9
//	NumberedParagraph | 37.→The Secretariat introduced …
//
// A paragraph inside a table is prefixed by its table, row and cell
// (1-based, nested tables joined); then come its style ("Normal" when it
// names none), its alignment when set, and its text with its list label
// and the label's suffix. A tab shows as →, a line break as ⏎, italic text
// between ‹ and ›.
func (p *Package) Lines(side Side) []string {
	doc := Apply(p.Document, side)
	nb := newNumbering(p.Numbering, p.Styles)
	var out []string
	body := doc.Child("body")
	if body == nil {
		return nil
	}
	lineBlocks(body, "", nb, &out)
	return out
}

func lineBlocks(n *Node, where string, nb *numbering, out *[]string) {
	tables := 0
	for _, k := range n.Kids {
		switch {
		case k.Is("p"):
			*out = append(*out, paraLine(k, where, nb))
		case k.Is("tbl"):
			tables++
			rows := 0
			for _, tr := range k.Kids {
				if !tr.Is("tr") {
					continue
				}
				rows++
				cells := 0
				for _, tc := range tr.Kids {
					if !tc.Is("tc") {
						continue
					}
					cells++
					lineBlocks(tc, fmt.Sprintf("%sT%d.R%d.C%d ", where, tables, rows, cells), nb, out)
				}
			}
		case k.Is("sdt"):
			if c := k.Child("sdtContent"); c != nil {
				lineBlocks(c, where, nb, out)
			}
		}
	}
}

func paraLine(p *Node, where string, nb *numbering) string {
	ppr := p.Child("pPr")
	style := ppr.Child("pStyle").Get("val")
	if style == "" {
		style = "Normal"
	}
	head := where + style
	if jc := ppr.Child("jc").Get("val"); jc != "" {
		head += "/" + jc
	}
	var b strings.Builder
	b.WriteString(nb.label(style, ppr))
	italic := false
	runs(p, &b, &italic)
	if italic {
		b.WriteString("›")
	}
	return head + " | " + shown.Replace(b.String())
}

// shown writes tabs and line breaks visibly.
var shown = strings.NewReplacer("\t", "→", "\n", "⏎")

// runs writes the text of the runs under n.
func runs(n *Node, b *strings.Builder, italic *bool) {
	for _, k := range n.Kids {
		switch {
		case k.Is("r"):
			it := isOn(k.Path("rPr", "i"))
			for _, c := range k.Kids {
				if c.Is("rPr") {
					continue
				}
				if t := runText(c); t != "" {
					if it != *italic {
						b.WriteString(map[bool]string{true: "‹", false: "›"}[it])
						*italic = it
					}
					b.WriteString(t)
				}
			}
		case k.Is("pPr"):
		case k.Name.Local != "":
			runs(k, b, italic) // hyperlinks, fields, revisions left in place
		}
	}
}

func runText(c *Node) string {
	switch {
	case c.Is("t"), c.Is("delText"):
		var s strings.Builder
		for _, x := range c.Kids {
			s.WriteString(x.Text)
		}
		if c.Is("delText") {
			return "[deleted:" + s.String() + "]"
		}
		return s.String()
	case c.Is("tab"):
		return "\t"
	case c.Is("br"), c.Is("cr"):
		return "\n"
	case c.Is("noBreakHyphen"):
		return "-"
	}
	return ""
}

// isOn reports whether a toggle property such as w:i is set.
func isOn(n *Node) bool {
	if n == nil {
		return false
	}
	switch n.Get("val") {
	case "0", "false", "off":
		return false
	}
	return true
}

// Diff returns a readable account of where two line lists differ, "" when
// they are equal: the first differing lines with a little context.
func Diff(got, want []string) string {
	if strings.Join(got, "\n") == strings.Join(want, "\n") {
		return ""
	}
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d lines, want %d; first difference at line %d:\n", len(got), len(want), i+1)
	for k := max(0, i-2); k < i; k++ {
		fmt.Fprintf(&b, "    %s\n", got[k])
	}
	for k := i; k < i+4; k++ {
		if k < len(got) {
			fmt.Fprintf(&b, "got %s\n", got[k])
		}
		if k < len(want) {
			fmt.Fprintf(&b, "want %s\n", want[k])
		}
	}
	return b.String()
}

// Revised returns, as Lines(AsIs) writes them, the paragraphs that carry a
// revision: revised runs, a revised mark, a property change, or a place in
// an inserted or deleted table row.
func (p *Package) Revised() []string {
	nb := newNumbering(p.Numbering, p.Styles)
	var out []string
	body := p.Document.Child("body")
	if body == nil {
		return nil
	}
	var rec func(n *Node, inRow bool)
	rec = func(n *Node, inRow bool) {
		for _, k := range n.Kids {
			switch {
			case k.Is("p"):
				line := paraLine(k, "", nb)
				if inRow || revised(k) {
					out = append(out, line)
				}
			case k.Is("tr"):
				tr := k.Child("trPr")
				rec(k, inRow || tr.Child("ins") != nil || tr.Child("del") != nil)
			case k.Name.Local != "":
				rec(k, inRow)
			}
		}
	}
	rec(body, false)
	return out
}

// revised reports whether paragraph p carries a revision of its own.
func revised(p *Node) bool {
	found := false
	p.Walk(func(n, parent *Node) bool {
		if n.Name.Space == W {
			switch n.Name.Local {
			case "ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange":
				found = true
			}
		}
		return !found
	})
	return found
}

// Loose rewrites lines for comparing a document another program saved:
// style names lower-cased to their letters and digits (LibreOffice writes
// "AgendaSubentry" for "AgendaSubEntry"), alignment dropped (it writes the
// style's alignment on each paragraph).
func Loose(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		head, text, _ := strings.Cut(l, " | ")
		if k := strings.LastIndex(head, "/"); k >= 0 {
			head = head[:k]
		}
		var h strings.Builder
		for _, r := range strings.ToLower(head) {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == ' ' || r == '.' {
				h.WriteRune(r)
			}
		}
		out[i] = h.String() + " | " + text
	}
	return out
}
