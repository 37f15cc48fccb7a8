package draft

import (
	"strings"
	"testing"
)

func TestVerbFor(t *testing.T) {
	tests := []struct {
		cat  Category
		want string
	}{
		{"For information only", "took note of"},
		{"To take note", "took note of"},
		{"For decision", "endorsed"},
		{"For guidance", "provided guidance on"},
		{"For discussion", "discussed"},
		{"To take note, for discussion", "discussed and took note of"},
		{"For guidance and decision", "provided guidance on and endorsed"},
		{"For information and discussion", "discussed and took note of"},
		{"For approval", "endorsed"},
		{"", ""},
		{"Miscellaneous", ""},
	}
	for _, tt := range tests {
		if got := VerbFor(tt.cat); got != tt.want {
			t.Errorf("VerbFor(%q) = %q, want %q", tt.cat, got, tt.want)
		}
	}
}

func TestLeadingVerb(t *testing.T) {
	tests := []struct {
		in, verb, rest string
	}{
		{"took note of the report", "took note of", "the report"},
		{"took note, with thanks, of the presentation by Serbia", "took note, with thanks, of", "the presentation by Serbia"},
		{"discussed and agreed to the review", "discussed and agreed to", "the review"},
		{"provided guidance on and endorsed the plan", "provided guidance on and endorsed", "the plan"},
		{"asked the Secretariat to report back", "asked the Secretariat to", "report back"},
		{"Endorsed the plan", "Endorsed", "the plan"},
		{"endorsement of the plan", "", "endorsement of the plan"},
		{"based on the presentations, identified areas", "", "based on the presentations, identified areas"},
		{"discussed and the rest", "discussed", "and the rest"},
		{"", "", ""},
	}
	for _, tt := range tests {
		v, rest := LeadingVerb(tt.in)
		if v != tt.verb || rest != tt.rest {
			t.Errorf("LeadingVerb(%q) = %q, %q; want %q, %q", tt.in, v, rest, tt.verb, tt.rest)
		}
	}
}

func TestSetVerb(t *testing.T) {
	tests := []struct {
		text, rule, verb string
		want             string
		edited           bool
	}{
		{"took note of the report", "sub:3", "endorsed", "endorsed the report", true},
		{"took note, with thanks, of the presentation", "presentations", "took note of", "took note of the presentation", true},
		{"discussed and agreed to the review", "", "approved", "approved the review", false},
		{"the work programme", "", "adopted", "adopted the work programme", false},
		{"endorsed the plan", "sub:4", "endorsed", "endorsed the plan", false},
	}
	for _, tt := range tests {
		b := &Bullet{Text: tt.text, Rule: tt.rule}
		SetVerb(b, tt.verb)
		if b.Text != tt.want || b.Edited != tt.edited {
			t.Errorf("SetVerb(%q, %q) = %q edited %v; want %q edited %v", tt.text, tt.verb, b.Text, b.Edited, tt.want, tt.edited)
		}
	}
}

func TestHasDecisionVerb(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"endorsed the report", true},
		{"discussed and agreed to the review", true},
		{"Adopted the Agenda", true},
		{"took note of the agreed text", false},
		{"expressed its thanks and approved the plan", true},
		{"took note of the report", false},
		{"provided guidance on the endorsement", false},
	}
	for _, tt := range tests {
		if got := HasDecisionVerb(tt.text); got != tt.want {
			t.Errorf("HasDecisionVerb(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestVerbsListed(t *testing.T) {
	for _, v := range []string{"took note of", "took note, with thanks, of", "endorsed", "provided guidance on", "discussed", "adopted", "approved", "agreed to", "decided", "expressed", "encouraged", "invited", "asked the Secretariat to"} {
		found := false
		for _, w := range Verbs {
			found = found || w == v
		}
		if !found {
			t.Errorf("Verbs lacks %q", v)
		}
	}
}

func FuzzLeadingVerb(f *testing.F) {
	f.Add("discussed and agreed to the review")
	f.Add("took note, with thanks, of and")
	f.Fuzz(func(t *testing.T, text string) {
		verb, rest := LeadingVerb(text)
		trimmed := strings.TrimSpace(text)
		if !strings.HasPrefix(trimmed, verb) || !strings.HasSuffix(trimmed, rest) || len(verb)+len(rest) > len(trimmed) {
			t.Fatalf("LeadingVerb(%q) = %q, %q: not a split of the text", text, verb, rest)
		}
		b := &Bullet{Text: text, Rule: "sub:1"}
		SetVerb(b, "endorsed")
		if v, _ := LeadingVerb(b.Text); v != "endorsed" && !strings.HasPrefix(strings.ToLower(v), "endorsed") {
			t.Fatalf("SetVerb(%q, endorsed) = %q opens with %q", text, b.Text, v)
		}
	})
}
