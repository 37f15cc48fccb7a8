package docxtest

import (
	"fmt"
	"time"
)

// Counts tallies the revisions of a document.
type Counts struct {
	Inserted, Deleted     int // run-level w:ins and w:del
	MovedFrom, MovedTo    int // run-level w:moveFrom and w:moveTo
	InsertedMarks         int // paragraph marks inserted (w:ins or w:moveTo)
	DeletedMarks          int // paragraph marks deleted (w:del or w:moveFrom)
	Moves                 int // named moves (pairs of ranges)
	PropertyChanges       int // w:pPrChange and w:rPrChange
	RowsInserted, RowsDel int
	// Authors counts the revisions of each author.
	Authors map[string]int
}

// Total is the number of revisions of any kind.
func (c Counts) Total() int {
	return c.Inserted + c.Deleted + c.MovedFrom + c.MovedTo + c.InsertedMarks + c.DeletedMarks +
		c.PropertyChanges + c.RowsInserted + c.RowsDel
}

// Lint checks the revisions of a main document tree and counts them. It
// reports revision elements without an id or author, ids used twice, dates
// that are not ISO 8601, move ranges not closed or not paired by name
// (one source and one destination per name), moved content outside its
// range, deleted text outside a deletion and live text (w:t) inside a
// w:del; moved-away text keeps its w:t, as Word writes it.
func Lint(doc *Node) (Counts, []error) {
	l := &linter{ids: map[string]string{}, open: map[string]string{}, names: map[string][2]int{},
		c: Counts{Authors: map[string]int{}}}
	l.walk(doc, nil, "")
	for id, kind := range l.open {
		l.errorf("%s range %s never ends", kind, id)
	}
	for name, n := range l.names {
		if n[0] != 1 || n[1] != 1 {
			l.errorf("move %q has %d source and %d destination ranges, want one each", name, n[0], n[1])
		}
	}
	l.c.Moves = len(l.names)
	return l.c, l.errs
}

type linter struct {
	ids   map[string]string // revision id → element
	open  map[string]string // open move range id → "moveFrom" or "moveTo"
	names map[string][2]int // move name → source, destination ranges
	c     Counts
	errs  []error
}

func (l *linter) errorf(format string, args ...any) {
	if len(l.errs) < 50 {
		l.errs = append(l.errs, fmt.Errorf(format, args...))
	}
}

// walk visits n; in names the revision container n is inside ("del",
// "ins", "moveFrom", "moveTo" or "").
func (l *linter) walk(n, parent *Node, in string) {
	if n.Name.Local == "" || n.Name.Space != W {
		for _, k := range n.Kids {
			l.walk(k, n, in)
		}
		return
	}
	local := n.Name.Local
	switch local {
	case "ins", "del", "moveFrom", "moveTo":
		l.revision(n, local)
		l.count(n, parent, local)
		if parent != nil && !isMarker(parent) {
			if (local == "moveFrom" || local == "moveTo") && !l.inRange(local) {
				l.errorf("%s content (id %s) outside a %s range", local, n.Get("id"), local)
			}
			in = local
		}
	case "pPrChange", "rPrChange":
		l.revision(n, local)
		l.c.PropertyChanges++
		return // old properties: no content to check
	case "moveFromRangeStart", "moveToRangeStart":
		kind := local[:len(local)-len("RangeStart")]
		l.revision(n, local)
		l.open[n.Get("id")] = kind
		name := n.Get("name")
		if name == "" {
			l.errorf("%s %s has no name", local, n.Get("id"))
		}
		c := l.names[name]
		if kind == "moveFrom" {
			c[0]++
		} else {
			c[1]++
		}
		l.names[name] = c
	case "moveFromRangeEnd", "moveToRangeEnd":
		kind := local[:len(local)-len("RangeEnd")]
		id := n.Get("id")
		if l.open[id] != kind {
			l.errorf("%s %s ends no open %s range", local, id, kind)
		}
		delete(l.open, id)
	case "delText", "delInstrText":
		if in != "del" && in != "moveFrom" {
			l.errorf("w:%s outside a deletion: %q", local, textOf(n))
		}
	case "t", "instrText":
		if in == "del" { // moved text keeps w:t, as Word writes it
			l.errorf("w:%s inside a %s: %q", local, in, textOf(n))
		}
	}
	for _, k := range n.Kids {
		l.walk(k, n, in)
	}
	if local == "p" {
		l.markInRange(n)
	}
}

// markInRange checks that a moved paragraph mark, which stands at the end
// of its paragraph, lies inside a move range of its kind.
func (l *linter) markInRange(p *Node) {
	rpr := p.Path("pPr", "rPr")
	for _, kind := range []string{"moveFrom", "moveTo"} {
		if m := rpr.Child(kind); m != nil && !l.inRange(kind) {
			l.errorf("%s paragraph mark (id %s) outside a %s range", kind, m.Get("id"), kind)
		}
	}
}

func (l *linter) inRange(kind string) bool {
	for _, k := range l.open {
		if k == kind {
			return true
		}
	}
	return false
}

// revision checks a revision element's id, author and date.
func (l *linter) revision(n *Node, local string) {
	id := n.Get("id")
	switch {
	case id == "":
		l.errorf("w:%s without w:id", local)
	case l.ids[id] != "":
		l.errorf("w:id %s used by w:%s and w:%s", id, l.ids[id], local)
	default:
		l.ids[id] = local
	}
	a := n.Get("author")
	if a == "" {
		l.errorf("w:%s %s without w:author", local, id)
	}
	if local != "moveFromRangeStart" && local != "moveToRangeStart" {
		l.c.Authors[a]++
	}
	if d := n.Get("date"); n.Has("date") {
		if _, err := time.Parse(time.RFC3339, d); err != nil {
			l.errorf("w:%s %s: date %q is not ISO 8601", local, id, d)
		}
	}
}

func (l *linter) count(n, parent *Node, local string) {
	switch {
	case parent.Is("trPr") && local == "ins":
		l.c.RowsInserted++
	case parent.Is("trPr") && local == "del":
		l.c.RowsDel++
	case parent.Is("rPr") && (local == "ins" || local == "moveTo"):
		l.c.InsertedMarks++
	case parent.Is("rPr"):
		l.c.DeletedMarks++
	case local == "ins":
		l.c.Inserted++
	case local == "del":
		l.c.Deleted++
	case local == "moveFrom":
		l.c.MovedFrom++
	case local == "moveTo":
		l.c.MovedTo++
	}
}

func textOf(n *Node) string {
	var s string
	for _, k := range n.Kids {
		s += k.Text
	}
	return s
}
