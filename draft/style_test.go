package draft

import "testing"

// TestStyleMarks writes item 4, its sub-item c and paragraph 37 in each
// house style.
func TestStyleMarks(t *testing.T) {
	cases := []struct {
		name                      string
		s                         HouseStyle
		num, item, sub, para      string
		upper, ownLine, isDefault bool
	}{
		{"PTC", HouseStyle{}, "IV", "ITEM IV –", "c.", "37.", true, false, true},
		{"PTC spelled out", HouseStyle{Items: ItemsRoman, SubItems: SubLower, Headings: HeadItem, Paragraphs: ParaInline}, "IV", "ITEM IV –", "c.", "37.", true, false, true},
		{"UN", HouseStyle{SubItems: SubUpper, Headings: HeadSection, Paragraphs: ParaOwnLine}, "IV", "IV.", "C.", "37.", false, true, false},
		{"minutes", HouseStyle{Items: ItemsArabic, SubItems: SubDecimal, Headings: HeadNumber, Paragraphs: ParaUnnumbered}, "4", "4.", "4.3", "", true, false, false},
		{"item keyword, Arabic, (c)", HouseStyle{Items: ItemsArabic, SubItems: SubParen}, "4", "ITEM 4 –", "(c)", "37.", true, false, false},
	}
	for _, c := range cases {
		num := c.s.ItemNumeral(4)
		got := []any{num, c.s.ItemMark(num), c.s.SubMark(4, 2), c.s.ParaMark(37), c.s.UpperTitles(), c.s.NumberOwnLine(), c.s.IsDefault()}
		want := []any{c.num, c.item, c.sub, c.para, c.upper, c.ownLine, c.isDefault}
		for k := range got {
			if got[k] != want[k] {
				t.Errorf("%s: got %v, want %v", c.name, got, want)
				break
			}
		}
		if (c.s.Name() == "") != c.isDefault {
			t.Errorf("%s: name %q", c.name, c.s.Name())
		}
	}
	if got := (HouseStyle{SubItems: SubUpper}).SubMark(1, 26); got != "AA." {
		t.Errorf("sub-item 27 in capitals: %q", got)
	}
}

// TestStyleItemNumbers numbers a continued report's items in Arabic
// numerals and finds them by either numeral.
func TestStyleItemNumbers(t *testing.T) {
	r := New()
	r.FirstItem = 6
	for i := 0; i < 3; i++ {
		if _, err := r.InsertItem(i, "T"); err != nil {
			t.Fatal(err)
		}
	}
	if got := r.ItemNumber(1); got != "VII" {
		t.Errorf("PTC item 2: %q", got)
	}
	r.Style.Items = ItemsArabic
	if got := r.ItemNumber(1); got != "7" {
		t.Errorf("Arabic item 2: %q", got)
	}
	for _, s := range []string{"7", "VII", "vii"} {
		if i, ok := r.ItemIndex(s); !ok || i != 1 {
			t.Errorf("ItemIndex(%q) = %d, %v", s, i, ok)
		}
	}
	for _, s := range []string{"5", "9", "0", "-1", "x7", ""} {
		if _, ok := r.ItemIndex(s); ok {
			t.Errorf("ItemIndex(%q) found an item", s)
		}
	}
	var marks []string
	for p := range r.Walk() {
		if p.Kind == PieceItem || p.Kind == PieceAgendaItem {
			marks = append(marks, p.Mark)
		}
	}
	if got := len(marks); got != 6 || marks[0] != "ITEM 6 –" || marks[5] != "ITEM 8 –" {
		t.Errorf("walk marks %q", marks)
	}
}
