package draft

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// A snapshot is the JSON form of a whole report, IDs and all: the way a
// frozen version is kept for ever. Its layout is written down in
// snapshot-format.md beside this file; in short, format 1 is an object with
// "format", "last_id", "meeting", "items", "annexes" and the optional
// "first_item" and "first_paragraph", and the parts inside take the keys of
// the json tags on Item, SubItem, Paragraph, Conclusion, Bullet, Annex,
// Presentation and Meeting. Those tags are the format: a key is never renamed
// or given a new meaning within a format.
type snapshot struct {
	Format         int      `json:"format"`
	LastID         ID       `json:"last_id"`
	Meeting        Meeting  `json:"meeting"`
	Items          []*Item  `json:"items"`
	Annexes        []*Annex `json:"annexes"`
	FirstItem      int      `json:"first_item,omitempty"`
	FirstParagraph int      `json:"first_paragraph,omitempty"`
	// Style, Front and Footnotes are additive: a snapshot without them is a
	// PTC-style report without front matter or footnotes.
	Style     *HouseStyle `json:"style,omitempty"`
	Front     string      `json:"front,omitempty"`
	Footnotes []Footnote  `json:"footnotes,omitempty"`
}

// SnapshotFormat is the snapshot format this program writes. It reads every
// format in snapshotDecoders and refuses a newer one.
const SnapshotFormat = 1

// snapshotDecoders decodes each format this program reads into the current
// model, by format number. The format written today decodes straight into
// the model's types; when the layout changes, the old format keeps a decoder
// of its own with frozen copies of its types, which converts into the model
// (snapshot-format.md, "The next format").
var snapshotDecoders = map[int]func(data []byte) (*snapshot, error){
	1: decodeSnapshotV1,
}

// MarshalSnapshot encodes the whole report, IDs and all, as JSON in the
// current snapshot format.
func MarshalSnapshot(r *Report) ([]byte, error) {
	s := snapshot{Format: SnapshotFormat, LastID: r.lastID, Meeting: r.Meeting, Items: r.Items, Annexes: r.Annexes,
		FirstItem: r.FirstItem, FirstParagraph: r.FirstParagraph, Front: r.Front, Footnotes: r.Footnotes}
	if !r.Style.IsDefault() {
		s.Style = &r.Style
	}
	b, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("draft: encode snapshot: %w", err)
	}
	return b, nil
}

// UnmarshalSnapshot decodes a report written by MarshalSnapshot in any
// format this program reads, and checks its invariants. A snapshot of a
// format newer than the program, or without a format, is refused.
func UnmarshalSnapshot(data []byte) (*Report, error) {
	format, err := snapshotFormat(data)
	if err != nil {
		return nil, err
	}
	decode, ok := snapshotDecoders[format]
	switch {
	case !ok && format > SnapshotFormat:
		return nil, fmt.Errorf("draft: decode snapshot: format %d is newer than this program, which reads formats up to %d: open the report with a newer Rapporteur", format, SnapshotFormat)
	case !ok:
		return nil, fmt.Errorf("draft: decode snapshot: unknown format %d", format)
	}
	s, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("draft: decode snapshot (format %d): %w", format, err)
	}
	r := &Report{Meeting: s.Meeting, Items: s.Items, Annexes: s.Annexes, lastID: s.LastID,
		FirstItem: s.FirstItem, FirstParagraph: s.FirstParagraph, Front: s.Front, Footnotes: s.Footnotes}
	if s.Style != nil {
		r.Style = *s.Style
	}
	if err := checkDecoded(r); err != nil {
		return nil, err
	}
	return r, nil
}

// snapshotFormat reads the format number of a snapshot. The writer puts
// "format" first, so the rest is read only for a hand-made snapshot that
// puts it later; keys match without regard to case, as in decoding. The
// decoder of the format checks that the whole snapshot says the same.
func snapshotFormat(data []byte) (int, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return 0, fmt.Errorf("draft: decode snapshot: not a JSON object")
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return 0, fmt.Errorf("draft: decode snapshot: %w", err)
		}
		if key, _ := t.(string); strings.EqualFold(key, "format") {
			var f *int
			if err := dec.Decode(&f); err != nil {
				return 0, fmt.Errorf("draft: decode snapshot: format: %w", err)
			}
			if f == nil {
				break
			}
			return *f, nil
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return 0, fmt.Errorf("draft: decode snapshot: %w", err)
		}
	}
	return 0, fmt.Errorf("draft: decode snapshot: no format number")
}

// decodeSnapshotV1 decodes format 1, the format written today.
func decodeSnapshotV1(data []byte) (*snapshot, error) {
	var s snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, err
	}
	if s.Format != 1 {
		return nil, fmt.Errorf("format given twice (%d)", s.Format)
	}
	return &s, nil
}

// checkDecoded refuses a decoded report with a missing part or broken
// invariants.
func checkDecoded(r *Report) error {
	for _, it := range r.Items {
		if it == nil {
			return fmt.Errorf("draft: decode snapshot: empty item")
		}
		for _, p := range it.Paragraphs {
			if p == nil {
				return fmt.Errorf("draft: decode snapshot: empty paragraph")
			}
		}
		for _, s := range it.SubItems {
			if s == nil {
				return fmt.Errorf("draft: decode snapshot: empty sub-item")
			}
		}
		if c := it.Conclusion; c != nil {
			for _, b := range c.Bullets {
				if b == nil {
					return fmt.Errorf("draft: decode snapshot: empty bullet")
				}
			}
		}
	}
	for _, a := range r.Annexes {
		if a == nil {
			return fmt.Errorf("draft: decode snapshot: empty annex")
		}
	}
	return r.Validate()
}
