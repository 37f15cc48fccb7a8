package draft

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var updateCompare = flag.Bool("update-compare", false, "rewrite the comparison golden files in testdata")

// goldenComparison is a comparison touching every kind of change, with
// short texts so that the golden files stay readable.
func goldenComparison(t *testing.T) *Comparison {
	old := New()
	old.Meeting = Meeting{ShortName: "PTC", Venue: "Brussels"}
	texts := [][]string{
		{"The meeting opened at ten.", "The agenda was adopted without change."},
		{"The Secretariat introduced the green paper on e-commerce.", "Delegates asked questions.", "A second round followed.", "Norway presented its pilot."},
		{"The Committee discussed the calendar.", "Dates were proposed."},
	}
	for i, title := range []string{"Opening", "E-commerce", "Other business"} {
		it, err := old.InsertItem(i, title)
		must(t, err)
		it.Category = "For information only"
		for k, s := range texts[i] {
			_, err := old.InsertParagraph(it, k, 0, s)
			must(t, err)
		}
		c := old.AddConclusion(it)
		for b, s := range []string{"took note of the report", "thanked the presenters"} {
			_, err := old.InsertBullet(c, b, s)
			must(t, err)
		}
	}
	_, err := old.InsertAnnex(0, "List of participants", "Norway, Türkiye")
	must(t, err)

	cur := old.Clone()
	cur.Meeting.Venue = "Geneva"
	e := cur.Items[1]
	e.Paragraphs[0].Text = "The Secretariat introduced the grey paper on e-commerce;  briefly."
	must(t, cur.MoveParagraph(1, 3, 1, 1))
	_, err = e.DeleteParagraph(3)
	must(t, err)
	_, err = cur.InsertParagraph(cur.Items[0], 2, 0, "The Chair thanked the host.")
	must(t, err)
	must(t, cur.MoveParagraph(2, 1, 0, 0))
	cur.Items[0].Paragraphs[0].Text = "Dates were proposed for 2025."
	e.Conclusion.Bullets[1].SetText("thanked Norway for its presentation")
	e.Category = "For decision"
	cur.Items[2].Title = "Any other business"
	cur.Annexes[0].Body = "Norway, Türkiye, Serbia"
	return Compare(old, cur)
}

func TestCompareGolden(t *testing.T) {
	c := goldenComparison(t)
	var text bytes.Buffer
	must(t, c.WriteText(&text))
	js, err := json.MarshalIndent(c, "", "  ")
	must(t, err)
	for name, got := range map[string][]byte{"compare.txt": text.Bytes(), "compare.json": append(js, '\n')} {
		path := filepath.Join("testdata", name)
		if *updateCompare {
			must(t, os.WriteFile(path, got, 0o644))
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run TestCompareGolden -update-compare to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the golden file:\ngot\n%s\nwant\n%s", name, got, want)
		}
	}
}
