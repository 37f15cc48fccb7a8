package draft

import (
	"reflect"
	"testing"
)

// TestNoteMarksSplit finds footnote marks as the text keeps them, in
// order, and leaves numbers in running text alone.
func TestNoteMarksSplit(t *testing.T) {
	r := &Report{Footnotes: []Footnote{{"1", "a"}, {"2", "b"}, {"*", "c"}, {"3", "d"}}}
	m := r.Marks()
	cases := []struct {
		text string
		want []Segment
	}{
		{"Sweden.1", []Segment{{"Sweden.", -1}, {"1", 0}}},
		{"In 2021 the 12 Members met.", []Segment{{"In 2021 the 12 Members met.", -1}}},
		{"Held in Geneva2 and Paris* on 3 May.", []Segment{{"Held in Geneva", -1}, {"2", 1}, {" and Paris", -1}, {"*", 2}, {" on 3 May.", -1}}},
		{"Table 3 shows it.", []Segment{{"Table 3 shows it.", -1}}},
		{"as reported,3 the", []Segment{{"as reported,", -1}, {"3", 3}, {" the", -1}}},
		{"", []Segment{{"", -1}}},
	}
	for _, c := range cases {
		if got := m.Split(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Split(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if got := m.Rest(); len(got) != 0 {
		t.Errorf("rest %v, want none", got)
	}
	m = r.Marks()
	m.Split("No mark here.")
	if got := m.Rest(); !reflect.DeepEqual(got, []int{0, 1, 2, 3}) {
		t.Errorf("rest %v", got)
	}
}

// FuzzNoteMarksSplit splits any text at any labels' marks: the segments
// join back to the text, each mark segment is its footnote's label, and
// footnotes are found in order.
func FuzzNoteMarksSplit(f *testing.F) {
	f.Add("Sweden.1 and Norway2.", "1", "2")
	f.Add("In 2021, 12 met.*", "*", "12")
	f.Add("", "", "x")
	f.Fuzz(func(t *testing.T, text, a, b string) {
		r := &Report{Footnotes: []Footnote{{Label: a}, {Label: b}}}
		m := r.Marks()
		var joined string
		last := -1
		for _, s := range m.Split(text) {
			joined += s.Text
			if s.Note >= 0 {
				if s.Note <= last || s.Text != r.Footnotes[s.Note].Label {
					t.Fatalf("segment %+v after note %d", s, last)
				}
				last = s.Note
			}
		}
		if joined != text {
			t.Fatalf("segments join to %q, want %q", joined, text)
		}
		if got := len(m.Rest()); got != len(r.Footnotes)-(last+1) {
			t.Fatalf("rest %d after note %d", got, last)
		}
	})
}
