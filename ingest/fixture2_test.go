package ingest

import (
	"slices"
	"strings"
	"testing"

	"rapporteur/draft"
)

func TestFixtureSubItems(t *testing.T) {
	r, _, raw := importFixture(t)
	iii := r.Items[2]
	wantCats := []draft.Category{"For information only", "For information only", "To take note", "To take note",
		"To take note", "For decision", "For decision", "For guidance"}
	if len(iii.SubItems) != len(wantCats) {
		t.Fatalf("item III: %d sub-items, want %d", len(iii.SubItems), len(wantCats))
	}
	flat := squash(raw)
	for j, s := range iii.SubItems {
		if s.Category != wantCats[j] {
			t.Errorf("III%s category %q, want %q", draft.SubItemLetter(j), s.Category, wantCats[j])
		}
		if s.Title == "" || !strings.Contains(flat, squash(s.Title)) || strings.Contains(s.Title, "  ") {
			t.Errorf("III%s title %q is not the fixture's heading", draft.SubItemLetter(j), s.Title)
		}
	}
	if iii.Category != "" {
		t.Errorf("item III category %q, want none (its category lines belong to sub-items)", iii.Category)
	}
	for j, want := range map[int]int{5: 1, 6: 2, 0: 0, 7: 0} {
		if got := len(iii.SubItems[j].Attachments); got != want {
			t.Errorf("III%s: %d attachments, want %d", draft.SubItemLetter(j), got, want)
		}
	}
	if !strings.HasSuffix(iii.SubItems[4].Title, "28-29 September 2023") {
		t.Errorf("III e title not joined over its wrap: %q", iii.SubItems[4].Title)
	}
	if p := iii.Paragraphs[0]; p.Sub != 0 {
		t.Errorf("paragraph 7 is under a sub-item, want the item as a whole")
	}
	if p := iii.Paragraphs[1]; p.Sub != iii.SubItems[2].ID {
		t.Errorf("paragraph 8 is not under sub-item c")
	}
	if !strings.Contains(iii.Paragraphs[0].Text, "sub-item h.") {
		t.Errorf("paragraph 7 did not join %q over its wrap", "sub-item")
	}

	iv := r.Items[3]
	if len(iv.SubItems) != 4 {
		t.Fatalf("item IV: %d sub-items, want 4", len(iv.SubItems))
	}
	if !slices.Equal(iv.SubItems[0].Docs, []string{"PC0727Ea"}) || !slices.Equal(iv.SubItems[3].Docs, []string{"PC0728Ea"}) {
		t.Errorf("item IV docs: a %v, d %v; want PC0727Ea, PC0728Ea", iv.SubItems[0].Docs, iv.SubItems[3].Docs)
	}
	if iv.Paragraphs[0].Sub != iv.SubItems[0].ID {
		t.Errorf("paragraph 21 is not under IV a")
	}

	v := r.Items[4]
	if !slices.Equal(v.Docs, []string{"PC0733Ea"}) {
		t.Errorf("item V docs %v, want [PC0733Ea]", v.Docs)
	}
	if len(v.SubItems) != 5 {
		t.Fatalf("item V: %d sub-items, want 5", len(v.SubItems))
	}
	var who []string
	for _, s := range v.SubItems {
		for _, pr := range s.Presentations {
			who = append(who, pr.Presenter())
		}
	}
	want := []string{"United States", "European Union", "Türkiye", "Norway", "Indonesia"}
	if len(who) != len(want) {
		t.Fatalf("item V presenters %q, want %q", who, want)
	}
	for k := range want {
		if !strings.Contains(who[k], want[k]) {
			t.Errorf("item V presenter %d %q, want %q", k+1, who[k], want[k])
		}
	}
	if !strings.Contains(v.SubItems[1].Presentations[0].Text, "e-commerce-related") {
		t.Errorf("item V b presentation not joined over its hyphen wrap: %q", v.SubItems[1].Presentations[0].Text)
	}
	i1 := r.Items[0]
	if len(i1.Presentations) != 1 || i1.Presentations[0].Kind() != "opening remarks" {
		t.Errorf("item I presentations %v, want one opening remarks", i1.Presentations)
	}
}
