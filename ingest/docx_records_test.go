package ingest

import (
	"testing"
)

// textBox writes a text box as Word 2010 and later writes it: a DrawingML
// shape in mc:Choice and the same text again as VML in mc:Fallback.
func textBox(paras ...string) string {
	inner := ""
	for _, q := range paras {
		inner += p("", r(q))
	}
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>` + inner +
		`</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + inner +
		`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
}

// field writes a complex field with its instruction and result runs.
func field(instr, result string) string {
	return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">` + instr +
		`</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` + r(result) + `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
}

// TestDocxRecords checks that every kind of text Word shows is read, once,
// into the right paragraph record.
func TestDocxRecords(t *testing.T) {
	tests := []struct {
		name string
		spec docxSpec
		want []string
	}{
		{"runs, tabs, breaks, hyphens, symbols",
			docxSpec{body: p("", r("37."), `<w:r><w:tab/><w:t>The  PTC</w:t><w:br/><w:t>noted</w:t><w:noBreakHyphen/><w:t>it</w:t><w:softHyphen/><w:sym w:font="Symbol" w:char="F0B7"/><w:cr/><w:t>.</w:t></w:r>`)},
			[]string{"1 37. The  PTC\nnoted-it\uf0b7\n."}},
		{"text box read once, after its anchor",
			docxSpec{body: p("", r("Anchor "), textBox("Boxed one", "Boxed two"), r("after.")) + p("", r("Next."))},
			[]string{"1 Anchor after.", "2 box Boxed one", "3 box Boxed two", "4 Next."}},
		{"VML text box without alternate content",
			docxSpec{body: p("", `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>`+p("", r("Old box"))+`</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`)},
			[]string{"2 box Old box"}},
		{"fallback read when there is no choice",
			docxSpec{body: p("", `<w:r><mc:AlternateContent><mc:Fallback><w:pict><v:textbox><w:txbxContent>`+p("", r("Only fallback"))+`</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`)},
			[]string{"2 box Only fallback"}},
		{"WordArt text (VML text path)",
			docxSpec{body: p("", `<w:r><w:pict><v:shape><v:textpath string="DRAFT"/></v:shape></w:pict></w:r>`)},
			[]string{"1 DRAFT"}},
		{"content controls: block, run and cell level; properties skipped",
			docxSpec{body: `<w:sdt><w:sdtPr><w:alias w:val="Title"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr><w:sdtContent>` +
				p("", r("Summary report")) + `</w:sdtContent></w:sdt>` +
				p("", r("Held in "), `<w:sdt><w:sdtPr><w:date/></w:sdtPr><w:sdtContent>`+r("Brussels")+`</w:sdtContent></w:sdt>`, r(".")) +
				`<w:tbl><w:tr><w:sdt><w:sdtContent><w:tc>` + p("", r("cell")) + `</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>`},
			[]string{"1 Summary report", "2 Held in Brussels.", "3 cell1:1.1 cell"}},
		{"fields: results, not instructions; nested; simple; spanning paragraphs",
			docxSpec{body: p("", r("See paragraph "), field(" REF _Ref1 \\h ", "37"), r(".")) +
				p("", `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>`+field("DATE", "2024")+
					`<w:r><w:instrText> = 1 "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`+r("b")+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
				p("", `<w:fldSimple w:instr=" PAGE ">`+r("5")+`</w:fldSimple>`) +
				p("", `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \o</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, r("I. Opening\t3")) +
				p("", r("II. Agenda\t4"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
				p("", field("FORMCHECKBOX", ""), r("checked"))},
			[]string{"1 See paragraph 37.", "2 b", "3 5", "4 I. Opening\t3", "5 II. Agenda\t4", "6 checked"}},
		{"hyperlinks, smart tags, custom XML, bookmarks, proofing marks",
			docxSpec{body: p("", `<w:hyperlink r:id="rId9">`+r("www.wcoomd.org")+`</w:hyperlink>`, r(" in "),
				`<w:smartTag w:element="place"><w:smartTag w:element="City">`+r("Brussels")+`</w:smartTag></w:smartTag>`,
				`<w:customXml w:element="x">`+r(" today")+`</w:customXml>`, `<w:bookmarkStart w:id="1" w:name="a"/><w:proofErr w:type="spellStart"/>`, r("."))},
			[]string{"1 www.wcoomd.org in Brussels today."}},
		{"math text",
			docxSpec{body: p("", r("Rate "), `<m:oMath><m:r><m:t>x</m:t></m:r><m:r><m:t>=2</m:t></m:r></m:oMath>`)},
			[]string{"1 Rate x=2"}},
		{"ruby guide text left out",
			docxSpec{body: p("", `<w:r><w:ruby><w:rt><w:r><w:t>とうきょう</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r>`)},
			[]string{"1 東京"}},
		{"tables: header-only, nested, cells in order",
			docxSpec{body: `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>` + p("", r("Item")) + `</w:tc><w:tc>` + p("", r("Paragraphs")) + `</w:tc></w:tr></w:tbl>` +
				`<w:tbl><w:tr><w:tc>` + p("", r("XIV.")) + `</w:tc><w:tc>` + p("", r("Events")) +
				`<w:tbl><w:tr><w:tc>` + p("", r("inner")) + `</w:tc></w:tr></w:tbl>` + p("", r("a. Sub")) + `</w:tc></w:tr>` +
				`<w:tr><w:tc>` + p("") + p("", r("late first")) + `</w:tc></w:tr></w:tbl>`},
			[]string{"1 cell1:1.1H Item", "2 cell1:1.2H Paragraphs", "3 cell1:1.1 XIV.", "4 cell1:1.2 Events", "5 cell2:1.1 inner", "6 cell1:1.2 a. Sub", "8 cell1:2.1 late first"}},
		{"page breaks: before, at the start, at the end of a paragraph",
			docxSpec{body: p("<w:pageBreakBefore/>", r("One")) + p("", `<w:r><w:br w:type="page"/></w:r>`, r("Two")) +
				p("", r("Three"), `<w:r><w:br w:type="page"/></w:r>`) + p("", r("Four")) + p("", r("Five"), `<w:r><w:lastRenderedPageBreak/></w:r>`) + p("", r("Six"))},
			[]string{"1 brk One", "2 brk Two", "3 Three", "4 brk Four", "5 Five", "6 Six"}},
		{"section properties and tab stops are no text",
			docxSpec{body: p(`<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:sectPr><w:headerReference r:id="rId1"/></w:sectPr>`, r("Text")) + `<w:sectPr/>`},
			[]string{"1 Text"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := readSpec(t, tc.spec)
			checkLines(t, show(doc.paras, doc), tc.want)
		})
	}
}

// TestDocxNotesCommentsFurniture checks that footnotes, endnotes and
// comments are kept apart from the paragraph text and anchored to their
// paragraph, and headers and footers kept as furniture.
func TestDocxNotesCommentsFurniture(t *testing.T) {
	spec := docxSpec{
		body: p("", r("The PTC noted"), `<w:r><w:footnoteReference w:id="2"/></w:r>`, r(" the report"), `<w:r><w:endnoteReference w:id="1"/></w:r>`, r(".")) +
			`<w:commentRangeStart w:id="7"/>` +
			p("", r("Second"), `<w:r><w:footnoteReference w:id="3" w:customMarkFollows="1"/><w:t>*</w:t></w:r>`, `<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>`) +
			p("", `<w:commentRangeStart w:id="8"/>`, r("Third"), `<w:r><w:footnoteReference w:id="4"/></w:r>`),
		footnotes: `<w:footnote w:type="separator" w:id="-1">` + p("", `<w:r><w:separator/></w:r>`) + `</w:footnote>` +
			`<w:footnote w:id="2">` + p("", r("Doc. PC0727E.")) + p("", r("Second paragraph.")) + `</w:footnote>` +
			`<w:footnote w:id="3">` + p("", r("Starred.")) + `</w:footnote><w:footnote w:id="4">` + p("", r("Two.")) + `</w:footnote>`,
		endnotes: `<w:endnote w:id="1">` + p("", r("At the end.")) + `</w:endnote>`,
		comments: `<w:comment w:id="7" w:author="Ana" w:date="2031-03-05T10:00:00Z">` + p("", r("Check this.")) + `</w:comment>` +
			`<w:comment w:id="8" w:author="Bo">` + p("", r("And this.")) + `</w:comment>`,
		headers: map[string]string{"word/header1.xml": p("", r("PC0737E1")), "word/footer1.xml": p("", r("Page "), `<w:fldSimple w:instr="PAGE">`+r("3")+`</w:fldSimple>`)},
	}
	doc := readSpec(t, spec)
	checkLines(t, show(doc.paras, doc), []string{
		"1 The PTC noted the report. {1@13: Doc. PC0727E.\nSecond paragraph.} {i@24: At the end.}",
		"2 Second* {@6: Starred.} {Ana: Check this.}",
		"3 Third {2@5: Two.} {Bo: And this.}",
	})
	checkLines(t, show(doc.furniture, nil), []string{"1 Page 3", "1 PC0737E1"})
	if doc.furniture[0].part != "word/footer1.xml" {
		t.Errorf("furniture part %q, want word/footer1.xml", doc.furniture[0].part)
	}
	if c := doc.comments[0]; c.anchor != 2 || c.date != "2031-03-05T10:00:00Z" {
		t.Errorf("comment 7: anchor %d date %q, want paragraph 2 and its date", c.anchor, c.date)
	}
}
