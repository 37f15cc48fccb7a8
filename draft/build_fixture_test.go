package draft_test

// These tests read the real PTC report through the importer, so they live
// in the external test package: package draft itself never imports ingest.

import (
	"slices"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/ingest"
	"rapporteur/internal/fixture"
)

func fixtureReport(t *testing.T) *draft.Report {
	t.Helper()
	r, _, err := ingest.Text(fixture.Read(t, fixture.Name))
	if err != nil {
		t.Fatalf("ingest fixture: %v", err)
	}
	if len(r.Items) < 5 {
		t.Fatalf("fixture gave %d items, want at least 5", len(r.Items))
	}
	return r
}

func leadingVerbs(bs []*draft.Bullet) []string {
	var out []string
	for _, b := range bs {
		v, _ := draft.LeadingVerb(b.Text)
		out = append(out, v)
	}
	return out
}

// TestFixtureBuiltBlocks builds the conclusions of items III, IV and V from
// the fixture's agenda and checks verbs, presenter lists and punctuation.
func TestFixtureBuiltBlocks(t *testing.T) {
	r := fixtureReport(t)
	three := draft.BuildConclusion(r, r.Items[2], draft.BuildOptions{})
	wantVerbs := []string{"took note of", "took note of", "endorsed", "endorsed", "provided guidance on"}
	if got := leadingVerbs(three); !slices.Equal(got, wantVerbs) {
		t.Errorf("item III verbs = %q, want %q", got, wantVerbs)
	}
	c := &draft.Conclusion{Bullets: three}
	p := c.Punctuated()
	for i, s := range p {
		want := draft.Punctuation(i, len(p))
		if !strings.HasSuffix(s, want) || strings.HasSuffix(strings.TrimSuffix(s, want), ";") {
			t.Errorf("item III bullet %d = %q, want it to end %q once", i+1, s, want)
		}
	}
	if !strings.Contains(three[2].Text, ", including the PFCWG Work Programme") {
		t.Errorf("item III decision bullet lacks its attached work programme: %q", three[2].Text)
	}
	for _, b := range three {
		if strings.Contains(b.Text, "2023,") || strings.HasSuffix(b.Text, "2023") {
			t.Errorf("item III bullet keeps a meeting date: %q", b.Text)
		}
	}

	four := draft.BuildConclusion(r, r.Items[3], draft.BuildOptions{})
	if len(four) == 0 || four[0].Text != "took note, with thanks, of the presentation by Serbia" || four[0].Rule != draft.RulePresentations {
		t.Errorf("item IV presentations bullet = %v", bulletTexts(four))
	}
	five := draft.BuildConclusion(r, r.Items[4], draft.BuildOptions{})
	want := "took note, with thanks, of the presentations by the United States (US), the European Union (EU), Türkiye, Norway and Indonesia"
	if len(five) == 0 || five[0].Text != want {
		t.Errorf("item V presentations bullet = %q, want %q", bulletTexts(five), want)
	}
}

func bulletTexts(bs []*draft.Bullet) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Text)
	}
	return out
}

// TestFixtureHandConclusionsSurviveRebuild checks that the fixture's own
// conclusions import as hand-written bullets and come through a rebuild,
// and a rebuild after an agenda change, with the same texts in the same
// order.
func TestFixtureHandConclusionsSurviveRebuild(t *testing.T) {
	r := fixtureReport(t)
	before := map[int][]string{}
	for i, it := range r.Items {
		if it.Conclusion == nil {
			continue
		}
		for _, b := range it.Conclusion.Bullets {
			if b.Rule != "" || b.Edited {
				t.Errorf("item %s: imported bullet %q has rule %q edited %v, want a hand-written bullet", draft.Roman(i+1), b.Text, b.Rule, b.Edited)
			}
		}
		before[i] = bulletTexts(it.Conclusion.Bullets)
	}
	if len(before) < 5 {
		t.Fatalf("fixture gave %d conclusions, want 5", len(before))
	}
	three := r.Items[2]
	r.InsertSubItem(three, len(three.SubItems), "Report of the Auditors", "For decision")
	three.SubItems[0].Title = "Report from the Policy Commission"
	for i, it := range r.Items {
		draft.Rebuild(r, it, draft.BuildOptions{})
		if got := bulletTexts(it.Conclusion.Bullets); !slices.Equal(got, before[i]) {
			t.Errorf("item %s after rebuild:\n got %q\nwant %q", draft.Roman(i+1), got, before[i])
		}
	}
}

// TestFixtureChecks runs the checks over the real report: it must hold no
// error, and every finding must name an item.
func TestFixtureChecks(t *testing.T) {
	r := fixtureReport(t)
	fs := draft.Check(r)
	if draft.HasErrors(fs) {
		t.Errorf("the fixture report has errors: %v", fs)
	}
	for _, f := range fs {
		if f.Item == "" || f.Code == "" || f.Message == "" {
			t.Errorf("finding without item, code or message: %+v", f)
		}
	}
}
