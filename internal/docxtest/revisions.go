package docxtest

import "encoding/xml"

// Side names a reading of a document with tracked changes.
type Side int

// The readings of a document: as it is stored (revisions left in place),
// with every revision accepted, with every revision rejected.
const (
	AsIs Side = iota
	Accepted
	Rejected
)

func (s Side) String() string {
	switch s {
	case Accepted:
		return "accepted"
	case Rejected:
		return "rejected"
	}
	return "as is"
}

// Apply returns a copy of the document tree with every revision accepted
// or rejected, as Word's Accept All and Reject All do:
//   - run-level insertions (w:ins, w:moveTo) are kept or removed with their
//     content, deletions (w:del, w:moveFrom) removed or kept with their
//     w:delText turned back into w:t; move range markers go;
//   - a paragraph whose mark goes (a deleted mark accepted, an inserted one
//     rejected) joins the next paragraph of its container, which keeps its
//     own properties; with no paragraph after it (the end of a cell or of
//     the body, or a table next) it stays, as Word cannot remove it;
//   - a paragraph property change (w:pPrChange) is dropped or restores the
//     old properties, a run property change (w:rPrChange) likewise;
//   - a table row inserted or deleted (w:trPr/w:ins, w:del) stays or goes;
//     a table left without rows goes.
//
// AsIs returns the tree unchanged (a copy).
func Apply(doc *Node, side Side) *Node {
	if side == AsIs {
		return doc.Clone()
	}
	t := &transform{accept: side == Accepted, gone: map[*Node]bool{}}
	out := t.node(doc, nil, false)
	if len(out) != 1 {
		return &Node{Name: doc.Name}
	}
	return out[0]
}

type transform struct {
	accept bool
	// gone marks the (new) paragraphs whose mark is removed in this reading.
	gone map[*Node]bool
}

// isMarker reports whether a revision element under parent marks its
// parent (a paragraph mark, a row, a numbering property) rather than
// holding content.
func isMarker(parent *Node) bool {
	return parent.Is("rPr") || parent.Is("trPr") || parent.Is("numPr") || parent.Is("tcPr")
}

// kept reports whether content under a revision element of this name
// stays in this reading.
func (t *transform) kept(local string) bool {
	switch local {
	case "ins", "moveTo":
		return t.accept
	case "del", "moveFrom":
		return !t.accept
	}
	return true
}

func isRevision(local string) bool {
	return local == "ins" || local == "del" || local == "moveTo" || local == "moveFrom"
}

// node transforms n (a child of parent); inDel is set inside deleted
// content being restored.
func (t *transform) node(n, parent *Node, inDel bool) []*Node {
	if n.Name.Local == "" {
		return []*Node{{Text: n.Text}}
	}
	if n.Name.Space == W {
		switch l := n.Name.Local; {
		case l == "moveFromRangeStart" || l == "moveFromRangeEnd" || l == "moveToRangeStart" || l == "moveToRangeEnd":
			return nil
		case isRevision(l) && parent != nil && !isMarker(parent):
			if !t.kept(l) {
				return nil
			}
			return t.kids(n, inDel || l == "del" || l == "moveFrom")
		case isRevision(l): // a marker: it goes in either reading
			return nil
		case l == "pPrChange" || l == "rPrChange" || l == "trPrChange" || l == "tblPrChange" || l == "tcPrChange" || l == "sectPrChange":
			return nil
		case l == "tr" && t.rowGone(n):
			return nil
		case l == "delText" && inDel:
			return []*Node{t.renamed(n, "t", inDel)}
		case l == "delInstrText" && inDel:
			return []*Node{t.renamed(n, "instrText", inDel)}
		case l == "delText" || l == "delInstrText":
			return nil // deleted text outside a deletion: Lint reports it
		}
	}
	c := &Node{Name: n.Name, Attr: append([]xml.Attr(nil), n.Attr...)}
	src := n
	if !t.accept {
		src = t.restored(n)
	}
	c.Kids = t.kids(src, inDel)
	switch {
	case n.Is("p") && t.markGone(n):
		t.gone[c] = true
	case n.Is("tbl") && n.Child("tr") != nil && c.Child("tr") == nil:
		return nil
	}
	c.Kids = t.join(c.Kids)
	return []*Node{c}
}

func (t *transform) kids(n *Node, inDel bool) []*Node {
	var out []*Node
	for _, k := range n.Kids {
		out = append(out, t.node(k, n, inDel)...)
	}
	return out
}

func (t *transform) renamed(n *Node, local string, inDel bool) *Node {
	c := &Node{Name: xml.Name{Space: W, Local: local}, Attr: n.Attr}
	c.Kids = t.kids(n, inDel)
	return c
}

// restored returns n with a property change rejected: a w:pPr or w:rPr
// holding w:pPrChange or w:rPrChange takes the old properties, keeping
// what the change does not cover (the mark's run properties, the section).
func (t *transform) restored(n *Node) *Node {
	var change *Node
	switch {
	case n.Is("pPr"):
		change = n.Child("pPrChange")
	case n.Is("rPr"):
		change = n.Child("rPrChange")
	}
	if change == nil {
		return n
	}
	old := change.Child(n.Name.Local)
	r := &Node{Name: n.Name, Attr: n.Attr}
	if old != nil {
		r.Kids = append(r.Kids, old.Kids...)
	}
	if n.Is("pPr") {
		for _, k := range n.Kids {
			if k.Is("rPr") || k.Is("sectPr") {
				r.Kids = append(r.Kids, k)
			}
		}
	}
	return r
}

// markGone reports whether paragraph p's mark is removed in this reading.
func (t *transform) markGone(p *Node) bool {
	rpr := p.Path("pPr", "rPr")
	if rpr == nil {
		return false
	}
	for _, k := range rpr.Kids {
		if k.Name.Space == W && isRevision(k.Name.Local) && !t.kept(k.Name.Local) {
			return true
		}
	}
	return false
}

// rowGone reports whether table row tr is removed in this reading.
func (t *transform) rowGone(tr *Node) bool {
	trPr := tr.Child("trPr")
	if trPr == nil {
		return false
	}
	for _, k := range trPr.Kids {
		if (k.Is("ins") || k.Is("del")) && !t.kept(k.Name.Local) {
			return true
		}
	}
	return false
}

// join merges each paragraph whose mark is gone into the next paragraph
// among kids, which keeps its own properties. A paragraph with no
// paragraph after it stays, holding what was merged into it.
func (t *transform) join(kids []*Node) []*Node {
	var out, pending []*Node
	var last *Node // the last paragraph whose mark went, not yet placed
	flush := func() {
		if last != nil {
			last.Kids = append(props(last), pending...)
			out = append(out, last)
		}
		last, pending = nil, nil
	}
	for _, k := range kids {
		switch {
		case k.Is("p") && t.gone[k]:
			pending = append(pending, content(k)...)
			last = k
		case k.Is("p"):
			if last != nil {
				k.Kids = append(append(props(k), pending...), content(k)...)
				last, pending = nil, nil
			}
			out = append(out, k)
		case k.Is("tbl") || k.Is("sectPr") || k.Is("sdt"):
			flush()
			out = append(out, k)
		default: // white space, bookmarks and other markers between paragraphs
			out = append(out, k)
		}
	}
	flush()
	return out
}

// props returns a paragraph's w:pPr as a list (empty when it has none).
func props(p *Node) []*Node {
	if pr := p.Child("pPr"); pr != nil {
		return []*Node{pr}
	}
	return nil
}

// content returns a paragraph's children but its w:pPr.
func content(p *Node) []*Node {
	var out []*Node
	for _, k := range p.Kids {
		if !k.Is("pPr") {
			out = append(out, k)
		}
	}
	return out
}
