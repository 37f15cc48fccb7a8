package ingest

import (
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"rapporteur/draft"
)

// The UN-style sample (testdata/un-report.txt) as a secretariat's Word
// writes such a report: the title block in body paragraphs, the table of
// contents as a table, sections in Heading 1 and sub-sections in Heading 2
// numbered by Word's list numbering (I., A.), paragraph numbers in Word
// list numbering, enumerations and conclusion points as "(a)" list
// paragraphs of their own, a decision as a paragraph of its own, a real
// footnote, the symbol in a running header, page numbers in a footer, the
// job number in the first page's footer, page breaks, and the main part as
// word/document2.xml. The document is written from the report the text
// gives, so it says what the text says.

// unNumbering: list 1 is sections (I.) and sub-sections (A., restarting
// under each section); list 2 the paragraph numbers; abstract list 3 the
// "(a)" points, one w:num per run of points (numId 10 on) so each starts
// at (a).
func unNumbering(runs int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
		`<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>` +
		`<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
		`<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>`)
	for k := range runs {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`, 10+k)
	}
	b.WriteString(`</w:numbering>`)
	return b.String()
}

// unStyles: the heading styles numbered by list 1, the paragraph style by
// list 2, as a secretariat's template does.
const unStyles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="AnnexHead"><w:name w:val="Annex heading"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="SingleTxtG"><w:name w:val="_ Single Txt_G"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/></w:style>` +
	`</w:styles>`

// enumRE finds the "(a) " points of an enumeration inside a paragraph.
var enumRE = regexp.MustCompile(` \(([a-z])\) `)

// unWord writes r, read from the UN sample, as a secretariat's Word file.
func unWord(t *testing.T, r *draft.Report) []byte {
	t.Helper()
	x := func(s string) string { return html.EscapeString(s) }
	para := func(style, pPr, text string) string {
		st := ""
		if style != "" {
			st = `<w:pStyle w:val="` + style + `"/>`
		}
		return `<w:p><w:pPr>` + st + pPr + `</w:pPr><w:r><w:t xml:space="preserve">` + x(text) + `</w:t></w:r></w:p>`
	}
	pageBreak := `<w:p><w:r><w:br w:type="page"/></w:r></w:p>`
	runs := 0
	points := func(ps []string) string {
		var b strings.Builder
		for _, pt := range ps {
			b.WriteString(para("ListParagraph", fmt.Sprintf(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>`, 10+runs), pt))
		}
		runs++
		return b.String()
	}
	var b strings.Builder
	m := r.Meeting
	for _, l := range []string{"United Nations", m.DocCode, "Economic and Social Council", "Distr.: General", "12 June 2024", "Original: English",
		"Economic Commission for Europe", "Executive Committee", m.Body, m.Sessions, m.Venue + ", " + m.Dates} {
		b.WriteString(para("", "", l))
	}
	b.WriteString(para("Title", "", "Report of the "+m.Body+" on its ninth session"))
	b.WriteString(para("", "", "Contents"))
	s := r.Summarize()
	cell := func(text string) string { return `<w:tc>` + para("", "", text) + `</w:tc>` }
	b.WriteString(`<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>` + cell("") + cell("") + cell("Paragraphs") + cell("Page") + `</w:tr>`)
	for _, it := range s.Items {
		b.WriteString(`<w:tr>` + cell(it.Number+".") + cell(it.Title) + cell(fmt.Sprintf("%d–%d", it.Paragraphs[0], it.Paragraphs[1])) + cell("3") + `</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	b.WriteString(pageBreak)
	n := 0
	for i, it := range r.Items {
		if i == 2 {
			b.WriteString(pageBreak)
		}
		b.WriteString(para("Heading1", "", it.Title))
		sub := draft.ID(0)
		for _, p := range it.Paragraphs {
			if p.Sub != sub {
				sub = p.Sub
				for _, si := range it.SubItems {
					if si.ID == sub {
						b.WriteString(para("Heading2", "", si.Title))
					}
				}
			}
			n++
			text, decision, _ := strings.Cut(p.Text, " Decision 3: ")
			if k := strings.Index(text, ": (a) "); k > 0 {
				parts := enumRE.Split(text[k+1:], -1)
				b.WriteString(para("SingleTxtG", "", text[:k+1]))
				b.WriteString(points(parts[1:]))
			} else if n == 1 && strings.HasSuffix(text, ".1") {
				// The footnote's mark is a reference in Word, not text.
				b.WriteString(`<w:p><w:pPr><w:pStyle w:val="SingleTxtG"/></w:pPr><w:r><w:t xml:space="preserve">` + x(strings.TrimSuffix(text, "1")) +
					`</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="2"/></w:r></w:p>`)
			} else {
				b.WriteString(para("SingleTxtG", "", text))
			}
			if decision != "" {
				b.WriteString(para("", "", "Decision 3: "+decision))
			}
		}
		if c := s.Items[i].Conclusion; c != nil {
			b.WriteString(para("SingleTxtG", "", c.LeadIn))
			b.WriteString(points(c.Bullets))
		}
	}
	b.WriteString(pageBreak)
	for _, a := range r.Annexes {
		b.WriteString(para("AnnexHead", "", "Annex"))
		b.WriteString(para("AnnexHead", "", a.Title))
		for _, l := range strings.Split(a.Body, "\n") {
			b.WriteString(para("", "", l))
		}
	}
	b.WriteString(`<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:titlePg/></w:sectPr>`)
	body := strings.Replace(b.String(), `r:id="rIdH"`, `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId4"`, 1)
	var notes strings.Builder
	for k, note := range r.Footnotes {
		fmt.Fprintf(&notes, `<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>`, k+2, x(note.Text))
	}
	return docxSpec{
		main: "word/document2.xml", body: body, styles: unStyles, numbering: unNumbering(runs), footnotes: notes.String(),
		headers: map[string]string{
			"word/header1.xml": para("", "", m.DocCode),
			"word/footer1.xml": `<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>`,
			"word/footer2.xml": para("", "", "GE.24-10234(E)"),
		},
	}.build(t)
}

// TestDocxUNWordReport imports the UN sample written as a secretariat's
// Word file and wants the report its text gives: the same meeting, items,
// ranges, sub-items, conclusion, paragraphs, footnote and annex, and the
// same house style but for where paragraph numbers stand (alone on their
// line in the PDF's text, drawn by Word before the text in the .docx).
func TestDocxUNWordReport(t *testing.T) {
	txt, _ := readSample(t, "un-report.txt")
	want := txt.Report
	data := unWord(t, want)
	res, err := ImportDocx(data)
	if err != nil {
		t.Fatalf("ImportDocx: %v", err)
	}
	got := res.Report
	// The text keeps the footnote's mark as pdftotext prints it
	// ("Sweden.1"); Word's mark is a reference, not text.
	wantShape := strings.Replace(reportShape(want), "Sweden.1", "Sweden.", 1)
	// The summary names the house style, whose paragraph numbers Word
	// draws before the text (see below).
	inline := want.Style
	inline.Paragraphs = ""
	wantShape = strings.Replace(wantShape, want.Style.Name(), inline.Name(), 1)
	if g := reportShape(got); g != wantShape {
		t.Errorf("the Word report reads differently from the text:\n%s", firstDifference(g, wantShape))
	}
	if !slices.Equal(got.Footnotes, want.Footnotes) {
		t.Errorf("notes %q, want %q", got.Footnotes, want.Footnotes)
	}
	ws := want.Style
	ws.Paragraphs = ""
	if got.Style != ws {
		t.Errorf("house style %+v, want %+v", got.Style, ws)
	}
	if len(got.Annexes) != 1 || got.Annexes[0].Title != want.Annexes[0].Title || got.Annexes[0].Body != want.Annexes[0].Body {
		t.Errorf("annexes %+v, want %+v", got.Annexes, want.Annexes)
	}
	// Nothing lost: every Word paragraph is in the report or in the log
	// with its place in its part.
	for _, e := range res.Log {
		if e.Kind == LogDropped && strings.Contains(e.Reason, "not placed") {
			t.Errorf("lost: %s", e)
		}
	}
	for _, w := range []struct {
		kind        EntryKind
		text, place string
	}{
		{LogFurniture, "ECE/NRC/2024/2", "paragraph 1 of word/header1.xml"},
		{LogFurniture, "GE.24-10234(E)", "paragraph 1 of word/footer2.xml"},
		{LogFootnote, "ECE/NRC/2012/4, annex II.", "paragraph 1 of word/footnotes.xml"},
		{LogAgendaRow, "Attendance", "of word/document2.xml"},
	} {
		found := false
		for _, e := range res.Log {
			found = found || e.Kind == w.kind && strings.Contains(e.Text, w.text) && strings.Contains(e.Place.String(), w.place)
		}
		if !found {
			t.Errorf("no %s entry for %q at %s in the log:\n%v", w.kind, w.text, w.place, res.Log)
		}
	}
	for _, w := range res.Log.Warnings() {
		t.Errorf("unexpected warning: %s", w)
	}
}
