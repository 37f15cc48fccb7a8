package ingest

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/export"
)

// Two reports written for these tests in the shapes secretariats print:
// items VI–XVI of a PTC report as pdftotext gives it (testdata/
// ptc-items-vi-xvi.txt) and a UN report with its title page, contents,
// job number, running headers, page numbers and a footnote
// (testdata/un-report.txt). Their structure is known because it was
// written so.

func readSample(t *testing.T, name string) (*Result, string) {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return imp(t, string(data)), string(data)
}

func TestPTCItemsVIToXVI(t *testing.T) {
	res, _ := readSample(t, "ptc-items-vi-xvi.txt")
	r := res.Report
	want := []string{"69-74 s1 c2", "75-80 s2 c3", "81-84 s0 c1", "85-87 s0 c1", "88-93 s2 c3", "94-95 s0 c1",
		"96-99 s0 c1", "100-101 s0 c1", "102-103 s0 c1", "104-105 s0 c1", "106 s0"}
	if got := structure(r); !slices.Equal(got, want) {
		t.Errorf("structure\n got %q\nwant %q", got, want)
	}
	if r.FirstItem != 6 || r.ItemNumber(0) != "VI" || r.ItemNumber(10) != "XVI" {
		t.Errorf("items numbered from %s to %s, want VI to XVI", r.ItemNumber(0), r.ItemNumber(len(r.Items)-1))
	}
	if got := r.Items[4].Title; got != "GREEN CUSTOMS AND THE ENVIRONMENTAL AGENDA" {
		t.Errorf("item X title %q, want its two lines joined", got)
	}
	vi := r.Items[0]
	if !strings.Contains(vi.Paragraphs[0].Text, "provided: i. the need for a common risk profile") ||
		!strings.HasSuffix(vi.Paragraphs[0].Text, "circulated twice for comments.") {
		t.Errorf("paragraph 69 %q: the enumeration and the text after it belong to it", vi.Paragraphs[0].Text)
	}
	if !strings.Contains(vi.Paragraphs[2].Text, "sub-items f. and g. of the previous version") {
		t.Errorf("paragraph 71 %q: a letter in running text is text", vi.Paragraphs[2].Text)
	}
	if got := vi.Conclusion.Punctuated(); len(got) != 2 || !strings.HasSuffix(got[0], "during the discussion; and") {
		t.Errorf("item VI conclusion %q", got)
	}
	vii := r.Items[1]
	if len(vii.SubItems[1].Presentations) != 1 || vii.Paragraphs[2].Sub != vii.SubItems[1].ID {
		t.Errorf("item VII b: presentations %v, paragraph 77 under %d", vii.SubItems[1].Presentations, vii.Paragraphs[2].Sub)
	}
	x := r.Items[4]
	if x.SubItems[0].Category != "For guidance and decision" || x.Paragraphs[0].Sub != 0 || x.Paragraphs[1].Sub != x.SubItems[0].ID {
		t.Errorf("item X: category %q, paragraph 88 under %d, 89 under %d", x.SubItems[0].Category, x.Paragraphs[0].Sub, x.Paragraphs[1].Sub)
	}
	for _, w := range res.Log.Warnings() {
		t.Errorf("unexpected warning: %s", w)
	}
	if !logHas(res.Log, LogFurniture, "PC0737E1 9.") {
		t.Errorf("the running header is not logged")
	}
}

func TestUNReport(t *testing.T) {
	res, _ := readSample(t, "un-report.txt")
	r := res.Report
	if got, want := structure(r), []string{"1-2 s0", "3-5 s0 c3", "6-10 s2", "11-12 s0"}; !slices.Equal(got, want) {
		t.Errorf("structure\n got %q\nwant %q", got, want)
	}
	var titles []string
	for _, it := range r.Items {
		titles = append(titles, it.Title)
	}
	if want := []string{"Attendance", "Opening of the session and adoption of the agenda (agenda item 1)",
		"Matters arising since the eighth session (agenda item 2)", "Adoption of decisions and closing of the session (agenda item 3)"}; !slices.Equal(titles, want) {
		t.Errorf("titles %q, want %q", titles, want)
	}
	if want := (draft.HouseStyle{SubItems: draft.SubUpper, Headings: draft.HeadSection, Paragraphs: draft.ParaOwnLine}); r.Style != want {
		t.Errorf("style %+v, want %+v", r.Style, want)
	}
	iii := r.Items[2]
	if got := iii.Paragraphs[0].Text; !strings.HasSuffix(got, "(c) a survey of member States had been completed.") || strings.Contains(got, "annex II") {
		t.Errorf("paragraph 6 %q: its enumeration runs over the page, the footnote stays out", got)
	}
	if got := iii.Paragraphs[2].Text; got != "The Committee took note of the reports of the Bureau. (Decision 2)" {
		t.Errorf("paragraph 8 %q", got)
	}
	if got, want := r.Footnotes, []draft.Footnote{{Label: "1", Text: "ECE/NRC/2012/4, annex II."}}; !slices.Equal(got, want) {
		t.Errorf("notes %q, want %q", got, want)
	}
	if len(r.Annexes) != 1 || r.Annexes[0].Title != "List of decisions" {
		t.Errorf("annexes %+v", r.Annexes)
	}
	m := r.Meeting
	if m.DocCode != "ECE/NRC/2024/2" || m.Sessions != "Ninth session" || m.Venue != "Geneva" || m.Dates != "15-16 April 2024" ||
		m.Body != "Committee on Northern River Cooperation" {
		t.Errorf("meeting %+v", m)
	}
	if !strings.Contains(r.Front, "Report of the Committee on Northern River Cooperation on its ninth session") {
		t.Errorf("front matter %q, want the title kept", r.Front)
	}
	for _, text := range []string{"GE.24-10234(E)", "ECE/NRC/2024/2", "2", "3"} {
		if !logHas(res.Log, LogFurniture, text) {
			t.Errorf("%q not logged as furniture", text)
		}
	}
	if !logHas(res.Log, LogAgendaRow, "1–2") && !logHas(res.Log, LogAgendaRow, "Attendance") {
		t.Errorf("the table of contents is not logged")
	}
	for _, w := range res.Log.Warnings() {
		t.Errorf("unexpected warning: %s", w)
	}
}

// TestUNReportTextRoundTrip exports an imported UN report as text and
// imports it again: it reads back the same report, part for part.
func TestUNReportTextRoundTrip(t *testing.T) {
	for _, name := range []string{"un-report.txt", "ptc-items-vi-xvi.txt"} {
		res, _ := readSample(t, name)
		var buf bytes.Buffer
		if err := export.Text(&buf, res.Report); err != nil {
			t.Fatal(err)
		}
		back := imp(t, buf.String())
		c := draft.CompareByContent(res.Report, back.Report)
		for _, ch := range c.Changes {
			t.Errorf("%s: %s ¶%d→%d: %q → %q", name, ch.Kind, ch.Old, ch.New, ch.OldText, ch.NewText)
		}
		for _, sc := range c.Structure {
			t.Errorf("%s: structure change %+v", name, sc)
		}
		if got, want := structure(back.Report), structure(res.Report); !slices.Equal(got, want) {
			t.Errorf("%s: read back %q, want %q", name, got, want)
		}
	}
}

// TestUNReportLayout reads the same UN report as pdftotext -layout writes
// it — numbers on the line of their text after a gap, indented lines — to
// the same report as the plain text.
func TestUNReportLayout(t *testing.T) {
	plain, _ := readSample(t, "un-report.txt")
	layout, _ := readSample(t, "un-report.layout.txt")
	if got, want := structure(layout.Report), structure(plain.Report); !slices.Equal(got, want) {
		t.Errorf("structure %q, want %q", got, want)
	}
	if got, want := paraTexts(layout.Report), paraTexts(plain.Report); !slices.Equal(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
	if layout.Report.Style.Headings != draft.HeadSection || layout.Report.Style.Paragraphs != "" {
		t.Errorf("style %+v, want sections with numbers on their text's line", layout.Report.Style)
	}
}
