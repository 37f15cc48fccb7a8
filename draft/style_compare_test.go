package draft

import (
	"bytes"
	"strings"
	"testing"
)

// TestCompareHouseParts changes the front matter, the house style and the
// footnotes of a report: each change is a structural change, named in the
// text form under MEETING or FOOTNOTES.
func TestCompareHouseParts(t *testing.T) {
	old := New()
	if _, err := old.InsertItem(0, "Opening"); err != nil {
		t.Fatal(err)
	}
	old.Front = "Distr.: General\n12 June 2024"
	old.Footnotes = []Footnote{{"1", "ECE/NRC/2012/4, annex II."}, {"2", "See the report."}, {"3", "Dropped."}}
	new := old.Clone()
	new.Front = "Distr.: Limited\n12 June 2024"
	new.Style = HouseStyle{Headings: HeadSection, Items: ItemsRoman}
	new.Footnotes = []Footnote{{"1", "ECE/NRC/2012/4, annex III."}, {"2", "A new note."}, {"3", "See the report."}}
	c := Compare(old, new)
	var got []string
	for _, sc := range c.Structure {
		got = append(got, sc.line())
	}
	want := []string{
		"front matter changed: Distr.: [-General-]{+Limited+} ⏎ 12 June 2024",
		"house style: item headings changed: item → section",
		"footnote 1 changed: ECE/NRC/2012/4, annex [-II-]{+III+}.",
		"footnote 2 added: A new note.",
		"footnote 3 changed: 2 → 3",
		"footnote 3 deleted: Dropped.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("structure\n got %q\nwant %q", got, want)
	}
	var b bytes.Buffer
	if err := c.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"MEETING\n  front matter changed", "FOOTNOTES\n  footnote 1 changed", "6 structural changes"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("text form lacks %q:\n%s", w, b.String())
		}
	}
	if c := Compare(old, old.Clone()); len(c.Structure) != 0 {
		t.Errorf("a copy compares with changes: %+v", c.Structure)
	}
	same := old.Clone()
	same.Style = HouseStyle{Items: ItemsRoman, Paragraphs: ParaInline}
	if c := Compare(old, same); len(c.Structure) != 0 {
		t.Errorf("the default spelled out is a change: %+v", c.Structure)
	}
}
