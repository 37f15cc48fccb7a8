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
	return e.edit(restructure{do: func(r *draft.Report) error {
		draft.Rebuild(r, it, draft.BuildOptions{})
		return nil
	}})
}

// AddBullet appends an empty bullet to the selected item's conclusion,
// creating the conclusion when it has none.
func (e *Editor) AddBullet() error {
	it := e.Item()
	if it == nil {
		return errNoItem
	}
	var b *draft.Bullet
	err := e.edit(restructure{do: func(r *draft.Report) error {
		c := r.AddConclusion(it)
		var err error
		b, err = r.InsertBullet(c, len(c.Bullets), "")
		return err
	}})
	if err != nil {
		return err
	}
	// The cursor goes into the new bullet, scrolled into view: it stayed in
	// the paragraph it was in, where the bullet's text then went.
	e.concl.scroll.ScrollToBottom()
	if ent := e.concl.bullets[b.ID]; ent != nil {
		e.win.Canvas().Focus(ent)
	}
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
	return e.edit(restructure{do: func(*draft.Report) error { return c.MoveBullet(from, to) }})
}

// DeleteBullet removes bullet i.
func (e *Editor) DeleteBullet(i int) error {
	c, err := e.conclusion()
	if err != nil {
		return err
	}
	return e.edit(restructure{do: func(*draft.Report) error {
		_, err := c.DeleteBullet(i)
		return err
	}})
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
	b := c.Bullets[i]
	return e.edit(restructure{do: func(*draft.Report) error {
		draft.SetVerb(b, verb)
		return nil
	}})
}

// setBulletText is a keystroke in bullet b, through the edit path: like a
// paragraph's, it costs nothing that grows with the report.
func (e *Editor) setBulletText(b *draft.Bullet, text string) {
	e.edit(typed{at: bulletAt(b.ID), text: text})
}
