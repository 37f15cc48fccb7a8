package draft

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// checkReport builds a two-item report: item I with two paragraphs and a
// one-bullet conclusion, item II for decision with one paragraph and a
// conclusion that endorses. Cases then spoil one thing.
func checkReport() *Report {
	r := New()
	r.Meeting = Meeting{ShortName: "PTC", Language: "E", DocCode: "PC0737E1"}
	one, _ := r.InsertItem(0, "Opening")
	r.InsertParagraph(one, 0, 0, "The Chairperson opened the meeting.")
	r.InsertParagraph(one, 1, 0, "Delegates were welcomed.")
	c := r.AddConclusion(one)
	r.InsertBullet(c, 0, "took note of the opening remarks")
	two, _ := r.InsertItem(1, "Adoption of the agenda")
	two.Category = "For decision"
	two.Docs = []string{"PC0725Ed"}
	r.InsertParagraph(two, 0, 0, "The PTC was invited to adopt Doc. PC0725E (version d).")
	c = r.AddConclusion(two)
	r.InsertBullet(c, 0, "endorsed the draft Agenda")
	return r
}

type checkCase struct {
	name  string
	spoil func(r *Report)
	code  string
	fires bool
	item  string
	para  int
}

var checkCases = []checkCase{
	{"clean report", func(r *Report) {}, "", false, "", 0},

	{"no conclusion", func(r *Report) { r.Items[0].Conclusion = nil }, "no-conclusion", true, "I", 2},
	{"no conclusion, no paragraphs", func(r *Report) { r.Items[0].Conclusion = nil; r.Items[0].Paragraphs = nil }, "no-conclusion", false, "", 0},
	{"empty conclusion", func(r *Report) { r.Items[0].Conclusion.Bullets = nil }, "empty-conclusion", true, "I", 3},
	{"conclusion with a bullet", func(r *Report) {}, "empty-conclusion", false, "", 0},
	{"conclusion inside the body", func(r *Report) { r.Items[0].Paragraphs[0].Text = "In conclusion, the PTC: took note." }, "conclusion-not-last", true, "I", 1},
	{"conclusion word mid-text", func(r *Report) { r.Items[0].Paragraphs[0].Text = "He said in conclusion that all was well." }, "conclusion-not-last", false, "", 0},

	{"decision without verb", func(r *Report) { r.Items[1].Conclusion.Bullets[0].Text = "took note of the draft Agenda" }, "decision-without-verb", true, "II", 5},
	{"decision sub-item without verb", func(r *Report) {
		r.Items[1].Category = ""
		r.InsertSubItem(r.Items[1], 0, "Agenda", "For decision")
		r.Items[1].Conclusion.Bullets[0].Text = "discussed the draft Agenda"
	}, "decision-without-verb", true, "II", 5},
	{"decision with agreed to", func(r *Report) { r.Items[1].Conclusion.Bullets[0].Text = "discussed and agreed to the draft Agenda" }, "decision-without-verb", false, "", 0},
	{"information endorsed", func(r *Report) {
		r.Items[0].Category = "For information only"
		SetVerb(r.Items[0].Conclusion.Bullets[0], "endorsed")
	}, "information-endorsed", true, "I", 3},
	{"information took note", func(r *Report) { r.Items[0].Category = "For information only" }, "information-endorsed", false, "", 0},
	{"information and decision endorsed", func(r *Report) { r.Items[1].Category = "For information and decision" }, "information-endorsed", false, "", 0},

	{"malformed agenda code", func(r *Report) { r.Items[1].Docs = []string{"PC0725Ed", "0725"} }, "doc-malformed", true, "II", 0},
	{"malformed code in text", func(r *Report) { r.Items[0].Paragraphs[1].Text = "See Doc. PC0733a." }, "doc-malformed", true, "I", 2},
	{"well-formed codes", func(r *Report) {}, "doc-malformed", false, "", 0},
	{"other language", func(r *Report) { r.Items[1].Paragraphs[0].Text = "See Doc. PC0725Fd." }, "doc-language", true, "II", 4},
	{"language not set", func(r *Report) { r.Meeting.Language = ""; r.Items[1].Docs = []string{"PC0725Fd"} }, "doc-language", false, "", 0},
	{"older version", func(r *Report) { r.Items[1].Paragraphs[0].Text = "Versions: Doc. PC0725Eb." }, "doc-old-version", true, "II", 4},
	{"shorthand code", func(r *Report) { r.Items[1].Paragraphs[0].Text = "Doc. PC0725 was adopted." }, "doc-old-version", false, "", 0},
	{"not on agenda", func(r *Report) { r.Items[0].Paragraphs[0].Text = "Doc. PC0731Ea was introduced." }, "doc-not-on-agenda", true, "I", 1},
	{"own code not on agenda", func(r *Report) { r.Items[0].Paragraphs[0].Text = "This is Doc. PC0737E1." }, "doc-not-on-agenda", false, "", 0},

	{"reference past the end", func(r *Report) { r.Items[1].Paragraphs[0].Text = "As set out in paragraphs 2 to 9 above." }, "paragraph-ref-past-end", true, "II", 4},
	{"reference in range", func(r *Report) { r.Items[1].Paragraphs[0].Text = "See paragraph 2 above and paragraph 5." }, "paragraph-ref-past-end", false, "", 0},
	{"reference to another text", func(r *Report) { r.Items[1].Paragraphs[0].Text = "See paragraph 40 of Annex II and sub-paragraph 12." }, "paragraph-ref-past-end", false, "", 0},
}

func TestCheck(t *testing.T) {
	for _, tt := range checkCases {
		r := checkReport()
		tt.spoil(r)
		fs := Check(r)
		if tt.code == "" {
			if len(fs) != 0 {
				t.Errorf("%s: got findings %v, want none", tt.name, fs)
			}
			continue
		}
		var hit []Finding
		for _, f := range fs {
			if f.Code == tt.code {
				hit = append(hit, f)
			}
		}
		if !tt.fires {
			if len(hit) != 0 {
				t.Errorf("%s: %s fired: %v", tt.name, tt.code, hit)
			}
			continue
		}
		if len(hit) != 1 || hit[0].Item != tt.item || hit[0].Paragraph != tt.para || hit[0].Message == "" {
			t.Errorf("%s: got %v, want one %s at %s ¶%d", tt.name, hit, tt.code, tt.item, tt.para)
		}
	}
}

func TestCheckSeverities(t *testing.T) {
	r := checkReport()
	r.Items[0].Conclusion.Bullets = nil
	r.Items[1].Paragraphs[0].Text = "See paragraph 99."
	fs := Check(r)
	if !HasErrors(fs) {
		t.Fatalf("HasErrors = false for %v", fs)
	}
	got := []string{}
	for _, f := range fs {
		got = append(got, f.String())
	}
	want := []string{
		"I ¶3 error: the conclusion block has a lead-in but no bullets; write what the meeting concluded, or delete the block [empty-conclusion]",
		"II ¶4 error: refers to paragraph 99, but the report has paragraphs 1 to 5 only; correct the number [paragraph-ref-past-end]",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n got %q\nwant %q", got, want)
	}
	if HasErrors([]Finding{{Severity: SeverityWarning}}) {
		t.Errorf("HasErrors = true for a warning")
	}
}

func TestParagraphRefs(t *testing.T) {
	tests := []struct {
		text string
		want []int
	}{
		{"see paragraph 57 above", []int{57}},
		{"paragraphs 12 to 14", []int{12, 14}},
		{"Paragraphs 3, 5 and 9", []int{3, 5, 9}},
		{"paragraphs 12-14 and paragraph 2", []int{12, 14, 2}},
		{"paragraph 4 of Annex I", nil},
		{"paragraph 4 in Doc. PC0733", nil},
		{"sub-paragraph 3", nil},
		{"no reference here", nil},
	}
	for _, tt := range tests {
		if got := ParagraphRefs(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("ParagraphRefs(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func FuzzParagraphRefs(f *testing.F) {
	f.Add("see paragraphs 12 to 14 and paragraph 4 of Annex I")
	f.Add("sub-paragraph 3, paragraph 0")
	f.Fuzz(func(t *testing.T, text string) {
		refs := ParagraphRefs(text)
		if len(refs) > len(digitsRE.FindAllString(text, -1)) {
			t.Fatalf("ParagraphRefs(%q) = %v: more numbers than the text holds", text, refs)
		}
		for _, n := range refs {
			if n < 0 || !strings.Contains(text, strconv.Itoa(n)) {
				t.Fatalf("ParagraphRefs(%q) gave %d, not in the text", text, n)
			}
		}
	})
}

func TestCheckAgainst(t *testing.T) {
	prev := checkReport()
	prev.Items[1].Paragraphs[0].Text = "As noted in paragraph 2, the Agenda (Doc. PC0725Ed) was adopted."
	// An unchanged reference in paragraph 4 to paragraph 2 ("Delegates were welcomed").
	r := prev.Clone()
	one := r.Items[0]
	r.InsertParagraph(one, 0, 0, "A new first paragraph.")
	if fs := CheckAgainst(r, prev); !hasCode(fs, "paragraph-ref-moved", "II", 5, "now paragraph 3") {
		t.Errorf("moved reference not flagged: %v", fs)
	}
	// The rapporteur corrects it: no finding.
	r.Items[1].Paragraphs[0].Text = "As noted in paragraph 3, the Agenda (Doc. PC0725Ed) was adopted."
	if fs := CheckAgainst(r, prev); hasCode(fs, "paragraph-ref-moved", "", 0, "") {
		t.Errorf("corrected reference still flagged: %v", fs)
	}
	// The paragraph it pointed at is deleted.
	r2 := prev.Clone()
	r2.Items[0].DeleteParagraph(1)
	if fs := CheckAgainst(r2, prev); !hasCode(fs, "paragraph-ref-deleted", "II", 3, "deleted") {
		t.Errorf("deleted target not flagged: %v", fs)
	}
	if fs := CheckAgainst(prev.Clone(), prev); len(fs) != 0 {
		t.Errorf("unchanged report: got %v, want none", fs)
	}
	if fs := CheckAgainst(r, nil); hasCode(fs, "paragraph-ref-moved", "", 0, "") {
		t.Errorf("nil prev flagged moves: %v", fs)
	}
}

// hasCode reports whether fs holds a finding with code (and, when given,
// the item, paragraph and a message fragment).
func hasCode(fs []Finding, code, item string, para int, msg string) bool {
	for _, f := range fs {
		if f.Code == code && (item == "" || f.Item == item && f.Paragraph == para && strings.Contains(f.Message, msg)) {
			return true
		}
	}
	return false
}

func FuzzCheck(f *testing.F) {
	f.Add("See paragraphs 2 to 9 and Doc. PC0725Fb (version c).", "endorsed the plan", "PC07x")
	f.Add("In conclusion, Doc. 0733 and paragraph 0.", "", "PC0725Ed")
	f.Fuzz(func(t *testing.T, para, bullet, doc string) {
		r := checkReport()
		r.Items[0].Paragraphs[0].Text = para
		r.Items[1].Conclusion.Bullets[0].Text = bullet
		r.Items[1].Docs = []string{doc}
		total := r.Numbering().Total()
		for _, fd := range Check(r) {
			if fd.Severity != SeverityError && fd.Severity != SeverityWarning || fd.Code == "" || fd.Message == "" {
				t.Fatalf("malformed finding %+v", fd)
			}
			if fd.Item != "I" && fd.Item != "II" || fd.Paragraph < 0 || fd.Paragraph > total {
				t.Fatalf("finding %+v points outside the report", fd)
			}
		}
	})
}
