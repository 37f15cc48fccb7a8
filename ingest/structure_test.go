package ingest

import (
	"slices"
	"strings"
	"testing"

	"rapporteur/draft"
)

func TestConclusions(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		short   string
		leadIn  string   // stored lead-in; "" is the derived default
		bullets []string // stored texts; nil means no conclusion
		paras   int
	}{
		{"default lead-in", "ITEM I – X\n1. Text.\n2. In conclusion, the Council:\n• took note of the report;\n• endorsed the plan; and\n• thanked the Chair.\n",
			"Council", "", []string{"took note of the report", "endorsed the plan", "thanked the Chair"}, 1},
		{"dash and star bullets", "ITEM I – X\n1. In conclusion, the SCF:\n- took note of the\nreport;\n* agreed to meet again.\n",
			"SCF", "", []string{"took note of the report", "agreed to meet again"}, 0},
		{"a delegate's conclusion is a paragraph", "ITEM I – X\n1. In conclusion, the Delegate of Chile thanked the Chair.\n",
			"", "", nil, 1},
		{"lead-in wrapped over two lines", "ITEM I – X\n1. In conclusion, the Standing\nCommittee:\n• took note of the report.\n",
			"Standing Committee", "", []string{"took note of the report"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, _ := parse(t, c.in)
			it := r.Items[0]
			if r.Meeting.ShortName != c.short {
				t.Errorf("short name %q, want %q", r.Meeting.ShortName, c.short)
			}
			if len(it.Paragraphs) != c.paras {
				t.Errorf("%d paragraphs %q, want %d", len(it.Paragraphs), texts(it), c.paras)
			}
			if c.bullets == nil {
				if it.Conclusion != nil {
					t.Errorf("got a conclusion, want none")
				}
				return
			}
			if it.Conclusion == nil {
				t.Fatalf("no conclusion; paragraphs %q", texts(it))
			}
			var got []string
			for _, b := range it.Conclusion.Bullets {
				got = append(got, b.Text)
			}
			if !slices.Equal(got, c.bullets) {
				t.Errorf("bullets %q, want %q", got, c.bullets)
			}
			if it.Conclusion.LeadIn != c.leadIn {
				t.Errorf("lead-in %q, want %q", it.Conclusion.LeadIn, c.leadIn)
			}
		})
	}
}

func TestConclusionFollowedByText(t *testing.T) {
	r, warn := parse(t, "ITEM I – X\n1. In conclusion, the SCF:\n• took note of the report.\n2. Later the Chair spoke again.\n")
	it := r.Items[0]
	if it.Conclusion != nil || len(it.Paragraphs) != 2 {
		t.Fatalf("conclusion %v, paragraphs %q; want the block folded into paragraph 1", it.Conclusion, texts(it))
	}
	if want := "In conclusion, the SCF: • took note of the report."; it.Paragraphs[0].Text != want {
		t.Errorf("folded text %q, want %q", it.Paragraphs[0].Text, want)
	}
	if !hasWarning(warn, "conclusion block is followed by more text") {
		t.Errorf("warnings %q, want one about the folded conclusion", warn)
	}
}

func TestHeaderLinesAndLeadIn(t *testing.T) {
	in := "Organization: Northern Rivers Organization\nBody: Standing Committee on Fisheries\nShort name: SCF\n" +
		"Sessions: 12th Session\nDates: 3-5 March 2025\nVenue: Tromsø\nDocument: SF0101E1\n\n" +
		"ITEM I – OPENING\n1. In conclusion, the Committee:\n• took note.\n"
	r, _ := parse(t, in)
	want := draft.Meeting{Organization: "Northern Rivers Organization", Body: "Standing Committee on Fisheries", ShortName: "SCF",
		Sessions: "12th Session", Dates: "3-5 March 2025", Venue: "Tromsø", DocCode: "SF0101E1", Language: "E"}
	if r.Meeting != want {
		t.Errorf("meeting %+v, want %+v", r.Meeting, want)
	}
	if got := r.Items[0].Conclusion.LeadIn; got != "In conclusion, the Committee:" {
		t.Errorf("lead-in %q, want the hand-written one kept", got)
	}
}

func TestTitleBlockAndAgendaTable(t *testing.T) {
	in := "NORTHERN RIVERS ORGANIZATION\nSTANDING COMMITTEE ON FISHERIES (SCF)\nSF0101E1\n12th Session\nTromsø, 3-5 March 2025\n\n" +
		"I. Opening 1-2\nII. Reports\n\n  3-9\nIII. Closing 10-11\n\n" +
		"ITEM I – OPENING\n1. Text.\n2. More.\nITEM II – REPORTS\n3. Text.\n"
	r, warn := parse(t, in)
	want := draft.Meeting{Organization: "Northern Rivers Organization", Body: "Standing Committee on Fisheries", ShortName: "SCF",
		Sessions: "12th Session", Dates: "3-5 March 2025", Venue: "Tromsø", DocCode: "SF0101E1", Language: "E"}
	if r.Meeting != want {
		t.Errorf("meeting %+v, want %+v", r.Meeting, want)
	}
	if len(r.Items) != 2 {
		t.Errorf("%d items, want 2: the agenda table must not become items", len(r.Items))
	}
	if !slices.Contains(warn, "line 8: the agenda table gives item II paragraphs 3-9; the text gives 3") {
		t.Errorf("warnings %q, want the split range 3-9 checked against paragraph 3", warn)
	}
	if !hasWarning(warn, "III", "does not have") {
		t.Errorf("warnings %q, want item III reported missing", warn)
	}
}

func TestAgendaParts(t *testing.T) {
	in := "ITEM I – REPORTS OF THE\nWORKING GROUPS\n(For guidance)\n(For decision)\na. Report of the Salmon\nWorking Group\nDoc. SF0102E (version b)\n• Work plan 2025-2027\n" +
		"b. Report of the Eel Group\n\uf0b7 Presentation by Norway on eel\npassage\n(To take note)\nc. Other business\nDocs. SF0103Ea and SF0104Ea\nDoc. XYZ\n" +
		"1. The item opened.\nb. Report of the Eel Group\n2. Eels were discussed.\nITEM II – CLOSING\n(For information only)\nDoc. SF0109Ea\n"
	r, warn := parse(t, in)
	it := r.Items[0]
	if it.Title != "REPORTS OF THE WORKING GROUPS" || it.Category != "For guidance" {
		t.Errorf("item I title %q category %q", it.Title, it.Category)
	}
	if len(it.SubItems) != 3 {
		t.Fatalf("%d sub-items, want 3", len(it.SubItems))
	}
	a, b, c := it.SubItems[0], it.SubItems[1], it.SubItems[2]
	if a.Title != "Report of the Salmon Working Group" || a.Category != "For decision" || !slices.Equal(a.Docs, []string{"SF0102Eb"}) || !slices.Equal(a.Attachments, []string{"Work plan 2025-2027"}) {
		t.Errorf("sub-item a %+v", *a)
	}
	if b.Category != "For decision" || len(b.Presentations) != 1 || b.Presentations[0].Text != "Presentation by Norway on eel passage" {
		t.Errorf("sub-item b %+v", *b)
	}
	if c.Category != "To take note" || !slices.Equal(c.Docs, []string{"SF0103Ea", "SF0104Ea", "XYZ"}) {
		t.Errorf("sub-item c %+v", *c)
	}
	if !hasWarning(warn, "XYZ", "kept as written") {
		t.Errorf("warnings %q, want the unknown code kept with a warning", warn)
	}
	if it.Paragraphs[0].Sub != 0 || it.Paragraphs[1].Sub != b.ID {
		t.Errorf("paragraph subs %d, %d; want item, then b (%d)", it.Paragraphs[0].Sub, it.Paragraphs[1].Sub, b.ID)
	}
	closing := r.Items[1]
	if closing.Category != "For information only" || !slices.Equal(closing.Docs, []string{"SF0109Ea"}) {
		t.Errorf("item II category %q docs %v", closing.Category, closing.Docs)
	}
}

func TestListInsideParagraph(t *testing.T) {
	r, _ := parse(t, "ITEM I – X\n1. The delegates raised three points:\n• data quality;\n• costs; and\n• timing.\n2. Next.\n")
	it := r.Items[0]
	want := "The delegates raised three points: • data quality; • costs; and • timing."
	if len(it.Paragraphs) != 2 || it.Paragraphs[0].Text != want {
		t.Errorf("paragraphs %q, want the list kept in paragraph 1", texts(it))
	}
}

func TestPageBreakLeftovers(t *testing.T) {
	in := "Document: SF0101E1\nITEM I – X\n\n1. The text runs on\n\f- 2 -\n\nSF0101E1\n\nacross the page break\nPage 3 of 9\nand\n\n12\n\nends.\n2. Next.\n"
	r, _ := parse(t, in)
	if got := r.Items[0].Paragraphs[0].Text; got != "The text runs on across the page break and ends." {
		t.Errorf("paragraph %q, want the page leftovers dropped", got)
	}
}

func TestAnnexes(t *testing.T) {
	in := "ITEM I – X\n1. The statements are set out in\nAnnex II hereto.\n" +
		"ANNEX I – LIST OF PARTICIPANTS\n\nNORWAY\nMs Kari Nordmann\n\nICELAND\nMs Jóna Jónsdóttir\n\n" +
		"Annex II: Statements\n\nThe statement of Chile.\n\nThe statement of Peru.\n"
	r, _ := parse(t, in)
	if got := r.Items[0].Paragraphs[0].Text; !strings.HasSuffix(got, "Annex II hereto.") {
		t.Errorf("paragraph %q: a mention of an annex must stay in the text", got)
	}
	if len(r.Annexes) != 2 {
		t.Fatalf("%d annexes, want 2", len(r.Annexes))
	}
	if a := r.Annexes[0]; a.Title != "LIST OF PARTICIPANTS" || a.Body != "NORWAY\nMs Kari Nordmann\n\nICELAND\nMs Jóna Jónsdóttir" {
		t.Errorf("annex I %q body %q", a.Title, a.Body)
	}
	if a := r.Annexes[1]; a.Title != "Statements" || len(a.Paragraphs()) != 2 {
		t.Errorf("annex II %q paragraphs %q", a.Title, a.Paragraphs())
	}
}

func TestAnnexFromPdftotext(t *testing.T) {
	long := "This line is long enough to have been wrapped by the layout of the page it sat on,"
	in := "ITEM I – X\n\n1. " + long + "\n\nand it goes on here.\n\n2. " + long + "\n\nand ends here.\n\n" +
		"ANNEX I\n\nLIST OF PARTICIPANTS\n\n" + long + "\n\nso the annex joins it.\n\nNORWAY\n\n"
	r, _ := parse(t, in)
	if len(r.Annexes) != 1 {
		t.Fatalf("%d annexes, want 1", len(r.Annexes))
	}
	a := r.Annexes[0]
	if want := long + " so the annex joins it.\n\nNORWAY"; a.Title != "LIST OF PARTICIPANTS" || a.Body != want {
		t.Errorf("annex %q body %q, want %q", a.Title, a.Body, want)
	}
}

func TestNormalisation(t *testing.T) {
	in := "\ufeffITEM I – OPENING\r\n1. Presentation by Tu\u0308rkiye   on\r\n\r\nthe plan.\r\n"
	r, _ := parse(t, in)
	if got := r.Items[0].Paragraphs[0].Text; got != "Presentation by Türkiye on the plan." {
		t.Errorf("paragraph %q, want NFC text with one space between words", got)
	}
	if r.Items[0].Title != "OPENING" {
		t.Errorf("title %q, want OPENING", r.Items[0].Title)
	}
}

func TestAfterLabel(t *testing.T) {
	tests := []struct {
		line, text string
		n          int
		ok         bool
	}{
		{"37. The Secretariat", "The Secretariat", 2, true},
		{"37.", "", 2, true},
		{"37.\tTabbed", "Tabbed", 2, true},
		{"37.5 per cent", "", 2, false},
		{"37 The", "", 2, false},
		{"a. Title", "Title", 1, true},
		{"a.b. not a label", "", 1, false},
		{"", "", 0, false},
	}
	for _, tt := range tests {
		text, ok := afterLabel(tt.line, tt.n)
		if text != tt.text || ok != tt.ok {
			t.Errorf("afterLabel(%q, %d) = %q, %v; want %q, %v", tt.line, tt.n, text, ok, tt.text, tt.ok)
		}
	}
}

// TestTitlePageBodyName reads a title page in the shape secretariats print:
// the organization in two languages, a tagline that names a council, then
// the body in capitals. The body is the line in capitals, not the tagline.
func TestTitlePageBodyName(t *testing.T) {
	in := "HP0214E1\n\n INTERNATIONAL HARBOUR COOPERATION ORGANIZATION\n ORGANISATION INTERNATIONALE DE COOPÉRATION PORTUAIRE\n" +
		" Established in 1971 as the Harbour Cooperation Council\n\n HARBOUR PROCEDURES COMMITTEE\n\n 17th Session\n\n Lisbon, 3 March 2026.\n\n" +
		"SUMMARY REPORT\n\nITEM I – OPENING\n\n1. The Chair opened the session.\n"
	r, _ := parse(t, in)
	m := r.Meeting
	if m.Body != "Harbour Procedures Committee" || m.Organization != "International Harbour Cooperation Organization" ||
		m.Sessions != "17th Session" || m.DocCode != "HP0214E1" || m.Venue != "Lisbon" {
		t.Errorf("meeting = %+v", m)
	}
}

// TestAnnexPagesNamingTheirDocument reads annex pages headed the way
// secretariats print them, "Annex I to Doc. HP0214E1" with the title in
// capitals below and the code in brackets, and page furniture ("x x x", a
// rule) that must not reach the text.
func TestAnnexPagesNamingTheirDocument(t *testing.T) {
	in := "ITEM I – OPENING OF THE SESSION\n\n1. The Chairperson opened the session and welcomed the\n\ndelegates attending in the room and those following it\n\nonline from their capitals.\n\n" +
		"2. In conclusion, the HPC:\n\n• took note of the opening remarks.\n\n" +
		"                    Annex I to Doc. HP0214E1\n\n                    (HP0214E1)\n\n          LIST OF PARTICIPANTS\n\n Chairperson: Ana Ferreira (Portugal)\n\n x x x\n\n" +
		"                    ANNEX II TO THE SUMMARY REPORT\n\n          STATEMENT RECEIVED\n\n The delegation expressed its concern.\n\n _______________\n"
	r, _ := parse(t, in)
	if got := r.Items[0].Conclusion.Punctuated(); len(got) != 1 || got[0] != "took note of the opening remarks." {
		t.Errorf("conclusion bullets %q: annex text leaked into them", got)
	}
	var titles, bodies []string
	for _, a := range r.Annexes {
		titles, bodies = append(titles, a.Title), append(bodies, a.Body)
	}
	if want := []string{"LIST OF PARTICIPANTS", "STATEMENT RECEIVED"}; !slices.Equal(titles, want) {
		t.Fatalf("annex titles %q, want %q", titles, want)
	}
	for _, b := range bodies {
		if strings.Contains(b, "x x x") || strings.Contains(b, "___") || strings.Contains(b, "(HP0214E1)") {
			t.Errorf("page furniture in annex body %q", b)
		}
	}
	if !strings.Contains(bodies[0], "Ana Ferreira") || !strings.Contains(bodies[1], "expressed its concern") {
		t.Errorf("annex bodies %q", bodies)
	}
}

// TestAnnexMarkerThenHeading reads our own PDF's annex page as pdftotext
// gives it: the page marker "Annex I to Doc. …", then the heading "ANNEX I"
// and the title. That is one annex, titled, with its lines as paragraphs.
func TestAnnexMarkerThenHeading(t *testing.T) {
	in := "ITEM I – OPENING\n1. The session opened.\n\f" +
		"Annex I to Doc. HP0214E1\n\nANNEX I\nLIST OF PARTICIPANTS\nChairperson: Ana Ferreira (Portugal)\nSecretariat: Jonas Berg\n"
	r, warn := parse(t, in)
	if len(r.Annexes) != 1 {
		t.Fatalf("%d annexes (warnings %q), want 1", len(r.Annexes), warn)
	}
	a := r.Annexes[0]
	if a.Title != "LIST OF PARTICIPANTS" || !slices.Equal(a.Paragraphs(), []string{"Chairperson: Ana Ferreira (Portugal)", "Secretariat: Jonas Berg"}) {
		t.Errorf("annex %q paragraphs %q", a.Title, a.Paragraphs())
	}
}

// TestTitleBlockBodyDefinedWithShortName reads a title block whose
// organization is a council and whose body is named with its short name.
func TestTitleBlockBodyDefinedWithShortName(t *testing.T) {
	in := "HP0214E1\n\nINTERNATIONAL HARBOUR COOPERATION COUNCIL\n\nHARBOUR PROCEDURES COMMITTEE (HPC)\n17th Session\nLisbon, 3-4 March 2026\n\nSUMMARY REPORT\n\n" +
		"ITEM I – OPENING\n\n1. The session opened.\n"
	r, _ := parse(t, in)
	m := r.Meeting
	if m.Organization != "International Harbour Cooperation Council" || m.Body != "Harbour Procedures Committee" || m.ShortName != "HPC" ||
		m.Dates != "3-4 March 2026" || m.Venue != "Lisbon" {
		t.Errorf("meeting = %+v", m)
	}
}

// TestPageNumbersAtPageHeads reads paragraphs broken across pages the way
// pdftotext writes them: a form feed, the running header (document code),
// then the page number as "7." or "- 7 -". Neither reaches the text.
func TestPageNumbersAtPageHeads(t *testing.T) {
	for _, num := range []string{"7.", "- 7 -", "7"} {
		in := "HP0214E1\n\nITEM I – OPENING\n\n1. The Chair opened the session and\n\n\fHP0214E1\n\n" + num + "\n\nwelcomed the delegates.\n\n2. The agenda was adopted.\n"
		r, _ := parse(t, in)
		got := texts(r.Items[0])
		if want := []string{"The Chair opened the session and welcomed the delegates.", "The agenda was adopted."}; !slices.Equal(got, want) {
			t.Errorf("page number %q: paragraphs %q, want %q", num, got, want)
		}
	}
}
