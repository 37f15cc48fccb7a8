package draft

import (
	"slices"
	"strings"
)

// AddConclusion gives the item an empty conclusion block if it has none and
// returns the item's conclusion.
func (r *Report) AddConclusion(it *Item) *Conclusion {
	if it.Conclusion == nil {
		it.Conclusion = &Conclusion{ID: r.NewID()}
	}
	return it.Conclusion
}

// InsertBullet inserts a hand-written bullet at position at. Any joining
// punctuation typed at its end is dropped: it is derived.
func (r *Report) InsertBullet(c *Conclusion, at int, text string) (*Bullet, error) {
	if err := checkInsert("bullet", at, len(c.Bullets)); err != nil {
		return nil, err
	}
	b := &Bullet{ID: r.NewID(), Text: StripPunctuation(text)}
	c.Bullets = insertAt(c.Bullets, at, b)
	return b, nil
}

// SetText changes a bullet's text; a built bullet becomes edited, so a
// rebuild keeps the rapporteur's words.
func (b *Bullet) SetText(text string) {
	t := StripPunctuation(text)
	if t == b.Text {
		return
	}
	b.Text = t
	if b.Rule != "" {
		b.Edited = true
	}
}

// MoveBullet moves a bullet within its conclusion; punctuation follows.
func (c *Conclusion) MoveBullet(from, to int) error {
	if err := checkIndex("bullet", from, len(c.Bullets)); err != nil {
		return err
	}
	if err := checkIndex("bullet", to, len(c.Bullets)); err != nil {
		return err
	}
	move(c.Bullets, from, to)
	return nil
}

// DeleteBullet removes bullet at and returns it.
func (c *Conclusion) DeleteBullet(at int) (*Bullet, error) {
	if err := checkIndex("bullet", at, len(c.Bullets)); err != nil {
		return nil, err
	}
	b := c.Bullets[at]
	c.Bullets = removeAt(c.Bullets, at)
	return b, nil
}

// InsertAnnex inserts an annex at position at; later annexes are renumbered.
func (r *Report) InsertAnnex(at int, title, body string) (*Annex, error) {
	if err := checkInsert("annex", at, len(r.Annexes)); err != nil {
		return nil, err
	}
	a := &Annex{ID: r.NewID(), Title: title, Body: body}
	r.Annexes = insertAt(r.Annexes, at, a)
	return a, nil
}

// MoveAnnex moves an annex to another position.
func (r *Report) MoveAnnex(from, to int) error {
	if err := checkIndex("annex", from, len(r.Annexes)); err != nil {
		return err
	}
	if err := checkIndex("annex", to, len(r.Annexes)); err != nil {
		return err
	}
	move(r.Annexes, from, to)
	return nil
}

// DeleteAnnex removes annex at and returns it.
func (r *Report) DeleteAnnex(at int) (*Annex, error) {
	if err := checkIndex("annex", at, len(r.Annexes)); err != nil {
		return nil, err
	}
	a := r.Annexes[at]
	r.Annexes = removeAt(r.Annexes, at)
	return a, nil
}

// AnnexNumber returns the Roman number of annex i (0-based).
func AnnexNumber(i int) string { return Roman(i + 1) }

// Paragraphs returns the body text of an annex split at blank lines.
func (a *Annex) Paragraphs() []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(a.Body, "\r\n", "\n"), "\n\n") {
		if t := strings.TrimSpace(p); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// Clone returns a deep copy of the report that shares nothing with it, IDs
// included: the way a version is frozen.
func (r *Report) Clone() *Report {
	c := &Report{Meeting: r.Meeting, FirstItem: r.FirstItem, FirstParagraph: r.FirstParagraph, lastID: r.lastID,
		Style: r.Style, Front: r.Front, Footnotes: slices.Clone(r.Footnotes)}
	for _, it := range r.Items {
		c.Items = append(c.Items, it.clone())
	}
	for _, a := range r.Annexes {
		cp := *a
		c.Annexes = append(c.Annexes, &cp)
	}
	return c
}

func (it *Item) clone() *Item {
	c := *it
	c.Docs = slices.Clone(it.Docs)
	c.Presentations = slices.Clone(it.Presentations)
	c.SubItems = make([]*SubItem, len(it.SubItems))
	for j, s := range it.SubItems {
		cs := *s
		cs.Docs = slices.Clone(s.Docs)
		cs.Presentations = slices.Clone(s.Presentations)
		cs.Attachments = slices.Clone(s.Attachments)
		c.SubItems[j] = &cs
	}
	c.Paragraphs = make([]*Paragraph, len(it.Paragraphs))
	for j, p := range it.Paragraphs {
		cp := *p
		cp.Notes = slices.Clone(p.Notes)
		c.Paragraphs[j] = &cp
	}
	if it.Conclusion != nil {
		cc := *it.Conclusion
		cc.Bullets = make([]*Bullet, len(it.Conclusion.Bullets))
		for j, b := range it.Conclusion.Bullets {
			cb := *b
			cc.Bullets[j] = &cb
		}
		c.Conclusion = &cc
	}
	return &c
}
