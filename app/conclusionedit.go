package app

import (
	"errors"

	"rapporteur/draft"
)

var errNoConclusion = errors.New("the item has no conclusion yet: Build one first")

// BuildConclusion builds the selected item's conclusion from its agenda, or
// rebuilds it keeping the bullets written or edited by hand.
func (e *Editor) BuildConclusion() error {
	it := e.Item()
	if it == nil {
		return errNoItem
	}
	e.beforeStructure()
	draft.Rebuild(e.rep, it, draft.BuildOptions{})
	e.words = e.rep.WordCount()
	e.structureChanged()
	return nil
}

// AddBullet appends an empty bullet to the selected item's conclusion,
// creating the conclusion when it has none.
func (e *Editor) AddBullet() error {
	it := e.Item()
	if it == nil {
		return errNoItem
	}
	e.beforeStructure()
	c := e.rep.AddConclusion(it)
	if _, err := e.rep.InsertBullet(c, len(c.Bullets), ""); err != nil {
		return err
	}
	e.structureChanged()
	return nil
}

func (e *Editor) conclusion() (*draft.Conclusion, error) {
	it := e.Item()
	if it == nil {
		return nil, errNoItem
	}
	if it.Conclusion == nil {
		return nil, errNoConclusion
	}
	return it.Conclusion, nil
}

// MoveBullet moves bullet from to position to; punctuation follows.
func (e *Editor) MoveBullet(from, to int) error {
	c, err := e.conclusion()
	if err != nil {
		return err
	}
	if to < 0 || to >= len(c.Bullets) {
		return nil
	}
	e.beforeStructure()
	if err := c.MoveBullet(from, to); err != nil {
		return err
	}
	e.structureChanged()
	return nil
}

// DeleteBullet removes bullet i.
func (e *Editor) DeleteBullet(i int) error {
	c, err := e.conclusion()
	if err != nil {
		return err
	}
	e.beforeStructure()
	if _, err := c.DeleteBullet(i); err != nil {
		return err
	}
	e.words = e.rep.WordCount()
	e.structureChanged()
	return nil
}

// SetBulletVerb makes bullet i open with verb.
func (e *Editor) SetBulletVerb(i int, verb string) error {
	c, err := e.conclusion()
	if err != nil {
		return err
	}
	if i < 0 || i >= len(c.Bullets) {
		return nil
	}
	if v, _ := draft.LeadingVerb(c.Bullets[i].Text); v == verb {
		return nil
	}
	e.beforeStructure()
	draft.SetVerb(c.Bullets[i], verb)
	e.words = e.rep.WordCount()
	e.structureChanged()
	return nil
}

// setBulletText is a keystroke in a bullet: like a paragraph's, it costs
// nothing that grows with the report.
func (e *Editor) setBulletText(b *draft.Bullet, text string) {
	old := b.Text
	if draft.StripPunctuation(text) == old {
		return
	}
	if !e.hist.typingIn(b.ID) {
		e.hist.push(typing{id: b.ID, text: old, bullet: true})
	}
	b.SetText(text)
	e.words += draft.Words(b.Text) - draft.Words(old)
	e.changed()
}
