package ingest

import (
	"fmt"
	"sort"
	"strings"
)

// Tracked changes. The reader keeps, for every paragraph that has any, the
// text of every segment (kept, inserted, deleted) with the revision that
// made it, the revision of its paragraph mark, and its label and style
// with the changes rejected. The document as it reads with the changes
// accepted (accepted) and as it read before them (rejected) both come
// from that one pass; revisions carry their author and date.

// revKind is what a tracked change did.
type revKind uint8

// The kinds of tracked change.
const (
	revInsert   revKind = iota + 1 // w:ins
	revDelete                      // w:del
	revMoveFrom                    // w:moveFrom: where moved text was
	revMoveTo                      // w:moveTo: where it went
	revFormat                      // w:rPrChange, w:pPrChange and the other property changes
)

// String names the kind as the warning prints it.
func (k revKind) String() string {
	return map[revKind]string{revInsert: "insertion", revDelete: "deletion", revMoveFrom: "move",
		revMoveTo: "move", revFormat: "formatting change"}[k]
}

// removesOnAccept reports whether accepting the change removes what it marks.
func (k revKind) removesOnAccept() bool { return k == revDelete || k == revMoveFrom }

// removesOnReject reports whether rejecting the change removes what it marks.
func (k revKind) removesOnReject() bool { return k == revInsert || k == revMoveTo }

// revision is one tracked change.
type revision struct {
	kind   revKind
	id     string // w:id
	author string
	date   string // w:date as written, ISO 8601
}

// revisionTable holds the revisions of a document.
type revisionTable struct {
	list []revision
}

// add records a revision and returns its index.
func (t *revisionTable) add(kind revKind, id, author, date string) int32 {
	t.list = append(t.list, revision{kind: kind, id: id, author: author, date: date})
	return int32(len(t.list) - 1)
}

// summary says how many revisions by which authors: "3 tracked changes (2
// insertions, 1 deletion) by Ana Ferreira and Secretariat". A move counts
// once, though Word marks both its ends.
func (t *revisionTable) summary() string {
	if len(t.list) == 0 {
		return ""
	}
	kinds := map[string]int{}
	authors := map[string]bool{}
	n := 0
	for _, r := range t.list {
		if r.kind == revMoveTo {
			continue
		}
		n++
		kinds[r.kind.String()]++
		a := r.author
		if a == "" {
			a = "an unnamed author"
		}
		authors[a] = true
	}
	var ks []string
	for k, c := range kinds {
		ks = append(ks, plural(c, k))
	}
	sort.Strings(ks)
	var as []string
	for a := range authors {
		as = append(as, a)
	}
	sort.Strings(as)
	return fmt.Sprintf("%s (%s) by %s", plural(n, "tracked change"), strings.Join(ks, ", "), joinAnd(as))
}

// plural writes "1 deletion", "2 deletions".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprint(n) + " " + what + "s"
}

// joinAnd joins names as a sentence does: "A", "A and B", "A, B and C".
func joinAnd(s []string) string {
	if len(s) <= 1 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// paraRevs is a paragraph's tracked changes.
type paraRevs struct {
	all      string    // the text of every segment in order: kept, inserted and deleted
	spans    []revSpan // the segments of all
	mark     int32     // the revision that inserted or deleted the paragraph mark; -1 none
	rejLabel listLabel // the list label with the changes rejected
	rejHint  styleHint // the style hint with the changes rejected (w:pPrChange)
	rejSet   bool      // rejLabel and rejHint differ from the accepted ones
}

// revSpan is a segment of a paragraph's text: where it ends in all, the
// innermost revision that marks it (-1 none), and in which readings it is
// present (text inserted and then deleted is in neither).
type revSpan struct {
	end      int32
	rev      int32
	accepted bool
	rejected bool
}

// reading returns the paragraph's text with the changes accepted or
// rejected.
func (r *paraRevs) reading(accepted bool) string {
	var b strings.Builder
	start := int32(0)
	for _, s := range r.spans {
		if (accepted && s.accepted) || (!accepted && s.rejected) {
			b.WriteString(r.all[start:s.end])
		}
		start = s.end
	}
	return b.String()
}

// markGone reports whether the paragraph's mark is gone in the reading
// (deleted and accepted, or inserted and rejected): its text then runs on
// into the next paragraph.
func (p *wordPara) markGone(t *revisionTable, accepted bool) bool {
	r := p.revisions()
	if r == nil || r.mark < 0 {
		return false
	}
	k := t.list[r.mark].kind
	return (accepted && k.removesOnAccept()) || (!accepted && k.removesOnReject())
}

// rowGone reports whether the paragraph's table row is gone in the reading.
func (p *wordPara) rowGone(t *revisionTable, accepted bool) bool {
	if p.cell == nil || p.cell.rowRev < 0 {
		return false
	}
	k := t.list[p.cell.rowRev].kind
	return (accepted && k.removesOnAccept()) || (!accepted && k.removesOnReject())
}

// reading returns the main part's paragraphs as the document reads with
// its tracked changes accepted (accepted true) or rejected: text from the
// segments present in that reading, a paragraph whose mark is gone run on
// into the next, rows that are gone left out, labels and hints of that
// reading. A document without revisions is returned as it is.
func (d *wordDoc) reading(accepted bool) []wordPara {
	if len(d.revs.list) == 0 {
		return d.paras
	}
	out := make([]wordPara, 0, len(d.paras))
	var run runOn
	for _, p := range d.paras {
		if p.rowGone(&d.revs, accepted) {
			continue
		}
		q := p
		if r := p.revisions(); r != nil {
			q.text = r.reading(accepted)
			if !accepted && r.rejSet {
				q.list, q.label, q.hint = r.rejLabel, r.rejLabel.text, r.rejHint
			}
		}
		if p.markGone(&d.revs, accepted) {
			run.add(q)
			continue
		}
		run.into(&q)
		if q.text == "" && q.label == "" && !q.x.attached() {
			continue
		}
		out = append(out, q)
	}
	switch n := len(out); { // the last mark of a part cannot go: keep the text
	case n > 0:
		run.onto(&out[n-1])
	case len(run.texts) > 0:
		q := run.last
		run.into(&q)
		out = append(out, q)
	}
	return out
}

// runOn gathers the paragraphs whose marks are gone, to run them on into
// the next paragraph that stays: their texts and their notes and comments,
// joined once there (a long run of joined paragraphs costs its length, not
// its square).
type runOn struct {
	texts  []string
	extras []*paraExtra
	last   wordPara
}

func (r *runOn) add(q wordPara) {
	r.last = q
	r.texts = append(r.texts, q.text)
	if q.x.attached() {
		r.extras = append(r.extras, q.x)
	}
}

// into puts the gathered paragraphs before q's text.
func (r *runOn) into(q *wordPara) {
	if len(r.texts) == 0 {
		return
	}
	if q.place != r.last.place {
		q.text = strings.Join(r.texts, "") + q.text
		q.x = joinExtras(append(r.extras, q.x))
	} else { // q is the last gathered paragraph itself
		q.text = strings.Join(r.texts, "")
		q.x = joinExtras(append(r.extras, nil))
	}
	r.texts, r.extras = r.texts[:0], r.extras[:0]
}

// onto puts the gathered paragraphs after q's text.
func (r *runOn) onto(q *wordPara) {
	if len(r.texts) == 0 {
		return
	}
	q.text += strings.Join(r.texts, "")
	q.x = joinExtras(append([]*paraExtra{q.x}, r.extras...))
	r.texts, r.extras = nil, nil
}

// attached reports whether notes or comments are anchored here.
func (x *paraExtra) attached() bool { return x != nil && len(x.notes)+len(x.comments) > 0 }

// joinExtras returns the notes and comments of xs together, with the
// revisions of the last, in a record of its own (the paragraphs' own
// records are left as they are); the last itself when the others add
// nothing.
func joinExtras(xs []*paraExtra) *paraExtra {
	last := xs[len(xs)-1]
	add := false
	for _, x := range xs[:len(xs)-1] {
		add = add || x.attached()
	}
	if !add {
		return last
	}
	j := &paraExtra{}
	if last != nil {
		j.rev = last.rev
	}
	for _, x := range xs {
		if x != nil {
			j.notes = append(j.notes, x.notes...)
			j.comments = append(j.comments, x.comments...)
		}
	}
	return j
}
