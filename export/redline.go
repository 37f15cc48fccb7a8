package export

import (
	"errors"
	"fmt"
	"io"

	"rapporteur/draft"
)

// RedlinePDF writes the comparison c as a redline in the house layout: the
// changes counted per item and the agenda, meeting and annex changes at its
// head, then the new report with inserted words underlined in blue, deleted
// words struck through in red, deleted paragraphs where they stood, a bar
// beside every changed paragraph and the old number beside the new one.
// With opt.ChangesOnly the body shows only what changed (see changesOnly).
func RedlinePDF(w io.Writer, c *draft.Comparison, opt Options) error {
	if c == nil || c.Old == nil || c.New == nil {
		return errors.New("export: redline: no comparison to write")
	}
	cov, err := covered()
	if err != nil {
		return err
	}
	pdf, err := newDocument(c.New.Meeting, opt, "Redline")
	if err != nil {
		return fmt.Errorf("export: redline: %w", err)
	}
	rb := newRedline(c, &cleaner{cov: cov, warn: opt.Warn})
	rd := newRenderer(pdf)
	rd.addPage()
	rd.render(rb.front())
	only := func(b []*block) []*block { return b }
	if opt.ChangesOnly {
		only = changesOnly
	}
	total := len(c.New.Items) + len(c.New.Annexes) + 1
	for i := range c.New.Items {
		rd.render(only(rb.item(i)))
		progress(opt, i+1, total)
	}
	rd.render(rb.deletedItems())
	progress(opt, len(c.New.Items)+1, total)
	for i := range c.New.Annexes {
		rd.render(only(rb.annex(i)))
		progress(opt, len(c.New.Items)+2+i, total)
	}
	return finish(pdf, w)
}

// redline builds the blocks of a redline: the new report's blocks, with
// the changed parts replaced by their word diff and the deleted parts put
// back where they stood.
type redline struct {
	*builder
	c       *draft.Comparison
	changes map[draft.ID]draft.Change // changes to parts still present, by ID
	// deleted paragraphs of surviving items: after the new paragraph with
	// the key ID, or, under the key of the item's ID, at its start
	after   map[draft.ID][]draft.Change
	atStart map[draft.ID][]draft.Change
	bullets map[draft.ID][]draft.Change // deleted bullets, by new conclusion ID
	gone    map[draft.ID]draft.Change   // deleted conclusions, by new item ID
	annexes map[string]draft.StructChange
	ix      *sideIndex
}

func newRedline(c *draft.Comparison, cl *cleaner) *redline {
	rb := &redline{builder: newBuilder(c.New, cl), c: c, changes: map[draft.ID]draft.Change{},
		after: map[draft.ID][]draft.Change{}, atStart: map[draft.ID][]draft.Change{},
		bullets: map[draft.ID][]draft.Change{}, gone: map[draft.ID]draft.Change{},
		annexes: map[string]draft.StructChange{}}
	ix := indexSides(c.Old, c.New)
	rb.ix = ix
	for _, ch := range c.Changes {
		if ch.Kind != draft.Deleted {
			rb.changes[ch.ID] = ch
			continue
		}
		switch ch.Part {
		case draft.PartParagraph:
			if anchor, item, ok := ix.anchor(ch.ID); ok && anchor != 0 {
				rb.after[anchor] = append(rb.after[anchor], ch)
			} else if ok {
				rb.atStart[item] = append(rb.atStart[item], ch)
			}
		case draft.PartBullet:
			if nc, ok := ix.newConclusionOf(ix.oldBullet[ch.ID]); ok {
				rb.bullets[nc] = append(rb.bullets[nc], ch)
			}
		case draft.PartConclusion:
			if it, ok := ix.oldItemOfConclusion[ch.ID]; ok {
				rb.gone[it] = ch
			}
		}
	}
	for _, sc := range c.Structure {
		if sc.Kind == draft.AnnexChanged {
			rb.annexes[sc.Annex] = sc
		}
	}
	return rb
}
