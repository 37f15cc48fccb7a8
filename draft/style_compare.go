package draft

// The parts of a report its house style keeps — the front matter, the
// footnotes and the style itself — compared as structural changes: the
// front matter and the style with the meeting details, the footnotes
// between the items and the annexes.

// The structural changes to the parts the house style keeps.
const (
	FrontChanged    StructKind = "front matter changed"
	StyleChanged    StructKind = "house style changed"
	FootnoteAdded   StructKind = "footnote added"
	FootnoteDeleted StructKind = "footnote deleted"
	FootnoteChanged StructKind = "footnote changed"
)

// footnoteGroup sorts footnote changes after every item, before the
// annexes.
const footnoteGroup = annexGroup - 1

// houseParts compares the front matter, the house style field by field and
// the footnotes.
func (c *Comparison) houseParts(old, new *Report) {
	if of, nf := old.Front, new.Front; of != nf && nfc(of) != nfc(nf) {
		c.add(StructChange{Kind: FrontChanged, Words: WordDiff(of, nf), group: -1})
	}
	os, ns := old.Style, new.Style
	nfs := ns.Fields()
	for k, f := range os.Fields() {
		ov, nv := styleValue(f.Key, *f.Value), styleValue(f.Key, *nfs[k].Value)
		if ov != nv {
			c.add(StructChange{Kind: StyleChanged, Style: f.Key, Old: ov, New: nv, group: -1})
		}
	}
	c.footnotes(old.Footnotes, new.Footnotes)
}

// styleValue returns a style field's value with the default spelled out,
// so that "" and "roman" are the same.
func styleValue(key, v string) string {
	if v != "" {
		return v
	}
	return map[string]string{"items": ItemsRoman, "sub_items": SubLower, "headings": HeadItem, "paragraphs": ParaInline}[key]
}

// footnotes compares two lists of footnotes, which carry no identity: a
// footnote with the same text is the same footnote (relabelled where its
// label changed); of the others, one with the same label is the same
// footnote changed; the rest are added or deleted.
func (c *Comparison) footnotes(old, new []Footnote) {
	usedOld := make([]bool, len(old))
	match := make([]int, len(new))
	for k := range match {
		match[k] = -1
	}
	for k, n := range new {
		for j, o := range old {
			if !usedOld[j] && nfc(o.Text) == nfc(n.Text) {
				usedOld[j], match[k] = true, j
				break
			}
		}
	}
	for k, n := range new {
		if match[k] >= 0 {
			continue
		}
		for j, o := range old {
			if !usedOld[j] && o.Label == n.Label {
				usedOld[j], match[k] = true, j
				break
			}
		}
	}
	for k, n := range new {
		sc := StructChange{Footnote: n.Label, group: footnoteGroup}
		j := match[k]
		switch {
		case j < 0:
			sc.Kind, sc.New = FootnoteAdded, n.Text
		case old[j].Label != n.Label && nfc(old[j].Text) == nfc(n.Text):
			sc.Kind, sc.Old, sc.New = FootnoteChanged, old[j].Label, n.Label
		case nfc(old[j].Text) != nfc(n.Text):
			sc.Kind, sc.Words = FootnoteChanged, WordDiff(old[j].Text, n.Text)
		default:
			continue
		}
		c.add(sc)
	}
	for j, o := range old {
		if !usedOld[j] {
			c.add(StructChange{Kind: FootnoteDeleted, Footnote: o.Label, Old: o.Text, group: footnoteGroup})
		}
	}
}
