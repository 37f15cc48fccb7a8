package ingest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"rapporteur/draft"
)

// The rules of issue 13, each tried on short texts written for the test.

// imp imports text that must import, checks the report and that no line
// went missing, and returns the result.
func imp(t *testing.T, in string) *Result {
	t.Helper()
	res, err := Import([]byte(in))
	if err != nil {
		t.Fatalf("Import: %v\n%s", err, in)
	}
	if err := res.Report.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	checkAccounted(t, in, res)
	return res
}

// structure writes a report's structure on one line per item: its number
// range, sub-item count and whether it has a conclusion with how many
// bullets: "69-74 s1 c2".
func structure(r *draft.Report) []string {
	n := r.Numbering()
	var out []string
	for i, it := range r.Items {
		s := fmt.Sprintf("%s s%d", n.Range(r, i), len(it.SubItems))
		if it.Conclusion != nil {
			s += fmt.Sprintf(" c%d", len(it.Conclusion.Bullets))
		}
		out = append(out, s)
	}
	return out
}

func paraTexts(r *draft.Report) []string {
	var out []string
	for _, it := range r.Items {
		out = append(out, texts(it)...)
	}
	return out
}

func TestReadLabel(t *testing.T) {
	cases := []struct {
		in    string
		kind  labelKind
		num   int
		roman int
		text  string
	}{
		{"ITEM IV – CROSS-BORDER", lItemKW, 4, 0, "CROSS-BORDER"},
		{"Item 4. Recommendations", lItemKW, 4, 0, "Recommendations"},
		{"Item 1.", lItemKW, 1, 0, ""},
		{"Agenda item 3: Finance", lItemKW, 3, 0, "Finance"},
		{"Item 8 of the provisional agenda", lNone, 0, 0, ""},
		{"IV. Title", lRoman, 0, 4, "Title"},
		{"IV – Title", lRoman, 0, 4, "Title"},
		{"IV\tTitle", lRoman, 0, 4, "Title"},
		{"IV", lRoman, 0, 4, ""},
		{"Introduction", lNone, 0, 0, ""},
		{"LIST OF PARTICIPANTS", lNone, 0, 0, ""},
		{"CONCLUSIONS", lNone, 0, 0, ""},
		{"I think so", lNone, 0, 0, ""},
		{"MIX of goods", lNone, 0, 0, ""},
		{"37. The Secretariat", lArabic, 37, 0, "The Secretariat"},
		{"37.", lArabic, 37, 0, ""},
		{"12345. Text", lArabic, 12345, 0, "Text"},
		{"37.5 per cent", lNone, 0, 0, ""},
		{"3.2 Examination of the budget", lDecimal, 3, 0, "Examination of the budget"},
		{"2016 saw", lNone, 0, 0, ""},
		{"2.1. New accessions", lDecimal, 2, 0, "New accessions"},
		{"2.1 New accessions", lDecimal, 2, 0, "New accessions"},
		{"a. Update", lLetter, 0, 0, "Update"},
		{"A. Opening", lLetter, 0, 0, "Opening"},
		{"(a) took note", lParen, 0, 0, "took note"},
		{"(iv) fourth", lParen, 0, 4, "fourth"},
		{"1) first", lParen, 1, 0, "first"},
		{"ii. second", lRoman, 0, 2, "second"},
		{"• point", lBullet, 0, 0, "point"},
		{"- point", lBullet, 0, 0, "point"},
	}
	for _, c := range cases {
		l := readLabel(tabbed("", c.in, collapse(c.in)))
		if l.kind != c.kind || l.kind == lNone && c.kind == lNone {
			if l.kind != c.kind {
				t.Errorf("readLabel(%q) kind %d, want %d", c.in, l.kind, c.kind)
			}
			continue
		}
		if c.num != 0 && l.num != c.num || c.roman != 0 && l.roman != c.roman || l.text != c.text {
			t.Errorf("readLabel(%q) = num %d roman %d text %q; want %d %d %q", c.in, l.num, l.roman, l.text, c.num, c.roman, c.text)
		}
	}
}

// TestInnerEnumerations keeps enumerations inside their paragraph: Roman
// and lettered points, "1)" points, numbered points after a colon.
func TestInnerEnumerations(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string // shape
		para string   // a paragraph's text that must come out whole
	}{
		{"roman points after a colon",
			"ITEM I – A\n1. Three themes emerged from the responses:\ni. cost;\nii. time; and\niii. quality.\nThe Secretariat agreed.\n2. Next.\n",
			[]string{"1-2 s0"}, "Three themes emerged from the responses: i. cost; ii. time; and iii. quality. The Secretariat agreed."},
		{"roman points with eight sub-items before",
			"ITEM I – A\na. One\nb. Two\nc. Three\nd. Four\ne. Five\nf. Six\ng. Seven\nh. Eight\n1. The themes were these.\ni. cost;\nii. time.\n2. Next.\n",
			[]string{"1-2 s8"}, "The themes were these. i. cost; ii. time."},
		{"lettered points",
			"Report of the Committee on its first session\nI. Opening\n1.\nThe Committee decided:\n(a) to meet again;\n(b) to report.\n2.\nClosing.\nII. Other\n3.\nNothing.\n",
			[]string{"1-2 s0", "3 s0"}, "The Committee decided: (a) to meet again; (b) to report."},
		{"numbered points after a colon",
			"ITEM I – A\n5. The plan has three parts:\n1. data;\n2. staff; and\n3. money.\n6. The PTC agreed.\n",
			[]string{"5-6 s0"}, "The plan has three parts: 1. data; 2. staff; and 3. money."},
		{"bracketed numbers",
			"ITEM I – A\n1. Two steps follow:\n1) first;\n2) second.\n2. Next.\n",
			[]string{"1-2 s0"}, "Two steps follow: 1) first; 2) second."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := imp(t, c.in)
			if got := structure(res.Report); !slices.Equal(got, c.want) {
				t.Errorf("shape %q, want %q; paragraphs %q", got, c.want, paraTexts(res.Report))
			}
			if !slices.Contains(paraTexts(res.Report), c.para) {
				t.Errorf("paragraphs %q, want one %q", paraTexts(res.Report), c.para)
			}
		})
	}
}

// TestSubItemLetters: letters run in order within an item; a letter out
// of order inside running text is text.
func TestSubItemLetters(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		want  []string
		warn  string
		title string // the last sub-item's title
	}{
		{"in order", "ITEM I – A\na. First\nb. Second\n1. Text.\n", []string{"1 s2"}, "", "Second"},
		{"letter in running text", "ITEM I – A\na. First\n1. Whether sub-items\nf. and g. were merged was asked.\n2. Next.\n", []string{"1-2 s1"}, "", "First"},
		{"a letter missing between headings", "ITEM I – A\na. First\nc. Third\n1. Text.\n", []string{"1 s2"}, "sub-item c follows sub-item a", "Third"},
		{"repeated heading", "ITEM I – A\na. First\nb. Second\n1. Text.\nb. Second\n2. Under b.\n", []string{"1-2 s2"}, "", "Second"},
		{"repeated letter naming no sub-item", "ITEM I – A\na. First\nb. Second\n1. Text.\na. minor point in the text\n2. Next.\n", []string{"1-2 s2"}, "", "Second"},
		{"UN capitals", "Draft report of the Plenary on its fifth session\nI. Matters\nA.\nReports\n1.\nText.\nB.\nOther reports\n2.\nMore.\nII. Closing\n3.\nDone.\n", []string{"1-2 s2", "3 s0"}, "", "Other reports"},
		{"agenda brackets", "Provisional agenda\nItem 7.\nRecommendations\n(a) Standards for approval\nThe standards will be presented.\n(b) Other deliverables\nItem 8.\nOther business\n", []string{" s2", " s0"}, "", "Other deliverables"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := imp(t, c.in)
			r := res.Report
			if got := structure(r); !slices.Equal(got, c.want) {
				t.Errorf("shape %q, want %q; paragraphs %q", got, c.want, paraTexts(r))
			}
			if c.warn != "" && !hasWarning(res.Log.Warnings(), c.warn) {
				t.Errorf("warnings %q, want %q", res.Log.Warnings(), c.warn)
			}
			it := r.Items[0]
			if n := len(it.SubItems); n > 0 && it.SubItems[n-1].Title != c.title {
				t.Errorf("last sub-item %q, want %q", it.SubItems[n-1].Title, c.title)
			}
		})
	}
}

// TestWrappedHeadings: a heading wrapped over two lines is one heading.
func TestWrappedHeadings(t *testing.T) {
	cases := []struct {
		name, in, title string
	}{
		{"PTC capitals", "ITEM IV – CROSS-BORDER REGULATORY\nINTERCONNECTIVITY FRAMEWORK\n1. Text.\n", "CROSS-BORDER REGULATORY INTERCONNECTIVITY FRAMEWORK"},
		{"UN title broken after a small word", "Report of the Board on its second session\nI. Adoption of the agenda and organization of\nwork (agenda item 1)\n1.\nThe agenda was adopted.\nII. Closing\n2.\nClosed.\n", "Adoption of the agenda and organization of work (agenda item 1)"},
		{"UN number alone", "Summary report\nI.\n\nChallenges and opportunities to achieving value chain\ntraceability\n1.\nText.\nII.\nClosing\n2.\nClosed.\n", "Challenges and opportunities to achieving value chain traceability"},
		{"minutes capitals with a comma", "MINUTES\n1. APPROVAL OF THE MINUTES\nApproved.\n2. SEVENTH CONFERENCE: ORGANIZATION OF THE MEETING,\nCHAIRMANSHIP, AGENDA\nThe Committee adopted the drafts.\n3. CLOSING\nClosed.\n", "SEVENTH CONFERENCE: ORGANIZATION OF THE MEETING, CHAIRMANSHIP, AGENDA"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := imp(t, c.in).Report
			var titles []string
			for _, it := range r.Items {
				titles = append(titles, it.Title)
			}
			if !slices.Contains(titles, c.title) {
				t.Errorf("titles %q, want one %q", titles, c.title)
			}
		})
	}
}

// TestHeadingsAreWholeTokens: "Introduction" is no item I "ntroduction",
// "LIST OF PARTICIPANTS" no item LI, a Roman numeral needs a separator.
func TestHeadingsAreWholeTokens(t *testing.T) {
	in := "ITEM I – OPENING\n1. Text.\nIntroduction\nLIST OF PARTICIPANTS\nCONCLUSIONS\nIV and V were discussed.\nITEM II – CLOSING\n2. Closed.\n"
	r := imp(t, in).Report
	if len(r.Items) != 2 || r.Items[1].Title != "CLOSING" {
		t.Fatalf("items %v, want OPENING and CLOSING", structure(r))
	}
	lines := []Line{
		{Text: "Introduction", Style: StyleHeading, Level: 1, Whole: true},
		{Text: "The background.", Whole: true},
		{Text: "I. Opening", Style: StyleHeading, Level: 1, Whole: true},
		{Text: "Text.", Label: "1.", Whole: true},
		{Text: "CONCLUSIONS", Style: StyleHeading, Level: 1, Whole: true},
		{Text: "II. Closing", Style: StyleHeading, Level: 1, Whole: true},
		{Text: "Closed.", Label: "2.", Whole: true},
		{Text: "Summary report", Style: StyleTitle, Whole: true},
	}
	lines = append(lines[7:], lines[:7]...)
	res, err := ReadLines(places(lines))
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, it := range res.Report.Items {
		titles = append(titles, it.Title)
	}
	if want := []string{"Opening", "Closing"}; !slices.Equal(titles, want) {
		t.Errorf("items %q, want %q", titles, want)
	}
}

// places numbers hinted lines as paragraphs of a Word body.
func places(ls []Line) []Line {
	for i := range ls {
		ls[i].Place = Place{Para: i + 1}
	}
	return ls
}

// TestHeadingStylesAreHints: a heading-styled line that is no item,
// sub-item, category or document line is a presentation or a sub-heading,
// never a numbered paragraph; Word's list numbers are the paragraphs' own.
func TestHeadingStylesAreHints(t *testing.T) {
	lines := places([]Line{
		{Text: "Summary report", Style: StyleTitle, Whole: true},
		{Text: "ITEM I – OPENING OF THE MEETING", Style: StyleHeading, Level: 1, Whole: true},
		{Text: "Opening remarks by the Secretary General", Style: StyleHeading, Level: 2, Whole: true},
		{Text: "The Chair opened the session.", Label: "1.", Style: StyleList, Whole: true},
		{Text: "In conclusion, the PTC:", Label: "2.", Style: StyleList, Whole: true},
		{Text: "took note of the opening remarks.", Label: "•", Whole: true},
		{Text: "ITEM II – E-COMMERCE", Style: StyleHeading, Level: 1, Whole: true},
		{Text: "Presentation by Serbia", Style: StyleHeading, Level: 2, Whole: true},
		{Text: "Serbia presented its pilot.", Label: "3.", Style: StyleList, Whole: true},
		{Text: "Questions from the floor", Style: StyleHeading, Level: 3, Whole: true},
		{Text: "Delegates asked about costs.", Label: "4.", Style: StyleList, Whole: true},
	})
	res, err := ReadLines(lines)
	if err != nil {
		t.Fatal(err)
	}
	r := res.Report
	if got, want := structure(r), []string{"1-2 s0 c1", "3-4 s0"}; !slices.Equal(got, want) {
		t.Errorf("shape %q, want %q; paragraphs %q", got, want, paraTexts(r))
	}
	if len(r.Items[0].Presentations) != 1 || len(r.Items[1].Presentations) != 1 {
		t.Errorf("presentations %v / %v, want one each", r.Items[0].Presentations, r.Items[1].Presentations)
	}
	for _, w := range res.Log.Warnings() {
		t.Errorf("unexpected warning: %s", w)
	}
	if !logHas(res.Log, LogDropped, "Questions from the floor") {
		t.Errorf("the sub-heading is not in the log: %v", res.Log)
	}
}

func logHas(l Log, k EntryKind, text string) bool {
	for _, e := range l {
		if e.Kind == k && strings.Contains(e.Text, text) {
			return true
		}
	}
	return false
}

// TestHouseStyles reads the same little report written four ways.
func TestHouseStyles(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		style draft.HouseStyle
		want  []string
	}{
		{"PTC", "ITEM I – OPENING\n1. Opened.\n2. In conclusion, the PTC:\n• took note.\nITEM II – CLOSING\n3. Closed.\n",
			draft.HouseStyle{}, []string{"1-2 s0 c1", "3 s0"}},
		{"UN sections, numbers on their own line", "Report of the Committee on its first session\nI. Opening\n1.\nOpened.\n2.\nIn conclusion, the Committee:\n(a) took note.\nII. Closing\n3.\nClosed.\n",
			draft.HouseStyle{Headings: draft.HeadSection, Paragraphs: draft.ParaOwnLine}, []string{"1-2 s0 c1", "3 s0"}},
		{"item keyword, Arabic", "Annotated provisional agenda\nItem 1. Opening\nItem 2. Closing\n",
			draft.HouseStyle{Items: draft.ItemsArabic}, []string{" s0", " s0"}},
		{"minutes 1, 2, 2.1", "MINUTES\n1. OPENING\nThe President opened the meeting.\n2. FINANCE\n2.1. Accounts\nThe accounts were approved.\n2.2. Budget\nThe budget was adopted.\n3. CLOSING\nThe meeting closed.\n",
			draft.HouseStyle{Items: draft.ItemsArabic, SubItems: draft.SubDecimal, Headings: draft.HeadNumber, Paragraphs: draft.ParaUnnumbered}, []string{"1 s0", "2-3 s2", "4 s0"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := imp(t, c.in).Report
			if r.Style != c.style {
				t.Errorf("style %+v, want %+v", r.Style, c.style)
			}
			if got := structure(r); !slices.Equal(got, c.want) {
				t.Errorf("shape %q, want %q; paragraphs %q", got, c.want, paraTexts(r))
			}
		})
	}
}

// TestDecisionMarks keeps "(Decision 3)" and "Decision 18-01: …" with the
// paragraph they close.
func TestDecisionMarks(t *testing.T) {
	in := "Report of the Committee on its first session\nI. Opening\n1.\nThe agenda was adopted.\n(Decision 1)\n2.\nThe Committee endorsed the plan.\nDecision 18-02: The Committee adopts the plan.\nII. Closing\n3.\nClosed. (Decision 3)\n"
	r := imp(t, in).Report
	want := []string{"The agenda was adopted. (Decision 1)", "The Committee endorsed the plan. Decision 18-02: The Committee adopts the plan.", "Closed. (Decision 3)"}
	if got := paraTexts(r); !slices.Equal(got, want) {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
}

// TestFurnitureDropped: running headers, document symbols, job numbers,
// page numbers and footers are dropped, each with its place and reason.
func TestFurnitureDropped(t *testing.T) {
	page := func(n int, body string) string {
		return fmt.Sprintf("\fECE/X/2024/2\n\n%s\n\n%d\n\n", body, n)
	}
	in := "Report of the Committee on its first session\n\nGE.24-01234(E)\n\n*2401234*\n" +
		page(1, "I.\n\nOpening\n1.\nThe Chair opened the session and") +
		page(2, "welcomed the delegates.\n2.\nThe agenda was adopted.") +
		page(3, "II.\n\nClosing\n3.\nThe session closed.\nPlease recycle") +
		page(4, "4.\nThe Chair thanked the delegates.")
	res := imp(t, in)
	r := res.Report
	if got, want := paraTexts(r), []string{"The Chair opened the session and welcomed the delegates.", "The agenda was adopted.", "The session closed.", "The Chair thanked the delegates."}; !slices.Equal(got, want) {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
	for _, text := range []string{"ECE/X/2024/2", "GE.24-01234(E)", "2", "3", "Please recycle"} {
		if !logHas(res.Log, LogFurniture, text) {
			t.Errorf("%q is not logged as furniture: %v", text, res.Log)
		}
	}
	for _, e := range res.Log {
		if e.Kind == LogFurniture && (e.Place.Line == 0 || e.Reason == "") {
			t.Errorf("furniture entry without place or reason: %v", e)
		}
	}
}

// TestFootnotesKeptApart reads a footnote at a page's foot, number alone
// and number before its text, and one from Word.
func TestFootnotesKeptApart(t *testing.T) {
	in := "Report of the Committee on its first session\n\fI.\n\nOpening\n1.\nThe Committee met in Geneva.1\n\n1\n\nSee document ECE/X/2023/4.\n\n2 The list of participants is online.\n\n" +
		"\fII.\n\nClosing\n2.\nThe session closed.2\n"
	r := imp(t, in).Report
	if got, want := paraTexts(r), []string{"The Committee met in Geneva.1", "The session closed.2"}; !slices.Equal(got, want) {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
	want := []draft.Footnote{{Label: "1", Text: "See document ECE/X/2023/4."}, {Label: "2", Text: "The list of participants is online."}}
	if !slices.Equal(r.Footnotes, want) {
		t.Errorf("notes %q, want %q", r.Footnotes, want)
	}
	res, err := ReadLines(places([]Line{
		{Text: "ITEM I – OPENING", Style: StyleHeading, Level: 1, Whole: true},
		{Text: "Text.", Label: "1.", Whole: true},
		{Text: "A note.", Label: "1", Style: StyleFootnote, Whole: true},
	}))
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Report.Footnotes; len(got) != 1 || got[0] != (draft.Footnote{Label: "1", Text: "A note."}) {
		t.Errorf("Word notes %q", got)
	}
}

// TestLeadInsForAnyBody reads conclusions led in for any body, with
// bullets or lettered points.
func TestLeadInsForAnyBody(t *testing.T) {
	for _, body := range []string{"Committee", "Plenary", "Working Party"} {
		in := "ITEM I – A\n1. Text.\n2. In conclusion, the " + body + ":\n(a) took note of the report;\n(b) endorsed the plan.\n"
		r := imp(t, in).Report
		c := r.Items[0].Conclusion
		if c == nil || len(c.Bullets) != 2 || c.Bullets[1].Text != "endorsed the plan" {
			t.Errorf("%s: conclusion %+v", body, c)
		}
	}
}

// TestParagraphNumbersOfAnyLength reads five-digit numbers as numbers.
func TestParagraphNumbersOfAnyLength(t *testing.T) {
	in := "ITEM CCL – LONG\n\n9999. One.\n\n10000. Two.\n\n10001. Three.\n"
	r := imp(t, in).Report
	if got := r.Numbering().Total(); got != 3 || r.FirstParagraph != 0 && r.Numbering().First() != 9999 {
		t.Errorf("%d paragraphs from %d, want 3 from 9999 (%q)", got, r.Numbering().First(), paraTexts(r))
	}
}

// TestAgendaTableCorrects finds the reading the agenda table's ranges
// confirm and says what it corrected.
func TestAgendaTableCorrects(t *testing.T) {
	in := "I. Opening 1-2\nII. Reports 3-4\n\nITEM I – OPENING\n(For information only)\nThe Chair welcomed the delegates.\n1. The Chair opened the meeting.\n2. In conclusion, the PTC:\n• took note.\n" +
		"ITEM II – REPORTS\n3. The Secretariat reported.\n4. In conclusion, the PTC:\n• took note of the reports.\n"
	res := imp(t, in)
	if got, want := structure(res.Report), []string{"1-2 s0 c1", "3-4 s0 c1"}; !slices.Equal(got, want) {
		t.Errorf("shape %q, want %q", got, want)
	}
	if res.Log.Count(LogCorrection) != 1 {
		t.Errorf("log %v, want one correction", res.Log)
	}
	if got := res.Report.Items[0].Paragraphs[0].Text; got != "The Chair welcomed the delegates. The Chair opened the meeting." {
		t.Errorf("paragraph 1 %q", got)
	}
	for _, w := range res.Log.Warnings() {
		if strings.Contains(w, "the text gives") {
			t.Errorf("a disagreement is left: %s", w)
		}
	}
}

// TestAgendaTableSplits cuts a paragraph where the agenda table wants one
// to start and a line there starts with that number, read as text: the
// reading is forced here, since the document's numbers rarely leave one.
func TestAgendaTableSplits(t *testing.T) {
	in := "I. Opening 1-3\n\nITEM I – OPENING\n1. The Chair opened the meeting.\n2. Members spoke.\n3. The PTC agreed.\n"
	tr := newTextReader(len(in))
	for _, l := range strings.Split(in, "\n") {
		tr.add(l)
	}
	rd := newReader(tr.out, nil)
	rd.furniture()
	rd.st = rd.detectStyle()
	rd.titles()
	first := rd.items()
	rd.measure(first)
	annex := rd.annexStart(first)
	fm := rd.readFront(first)
	rd.paragraphNumbers(first, annex, fm.firstParagraph())
	for i := range rd.ls {
		if strings.HasPrefix(rd.ls[i].text, "2. ") {
			rd.dec[i] = dText // as if the numbers had not confirmed it
		}
	}
	p := newParser(rd)
	p.run(first, annex)
	if got := structure(p.r); !slices.Equal(got, []string{"1-2 s0"}) {
		t.Fatalf("before the correction %q", got)
	}
	fm.reconcile(p)
	if got := structure(p.r); !slices.Equal(got, []string{"1-3 s0"}) {
		t.Errorf("after the correction %q, want 1-3", got)
	}
	if got := texts(p.r.Items[0]); !slices.Equal(got, []string{"The Chair opened the meeting.", "Members spoke.", "The PTC agreed."}) {
		t.Errorf("paragraphs %q", got)
	}
	if rd.log.Count(LogCorrection) != 1 {
		t.Errorf("log %v, want one correction", rd.log)
	}
}

// TestUNReportShapes: a title wrapped over two lines still says "report",
// "Annex I" alone heads an annex whose title is on the next line, and a
// sub-heading numbered on its own ("1. Africa") between paragraphs is no
// paragraph.
func TestUNReportShapes(t *testing.T) {
	in := "Report of the United Nations Centre for Trade Facilitation and\nElectronic Business on its twenty-fourth session\n\n" +
		"I.\n\nMatters arising\nA.\n\nReports of the rapporteurs\n1.\nThe rapporteurs reported.\n1. Africa\n2.\nThe rapporteur for Africa reported on the region.\n" +
		"II.\n\nClosing\n3.\nThe session closed, as recorded in\nAnnex I hereto.\n\fAnnex I\n\nList of decisions\nDecision 1: the agenda.\n"
	res := imp(t, in)
	r := res.Report
	if got, want := structure(r), []string{"1-2 s1", "3 s0"}; !slices.Equal(got, want) {
		t.Errorf("structure %q, want %q; paragraphs %q", got, want, paraTexts(r))
	}
	if got := paraTexts(r); got[0] != "The rapporteurs reported." || got[2] != "The session closed, as recorded in Annex I hereto." {
		t.Errorf("paragraphs %q", got)
	}
	if len(r.Annexes) != 1 || r.Annexes[0].Title != "List of decisions" || r.Annexes[0].Body != "Decision 1: the agenda." {
		t.Errorf("annexes %+v", r.Annexes)
	}
	if !logHas(res.Log, LogDropped, "1. Africa") {
		t.Errorf("the sub-heading is not logged: %v", res.Log)
	}
}

// TestPresentationsWithoutBullets reads presentation lines that lost their
// bullet or their heading style on the way to text as presentations.
func TestPresentationsWithoutBullets(t *testing.T) {
	in := "ITEM I – OPENING OF THE MEETING\n\nOpening remarks by the Deputy Secretary General\n\n1. The Chair opened the session.\n\n" +
		"ITEM II – E-COMMERCE\n\na. Advance data\n\nPresentation by Serbia\n\nPresentation by Kenya\n\n2. Serbia and Kenya presented their pilots.\n\n" +
		"3. The Delegate gave a presentation by video\n\non the pilot.\n"
	r := imp(t, in).Report
	if got, want := structure(r), []string{"1 s0", "2-3 s1"}; !slices.Equal(got, want) {
		t.Errorf("structure %q, want %q; paragraphs %q", got, want, paraTexts(r))
	}
	if len(r.Items[0].Presentations) != 1 || len(r.Items[1].SubItems[0].Presentations) != 2 {
		t.Errorf("presentations %v, %v", r.Items[0].Presentations, r.Items[1].SubItems[0].Presentations)
	}
	if r.Items[1].SubItems[0].Title != "Advance data" {
		t.Errorf("sub-item title %q", r.Items[1].SubItems[0].Title)
	}
}

// TestWordStylesWeighedWithText: a paragraph Word styles as a heading by
// mistake keeps its number when its text is prose, and unnumbered prose so
// styled is text; a short line numbered or lettered on its own under a
// heading, before a numbered paragraph, is a sub-heading, logged; a
// lettered Word paragraph after a list that ends with a full stop heads
// the next sub-item.
func TestWordStylesWeighedWithText(t *testing.T) {
	mandate := "The mandate reads as follows, and it is recalled in full here because it frames every later discussion of the session."
	res, err := ReadLines(places([]Line{
		{Text: "Report of the Working Party on its first session", Style: StyleTitle, Whole: true},
		{Text: "Opening", Label: "I.", Style: StyleHeading, Level: 1, Whole: true},
		{Text: "The Chair opened the session and welcomed the delegations of the member States.", Label: "1.", Whole: true},
		{Text: "The Working Party recalled the mandate given to it by the Committee at its last session, and the tasks set out in its programme of work.", Label: "2.", Style: StyleHeading, Level: 1, Whole: true},
		{Text: mandate, Style: StyleHeading, Level: 1, Whole: true},
		{Text: "Reports", Label: "II.", Style: StyleHeading, Level: 1, Whole: true},
		{Text: "Reports of the bureau", Label: "A.", Whole: true},
		{Text: "Introduction", Label: "1.", Whole: true},
		{Text: "The bureau reported on its work:", Label: "3.", Whole: true},
		{Text: "meetings held;", Label: "•", Whole: true},
		{Text: "documents issued.", Label: "•", Whole: true},
		{Text: "Reports of the secretariat", Label: "B.", Whole: true},
		{Text: "(a) Budget", Whole: true},
		{Text: "The secretariat presented the budget.", Label: "4.", Whole: true},
	}))
	if err != nil {
		t.Fatal(err)
	}
	r := res.Report
	if got, want := structure(r), []string{"1-2 s0", "3-4 s2"}; !slices.Equal(got, want) {
		t.Fatalf("shape %q, want %q; paragraphs %q", got, want, paraTexts(r))
	}
	if got := r.Items[0].Paragraphs[1].Text; !strings.HasSuffix(got, mandate) {
		t.Errorf("paragraph 2 %q, want the mandate in it", got)
	}
	if got := r.Items[1].SubItems[1].Title; got != "Reports of the secretariat" {
		t.Errorf("sub-item b %q", got)
	}
	for _, h := range []string{"Introduction", "Budget"} {
		if !logHas(res.Log, LogDropped, h) {
			t.Errorf("the sub-heading %q is not in the log: %v", h, res.Log)
		}
	}
	for _, w := range res.Log.Warnings() {
		t.Errorf("unexpected warning: %s", w)
	}
}

// TestRunningHeaderCodeIsTheFirst: of two document codes repeated at the
// edges of pages, the meeting's code is the one that stands first, every
// time (it was the one a map's order gave).
func TestRunningHeaderCodeIsTheFirst(t *testing.T) {
	in := "ECE/AGAT/2020/1\nReport of the Advisory Group on its first session\nI. Opening\n1. The Chair opened the session.\nAGAT/2020/1\n" +
		"\fECE/AGAT/2020/1\n2. The agenda was adopted.\nAGAT/2020/1\n\fECE/AGAT/2020/1\n3. The session closed.\nAGAT/2020/1\n"
	for range 30 {
		if got := imp(t, in).Report.Meeting.DocCode; got != "ECE/AGAT/2020/1" {
			t.Fatalf("document code %q, want ECE/AGAT/2020/1", got)
		}
	}
}

// TestBodyReportTitles: a title block that names a kind of report a body
// issues ("Background report") above the body's name is a report's, the
// body's name read over two lines; the same sections under "Background
// paper", or a background report with no body named, are no report.
func TestBodyReportTitles(t *testing.T) {
	body := "I. Introduction\n1. The Working Group on Internet Governance (WGIG) was set up in 2004.\nII. Definition\n2. The group discussed a working definition.\n"
	cases := []struct {
		title  string
		report bool
		name   string
	}{
		{"BACKGROUND REPORT\nTHE WORKING GROUP\nON INTERNET GOVERNANCE\nJUNE 2005\n", true, "The Working Group on Internet Governance"},
		{"Progress report\nThe Committee on Trade\n", true, ""}, // a name in small letters is not read from the title
		{"BACKGROUND PAPER\nTHE WORKING GROUP\nON INTERNET GOVERNANCE\n", false, ""},
		{"BACKGROUND REPORT\nJUNE 2005\n", false, ""},
	}
	for _, c := range cases {
		res, err := Import([]byte(c.title + body))
		if !c.report {
			if !errors.Is(err, ErrNotReport) {
				t.Errorf("%q: error %v, want ErrNotReport", c.title, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.title, err)
			continue
		}
		if m := res.Report.Meeting; c.name != "" && m.Body != c.name {
			t.Errorf("%q: body %q, want %q", c.title, m.Body, c.name)
		}
	}
}

// TestPlaceString: the log names a Word paragraph with its part, so that
// it is never read as a report's paragraph number.
func TestPlaceString(t *testing.T) {
	for _, c := range []struct {
		p    Place
		want string
	}{
		{Place{Line: 12}, "line 12"},
		{Place{Para: 12, Part: "word/document.xml"}, "paragraph 12 of word/document.xml"},
		{Place{Para: 2, Part: "word/footnotes.xml"}, "paragraph 2 of word/footnotes.xml"},
		{Place{Part: "docProps/custom.xml"}, "docProps/custom.xml"},
		{Place{Para: 7}, "paragraph 7"},
		{Place{}, ""},
	} {
		if got := c.p.String(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.p, got, c.want)
		}
	}
}

// TestRepeatedHeadingRightAfterDeclaration: sub-items declared at an
// item's head, then a repeated heading of the last one right away (as our
// Word export writes a paragraph under sub-item b that stands first): the
// paragraph goes under b, not under the item as a whole, and nothing is
// dropped.
func TestRepeatedHeadingRightAfterDeclaration(t *testing.T) {
	res, err := ReadLines(places([]Line{
		{Text: "Summary report", Style: StyleTitle, Whole: true},
		{Text: "Work programme", Label: "ITEM I –", Style: StyleHeading, Level: 1, Whole: true},
		{Text: "Programme for 2031", Label: "a.", Style: StyleHeading, Level: 2, Whole: true},
		{Text: "Programme for 2032", Label: "b.", Style: StyleHeading, Level: 2, Whole: true},
		{Text: "b. Programme for 2032", Style: StyleHeading, Level: 2, Whole: true},
		{Text: "The 2032 programme was presented.", Label: "1.", Whole: true},
		{Text: "a. Programme for 2031", Style: StyleHeading, Level: 2, Whole: true},
		{Text: "The 2031 programme was endorsed.", Label: "2.", Whole: true},
	}))
	if err != nil {
		t.Fatal(err)
	}
	it := res.Report.Items[0]
	if len(it.SubItems) != 2 || len(it.Paragraphs) != 2 || it.Paragraphs[0].Sub != it.SubItems[1].ID || it.Paragraphs[1].Sub != it.SubItems[0].ID {
		t.Errorf("sub-items %+v, paragraphs %+v: want paragraph 1 under b, 2 under a", it.SubItems, it.Paragraphs)
	}
	if n := res.Log.Count(LogDropped); n != 0 {
		t.Errorf("log %v, want nothing dropped", res.Log)
	}
}

// TestAgendaTableMissingItems says in English which rows of the agenda
// table have no item in the text.
func TestAgendaTableMissingItems(t *testing.T) {
	body := "ITEM I – OPENING\n1. The Chair opened the meeting.\n"
	tests := []struct{ table, want string }{
		{"I. Opening 1\nII. Reports 2\n\n", "The agenda table lists item II, which the text does not have"},
		{"I. Opening 1\nII. Reports 2\nIII. Tools 3\n\n", "The agenda table lists items II and III, which the text does not have"},
		{"I. Opening 1\nII. Reports 2\nIII. Tools 3\nIV. Other 4\n\n", "The agenda table lists items II, III and IV, which the text does not have"},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range imp(t, tt.table+body).Log.Warnings() {
			if strings.Contains(w, "agenda table lists") {
				got = append(got, w)
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: warnings %q, want %q", tt.table, got, tt.want)
		}
	}
}
