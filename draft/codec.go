package draft

import (
	"encoding/json"
	"fmt"
)

// snapshot is the JSON form of a report: the way a frozen version is kept.
type snapshot struct {
	Format         int      `json:"format"`
	LastID         ID       `json:"last_id"`
	Meeting        Meeting  `json:"meeting"`
	Items          []*Item  `json:"items"`
	Annexes        []*Annex `json:"annexes"`
	FirstItem      int      `json:"first_item,omitempty"`
	FirstParagraph int      `json:"first_paragraph,omitempty"`
}

// SnapshotFormat is the version of the JSON snapshot layout.
const SnapshotFormat = 1

// MarshalSnapshot encodes the whole report, IDs and all, as JSON.
func MarshalSnapshot(r *Report) ([]byte, error) {
	b, err := json.Marshal(snapshot{Format: SnapshotFormat, LastID: r.lastID, Meeting: r.Meeting, Items: r.Items, Annexes: r.Annexes,
		FirstItem: r.FirstItem, FirstParagraph: r.FirstParagraph})
	if err != nil {
		return nil, fmt.Errorf("draft: encode snapshot: %w", err)
	}
	return b, nil
}

// UnmarshalSnapshot decodes a report written by MarshalSnapshot and checks
// its invariants.
func UnmarshalSnapshot(data []byte) (*Report, error) {
	var s snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("draft: decode snapshot: %w", err)
	}
	if s.Format > SnapshotFormat {
		return nil, fmt.Errorf("draft: snapshot format %d is newer than this program (%d)", s.Format, SnapshotFormat)
	}
	r := &Report{Meeting: s.Meeting, Items: s.Items, Annexes: s.Annexes, lastID: s.LastID,
		FirstItem: s.FirstItem, FirstParagraph: s.FirstParagraph}
	for _, it := range r.Items {
		if it == nil {
			return nil, fmt.Errorf("draft: decode snapshot: empty item")
		}
		for _, p := range it.Paragraphs {
			if p == nil {
				return nil, fmt.Errorf("draft: decode snapshot: empty paragraph")
			}
		}
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return r, nil
}
