package store

import (
	"encoding/json"
	"fmt"
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
		item, sub draft.ID
		pos       int
		text      string
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

// meetingFields pairs each meeting field with its meta key.
func meetingFields(m *draft.Meeting) []struct {
	key string
	p   *string
} {
	return []struct {
		key string
		p   *string
	}{
		{"meeting.organization", &m.Organization}, {"meeting.body", &m.Body},
		{"meeting.short_name", &m.ShortName}, {"meeting.sessions", &m.Sessions},
		{"meeting.dates", &m.Dates}, {"meeting.venue", &m.Venue},
		{"meeting.doc_code", &m.DocCode}, {"meeting.language", &m.Language},
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

// encode turns a valid report into rows.
func encode(r *draft.Report) *rows {
	w := newRows()
	m := r.Meeting
	for _, f := range meetingFields(&m) {
		w.meta[f.key] = *f.p
	}
	w.meta["last_id"] = strconv.FormatInt(int64(r.LastID()), 10)
	for i, it := range r.Items {
		w.items[it.ID] = itemRow{i, it.Title, string(it.Category), toJSON(it.Docs), toJSON(presTexts(it.Presentations))}
		for j, s := range it.SubItems {
			w.subs[s.ID] = subRow{it.ID, j, s.Title, string(s.Category), toJSON(s.Docs), toJSON(presTexts(s.Presentations)), toJSON(s.Attachments)}
		}
		for k, p := range it.Paragraphs {
			w.paras[p.ID] = paraRow{it.ID, p.Sub, k, p.Text}
		}
		if c := it.Conclusion; c != nil {
			w.concls[c.ID] = conclRow{it.ID, c.LeadIn}
			for k, b := range c.Bullets {
				w.bullets[b.ID] = bulletRow{c.ID, k, b.Text, b.Rule, b.Edited}
			}
		}
	}
	for i, a := range r.Annexes {
		w.annexes[a.ID] = annexRow{i, a.Title, a.Body}
	}
	return w
}

// fromJSON decodes a list column of the row named what.
func fromJSON(s, what string, v any) error {
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("%s: bad list %.40q", what, s)
	}
	return nil
}

func presentations(s, what string) ([]draft.Presentation, error) {
	var texts []string
	if err := fromJSON(s, what, &texts); err != nil || texts == nil {
		return nil, err
	}
	out := make([]draft.Presentation, len(texts))
	for i, t := range texts {
		out[i] = draft.Presentation{Text: t}
	}
	return out, nil
}
