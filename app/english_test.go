package app

import (
	"strconv"
	"strings"
	"testing"

	"rapporteur/draft"
)

func TestPlural(t *testing.T) {
	for _, tc := range []struct {
		n    int
		noun string
		want string
	}{{0, "paragraph", "0 paragraphs"}, {1, "sub-item", "1 sub-item"}, {2, "sub-item", "2 sub-items"}, {1, "word", "1 word"}} {
		if got := plural(tc.n, tc.noun); got != tc.want {
			t.Errorf("plural(%d, %q) = %q, want %q", tc.n, tc.noun, got, tc.want)
		}
	}
}

// TestWindowSpeaksEnglish reads the counts and the findings the window
// shows: English counts, and no command line to type.
func TestWindowSpeaksEnglish(t *testing.T) {
	e, _ := openSample(t, big)
	if err := e.AddItem("Customs data model"); err != nil {
		t.Fatal(err)
	}
	if err := e.AddSubItem("Draft data model"); err != nil {
		t.Fatal(err)
	}
	e.para = -1
	if err := e.InsertParagraph(true); err != nil {
		t.Fatal(err)
	}
	n := e.num.Range(e.rep, e.item).First
	want := "1 sub-item · paragraph " + strconv.Itoa(n)
	if got := itemDetail(e, e.item); got != want {
		t.Errorf("item detail %q, want %q", got, want)
	}
	e.checks.refresh()
	found := false
	for _, f := range e.Findings() {
		text := findingText(f)
		if strings.Contains(text, "rapporteur ") || strings.Contains(text, "FILE") || strings.Contains(text, "¶") {
			t.Errorf("finding %q", text)
		}
		if f.Code == "no-conclusion" && f.Item == e.rep.ItemNumber(e.item) {
			found = true
			if want := "Item " + f.Item + ", paragraph " + strconv.Itoa(n) + ": the item has paragraphs but no conclusion block"; !strings.HasPrefix(text, want) {
				t.Errorf("finding %q, want it to start %q", text, want)
			}
		}
	}
	if !found {
		t.Errorf("no finding on the item without a conclusion: %v", e.Findings())
	}
	e.Show(nil, draft.New())
	if got := e.Counts(); got != "0 words · 0 paragraphs" {
		t.Errorf("counts %q", got)
	}
}
