package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"rapporteur/draft"
)

// ctx is the context of the tests' own statements.
var ctx = context.Background()

// must fails the test on err.
func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// sampleReport builds, with draft's API, a report that uses every part.
func sampleReport(tb testing.TB) *draft.Report {
	tb.Helper()
	r := draft.New()
	r.Meeting = draft.Meeting{Organization: "Test Organisation", Body: "Standing Committee on Examples",
		ShortName: "SCE", Sessions: "12th Session", Dates: "3-5 March 2031", Venue: "Lisbon",
		DocCode: "SC0101E1", Language: "E"}
	a, err := r.InsertItem(0, "Opening of the session")
	must(tb, err)
	a.Category = "For information only"
	_, err = r.InsertParagraph(a, 0, 0, "The Chair opened the session and welcomed the délégués — all of them.")
	must(tb, err)
	c := r.AddConclusion(a)
	_, err = r.InsertBullet(c, 0, "took note of the opening remarks;")
	must(tb, err)

	b, err := r.InsertItem(1, "Reports of the working groups")
	must(tb, err)
	b.Docs = []string{"SC0102Ea"}
	b.Presentations = []draft.Presentation{{Text: "Presentation by Ruritania"}}
	s1, err := r.InsertSubItem(b, 0, "Report of the first group", "For decision")
	must(tb, err)
	s1.Docs = []string{"SC0103Eb", "SC0104E (version d)"}
	s1.Presentations = []draft.Presentation{{Text: "Presentation by the Secretariat – progress"}}
	s1.Attachments = []string{"Work programme 2031-2032"}
	s2, err := r.InsertSubItem(b, 1, "Report of the second group", "To take note, for discussion")
	must(tb, err)
	s2.Docs = []string{}
	for k, sub := range []draft.ID{0, s1.ID, s1.ID, s2.ID} {
		_, err = r.InsertParagraph(b, k, sub, fmt.Sprintf("Paragraph %d of item II, with “quotes” and Türkiye.", k+1))
		must(tb, err)
	}
	c = r.AddConclusion(b)
	c.LeadIn = "In conclusion, the Committee, having heard all:"
	for k, text := range []string{"endorsed the report of the first group", "took note of the second report", "discussed the way forward"} {
		bl, err := r.InsertBullet(c, k, text)
		must(tb, err)
		if k < 2 {
			bl.Rule = "category"
		}
	}
	c.Bullets[0].SetText("endorsed, with one change, the report of the first group")

	_, err = r.InsertItem(2, "Any other business")
	must(tb, err)
	_, err = r.InsertAnnex(0, "List of participants", "Ruritania\n\nFreedonia")
	must(tb, err)
	_, err = r.InsertAnnex(1, "Statements", "")
	must(tb, err)
	must(tb, r.Validate())
	return r
}

// bigReport builds a report of items×perItem paragraphs with conclusions.
func bigReport(tb testing.TB, items, perItem int) *draft.Report {
	tb.Helper()
	r := draft.New()
	r.Meeting = draft.Meeting{Body: "Benchmark Committee", ShortName: "BC"}
	text := "The Committee examined the document in detail and several delegates spoke about the proposals, " +
		"their costs and the timetable for the work ahead, before the Chair summed up the discussion."
	for i := 0; i < items; i++ {
		it, err := r.InsertItem(i, fmt.Sprintf("Item %d", i+1))
		must(tb, err)
		s, err := r.InsertSubItem(it, 0, "Sub-item", "For decision")
		must(tb, err)
		for k := 0; k < perItem; k++ {
			_, err := r.InsertParagraph(it, k, s.ID, fmt.Sprintf("%d.%d %s", i, k, text))
			must(tb, err)
		}
		c := r.AddConclusion(it)
		for k := 0; k < 3; k++ {
			_, err := r.InsertBullet(c, k, "took note of the report")
			must(tb, err)
		}
	}
	return r
}

// canon returns the report's snapshot with empty lists of parts made nil,
// as the file does not tell an empty list from none.
func canon(tb testing.TB, r *draft.Report) string {
	tb.Helper()
	c := r.Clone()
	if len(c.Items) == 0 {
		c.Items = nil
	}
	if len(c.Annexes) == 0 {
		c.Annexes = nil
	}
	for _, it := range c.Items {
		if len(it.SubItems) == 0 {
			it.SubItems = nil
		}
		if len(it.Paragraphs) == 0 {
			it.Paragraphs = nil
		}
		if it.Conclusion != nil && len(it.Conclusion.Bullets) == 0 {
			it.Conclusion.Bullets = nil
		}
	}
	b, err := draft.MarshalSnapshot(c)
	must(tb, err)
	return string(b)
}

// sameReport fails unless got and want are the same report.
func sameReport(tb testing.TB, got, want *draft.Report) {
	tb.Helper()
	if g, w := canon(tb, got), canon(tb, want); g != w {
		tb.Fatalf("reports differ:\n got: %s\nwant: %s", g, w)
	}
}

// newFile writes r to a new file in a temporary folder and returns its path,
// closed.
func newFile(tb testing.TB, r *draft.Report) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "report.rap")
	f, err := Create(path, r)
	must(tb, err)
	must(tb, f.Close())
	return path
}

// dirFiles lists the names in the folder of path.
func dirFiles(tb testing.TB, path string) []string {
	tb.Helper()
	es, err := os.ReadDir(filepath.Dir(path))
	must(tb, err)
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

// alone fails unless the report is the only file in its folder.
func alone(tb testing.TB, path string) {
	tb.Helper()
	if got := dirFiles(tb, path); len(got) != 1 || got[0] != filepath.Base(path) {
		tb.Errorf("folder holds %q, want only %q", got, filepath.Base(path))
	}
}
