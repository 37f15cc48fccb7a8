package draft

import "testing"

// TestCompareDocsByCode checks that a document cited in another written
// form of the same code is no change, and a new version is one.
func TestCompareDocsByCode(t *testing.T) {
	tests := []struct {
		old, new string
		changes  int
	}{
		{"PC0725E (version d)", "PC0725Ed", 0},
		{"Doc. PC0725Ed", "PC0725Ed", 0},
		{"PC0725Ed", "PC0725Ee", 2},
		{"not a code", "not a code", 0},
	}
	for _, tt := range tests {
		old := New()
		it, _ := old.InsertItem(0, "Adoption of the agenda")
		it.Docs = []string{tt.old}
		cur := old.Clone()
		cur.Items[0].Docs = []string{tt.new}
		if got := len(Compare(old, cur).Structure); got != tt.changes {
			t.Errorf("%q → %q: %d structural changes, want %d", tt.old, tt.new, got, tt.changes)
		}
	}
}
