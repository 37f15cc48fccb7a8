package store

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"rapporteur/draft"
)

// placed is a row's ID with its parent and position, for sorting.
type placed struct {
	id, parent draft.ID
	pos        int
}

// ordered returns the IDs of the rows sorted by parent, then position,
// then ID.
func ordered[R any](m map[draft.ID]R, place func(R) (draft.ID, int)) []placed {
	out := make([]placed, 0, len(m))
	for id, r := range m {
		parent, pos := place(r)
		out = append(out, placed{id, parent, pos})
	}
	slices.SortFunc(out, func(a, b placed) int {
		return cmp.Or(cmp.Compare(a.parent, b.parent), cmp.Compare(a.pos, b.pos), cmp.Compare(a.id, b.id))
	})
	return out
}

// decode builds the report the rows hold and checks it.
func decode(w *rows) (*draft.Report, error) {
	r := draft.New()
	for _, f := range r.Meeting.Fields() {
		*f.Value = w.meta["meeting."+f.Key]
	}
	last, err := strconv.ParseInt(w.meta["last_id"], 10, 64)
	if err != nil {
		return nil, fmt.Errorf("meta last_id %q is not a number", w.meta["last_id"])
	}
	r.Reserve(draft.ID(last))
	if r.FirstItem, err = metaInt(w.meta, "first_item"); err != nil {
		return nil, err
	}
	if r.FirstParagraph, err = metaInt(w.meta, "first_paragraph"); err != nil {
		return nil, err
	}
	items := map[draft.ID]*draft.Item{}
	for _, o := range ordered(w.items, func(x itemRow) (draft.ID, int) { return 0, x.pos }) {
		x := w.items[o.id]
		it := &draft.Item{ID: o.id, Title: x.title, Category: draft.Category(x.category)}
		what := fmt.Sprintf("item %d", o.id)
		if err := fromJSON(x.docs, what, &it.Docs); err != nil {
			return nil, err
		}
		if it.Presentations, err = presentations(x.pres, what); err != nil {
			return nil, err
		}
		items[o.id] = it
		r.Items = append(r.Items, it)
	}
	if err := decodeChildren(w, items); err != nil {
		return nil, err
	}
	for _, o := range ordered(w.annexes, func(x annexRow) (draft.ID, int) { return 0, x.pos }) {
		x := w.annexes[o.id]
		r.Annexes = append(r.Annexes, &draft.Annex{ID: o.id, Title: x.title, Body: x.body})
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return r, nil
}

// decodeChildren hangs sub-items, paragraphs, conclusions and bullets on
// their items.
func decodeChildren(w *rows, items map[draft.ID]*draft.Item) error {
	parent := func(what string, id, p draft.ID) (*draft.Item, error) {
		if it := items[p]; it != nil {
			return it, nil
		}
		return nil, fmt.Errorf("%s %d belongs to item %d, which does not exist", what, id, p)
	}
	for _, o := range ordered(w.subs, func(x subRow) (draft.ID, int) { return x.item, x.pos }) {
		x := w.subs[o.id]
		it, err := parent("sub-item", o.id, o.parent)
		if err != nil {
			return err
		}
		s := &draft.SubItem{ID: o.id, Title: x.title, Category: draft.Category(x.category)}
		what := fmt.Sprintf("sub-item %d", o.id)
		if err := fromJSON(x.docs, what, &s.Docs); err != nil {
			return err
		}
		if err := fromJSON(x.atts, what, &s.Attachments); err != nil {
			return err
		}
		if s.Presentations, err = presentations(x.pres, what); err != nil {
			return err
		}
		it.SubItems = append(it.SubItems, s)
	}
	for _, o := range ordered(w.paras, func(x paraRow) (draft.ID, int) { return x.item, x.pos }) {
		x := w.paras[o.id]
		it, err := parent("paragraph", o.id, o.parent)
		if err != nil {
			return err
		}
		it.Paragraphs = append(it.Paragraphs, &draft.Paragraph{ID: o.id, Sub: x.sub, Text: x.text})
	}
	concls := map[draft.ID]*draft.Conclusion{}
	for id, x := range w.concls {
		it, err := parent("conclusion", id, x.item)
		if err != nil {
			return err
		}
		if it.Conclusion != nil {
			return fmt.Errorf("item %d has two conclusions", x.item)
		}
		it.Conclusion = &draft.Conclusion{ID: id, LeadIn: x.leadIn}
		concls[id] = it.Conclusion
	}
	for _, o := range ordered(w.bullets, func(x bulletRow) (draft.ID, int) { return x.concl, x.pos }) {
		x := w.bullets[o.id]
		c := concls[o.parent]
		if c == nil {
			return fmt.Errorf("bullet %d belongs to conclusion %d, which does not exist", o.id, o.parent)
		}
		c.Bullets = append(c.Bullets, &draft.Bullet{ID: o.id, Text: x.text, Rule: x.rule, Edited: x.edited})
	}
	return nil
}

// metaInt reads a non-negative number kept in meta; a file written before
// the key existed has none, which reads as 0.
func metaInt(meta map[string]string, key string) (int, error) {
	v, ok := meta[key]
	if !ok || v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("meta %s %q is not a number", key, v)
	}
	return n, nil
}
