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

// ordered returns the IDs of the rows sorted by parent, then position, and
// checks that the positions under each parent run 0, 1, 2… without a gap
// or a repeat, as the store writes them; what names the rows in messages
// ("paragraphs of item").
func ordered[R any](m map[draft.ID]R, what string, place func(R) (draft.ID, int)) ([]placed, error) {
	out := make([]placed, 0, len(m))
	for id, r := range m {
		parent, pos := place(r)
		out = append(out, placed{id, parent, pos})
	}
	slices.SortFunc(out, func(a, b placed) int {
		return cmp.Or(cmp.Compare(a.parent, b.parent), cmp.Compare(a.pos, b.pos), cmp.Compare(a.id, b.id))
	})
	next := 0
	for i, o := range out {
		if i == 0 || o.parent != out[i-1].parent {
			next = 0
		}
		switch {
		case o.pos < next:
			return nil, fmt.Errorf("%s %d: rows %d and %d are both at position %d", what, o.parent, out[i-1].id, o.id, o.pos)
		case o.pos > next:
			return nil, fmt.Errorf("%s %d: no row at position %d (row %d is at %d)", what, o.parent, next, o.id, o.pos)
		}
		next++
	}
	return out, nil
}

// decode builds the report the rows hold and checks it: every parent
// exists, positions run without gaps or repeats, IDs are unique.
func decode(w *rows) (*draft.Report, error) {
	r := draft.New()
	for _, f := range r.Meeting.Fields() {
		*f.Value = w.meta["meeting."+f.Key]
	}
	last, err := strconv.ParseInt(w.meta["last_id"], 10, 64)
	if err != nil || last < 0 {
		return nil, fmt.Errorf("meta last_id %.40q is not a number", w.meta["last_id"])
	}
	r.Reserve(draft.ID(last))
	if r.FirstItem, err = metaInt(w.meta, "first_item"); err != nil {
		return nil, err
	}
	if r.FirstParagraph, err = metaInt(w.meta, "first_paragraph"); err != nil {
		return nil, err
	}
	if err := decodeImported(w.meta, r); err != nil {
		return nil, err
	}
	its, err := ordered(w.items, "items of the report", func(x itemRow) (draft.ID, int) { return 0, x.pos })
	if err != nil {
		return nil, err
	}
	items := map[draft.ID]*draft.Item{}
	for _, o := range its {
		x := w.items[o.id]
		it := &draft.Item{ID: o.id, Title: x.title, Category: draft.Category(x.category)}
		what := fmt.Sprintf("items row %d", o.id)
		if it.Docs, err = stringList(x.docs, what, "docs"); err != nil {
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
	as, err := ordered(w.annexes, "annexes of the report", func(x annexRow) (draft.ID, int) { return 0, x.pos })
	if err != nil {
		return nil, err
	}
	for _, o := range as {
		x := w.annexes[o.id]
		r.Annexes = append(r.Annexes, &draft.Annex{ID: o.id, Title: x.title, Body: x.body})
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return r, nil
}

// parentsExist checks, before positions are, that every row's parent
// exists, so a row moved to a parent that does not exist is named as such
// rather than as the gap it leaves; kind names the parent.
func parentsExist[R, P any](m map[draft.ID]R, table, kind string, parent func(R) draft.ID, parents map[draft.ID]P) error {
	ids := make([]draft.ID, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if p := parent(m[id]); !hasKey(parents, p) {
			return fmt.Errorf("%s row %d belongs to %s %d, which does not exist", table, id, kind, p)
		}
	}
	return nil
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}

// parentOf returns the item a row belongs to.
func parentOf(items map[draft.ID]*draft.Item, table string, id, p draft.ID) (*draft.Item, error) {
	if it := items[p]; it != nil {
		return it, nil
	}
	return nil, fmt.Errorf("%s row %d belongs to item %d, which does not exist", table, id, p)
}

// decodeChildren hangs sub-items, paragraphs, conclusions and bullets on
// their items.
func decodeChildren(w *rows, items map[draft.ID]*draft.Item) error {
	if err := decodeSubItems(w, items); err != nil {
		return err
	}
	if err := parentsExist(w.paras, "paragraphs", "item", func(x paraRow) draft.ID { return x.item }, items); err != nil {
		return err
	}
	ps, err := ordered(w.paras, "paragraphs of item", func(x paraRow) (draft.ID, int) { return x.item, x.pos })
	if err != nil {
		return err
	}
	for _, o := range ps {
		x := w.paras[o.id]
		it, err := parentOf(items, "paragraphs", o.id, o.parent)
		if err != nil {
			return err
		}
		if x.sub != 0 {
			if s, _ := it.SubItem(x.sub); s == nil {
				return fmt.Errorf("paragraphs row %d is under sub-item %d, which item %d does not have", o.id, x.sub, o.parent)
			}
		}
		notes, err := notesList(x.notes, fmt.Sprintf("paragraphs row %d", o.id))
		if err != nil {
			return err
		}
		it.Paragraphs = append(it.Paragraphs, &draft.Paragraph{ID: o.id, Sub: x.sub, Text: x.text, Notes: notes})
	}
	return decodeConclusions(w, items)
}

func decodeSubItems(w *rows, items map[draft.ID]*draft.Item) error {
	if err := parentsExist(w.subs, "subitems", "item", func(x subRow) draft.ID { return x.item }, items); err != nil {
		return err
	}
	subs, err := ordered(w.subs, "sub-items of item", func(x subRow) (draft.ID, int) { return x.item, x.pos })
	if err != nil {
		return err
	}
	for _, o := range subs {
		x := w.subs[o.id]
		it, err := parentOf(items, "subitems", o.id, o.parent)
		if err != nil {
			return err
		}
		s := &draft.SubItem{ID: o.id, Title: x.title, Category: draft.Category(x.category)}
		what := fmt.Sprintf("subitems row %d", o.id)
		if s.Docs, err = stringList(x.docs, what, "docs"); err != nil {
			return err
		}
		if s.Attachments, err = stringList(x.atts, what, "attachments"); err != nil {
			return err
		}
		if s.Presentations, err = presentations(x.pres, what); err != nil {
			return err
		}
		it.SubItems = append(it.SubItems, s)
	}
	return nil
}

func decodeConclusions(w *rows, items map[draft.ID]*draft.Item) error {
	concls := map[draft.ID]*draft.Conclusion{}
	ids := make([]draft.ID, 0, len(w.concls))
	for id := range w.concls {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		x := w.concls[id]
		it, err := parentOf(items, "conclusions", id, x.item)
		if err != nil {
			return err
		}
		if it.Conclusion != nil {
			return fmt.Errorf("conclusions rows %d and %d both belong to item %d", it.Conclusion.ID, id, x.item)
		}
		it.Conclusion = &draft.Conclusion{ID: id, LeadIn: x.leadIn}
		concls[id] = it.Conclusion
	}
	if err := parentsExist(w.bullets, "bullets", "conclusion", func(x bulletRow) draft.ID { return x.concl }, concls); err != nil {
		return err
	}
	bs, err := ordered(w.bullets, "bullets of conclusion", func(x bulletRow) (draft.ID, int) { return x.concl, x.pos })
	if err != nil {
		return err
	}
	for _, o := range bs {
		x := w.bullets[o.id]
		c := concls[o.parent]
		if c == nil {
			return fmt.Errorf("bullets row %d belongs to conclusion %d, which does not exist", o.id, o.parent)
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
		return 0, fmt.Errorf("meta %s %.40q is not a number", key, v)
	}
	return n, nil
}
