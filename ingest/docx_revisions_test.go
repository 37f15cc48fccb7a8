package ingest

import (
	"strings"
	"testing"
)

// ins and del write tracked insertions and deletions by author.
func ins(id, author, runs string) string {
	return `<w:ins w:id="` + id + `" w:author="` + author + `" w:date="2031-03-05T10:00:00Z">` + runs + `</w:ins>`
}

func del(id, author, text string) string {
	return `<w:del w:id="` + id + `" w:author="` + author + `" w:date="2031-03-05T11:00:00Z"><w:r><w:delText xml:space="preserve">` + text + `</w:delText></w:r></w:del>`
}

// markIns and markDel mark a paragraph mark as inserted or deleted.
func markIns(id, author string) string {
	return `<w:rPr><w:ins w:id="` + id + `" w:author="` + author + `"/></w:rPr>`
}

func markDel(id, author string) string {
	return `<w:rPr><w:del w:id="` + id + `" w:author="` + author + `"/></w:rPr>`
}

// TestDocxTrackedChanges reads documents with revisions both ways: as they
// read with the changes accepted (what the import takes) and rejected (what
// issue 15 will bring in beside it), from the same records.
func TestDocxTrackedChanges(t *testing.T) {
	n1 := num("1", 0)
	tests := []struct {
		name     string
		body     string
		accepted []string
		rejected []string
	}{
		{"words inserted and deleted",
			p("", r("The PTC "), del("1", "Ana", "noted"), ins("2", "Ana", r("endorsed")), r(" the report.")),
			[]string{"1 The PTC endorsed the report."}, []string{"1 The PTC noted the report."}},
		{"inserted, then deleted by another author: in neither reading",
			p("", r("Kept"), ins("1", "Ana", `<w:del w:id="2" w:author="Bo"><w:r><w:delText> gone</w:delText></w:r></w:del>`), r(".")),
			[]string{"1 Kept."}, []string{"1 Kept."}},
		{"a paragraph moved",
			p("", `<w:moveFrom w:id="1" w:author="Ana">`+r("Moved.")+`</w:moveFrom>`, markDel("2", "Ana")) + p("", r("Stays.")) +
				p("", `<w:moveTo w:id="3" w:author="Ana">`+r("Moved.")+`</w:moveTo>`, markIns("4", "Ana")) + p("", r("Last.")),
			[]string{"2 Stays.", "3 Moved.", "4 Last."}, []string{"1 Moved.", "2 Stays.", "4 Last."}},
		{"a deleted numbered paragraph: the numbers after it shift in the accepted reading only",
			p(n1, r("One.")) + p(n1+markDel("1", "Ana"), del("2", "Ana", "Two.")) + p(n1, r("Three.")),
			[]string{"1 [1.] One.", "3 [2.] Three."}, []string{"1 [1.] One.", "2 [2.] Two.", "3 [3.] Three."}},
		{"an inserted numbered paragraph",
			p(n1, r("One.")) + p(n1+markIns("1", "Bo"), ins("2", "Bo", r("New."))) + p(n1, r("Two.")),
			[]string{"1 [1.] One.", "2 [2.] New.", "3 [3.] Two."}, []string{"1 [1.] One.", "3 [2.] Two."}},
		{"a deleted paragraph mark joins two paragraphs",
			p(markDel("1", "Ana"), r("First half"), del("2", "Ana", " ")) + p("", r(" second half.")),
			[]string{"2 First half second half."}, []string{"1 First half ", "2  second half."}},
		{"a paragraph longer than the reader's buffer, revised across its pieces",
			p("", r(strings.Repeat("a", 70000)), del("1", "Ana", strings.Repeat("d", 70000)), ins("2", "Ana", r(strings.Repeat("i", 70000))), r("z")),
			[]string{"1 " + strings.Repeat("a", 70000) + strings.Repeat("i", 70000) + "z"},
			[]string{"1 " + strings.Repeat("a", 70000) + strings.Repeat("d", 70000) + "z"}},
		{"formatting changes leave the text",
			p("", `<w:r><w:rPr><w:b/><w:rPrChange w:id="1" w:author="Ana"><w:rPr/></w:rPrChange></w:rPr><w:t>Bold now.</w:t></w:r>`),
			[]string{"1 Bold now."}, []string{"1 Bold now."}},
		{"a style change: the old style in the rejected reading",
			p(style("Heading2")+`<w:pPrChange w:id="1" w:author="Ana"><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange>`, r("Presentation by Serbia")),
			[]string{"1 h2 [A)] Presentation by Serbia"}, []string{"1 Presentation by Serbia"}},
		{"a numbering change: the old list in the rejected reading",
			p(n1+`<w:pPrChange w:id="1" w:author="Ana"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange>`, r("x")),
			[]string{"1 [1.] x"}, []string{"1 [a.] x"}},
		{"table rows inserted and deleted",
			`<w:tbl><w:tr><w:tc>` + p("", r("kept")) + `</w:tc></w:tr>` +
				`<w:tr><w:trPr><w:ins w:id="1" w:author="Bo"/></w:trPr><w:tc>` + p(markIns("2", "Bo"), ins("3", "Bo", r("new row"))) + `</w:tc></w:tr>` +
				`<w:tr><w:trPr><w:del w:id="4" w:author="Bo"/></w:trPr><w:tc>` + p("", r("old row")) + `</w:tc></w:tr></w:tbl>`,
			[]string{"1 cell1:1.1 kept", "2 cell1:2.1 new row"}, []string{"1 cell1:1.1 kept", "3 cell1:3.1 old row"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := readSpec(t, docxSpec{body: tc.body, numbering: testLists, styles: testListStyles})
			checkLines(t, show(doc.reading(true), doc), tc.accepted)
			checkLines(t, show(doc.reading(false), doc), tc.rejected)
		})
	}
}

// TestDocxRevisionWarning checks the warning an import with tracked
// changes gives, and that each revision keeps its author and date.
func TestDocxRevisionWarning(t *testing.T) {
	body := p("", r("The PTC "), del("1", "Ana Ferreira", "noted"), ins("2", "Ana Ferreira", r("endorsed")), r(" the report.")) +
		p("", `<w:moveFrom w:id="3" w:author="Secretariat">`+r("x")+`</w:moveFrom>`, `<w:moveTo w:id="4" w:author="Secretariat">`+r("x")+`</w:moveTo>`) +
		p("", `<w:r><w:rPr><w:rPrChange w:id="5" w:author="Secretariat"/></w:rPr><w:t>y</w:t></w:r>`)
	doc := readSpec(t, docxSpec{body: body})
	want := "the document has 4 tracked changes (1 deletion, 1 formatting change, 1 insertion, 1 move) by Ana Ferreira and Secretariat; it is read as it reads with them accepted"
	if len(doc.warnings) != 1 || doc.warnings[0] != want {
		t.Errorf("warnings %q,\nwant [%q]", doc.warnings, want)
	}
	got := doc.revs.list[0]
	if got.kind != revDelete || got.author != "Ana Ferreira" || got.date != "2031-03-05T11:00:00Z" || got.id != "1" {
		t.Errorf("first revision %+v, want Ana Ferreira's deletion 1 of 2031-03-05T11:00:00Z", got)
	}
	// Who changed what: the inserted word is the second revision's.
	rv := doc.paras[0].revisions()
	var by []string
	start := int32(0)
	for _, s := range rv.spans {
		if s.rev >= 0 {
			by = append(by, doc.revs.list[s.rev].kind.String()+":"+rv.all[start:s.end])
		}
		start = s.end
	}
	if strings.Join(by, ",") != "deletion:noted,insertion:endorsed" {
		t.Errorf("revised segments %q", by)
	}
	// A report: one item heading alone with no numbered paragraph is none.
	r, warn, err := Docx(docxSpec{body: p(style("Heading1"), r("ITEM I – OPENING")) + p("", r("1. The Chair opened the meeting.")) + body}.build(t))
	if err != nil || len(r.Items) != 1 || len(warn) == 0 || warn[0] != want {
		t.Errorf("Docx: %v, warnings %q; want the revision warning first", err, warn)
	}
}

// TestDocxRevisionCarriesNotes: a footnote anchored in a paragraph whose
// mark is deleted goes with its text into the next paragraph.
func TestDocxRevisionCarriesNotes(t *testing.T) {
	doc := readSpec(t, docxSpec{
		body:      p(markDel("1", "Ana"), r("First"), `<w:r><w:footnoteReference w:id="5"/></w:r>`) + p("", r(" second.")),
		footnotes: `<w:footnote w:id="5">` + p("", r("The note.")) + `</w:footnote>`,
	})
	checkLines(t, show(doc.reading(true), doc), []string{"2 First second. {1@5: The note.}"})
	checkLines(t, show(doc.reading(false), doc), []string{"1 First {1@5: The note.}", "2  second."})
}

// TestDocxRevisionLongRunOn joins many paragraphs whose marks are deleted
// in time linear in their length, and keeps the text of a part whose every
// mark is deleted.
func TestDocxRevisionLongRunOn(t *testing.T) {
	var b strings.Builder
	for range 20000 {
		b.WriteString(p(markDel("1", "Ana"), r("x")))
	}
	doc := readSpec(t, docxSpec{body: b.String() + p("", r("end"))})
	got := doc.reading(true)
	if len(got) != 1 || got[0].text != strings.Repeat("x", 20000)+"end" {
		t.Errorf("accepted reading: %d paragraphs, want one of 20,003 characters", len(got))
	}
	doc = readSpec(t, docxSpec{body: p(markDel("1", "Ana"), r("only"))})
	if got := doc.reading(true); len(got) != 1 || got[0].text != "only" {
		t.Errorf("accepted reading of a part of one deleted mark: %q", show(got, doc))
	}
}
