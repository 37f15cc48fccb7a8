package draft

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// shapedReport builds a one-item report: subs gives the sub-items'
// categories, paras the sub-item letter each paragraph is under ("-" for
// the item as a whole).
func shapedReport(t *testing.T, itemCat string, subs []string, paras string) *Report {
	t.Helper()
	r := New()
	r.Meeting.ShortName = "PTC"
	it, err := r.InsertItem(0, "Reports")
	if err != nil {
		t.Fatal(err)
	}
	it.Category = Category(itemCat)
	for j, c := range subs {
		if _, err := r.InsertSubItem(it, j, "Sub "+SubItemLetter(j), Category(c)); err != nil {
			t.Fatal(err)
		}
	}
	for k, l := range paras {
		sub := ID(0)
		if l != '-' {
			n, _ := ParseLetter(string(l))
			sub = it.SubItems[n-1].ID
		}
		if _, err := r.InsertParagraph(it, k, sub, fmt.Sprintf("P%d", k+1)); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

// walkNotation writes the item's pieces in a short notation: "I" heading,
// "I+" heading again, "a" sub-item heading, "a+" letter and title again,
// "1a" paragraph 1 under a, "1" paragraph 1 on the item as a whole.
func walkNotation(r *Report, i int) string {
	var out []string
	for p := range r.WalkItem(i) {
		switch p.Kind {
		case PieceItem:
			out = append(out, p.Label)
		case PieceItemAgain:
			out = append(out, p.Label+"+")
		case PieceSub:
			out = append(out, p.Label)
		case PieceSubAgain:
			out = append(out, p.Label+"+")
		case PieceParagraph:
			s := fmt.Sprint(p.Number)
			if p.Sub >= 0 {
				s += SubItemLetter(p.Sub)
			}
			out = append(out, s)
		case PieceLeadIn:
			out = append(out, fmt.Sprintf("%d:", p.Number))
		case PieceBullet:
			out = append(out, "•")
		}
	}
	return strings.Join(out, " ")
}

func TestWalkPlacesSubItemHeadings(t *testing.T) {
	tests := []struct {
		name  string
		subs  []string
		paras string
		want  string
	}{
		{"no sub-items", nil, "--", "I 1 2"},
		{"discussed in turn (fixture item IV)", []string{"", ""}, "aab", "I a 1a 2a b 3b"},
		{"the item first, then in turn (item V)", []string{"", ""}, "-ab", "I 1 a 2a b 3b"},
		{"one sub-item discussed", []string{""}, "aa", "I a 1a 2a"},
		{"one sub-item after the item", []string{""}, "-a", "I 1 a 2a"},
		{"a sub-item not discussed (item III)", []string{"", "", ""}, "-bbc", "I a b c 1 b+ 2b 3b c+ 4c"},
		{"a last sub-item not discussed", []string{"", ""}, "a", "I a b a+ 1a"},
		{"out of agenda order", []string{"", ""}, "ba", "I a b b+ 1b a+ 2a"},
		{"back on the item as a whole", []string{"", ""}, "a-", "I a b a+ 1a I+ 2"},
		{"back on the item, one sub-item", []string{""}, "a-a", "I a 1a I+ 2 a+ 3a"},
		{"one sub-item, item first and last", []string{""}, "-a-", "I a I+ 1 a+ 2a I+ 3"},
		{"a sub-item in two runs", []string{"", ""}, "aba", "I a b a+ 1a b+ 2b a+ 3a"},
		{"sub-items, no paragraphs", []string{"", ""}, "", "I a b"},
	}
	for _, tt := range tests {
		r := shapedReport(t, "", tt.subs, tt.paras)
		if got := walkNotation(r, 0); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestCategoryLine(t *testing.T) {
	tests := []struct {
		item string
		subs []string
		want []string // "" for no line
	}{
		{"", []string{"", ""}, []string{"", ""}},
		{"", []string{"For decision", "For decision", "To take note"}, []string{"For decision", "", "To take note"}},
		{"", []string{"For decision", ""}, []string{"For decision", NoCategory}},
		{"For guidance", []string{"For decision"}, []string{"For decision"}},
		{"For guidance", []string{"For guidance", "For guidance"}, []string{"For guidance", ""}},
		{"For guidance", []string{""}, []string{NoCategory}},
		{"", []string{"", "For decision", "For decision"}, []string{"", "For decision", ""}},
	}
	for _, tt := range tests {
		r := shapedReport(t, tt.item, tt.subs, "")
		it := r.Items[0]
		var got []string
		for j := range it.SubItems {
			line, ok := it.CategoryLine(j)
			if ok != (line != "") {
				t.Errorf("item %q subs %q: sub %d: line %q but ok %v", tt.item, tt.subs, j, line, ok)
			}
			got = append(got, line)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("item %q subs %q: lines %q, want %q", tt.item, tt.subs, got, tt.want)
		}
	}
}

// TestWalkWholeReport checks the order of the parts around the items and
// what is derived for each: the agenda rows with their ranges and category
// lines, numbers counted from a first paragraph, the default lead-in, the
// bullets' punctuation and the annexes' numbers.
func TestWalkWholeReport(t *testing.T) {
	r := shapedReport(t, "", []string{"For decision", ""}, "ab")
	r.FirstParagraph, r.FirstItem = 69, 6
	it := r.Items[0]
	c := r.AddConclusion(it)
	for k, s := range []string{"took note", "endorsed the report", "provided guidance"} {
		if _, err := r.InsertBullet(c, k, s); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := r.InsertItem(1, "Closing"); err != nil {
		t.Fatal(err)
	}
	if _, err := r.InsertAnnex(0, "List of participants", "A\n\nB"); err != nil {
		t.Fatal(err)
	}
	var got []string
	for p := range r.Walk() {
		s := fmt.Sprintf("%d item%d sub%d k%d n%d c%d %q %q", p.Kind, p.Item, p.Sub, p.K, p.Number, p.Count, p.Label, p.Text)
		if p.CategoryLine != "" {
			s += " (" + p.CategoryLine + ")"
		}
		if p.Kind == PieceAgendaItem {
			s += " " + p.Range.String()
		}
		got = append(got, s)
	}
	want := []string{
		fmt.Sprintf(`%d item-1 sub-1 k0 n0 c0 "" ""`, PieceTitle),
		fmt.Sprintf(`%d item-1 sub-1 k0 n0 c0 "" ""`, PieceAgenda),
		fmt.Sprintf(`%d item0 sub-1 k0 n0 c2 "VI" "Reports" 69-71`, PieceAgendaItem),
		fmt.Sprintf(`%d item0 sub0 k0 n0 c2 "a" "Sub a" (For decision)`, PieceAgendaSub),
		fmt.Sprintf(`%d item0 sub1 k0 n0 c2 "b" "Sub b" (No category)`, PieceAgendaSub),
		fmt.Sprintf(`%d item1 sub-1 k0 n0 c0 "VII" "Closing" `, PieceAgendaItem),
		fmt.Sprintf(`%d item0 sub-1 k0 n0 c0 "VI" "Reports"`, PieceItem),
		fmt.Sprintf(`%d item0 sub0 k0 n0 c0 "a" "Sub a" (For decision)`, PieceSub),
		fmt.Sprintf(`%d item0 sub0 k0 n69 c0 "" "P1"`, PieceParagraph),
		fmt.Sprintf(`%d item0 sub1 k0 n0 c0 "b" "Sub b" (No category)`, PieceSub),
		fmt.Sprintf(`%d item0 sub1 k1 n70 c0 "" "P2"`, PieceParagraph),
		fmt.Sprintf(`%d item0 sub-1 k0 n71 c3 "" "In conclusion, the PTC:"`, PieceLeadIn),
		fmt.Sprintf(`%d item0 sub-1 k0 n71 c3 "" "took note;"`, PieceBullet),
		fmt.Sprintf(`%d item0 sub-1 k1 n71 c3 "" "endorsed the report; and"`, PieceBullet),
		fmt.Sprintf(`%d item0 sub-1 k2 n71 c3 "" "provided guidance."`, PieceBullet),
		fmt.Sprintf(`%d item1 sub-1 k0 n0 c0 "VII" "Closing"`, PieceItem),
		fmt.Sprintf(`%d item-1 sub-1 k0 n0 c0 "I" "List of participants"`, PieceAnnex),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Walk:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWalkPointsIntoTheModel checks that each piece leads to the model's
// own part, so that a writer can name it by ID.
func TestWalkPointsIntoTheModel(t *testing.T) {
	r := shapedReport(t, "", []string{"", ""}, "-ba")
	c := r.AddConclusion(r.Items[0])
	r.InsertBullet(c, 0, "took note")
	r.InsertAnnex(0, "Statements", "S")
	it := r.Items[0]
	for p := range r.Walk() {
		var ok bool
		switch p.Kind {
		case PieceParagraph:
			ok = p.Paragraph == it.Paragraphs[p.K] && p.It == it && (p.Sub < 0 && p.SubItem == nil && p.Paragraph.Sub == 0 ||
				p.SubItem == it.SubItems[p.Sub] && p.Paragraph.Sub == p.SubItem.ID)
		case PieceSub, PieceSubAgain, PieceAgendaSub:
			ok = p.SubItem == it.SubItems[p.Sub]
		case PieceLeadIn:
			ok = p.Conclusion == c
		case PieceBullet:
			ok = p.Conclusion == c && p.Bullet == c.Bullets[p.K]
		case PieceAnnex:
			ok = p.Annex == r.Annexes[p.K]
		default:
			ok = p.Item < 0 || p.It == r.Items[p.Item]
		}
		if !ok {
			t.Errorf("piece %+v does not lead to its part", p)
		}
	}
}

// TestWalkStops checks that a writer may stop the walk at any piece, and
// that WalkItem yields exactly the pieces Walk gives for that item.
func TestWalkStops(t *testing.T) {
	r := shapedReport(t, "", []string{"", ""}, "-bab")
	r.AddConclusion(r.Items[0])
	r.InsertAnnex(0, "A", "x")
	var all []Piece
	for p := range r.Walk() {
		all = append(all, p)
	}
	for n := 1; n <= len(all); n++ {
		var got []Piece
		for p := range r.Walk() {
			got = append(got, p)
			if len(got) == n {
				break
			}
		}
		if !reflect.DeepEqual(got, all[:n]) {
			t.Fatalf("stopping after %d pieces: got %d", n, len(got))
		}
	}
	var item []Piece
	for _, p := range all {
		if p.Item == 0 && p.Kind >= PieceItem {
			item = append(item, p)
		}
	}
	var got []Piece
	for p := range r.WalkItem(0) {
		got = append(got, p)
	}
	if !reflect.DeepEqual(got, item) {
		t.Errorf("WalkItem(0) differs from Walk's pieces of item I")
	}
	for range r.WalkItem(1) {
		t.Errorf("WalkItem past the last item yields a piece")
	}
}
