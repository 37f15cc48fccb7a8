package export

import (
	"strconv"
	"strings"

	"rapporteur/draft"
)

// reportLines returns the lines of the Word export of r, keyed so that the
// same part of two versions has the same key.
func reportLines(r *draft.Report) []wordLine {
	var out []wordLine
	d := &docxBody{r: r, n: r.Numbering(), collect: func(l wordLine) {
		l.key = l.ref.key()
		out = append(out, l)
	}}
	d.walk()
	settleKeys(out)
	return out
}

// settleKeys completes the keys of repeated headings with the paragraph
// they introduce, and makes every key unique by numbering repeats: two
// presentations with the same text are "ipres:4:Text" and "ipres:4:Text#2".
func settleKeys(lines []wordLine) {
	for i := range lines {
		k := lines[i].key
		if !strings.HasPrefix(k, "iagain:") && !strings.HasPrefix(k, "sagain:") {
			continue
		}
		for j := i + 1; j < len(lines); j++ {
			if strings.HasPrefix(lines[j].key, "par:") {
				lines[i].key += ":" + lines[j].key
				break
			}
		}
	}
	seen := make(map[string]int, len(lines))
	for i := range lines {
		l := &lines[i]
		if l.kind != linePara && l.kind != lineRow && l.kind != lineTable {
			continue
		}
		seen[l.key]++
		if n := seen[l.key]; n > 1 {
			l.key += "#" + strconv.Itoa(n)
		}
	}
}

// docBlock is a paragraph of the body or its agenda table.
type docBlock struct {
	line *wordLine
	rows []docRow // for a table
}

// docRow is a table row: its line and its cells.
type docRow struct {
	line  *wordLine
	cells []docCell
}

// docCell is a table cell: its line and its paragraphs.
type docCell struct {
	line  *wordLine
	paras []*wordLine
}

// blocks groups lines into the body's paragraphs and tables.
func blocks(lines []wordLine) []docBlock {
	var out []docBlock
	var tbl *docBlock
	for i := range lines {
		l := &lines[i]
		switch l.kind {
		case lineTable:
			out = append(out, docBlock{line: l})
			tbl = &out[len(out)-1]
		case lineTableEnd:
			tbl = nil
		case lineRow:
			if tbl != nil {
				tbl.rows = append(tbl.rows, docRow{line: l})
			}
		case lineCell:
			if tbl != nil && len(tbl.rows) > 0 {
				r := &tbl.rows[len(tbl.rows)-1]
				r.cells = append(r.cells, docCell{line: l})
			}
		case linePara:
			if tbl == nil {
				out = append(out, docBlock{line: l})
			} else if n := len(tbl.rows); n > 0 && len(tbl.rows[n-1].cells) > 0 {
				r := &tbl.rows[n-1]
				c := &r.cells[len(r.cells)-1]
				c.paras = append(c.paras, l)
			}
		}
	}
	return out
}

// pairKinds are the key prefixes of lines that carry no identity of their
// own (presentations, documents, points and annex paragraphs are known by
// their text): an old and a new one left unmatched under the same owner
// are taken for the same line edited when their words mostly agree.
var pairKinds = []string{"ipres:", "spres:", "apres:", "idoc:", "sdoc:", "iatt:", "satt:", "aatt:", "apara:"}

// pairEdited gives each new line of a pairKinds kind that matches no old
// key the key of an unmatched old line of the same kind and owner whose
// words mostly agree, in order.
func pairEdited(old, new []wordLine) {
	oldKeys := make(map[string]bool, len(old))
	for i := range old {
		oldKeys[old[i].key] = true
	}
	newKeys := make(map[string]bool, len(new))
	for i := range new {
		newKeys[new[i].key] = true
	}
	spare := map[string][]*wordLine{} // owner → unmatched old lines
	for i := range old {
		if o, ok := owner(old[i].key); ok && !newKeys[old[i].key] {
			spare[o] = append(spare[o], &old[i])
		}
	}
	for i := range new {
		n := &new[i]
		o, ok := owner(n.key)
		if !ok || oldKeys[n.key] {
			continue
		}
		for k, cand := range spare[o] {
			if cand != nil && similar(cand.text, n.text) {
				n.key = cand.key
				spare[o][k] = nil
				break
			}
		}
	}
}

// owner returns the kind and owner part of a pairable key, "apara:12:".
func owner(key string) (string, bool) {
	for _, p := range pairKinds {
		if strings.HasPrefix(key, p) {
			rest := key[len(p):]
			if c := strings.IndexByte(rest, ':'); c >= 0 {
				return p + rest[:c+1], true
			}
		}
	}
	return "", false
}

// similar reports whether at least half the words of the longer text are
// kept in the word difference of the two.
func similar(a, b string) bool {
	kept := 0
	for _, op := range draft.WordDiff(a, b) {
		if op.Op == draft.OpEqual {
			kept += len(strings.Fields(op.Text))
		}
	}
	longer := max(len(strings.Fields(a)), len(strings.Fields(b)))
	return longer > 0 && 2*kept >= longer
}
