package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/internal/fixture"
)

// The fixture's facts are checked against the fixture itself where they are
// text: the expected paragraph openings and bullet texts are read from the raw
// file by a simple, independent scan, so no sentence of it is copied here.

func importFixture(t *testing.T) (*draft.Report, []string, string) {
	t.Helper()
	raw := fixture.Read(t, fixture.Name)
	r, warn, err := Text(raw)
	if err != nil {
		t.Fatalf("Text(fixture): %v", err)
	}
	if err := r.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	return r, warn, string(raw)
}

func TestFixtureItems(t *testing.T) {
	r, _, _ := importFixture(t)
	wantTitles := []string{"OPENING OF THE MEETING", "ADOPTION OF THE AGENDA", "UPDATE AND REPORTS",
		"CROSS-BORDER REGULATORY INTERCONNECTIVITY FRAMEWORK", "E-COMMERCE"}
	wantRanges := [][2]int{{1, 2}, {3, 6}, {7, 20}, {21, 36}, {37, 68}}
	wantConcl := []int{2, 6, 20, 36, 68}
	wantBullets := []int{1, 1, 6, 5, 6}
	if len(r.Items) != len(wantTitles) {
		t.Fatalf("got %d items, want %d", len(r.Items), len(wantTitles))
	}
	n := r.Numbering()
	if n.Total() != 68 {
		t.Errorf("got %d paragraphs, want 68", n.Total())
	}
	for i, it := range r.Items {
		if it.Title != wantTitles[i] {
			t.Errorf("item %s title: got %q, want %q", draft.Roman(i+1), it.Title, wantTitles[i])
		}
		if g := n.Range(r, i); g.First != wantRanges[i][0] || g.Last != wantRanges[i][1] {
			t.Errorf("item %s range: got %d-%d, want %d-%d", draft.Roman(i+1), g.First, g.Last, wantRanges[i][0], wantRanges[i][1])
		}
		if got := n.ConclusionNumber(r, i); got != wantConcl[i] {
			t.Errorf("item %s conclusion at %d, want %d", draft.Roman(i+1), got, wantConcl[i])
			continue
		}
		if got := len(it.Conclusion.Bullets); got != wantBullets[i] {
			t.Errorf("item %s: %d bullets, want %d", draft.Roman(i+1), got, wantBullets[i])
		}
		if it.Conclusion.LeadIn != "" {
			t.Errorf("item %s lead-in %q, want the derived default", draft.Roman(i+1), it.Conclusion.LeadIn)
		}
	}
	if r.Meeting.ShortName != "PTC" {
		t.Errorf("short name %q, want PTC", r.Meeting.ShortName)
	}
	if r.Meeting.Body != "Permanent Technical Committee" {
		t.Errorf("body %q, want the name the text defines for PTC", r.Meeting.Body)
	}
}

// rawParagraphs scans the fixture for lines that open paragraph 1, 2, 3, …
// in turn and returns the first three words after each number.
func rawParagraphs(raw string) map[int]string {
	out := map[int]string{}
	next := 1
	for _, l := range strings.Split(raw, "\n") {
		f := strings.Fields(l)
		if len(f) > 3 && f[0] == strconv.Itoa(next)+"." {
			out[next] = strings.Join(f[1:4], " ")
			next++
		}
	}
	return out
}

func TestFixtureParagraphNumbers(t *testing.T) {
	r, warn, raw := importFixture(t)
	want := rawParagraphs(raw)
	if len(want) != 68 {
		t.Fatalf("scan of the fixture found %d paragraph openings, want 68", len(want))
	}
	n := r.Numbering()
	flat := squash(raw)
	for i, it := range r.Items {
		for k, p := range it.Paragraphs {
			num := n.Number(i, k)
			if got := strings.Join(strings.Fields(p.Text)[:3], " "); got != want[num] {
				t.Errorf("paragraph %d opens %q, the fixture's %d. opens %q", num, got, num, want[num])
			}
			if !strings.Contains(flat, squash(p.Text)) {
				t.Errorf("paragraph %d is not the fixture's text: %.60q", num, p.Text)
			}
			if strings.Contains(p.Text, "  ") || strings.TrimSpace(p.Text) != p.Text {
				t.Errorf("paragraph %d has runs of spaces or untrimmed ends", num)
			}
		}
		if c := it.Conclusion; c != nil {
			num := n.ConclusionNumber(r, i)
			if lead := c.LeadInFor(r.Meeting); strings.Join(strings.Fields(lead)[:3], " ") != want[num] {
				t.Errorf("conclusion %d lead-in %q, fixture opens %q", num, lead, want[num])
			}
		}
	}
	for _, w := range warn {
		if strings.Contains(w, "paragraph") {
			t.Errorf("unexpected warning on the fixture: %s", w)
		}
	}
}

func squash(s string) string { return strings.Join(strings.Fields(s), "") }

var rawBulletRE = regexp.MustCompile(`^\s*[\x{f0b7}•●]\s*`)

// rawConclusions returns the fixture's conclusion bullets, joined by the
// rule the issue states: a line ending in a hyphen after a letter joins the
// next without a space, other lines with one space.
func rawConclusions(raw string) [][]string {
	var out [][]string
	in := false
	var cur []string
	for _, l := range strings.Split(raw, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case strings.Contains(t, "In conclusion, the PTC:"):
			in = true
			out = append(out, nil)
		case in && rawBulletRE.MatchString(l):
			cur = append(cur, rawBulletRE.ReplaceAllString(l, ""))
			out[len(out)-1] = append(out[len(out)-1], "")
		case in && (strings.HasPrefix(t, "ITEM ") || regexp.MustCompile(`^\d+\. `).MatchString(t)):
			in = false
		case in:
			cur = append(cur, t)
		}
		if in && len(cur) > 0 && len(out[len(out)-1]) > 0 {
			b := &out[len(out)-1][len(out[len(out)-1])-1]
			*b = oracleJoin(*b, strings.Join(cur, " "))
			cur = nil
		}
	}
	return out
}

func oracleJoin(a, b string) string {
	b = strings.Join(strings.Fields(b), " ")
	if a == "" {
		return b
	}
	if len(a) > 1 && strings.HasSuffix(a, "-") && strings.ContainsAny(a[len(a)-2:len(a)-1], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return a + b
	}
	return a + " " + b
}

func TestFixtureConclusionBullets(t *testing.T) {
	r, _, raw := importFixture(t)
	want := rawConclusions(raw)
	if len(want) != 5 {
		t.Fatalf("scan found %d conclusion blocks, want 5", len(want))
	}
	for i, it := range r.Items {
		got := it.Conclusion.Punctuated()
		if len(got) != len(want[i]) {
			t.Errorf("item %s: %d bullets, fixture has %d", draft.Roman(i+1), len(got), len(want[i]))
			continue
		}
		for k := range got {
			if got[k] != want[i][k] {
				t.Errorf("item %s bullet %d:\n got %q\nwant %q", draft.Roman(i+1), k+1, got[k], want[i][k])
			}
			if b := it.Conclusion.Bullets[k].Text; draft.StripPunctuation(b) != b {
				t.Errorf("item %s bullet %d stored with its joining punctuation: %q", draft.Roman(i+1), k+1, b)
			}
		}
	}
	// Item V's first bullet, word by word: it wraps over three lines.
	first := r.Items[4].Conclusion.Bullets[0].Text
	for _, part := range []string{"took note, with thanks,", "the European Union (EU), Türkiye, Norway and Indonesia", "E-Commerce FoS"} {
		if !strings.Contains(first, part) {
			t.Errorf("item V bullet 1 %q lacks %q", first, part)
		}
	}
	second := r.Items[4].Conclusion.Bullets[1].Text
	if !strings.Contains(second, "the E-Commerce Package that") || strings.Contains(second, "E- ") {
		t.Errorf("item V bullet 2 did not join its hyphenated wrap: %q", second)
	}
}

// TestFixtureNothingLost checks that every line of the fixture is in the
// report or in the import log, and that its log holds no warning.
func TestFixtureNothingLost(t *testing.T) {
	raw := fixture.Read(t, fixture.Name)
	res, err := Import(raw)
	if err != nil {
		t.Fatal(err)
	}
	checkAccounted(t, string(raw), res)
	for _, w := range res.Log.Warnings() {
		if !strings.Contains(w, "The agenda table lists items XIV, XV and XVI, which the text does not have") { // the fixture's table goes beyond item V
			t.Errorf("warning on the fixture: %s", w)
		}
	}
	if !res.Report.Style.IsDefault() || res.Kind != KindReport {
		t.Errorf("style %+v kind %s, want the PTC's report", res.Report.Style, res.Kind)
	}
}
