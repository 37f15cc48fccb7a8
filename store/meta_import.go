package store

import (
	"encoding/json"
	"fmt"

	"rapporteur/draft"
)

// What an import reads besides the report's parts — the house style, the
// front matter, the footnotes — is report-level: it is kept in the meta
// table beside the meeting, one key each ("style.items", "front",
// "footnotes"), written only when set, so a file without them is a PTC-style
// report without front matter or footnotes and no schema change is needed.

// encodeImported puts the report's house style, front matter and
// footnotes into meta.
func encodeImported(r *draft.Report, meta map[string]string) {
	st := r.Style
	for _, f := range st.Fields() {
		if *f.Value != "" {
			meta["style."+f.Key] = *f.Value
		}
	}
	if r.Front != "" {
		meta["front"] = r.Front
	}
	if len(r.Footnotes) > 0 {
		meta["footnotes"] = toJSON(r.Footnotes)
	}
}

// decodeImported reads the house style, front matter and footnotes back.
func decodeImported(meta map[string]string, r *draft.Report) error {
	for _, f := range r.Style.Fields() {
		*f.Value = meta["style."+f.Key]
	}
	r.Front = meta["front"]
	if v, ok := meta["footnotes"]; ok {
		if err := json.Unmarshal([]byte(v), &r.Footnotes); err != nil {
			return fmt.Errorf("meta footnotes: %w", err)
		}
	}
	return nil
}
