package ingest

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestDocxLines checks the lines a body turns into for the structure
// reader: numbering resolved per list and level into labels, style hints,
// tables and runs.
func TestDocxLines(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string // the lines, in order, as lineString writes them
	}{
		{"decimal numbering continues", wp("", "1", 0, "First.") + wp("", "1", 0, "Second."),
			[]string{"[1.] First.", "[2.] Second."}},
		{"lettered level restarts under a new number",
			wp("", "1", 0, "One") + wp("", "1", 1, "sub") + wp("", "1", 1, "sub") + wp("", "1", 0, "Two") + wp("", "1", 1, "sub"),
			[]string{"[1.] One", "[a.]1 sub", "[b.]1 sub", "[2.] Two", "[a.]1 sub"}},
		{"bullet level", wp("", "1", 2, "took note"), []string{"[•]2 took note"}},
		{"lists on one definition continue each other", wp("", "1", 0, "x") + wp("", "4", 0, "y"),
			[]string{"[1.] x", "[2.] y"}},
		{"start override restarts", wp("", "1", 0, "x") + wp("", "3", 0, "y") + wp("", "3", 0, "z"),
			[]string{"[1.] x", "[5.] y", "[6.] z"}},
		{"upper Roman and multi-level text", wp("", "2", 0, "Item") + wp("", "2", 1, "point"),
			[]string{"[I.] Item", "[I.1]1 point"}},
		{"numId 0 switches numbering off", wp("", "0", 0, "plain"), []string{"plain"}},
		{"unknown list is plain text", wp("", "99", 0, "plain"), []string{"plain"}},
		{"numbering from the paragraph style", wp("Heading2", "", 0, "Sub one") + wp("SubHead", "", 0, "Sub two"),
			[]string{"h2 [a.] Sub one", "h2 [b.] Sub two"}},
		{"heading 1 keeps its own text", wp("Heading1", "", 0, "IV. Cross-border framework"),
			[]string{"h1 IV. Cross-border framework"}},
		{"heading 1 by style name", wp("Berschrift1", "", 0, "II – Adoption of the agenda"),
			[]string{"h1 II – Adoption of the agenda"}},
		{"heading 1 already an item", wp("Heading1", "", 0, "ITEM I – OPENING"), []string{"h1 ITEM I – OPENING"}},
		{"title", wp("Title", "", 0, "Summary report"), []string{"title Summary report"}},
		{"tabs, breaks and hyphens",
			`<w:p><w:r><w:t>37.</w:t><w:tab/><w:t>The  PTC</w:t><w:br/><w:t>noted</w:t><w:noBreakHyphen/><w:t>it.</w:t></w:r></w:p>`,
			[]string{"37. The  PTC\nnoted-it."}},
		{"deleted text and tab stops ignored",
			`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs></w:pPr><w:del><w:r><w:delText>gone </w:delText></w:r></w:del><w:ins><w:r><w:t>kept</w:t></w:r></w:ins></w:p>`,
			[]string{"kept"}},
		{"empty paragraphs dropped", wp("", "", 0, "") + wp("", "", 0, "text"), []string{"text"}},
		{"agenda table rows",
			`<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>` + wp("", "", 0, "Item") + `</w:tc><w:tc>` + wp("", "", 0, "Paragraphs") + `</w:tc></w:tr>` +
				`<w:tr><w:tc>` + wp("", "", 0, "XIV.") + `</w:tc><w:tc>` + wp("", "", 0, "Upcoming events") + wp("", "", 0, "(For decision)") + wp("", "", 0, "a. Events") +
				`</w:tc><w:tc>` + wp("", "", 0, "142-146") + `</w:tc></w:tr></w:tbl>`,
			[]string{"row Item\tParagraphs", "row XIV.\tUpcoming events\t142-146", "table (For decision)", "table a. Events"}},
		{"an empty cell keeps its column",
			`<w:tbl><w:tr><w:tc>` + wp("", "", 0, "") + `</w:tc><w:tc>` + wp("", "", 0, "Opening") + `</w:tc><w:tc>` + wp("", "", 0, "1-2") + `</w:tc></w:tr></w:tbl>`,
			[]string{"row \tOpening\t1-2"}},
		{"agenda numbers from Word numbering in a table",
			`<w:tbl><w:tr><w:tc>` + wp("", "2", 0, "Opening") + `</w:tc><w:tc>` + wp("", "", 0, "1-2") + `</w:tc></w:tr>` +
				`<w:tr><w:tc>` + wp("", "2", 0, "Agenda") + `</w:tc><w:tc>` + wp("", "", 0, "3-6") + `</w:tc></w:tr></w:tbl>`,
			[]string{"row I. Opening\t1-2", "row II. Agenda\t3-6"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkLines(t, docxLines(t, makeDocx(t, tc.body)), tc.want)
		})
	}
}

// docxLines reads a .docx and returns the lines it gives the structure
// reader, as lineString writes them.
func docxLines(t *testing.T, data []byte) []string {
	t.Helper()
	doc, err := readDocx(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("readDocx: %v", err)
	}
	ls, _ := doc.lines()
	var out []string
	for _, l := range ls {
		if s := lineString(l); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// lineString writes a Line as the tests want it: its style ("h2", "title",
// "row", "table" for a further paragraph of a row, "note", "header",
// "list"), its Label in brackets with its list level when above 0, then
// its Text; "" for a line without text.
func lineString(l Line) string {
	if l.Text == "" {
		return ""
	}
	var parts []string
	switch {
	case l.Style == StyleHeading:
		parts = append(parts, "h"+itoa(l.Level))
	case l.Style == StyleTableRow:
		parts = append(parts, "row")
	case l.InTable:
		parts = append(parts, "table")
	case l.Style != StyleNone:
		parts = append(parts, strings.Fields(l.Style.String())[0])
	}
	if l.Label != "" {
		lab := "[" + l.Label + "]"
		if l.Style != StyleHeading && l.Level > 0 {
			lab += itoa(l.Level)
		}
		parts = append(parts, lab)
	}
	return strings.Join(append(parts, l.Text), " ")
}

// TestDocxMeetingProperties reads the meeting from custom properties and
// leaves the title block out then, logged.
func TestDocxMeetingProperties(t *testing.T) {
	custom := `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
		`<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Short name"><vt:lpwstr>PTC</vt:lpwstr></property>` +
		`<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Venue"><vt:lpwstr>Brussels</vt:lpwstr></property></Properties>`
	data := makeZip(t, [2]string{"word/document.xml", wdoc(wp("Title", "", 0, "Summary report") + wp("Heading1", "", 0, "ITEM I – OPENING"))},
		[2]string{"word/styles.xml", testStyles}, [2]string{"docProps/custom.xml", custom})
	checkLines(t, docxLines(t, data), []string{"Short name: PTC", "Venue: Brussels", "h1 ITEM I – OPENING"})
	doc, err := readDocx(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if _, log := doc.lines(); len(log) != 1 || log[0].Kind != LogFront || log[0].Text != "Summary report" || log[0].Place.String() != "paragraph 1 of word/document.xml" {
		t.Errorf("the title block's log %v, want paragraph 1 logged as front matter", log)
	}
}

// TestDocxAgendaOnly imports an agenda with items, sub-items, categories and
// documents but no paragraphs: a report ready to draft into.
func TestDocxAgendaOnly(t *testing.T) {
	body := wp("Heading1", "", 0, "ITEM I – OPENING OF THE MEETING") +
		wp("Heading1", "", 0, "ITEM II – UPDATE AND REPORTS") +
		wp("", "", 0, "(For information only)") + wp("Heading2", "", 0, "Report of the Policy Commission") +
		wp("", "", 0, "Doc. PC0727Ea") +
		wp("", "", 0, "(For decision)") + wp("Heading2", "", 0, "Report of the Working Group") +
		wp("Heading1", "", 0, "ITEM III – ANY OTHER BUSINESS")
	r, _, err := Docx(makeDocx(t, body))
	if err != nil {
		t.Fatalf("Docx: %v", err)
	}
	if got := len(r.Items); got != 3 {
		t.Fatalf("got %d items, want 3", got)
	}
	it := r.Items[1]
	if got := len(it.SubItems); got != 2 {
		t.Fatalf("item II: got %d sub-items, want 2", got)
	}
	if got, want := it.SubItems[0].Title, "Report of the Policy Commission"; got != want {
		t.Errorf("sub-item a: got %q, want %q", got, want)
	}
	if got, want := string(it.SubItems[1].Category), "For decision"; got != want {
		t.Errorf("sub-item b category: got %q, want %q", got, want)
	}
	if got := it.SubItems[0].Docs; len(got) != 1 || got[0] != "PC0727Ea" {
		t.Errorf("sub-item a docs: got %q, want [PC0727Ea]", got)
	}
	if n := r.Numbering().Total(); n != 0 {
		t.Errorf("got %d paragraphs, want none", n)
	}
	if _, err := r.InsertParagraph(it, 0, it.SubItems[0].ID, "The Secretariat introduced the report."); err != nil {
		t.Errorf("drafting into the imported agenda: %v", err)
	}
}

// TestDocxImportNotesCommentsFurniture imports a report with footnotes, an
// endnote, a custom-marked note, comments and a header and footer: notes
// kept apart with their marks, comments logged with their author at the
// paragraph they are anchored to, header and footer logged as furniture,
// the paragraphs' text untouched by any of them.
func TestDocxImportNotesCommentsFurniture(t *testing.T) {
	spec := docxSpec{
		body: p(style("Heading1"), r("ITEM I – OPENING")) +
			p("", r("1. The PTC noted"), `<w:r><w:footnoteReference w:id="2"/></w:r>`, r(" the report"), `<w:r><w:endnoteReference w:id="1"/></w:r>`, r(".")) +
			`<w:commentRangeStart w:id="7"/>` +
			p("", r("2. Second"), `<w:r><w:footnoteReference w:id="3" w:customMarkFollows="1"/><w:t>*</w:t></w:r>`, `<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>`) +
			p("", `<w:commentRangeStart w:id="8"/>`, r("3. Third."), `<w:r><w:footnoteReference w:id="4"/></w:r>`),
		footnotes: `<w:footnote w:type="separator" w:id="-1">` + p("", `<w:r><w:separator/></w:r>`) + `</w:footnote>` +
			`<w:footnote w:id="2">` + p("", r("Doc. PC0727E.")) + p("", r("Second paragraph.")) + `</w:footnote>` +
			`<w:footnote w:id="3">` + p("", r("Starred.")) + `</w:footnote><w:footnote w:id="4">` + p("", r("Two.")) + `</w:footnote>`,
		endnotes: `<w:endnote w:id="1">` + p("", r("At the end.")) + `</w:endnote>`,
		comments: `<w:comment w:id="7" w:author="Ana" w:date="2031-03-05T10:00:00Z">` + p("", r("Check this.")) + `</w:comment>` +
			`<w:comment w:id="8" w:author="Bo">` + p("", r("And this.")) + `</w:comment>`,
		headers: map[string]string{"word/header1.xml": p("", r("PC0737E1")), "word/footer1.xml": p("", r("Page "), `<w:fldSimple w:instr="PAGE">`+r("3")+`</w:fldSimple>`)},
	}
	res, err := ImportDocx(spec.build(t))
	if err != nil {
		t.Fatal(err)
	}
	r := res.Report
	if got, want := paraTexts(r), []string{"The PTC noted the report.", "Second*", "Third."}; !slices.Equal(got, want) {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
	var notes []string
	for _, n := range r.Footnotes {
		notes = append(notes, n.Label+": "+n.Text)
	}
	if want := []string{"1: Doc. PC0727E. Second paragraph.", "i: At the end.", ": Starred.", "2: Two."}; !slices.Equal(notes, want) {
		t.Errorf("notes %q, want %q", notes, want)
	}
	var log []string
	for _, e := range res.Log {
		if e.Kind == LogDropped || e.Kind == LogFurniture {
			log = append(log, e.String())
		}
	}
	checkLines(t, log, []string{
		`paragraph 3 of word/document.xml: dropped: "Check this." — a comment by Ana, not part of the report's text`,
		`paragraph 4 of word/document.xml: dropped: "And this." — a comment by Bo, not part of the report's text`,
		`paragraph 1 of word/footer1.xml: furniture: "Page 3" — a page header or footer`,
		`paragraph 1 of word/header1.xml: furniture: "PC0737E1" — a page header or footer`,
	})
	if r.Meeting.DocCode != "PC0737E1" {
		t.Errorf("document code %q, want the header's", r.Meeting.DocCode)
	}
}
