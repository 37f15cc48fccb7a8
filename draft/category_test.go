package draft

import "testing"

func TestParseCategory(t *testing.T) {
	tests := []struct {
		line string
		ok   bool
		want Action
	}{
		{"(For information only)", true, Information},
		{" (To take note)  ", true, TakeNote},
		{"(For decision)", true, Decision},
		{"(For guidance)", true, Guidance},
		{"(For discussion)", true, Discussion},
		{"(To take note, for discussion)", true, TakeNote | Discussion},
		{"(For guidance and decision)", true, Guidance | Decision},
		{"(For endorsement)", true, Decision},
		{"(version d)", false, 0},
		{"(For the record of the meeting)", false, 0},
		{"For decision", false, 0},
		{"(US)", false, 0},
	}
	for _, tt := range tests {
		c, ok := ParseCategory(tt.line)
		if ok != tt.ok {
			t.Errorf("ParseCategory(%q) ok = %v, want %v", tt.line, ok, tt.ok)
			continue
		}
		if got := c.Actions(); got != tt.want {
			t.Errorf("ParseCategory(%q).Actions() = %b, want %b", tt.line, got, tt.want)
		}
	}
}

func TestCategoriesAllValid(t *testing.T) {
	for _, c := range Categories {
		if _, ok := ParseCategory("(" + string(c) + ")"); !ok {
			t.Errorf("offered category %q does not parse", c)
		}
	}
}
