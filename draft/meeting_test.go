package draft

import (
	"encoding/json"
	"testing"
)

func TestRangeString(t *testing.T) {
	for _, tt := range []struct {
		g    Range
		want string
	}{{Range{}, ""}, {Range{37, 37}, "37"}, {Range{37, 68}, "37-68"}} {
		if got := tt.g.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.g, got, tt.want)
		}
	}
}

// TestMeetingFieldsCoverTheMeeting checks that Fields names every field of
// Meeting once, under the key its JSON uses, so that no field is left out
// of the file, the text form, the comparison or the window.
func TestMeetingFieldsCoverTheMeeting(t *testing.T) {
	var m Meeting
	fields := m.Fields()
	for k, f := range fields {
		*f.Value = f.Key // write each field through its pointer
		for _, g := range fields[:k] {
			if g.Key == f.Key || g.Label == f.Label || g.Value == f.Value {
				t.Errorf("fields %q and %q share a key, label or value", g.Key, f.Key)
			}
		}
	}
	b, _ := json.Marshal(m)
	var back map[string]string
	json.Unmarshal(b, &back)
	if len(back) != len(fields) {
		t.Errorf("Meeting has %d JSON fields, Fields lists %d", len(back), len(fields))
	}
	for key, v := range back {
		if v != key {
			t.Errorf("JSON field %q holds %q: Fields does not reach it under that key", key, v)
		}
	}
}
