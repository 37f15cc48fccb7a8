package draft

import (
	"slices"
	"strings"
	"testing"
)

// updatesItem builds an item shaped like the fixture's item III: two
// sub-items for information, three to take note, two for decision with
// attached points and one for guidance, each category line over a run.
func updatesItem(r *Report) *Item {
	it, _ := r.InsertItem(len(r.Items), "Update and reports")
	add := func(title string, cat Category, att ...string) {
		s, _ := r.InsertSubItem(it, len(it.SubItems), title, cat)
		s.Attachments = att
	}
	add("Report from the 90th Session of the Commission, 1-2 June 2024", "For information only")
	add("Report from the 150th Session of the Council, 3-5 June 2024", "For information only")
	add("Report on the joint Conference, 6-8 May 2024", "To take note")
	add("Oral Report on the Innovation Forum, 9-10 October 2024", "To take note")
	add("Report from the 70th Team Meeting (TM), 1-2 September 2024", "To take note")
	add("Report from the 7th Meeting of the Travel Working Group (TWG), 3-4 April 2024", "For decision", "TWG Work Programme 2024-2026")
	add("Report from the 69th Team Meeting (TM), 5-6 May 2024", "For decision", "Updated TM Work Programme", "Updated Maintenance Procedure")
	add("Oral Report from the 8th Meeting of the Travel Working Group (TWG), 7-8 October 2024 and other developments", "For guidance")
	return it
}

// commerceItem builds an item shaped like the fixture's item V: five
// sub-items, the first four with one presentation each.
func commerceItem(r *Report) *Item {
	it, _ := r.InsertItem(len(r.Items), "Commerce")
	it.Docs = []string{"PC0733Ea"}
	pres := []string{
		"Presentation by the United States (US) – updates on data pilots",
		"Presentation by the European Union (EU) on the reform",
		"Presentation by Türkiye", "Presentation by Norway", "Presentation by Indonesia",
	}
	subs := []struct {
		title string
		pres  []string
	}{
		{"Advance Data and Risk Management", pres[0:1]},
		{"Facilitation and Simplification", pres[1:3]},
		{"Fair Revenue Collection", pres[3:4]},
		{"Partnerships", pres[4:5]},
		{"Outline of a new tool on fulfilment", nil},
	}
	for _, sd := range subs {
		s, _ := r.InsertSubItem(it, len(it.SubItems), sd.title, "")
		for _, p := range sd.pres {
			s.Presentations = append(s.Presentations, Presentation{Text: p})
		}
	}
	return it
}

func bulletTexts(bs []*Bullet) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Text
	}
	return out
}

func bulletRules(bs []*Bullet) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Rule
	}
	return out
}

func TestBuildConclusionUpdates(t *testing.T) {
	r := New()
	r.Meeting.ShortName = "PTC"
	it := updatesItem(r)
	got := BuildConclusion(r, it, BuildOptions{})
	want := []string{
		"took note of the reports from the 90th Session of the Commission and from the 150th Session of the Council",
		"took note of the report on the joint Conference, the oral report on the Innovation Forum and the report from the 70th Team Meeting (TM)",
		"endorsed the report from the 7th Meeting of the Travel Working Group (TWG), including the TWG Work Programme 2024-2026",
		"endorsed the report from the 69th Team Meeting (TM), including the updated TM Work Programme and the updated Maintenance Procedure",
		"provided guidance on the oral report from the 8th Meeting of the Travel Working Group (TWG) and other developments",
	}
	if !slices.Equal(bulletTexts(got), want) {
		t.Errorf("bullets:\n got %q\nwant %q", bulletTexts(got), want)
	}
	s := it.SubItems
	wantRules := []string{RuleGroup(s[0].ID), RuleGroup(s[2].ID), RuleSub(s[5].ID), RuleSub(s[6].ID), RuleSub(s[7].ID)}
	if !slices.Equal(bulletRules(got), wantRules) {
		t.Errorf("rules = %q, want %q", bulletRules(got), wantRules)
	}
	c := &Conclusion{Bullets: got}
	p := c.Punctuated()
	if !strings.HasSuffix(p[0], "Council;") || !strings.HasSuffix(p[3], "Procedure; and") || !strings.HasSuffix(p[4], "developments.") {
		t.Errorf("punctuation wrong: %q", p)
	}
}

func TestBuildConclusionKeepDates(t *testing.T) {
	r := New()
	it := updatesItem(r)
	got := BuildConclusion(r, it, BuildOptions{KeepDates: true})
	want := "endorsed the report from the 7th Meeting of the Travel Working Group (TWG), held from 3 to 4 April 2024, including the TWG Work Programme 2024-2026"
	if got[2].Text != want {
		t.Errorf("bullet 3 = %q, want %q", got[2].Text, want)
	}
}

func TestBuildConclusionPresentations(t *testing.T) {
	r := New()
	it := commerceItem(r)
	got := BuildConclusion(r, it, BuildOptions{})
	want := []string{"took note, with thanks, of the presentations by the United States (US), the European Union (EU), Türkiye, Norway and Indonesia"}
	if !slices.Equal(bulletTexts(got), want) {
		t.Errorf("no categories: got %q, want %q", bulletTexts(got), want)
	}
	it.Category = "For discussion"
	it.SubItems[4].Category = "For guidance"
	got = BuildConclusion(r, it, BuildOptions{})
	want = []string{
		want[0],
		"discussed the Advance Data and Risk Management, the Facilitation and Simplification, the Fair Revenue Collection and the partnerships",
		"provided guidance on the outline of a new tool on fulfilment",
	}
	if !slices.Equal(bulletTexts(got), want) {
		t.Errorf("with categories:\n got %q\nwant %q", bulletTexts(got), want)
	}
	if got[0].Rule != RulePresentations {
		t.Errorf("first rule = %q, want %q", got[0].Rule, RulePresentations)
	}
}

func TestBuildConclusionPresentationPlace(t *testing.T) {
	r := New()
	it, _ := r.InsertItem(0, "Interconnectivity")
	for _, title := range []string{"Update of the Handbook", "Feasibility Study on Certificates", "Member’s experience on data exchange"} {
		r.InsertSubItem(it, len(it.SubItems), title, "To take note, for discussion")
	}
	it.SubItems[1].Category = "For decision"
	it.SubItems[2].Presentations = []Presentation{{Text: "Presentation by Serbia"}}
	got := bulletTexts(BuildConclusion(r, it, BuildOptions{}))
	want := []string{
		"discussed and took note of the update of the Handbook",
		"endorsed the Feasibility Study on Certificates",
		"took note, with thanks, of the presentation by Serbia",
		"discussed and took note of the Member’s experience on data exchange",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestBuildConclusionItemOnly(t *testing.T) {
	tests := []struct {
		name string
		it   Item
		want []string
	}{
		{"opening remarks", Item{Title: "Opening of the meeting", Presentations: []Presentation{{Text: "Opening remarks by Ana Pérez, Deputy Secretary General"}}},
			[]string{"took note of the opening remarks by Ana Pérez, Deputy Secretary General"}},
		{"decision", Item{Title: "ADOPTION OF THE AGENDA", Category: "For decision"}, []string{"endorsed the adoption of the agenda"}},
		{"guidance and decision", Item{Title: "Strategic Plan", Category: "For guidance and decision"}, []string{"provided guidance on and endorsed the Strategic Plan"}},
		{"no category", Item{Title: "Closing"}, nil},
		{"presentation sub-items", Item{Title: "Regional matters", SubItems: []*SubItem{
			{ID: 7, Title: "Presentation by the Regional Vice-Chair", Category: "To take note, for discussion"},
			{ID: 8, Title: "Presentation from Peru on trade", Category: "To take note, for discussion"}}},
			[]string{"took note, with thanks, of the presentations by the Regional Vice-Chair and Peru"}},
	}
	for _, tt := range tests {
		r := New()
		got := bulletTexts(BuildConclusion(r, &tt.it, BuildOptions{}))
		if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPresentationsText(t *testing.T) {
	p := func(s ...string) []Presentation {
		var out []Presentation
		for _, x := range s {
			out = append(out, Presentation{Text: x})
		}
		return out
	}
	tests := []struct {
		in   []Presentation
		want string
	}{
		{p("Presentation by Serbia"), "took note, with thanks, of the presentation by Serbia"},
		{p("Presentation by Serbia", "Presentation by Peru"), "took note, with thanks, of the presentations by Serbia and Peru"},
		{p("Presentation by Serbia", "Presentation by Serbia – part two", "Statement by Peru"), "took note, with thanks, of the presentations by Serbia and Peru"},
		{p("Statement by Peru"), "took note of the statement by Peru"},
	}
	for _, tt := range tests {
		if got := PresentationsText(tt.in); got != tt.want {
			t.Errorf("PresentationsText(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
