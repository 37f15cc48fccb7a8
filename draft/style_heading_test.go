package draft

import "testing"

func TestItemHeadingFollowsHouseStyle(t *testing.T) {
	for _, c := range []struct {
		name  string
		style HouseStyle
		want  string
	}{
		{"PTC", HouseStyle{}, "ITEM II – DATA STANDARDS"},
		{"UN sections", HouseStyle{Headings: HeadSection, SubItems: SubUpper}, "II. Data standards"},
		{"minutes", HouseStyle{Items: ItemsArabic, Headings: HeadNumber, SubItems: SubDecimal}, "2. DATA STANDARDS"},
	} {
		r := New()
		r.Style = c.style
		if _, err := r.InsertItem(0, "Opening"); err != nil {
			t.Fatal(err)
		}
		if _, err := r.InsertItem(1, "Data standards"); err != nil {
			t.Fatal(err)
		}
		if got := r.ItemHeading(1); got != c.want {
			t.Errorf("%s: ItemHeading(1) = %q, want %q", c.name, got, c.want)
		}
	}
}
