package app

import "rapporteur/draft"

// at is where a part stands: its item's position and its own position in
// the item (or in the report, for an annex).
type at struct{ item, pos int }

// index finds the parts of the report by ID without scanning it. It is
// rebuilt after every change that adds, removes or moves parts (refreshAll),
// so that a keystroke and the agenda tree find their part at a fixed cost;
// typing never changes it. It also counts the body's words, as
// draft.Report.WordCount does, recounting only the texts that changed since
// the last build.
type index struct {
	items   map[draft.ID]int
	subs    map[draft.ID]at
	paras   map[draft.ID]at
	bullets map[draft.ID]at
	annexes map[draft.ID]int
	words   int // the body's words at the last build

	counted, spare map[draft.ID]counted // word counts by paragraph or bullet
}

// counted is a text and its number of words.
type counted struct {
	text  string
	words int
}

// build indexes r, reusing the maps of the last build.
func (x *index) build(r *draft.Report) {
	if x.items == nil {
		*x = index{items: map[draft.ID]int{}, subs: map[draft.ID]at{}, paras: map[draft.ID]at{},
			bullets: map[draft.ID]at{}, annexes: map[draft.ID]int{},
			counted: map[draft.ID]counted{}, spare: map[draft.ID]counted{}}
	}
	clear(x.items)
	clear(x.subs)
	clear(x.paras)
	clear(x.bullets)
	clear(x.annexes)
	clear(x.spare)
	x.words = 0
	for i, it := range r.Items {
		x.items[it.ID] = i
		for j, s := range it.SubItems {
			x.subs[s.ID] = at{i, j}
		}
		for k, p := range it.Paragraphs {
			x.paras[p.ID] = at{i, k}
			x.count(p.ID, p.Text)
		}
		if it.Conclusion != nil {
			for k, b := range it.Conclusion.Bullets {
				x.bullets[b.ID] = at{i, k}
				x.count(b.ID, b.Text)
			}
		}
	}
	for k, a := range r.Annexes {
		x.annexes[a.ID] = k
	}
	x.counted, x.spare = x.spare, x.counted
}

// count adds the words of text (part id's) to the total, counting them
// again only when the text differs from the last build's. Copies of a
// report share their strings, so the comparison is mostly of pointers.
func (x *index) count(id draft.ID, text string) {
	c, ok := x.counted[id]
	if !ok || c.text != text {
		c = counted{text: text, words: draft.Words(text)}
	}
	x.spare[id] = c
	x.words += c.words
}

// paragraph returns paragraph id of r and where it stands.
func (x *index) paragraph(r *draft.Report, id draft.ID) (*draft.Paragraph, at, bool) {
	w, ok := x.paras[id]
	if !ok || w.item >= len(r.Items) || w.pos >= len(r.Items[w.item].Paragraphs) {
		return nil, w, false
	}
	p := r.Items[w.item].Paragraphs[w.pos]
	return p, w, p.ID == id
}

// bullet returns conclusion bullet id of r and where it stands.
func (x *index) bullet(r *draft.Report, id draft.ID) (*draft.Bullet, at, bool) {
	w, ok := x.bullets[id]
	if !ok || w.item >= len(r.Items) {
		return nil, w, false
	}
	c := r.Items[w.item].Conclusion
	if c == nil || w.pos >= len(c.Bullets) {
		return nil, w, false
	}
	b := c.Bullets[w.pos]
	return b, w, b.ID == id
}

// item returns item id's position, or -1.
func (x *index) item(id draft.ID) int {
	if i, ok := x.items[id]; ok {
		return i
	}
	return -1
}

// annex returns annex id of r and its position.
func (x *index) annex(r *draft.Report, id draft.ID) (*draft.Annex, int, bool) {
	k, ok := x.annexes[id]
	if !ok || k >= len(r.Annexes) {
		return nil, k, false
	}
	a := r.Annexes[k]
	return a, k, a.ID == id
}
