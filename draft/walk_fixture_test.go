package draft_test

import (
	"fmt"
	"strings"
	"testing"

	"rapporteur/draft"
)

// TestWalkReadsLikeTheFixture walks the imported fixture and finds the
// sub-item headings where the real report has them: item III lists its
// eight sub-items under its heading and repeats c, d and h before their
// paragraphs; items IV and V, discussed sub-item by sub-item, give each
// heading once, just before its first paragraph (V after paragraph 37 on
// the item as a whole).
func TestWalkReadsLikeTheFixture(t *testing.T) {
	r := cmpFixture(t)
	want := map[int]string{
		2: "III a b c d e f g h 7 c+ 8c 9c d+ 10d 11d 12d 13d h+ 14h 15h 16h 17h 18h 19h 20:",
		3: "IV a 21a 22a 23a 24a 25a b 26b 27b 28b c 29c 30c 31c d 32d 33d 34d 35d 36:",
		4: "V 37 a 38a 39a 40a 41a 42a 43a 44a 45a b 46b 47b 48b 49b 50b 51b 52b 53b " +
			"c 54c 55c 56c 57c 58c d 59d 60d 61d 62d e 63e 64e 65e 66e 67e 68:",
	}
	for i, w := range want {
		var got []string
		for p := range r.WalkItem(i) {
			switch p.Kind {
			case draft.PieceItem, draft.PieceSub:
				got = append(got, p.Label)
			case draft.PieceItemAgain, draft.PieceSubAgain:
				got = append(got, p.Label+"+")
			case draft.PieceParagraph:
				s := fmt.Sprint(p.Number)
				if p.Sub >= 0 {
					s += draft.SubItemLetter(p.Sub)
				}
				got = append(got, s)
			case draft.PieceLeadIn:
				got = append(got, fmt.Sprintf("%d:", p.Number))
			}
		}
		if g := strings.Join(got, " "); g != w {
			t.Errorf("item %s reads\n%s\nwant\n%s", r.ItemNumber(i), g, w)
		}
	}
}
