package draft

import "encoding/json"

// changeJSON is the JSON form of a Change: numbers a side lacks are null.
type changeJSON struct {
	Kind      ChangeKind `json:"kind"`
	Part      Part       `json:"part"`
	Old       *int       `json:"old"`
	New       *int       `json:"new"`
	Item      string     `json:"item"`
	ItemTitle string     `json:"item_title"`
	OldBullet *int       `json:"old_bullet,omitempty"`
	NewBullet *int       `json:"new_bullet,omitempty"`
	ID        ID         `json:"id"`
	Edited    bool       `json:"edited"`
	Authors   []string   `json:"authors,omitempty"`
	Words     []WordOp   `json:"words"`
	OldText   string     `json:"old_text,omitempty"`
	NewText   string     `json:"new_text,omitempty"`
}

func nullable(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

// MarshalJSON writes the change with "old" and "new" null where a side has
// no paragraph, never 0.
func (ch Change) MarshalJSON() ([]byte, error) {
	words := ch.Words
	if words == nil {
		words = []WordOp{}
	}
	return json.Marshal(changeJSON{
		Kind: ch.Kind, Part: ch.Part, Old: nullable(ch.Old), New: nullable(ch.New),
		Item: ch.Item, ItemTitle: ch.ItemTitle, OldBullet: nullable(ch.OldBullet), NewBullet: nullable(ch.NewBullet),
		ID: ch.ID, Edited: ch.Edited, Authors: ch.Authors, Words: words, OldText: ch.OldText, NewText: ch.NewText,
	})
}

// ItemChanges counts the changes under one agenda item, for the table at
// the head of a redline. Item is "" for the meeting details and the
// annexes.
type ItemChanges struct {
	Item      string `json:"item"`
	Title     string `json:"title"`
	Changed   int    `json:"changed"`
	Added     int    `json:"added"`
	Deleted   int    `json:"deleted"`
	Moved     int    `json:"moved"`
	Structure int    `json:"structure"`
}

// Total returns the number of changes counted.
func (ic ItemChanges) Total() int {
	return ic.Changed + ic.Added + ic.Deleted + ic.Moved + ic.Structure
}

// Summary counts the changes per agenda item, in report order; items with
// no change are left out.
func (c *Comparison) Summary() []ItemChanges {
	var out []ItemChanges
	for _, g := range c.groups() {
		out = append(out, ItemChanges{Item: g.item, Title: g.title})
		ic := &out[len(out)-1]
		for _, ch := range g.changes {
			switch ch.Kind {
			case Changed:
				ic.Changed++
			case Added:
				ic.Added++
			case Deleted:
				ic.Deleted++
			case Moved:
				ic.Moved++
			}
		}
		ic.Structure += len(g.structure)
	}
	return out
}

// comparisonJSON is the JSON form of a Comparison.
type comparisonJSON struct {
	OldName   string         `json:"old_name,omitempty"`
	NewName   string         `json:"new_name,omitempty"`
	Changes   []Change       `json:"changes"`
	Structure []StructChange `json:"structure"`
	Summary   []ItemChanges  `json:"summary"`
}

// MarshalJSON writes the changes, the structural changes and the per-item
// summary; the two reports themselves are left out.
func (c *Comparison) MarshalJSON() ([]byte, error) {
	v := comparisonJSON{OldName: c.OldName, NewName: c.NewName, Changes: c.Changes, Structure: c.Structure, Summary: c.Summary()}
	if v.Changes == nil {
		v.Changes = []Change{}
	}
	if v.Structure == nil {
		v.Structure = []StructChange{}
	}
	if v.Summary == nil {
		v.Summary = []ItemChanges{}
	}
	return json.Marshal(v)
}
