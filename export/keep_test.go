package export

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"rapporteur/draft"
)

// keepReport has many items whose headings, category lines, sub-item
// headings and conclusion lead-ins fall at every height of the page.
func keepReport(t *testing.T) *draft.Report {
	t.Helper()
	r := draft.New()
	r.Meeting = draft.Meeting{Body: "Permanent Technical Committee", ShortName: "PTC", DocCode: "PC0998E1"}
	words := strings.Fields(longText(3))
	for i := 0; i < 40; i++ {
		it, err := r.InsertItem(i, fmt.Sprintf("Item with a heading number %d", i+1))
		if err != nil {
			t.Fatal(err)
		}
		var sub draft.ID
		if i%3 == 0 {
			it.Category = "For information only"
		}
		if i%4 == 1 {
			s, err := r.InsertSubItem(it, 0, fmt.Sprintf("Sub-item of item %d", i+1), "For decision")
			if err != nil {
				t.Fatal(err)
			}
			s.Docs = []string{"PC0900Ea"}
			sub = s.ID
		}
		for k := 0; k <= i%4; k++ {
			n := 12 + (i*37+k*53)%120
			if _, err := r.InsertParagraph(it, k, sub, strings.Join(words[:n], " ")+"."); err != nil {
				t.Fatal(err)
			}
		}
		conclude(t, r, it, "took note of the discussion", "agreed to come back to the matter")
	}
	return r
}

var headingLine = regexp.MustCompile(`^(ITEM [IVXLC]+ – |[a-z]\. Sub-item|\(For |Doc\. |\d+\.\s+In conclusion, the PTC:$)`)

// TestKeepWithNext checks that no page of the body ends in a heading, a
// category line, a document line or a conclusion lead-in, and that some
// headings were indeed carried to the top of a page.
func TestKeepWithNext(t *testing.T) {
	r := keepReport(t)
	pages := strings.Split(pdfText(t, export(t, r, Options{})), "\f")
	body := false
	carried := 0
	for p, page := range pages {
		lines := nonEmpty(page)
		if len(lines) < 2 {
			continue
		}
		if !body {
			body = strings.Contains(page, "ITEM I – ")
			continue // the title page and agenda
		}
		if last := lines[len(lines)-1]; headingLine.MatchString(last) {
			t.Errorf("page %d ends with a heading or lead-in: %q", p+1, last)
		}
		if strings.HasPrefix(lines[1], "ITEM ") { // lines[0] is the running header
			carried++
		}
	}
	if carried == 0 {
		t.Errorf("no page starts with an item heading: the layout never had to carry one over, so the test proves nothing")
	}
}

func nonEmpty(page string) []string {
	var out []string
	for _, l := range strings.Split(page, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
