package store

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"rapporteur/draft"
)

// The row types mirror the tables. They are comparable, so Save finds the
// rows that changed by comparing the report's rows with those last loaded
// or saved. List columns hold JSON.
type (
	itemRow struct {
		pos                         int
		title, category, docs, pres string
	}
	subRow struct {
		item                              draft.ID
		pos                               int
		title, category, docs, pres, atts string
	}
	paraRow struct {
		item, sub   draft.ID
		pos         int
		text, notes string // notes: JSON, "" for none
	}
	conclRow struct {
		item   draft.ID
		leadIn string
	}
	bulletRow struct {
		concl      draft.ID
		pos        int
		text, rule string
		edited     bool
	}
	annexRow struct {
		pos         int
		title, body string
	}
)

// rows is a whole working copy as table rows, keyed by ID (meta by key).
type rows struct {
	meta    map[string]string
	items   map[draft.ID]itemRow
	subs    map[draft.ID]subRow
	paras   map[draft.ID]paraRow
	concls  map[draft.ID]conclRow
	bullets map[draft.ID]bulletRow
	annexes map[draft.ID]annexRow
}

func newRows() *rows {
	return &rows{
		meta: map[string]string{}, items: map[draft.ID]itemRow{}, subs: map[draft.ID]subRow{},
		paras: map[draft.ID]paraRow{}, concls: map[draft.ID]conclRow{},
		bullets: map[draft.ID]bulletRow{}, annexes: map[draft.ID]annexRow{},
	}
}

// toJSON encodes a list column; nil and empty lists stay apart.
func toJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil { // a []string cannot fail to encode
		panic(err)
	}
	return string(b)
}

// notesJSON encodes a paragraph's notes, "" for none.
func notesJSON(ns []draft.Note) string {
	if len(ns) == 0 {
		return ""
	}
	b, err := json.Marshal(ns)
	if err != nil { // strings only: cannot fail
		panic(err)
	}
	return string(b)
}

func presTexts(ps []draft.Presentation) []string {
	if ps == nil {
		return nil
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}

// encode turns a report into rows, sizing the maps like hint's (the rows
// last saved, or nil). It refuses a report whose IDs are not unique and
// within its ID sequence, or whose paragraph sits under another item's
// sub-item: such a report would save but not load.
func encode(r *draft.Report, hint *rows) (*rows, error) {
	w := sizedRows(hint)
	m := r.Meeting
	for _, f := range m.Fields() {
		w.meta["meeting."+f.Key] = *f.Value
	}
	w.meta["last_id"] = strconv.FormatInt(int64(r.LastID()), 10)
	w.meta["first_item"] = strconv.Itoa(r.FirstItem)
	w.meta["first_paragraph"] = strconv.Itoa(r.FirstParagraph)
	encodeImported(r, w.meta)
	ids := make([]draft.ID, 0, len(w.paras)+len(w.items)+len(w.subs)+len(w.bullets)+len(w.concls)+len(w.annexes))
	for i, it := range r.Items {
		ids = append(ids, it.ID)
		w.items[it.ID] = itemRow{i, it.Title, string(it.Category), toJSON(it.Docs), toJSON(presTexts(it.Presentations))}
		for j, s := range it.SubItems {
			ids = append(ids, s.ID)
			w.subs[s.ID] = subRow{it.ID, j, s.Title, string(s.Category), toJSON(s.Docs), toJSON(presTexts(s.Presentations)), toJSON(s.Attachments)}
		}
		for k, p := range it.Paragraphs {
			if p.Sub != 0 && !hasSub(it, p.Sub) {
				return nil, invalid(r)
			}
			ids = append(ids, p.ID)
			w.paras[p.ID] = paraRow{it.ID, p.Sub, k, p.Text, notesJSON(p.Notes)}
		}
		if c := it.Conclusion; c != nil {
			ids = append(ids, c.ID)
			w.concls[c.ID] = conclRow{it.ID, c.LeadIn}
			for k, b := range c.Bullets {
				ids = append(ids, b.ID)
				w.bullets[b.ID] = bulletRow{c.ID, k, b.Text, b.Rule, b.Edited}
			}
		}
	}
	for i, a := range r.Annexes {
		ids = append(ids, a.ID)
		w.annexes[a.ID] = annexRow{i, a.Title, a.Body}
	}
	slices.Sort(ids)
	for i, id := range ids {
		if id <= 0 || id > r.LastID() || i > 0 && ids[i-1] == id {
			return nil, invalid(r)
		}
	}
	return w, nil
}

func hasSub(it *draft.Item, id draft.ID) bool {
	for _, s := range it.SubItems {
		if s.ID == id {
			return true
		}
	}
	return false
}

// invalid explains why the report cannot be stored.
func invalid(r *draft.Report) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return fmt.Errorf("the report's IDs are not valid")
}

// sizedRows returns empty rows with room for as many rows as hint has.
func sizedRows(hint *rows) *rows {
	if hint == nil {
		return newRows()
	}
	return &rows{
		meta: make(map[string]string, len(hint.meta)), items: make(map[draft.ID]itemRow, len(hint.items)),
		subs: make(map[draft.ID]subRow, len(hint.subs)), paras: make(map[draft.ID]paraRow, len(hint.paras)+8),
		concls: make(map[draft.ID]conclRow, len(hint.concls)), bullets: make(map[draft.ID]bulletRow, len(hint.bullets)),
		annexes: make(map[draft.ID]annexRow, len(hint.annexes)),
	}
}

// stringList decodes a list column (JSON) of the row named what: null or
// an array of strings, none of them null.
func stringList(s, what, col string) ([]string, error) {
	var ps []*string
	if err := json.Unmarshal([]byte(s), &ps); err != nil {
		return nil, fmt.Errorf("%s: %s is not a list (%.40q)", what, col, s)
	}
	if ps == nil {
		return nil, nil
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		if p == nil {
			return nil, fmt.Errorf("%s: %s has a null entry (%d)", what, col, i+1)
		}
		out[i] = *p
	}
	return out, nil
}

// notesList decodes a paragraph's notes column: "" for none, else a JSON
// array of notes, none of them null.
func notesList(s, what string) ([]draft.Note, error) {
	if s == "" {
		return nil, nil
	}
	var ns []*draft.Note
	if err := json.Unmarshal([]byte(s), &ns); err != nil || ns == nil {
		return nil, fmt.Errorf("%s: notes is not a list of notes (%.40q)", what, s)
	}
	out := make([]draft.Note, len(ns))
	for i, n := range ns {
		if n == nil {
			return nil, fmt.Errorf("%s: notes has a null entry (%d)", what, i+1)
		}
		out[i] = *n
	}
	return out, nil
}

func presentations(s, what string) ([]draft.Presentation, error) {
	texts, err := stringList(s, what, "presentations")
	if err != nil || texts == nil {
		return nil, err
	}
	out := make([]draft.Presentation, len(texts))
	for i, t := range texts {
		out[i] = draft.Presentation{Text: t}
	}
	return out, nil
}
