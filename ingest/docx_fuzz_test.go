package ingest

import (
	"bytes"
	"testing"
)

// FuzzDocx feeds arbitrary bytes to the .docx reader, seeded with small
// valid documents: it must return a report or an error, never panic, and a
// report it returns has items.
func FuzzDocx(f *testing.F) {
	seeds := []string{
		wp("Heading1", "", 0, "ITEM I – OPENING") + wp("", "1", 0, "The PTC met.") + wp("", "1", 0, "In conclusion, the PTC:") + wp("", "1", 2, "took note."),
		`<w:tbl><w:tr><w:tc>` + wp("", "2", 0, "Opening") + `</w:tc><w:tc>` + wp("", "", 0, "1-2") + `</w:tc></w:tr></w:tbl>` +
			wp("Heading1", "", 0, "I. Opening") + wp("Heading2", "", 0, "Report") + wp("", "", 0, "1. Text."),
		wp("Heading1", "", 0, "ITEM II – AGENDA") + wp("", "", 0, "(For decision)") + wp("", "", 0, "Doc. PC0725E (version d)"),
	}
	for _, s := range seeds {
		f.Add(makeDocx(f, s))
	}
	f.Add(docxSpec{main: "word/document2.xml", body: p(style("Heading1"), r("ITEM I – OPENING")) + p("", r("1. Text."))}.build(f))
	f.Add(compoundFile([]string{"EncryptedPackage"}, 0))
	f.Add(compoundFile([]string{"WordDocument"}, 0x100))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, _, err := Docx(data)
		if err == nil && (r == nil || len(r.Items) == 0) {
			t.Fatalf("no error but no items")
		}
	})
}

// FuzzDocxXML fuzzes the XML parts rather than the zip bytes (whose checksums
// stop most mutations early): document.xml and numbering.xml are packed
// with the test styles into a valid archive and read. The records must keep their
// invariants: places rising in the main part, labels within the cap, both
// readings of tracked changes available.
func FuzzDocxXML(f *testing.F) {
	f.Add(wdoc(wp("Heading1", "", 0, "ITEM I – OPENING")+wp("", "1", 0, "Text.")+wp("", "3", 1, "a")), testNumbering)
	f.Add(wdoc(`<w:tbl><w:tr><w:tc>`+wp("", "2", 0, "Opening")+`</w:tc></w:tr></w:tbl>`+wp("Heading2", "", 0, "b")), testNumbering)
	f.Add(wdoc(wp("Heading1", "", 0, "II. Agenda")+wp("", "4", 2, "x")), "")
	f.Add(`<w:document `+wNS+`><w:body>`+p("", r("a"), textBox("b"), field("REF x", "c"))+
		p(markDel("1", "A"), del("2", "A", "d"), ins("3", "B", r("e")))+p(style("Heading2"), r("f"))+`</w:body></w:document>`, testLists)
	f.Fuzz(func(t *testing.T, document, numbering string) {
		files := [][2]string{{"word/document.xml", document}, {"word/styles.xml", testStyles}}
		if numbering != "" {
			files = append(files, [2]string{"word/numbering.xml", numbering})
		}
		data := makeZip(t, files...)
		doc, err := readDocx(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		last := 0
		for _, q := range doc.paras {
			if q.place <= last {
				t.Fatalf("paragraph place %d after %d", q.place, last)
			}
			last = q.place
			if len(q.label) > maxLabel {
				t.Fatalf("label of %d bytes", len(q.label))
			}
		}
		doc.reading(true)
		doc.reading(false)
		if res, err := doc.result(); err == nil && len(res.Report.Items) == 0 {
			t.Fatalf("no error but no items")
		}
	})
}

// FuzzDocxSideParts fuzzes the parts read beside the body: styles,
// footnotes, comments, a header and the package relationships.
func FuzzDocxSideParts(f *testing.F) {
	f.Add(testListStyles, `<w:footnote w:id="1">`+p("", r("note"))+`</w:footnote>`, `<w:comment w:id="1" w:author="A">`+p("", r("c"))+`</w:comment>`, p("", r("PC0737E1")),
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml"/>`)
	f.Fuzz(func(t *testing.T, styles, footnotes, comments, header, rels string) {
		s := docxSpec{body: p(style("Heading2"), r("x"), `<w:r><w:footnoteReference w:id="1"/></w:r>`, `<w:commentRangeStart w:id="1"/>`) + p(style("PTCPara"), r("y")),
			styles: styles, numbering: testLists, footnotes: footnotes, comments: comments, headers: map[string]string{"word/header1.xml": header}}
		data := s.build(t)
		parts := unzipAll(t, data)
		parts["_rels/.rels"] = relsPart(rels)
		data = zipAll(t, parts)
		doc, err := readDocx(bytes.NewReader(data), int64(len(data)))
		if err == nil {
			doc.reading(true)
			if res, err := doc.result(); err == nil && len(res.Report.Items) == 0 {
				t.Fatalf("no error but no items")
			}
		}
	})
}

// FuzzCompoundFile fuzzes the reader of OLE compound files (a .doc or an
// encrypted .docx): always an error that says what the file is, never a
// panic or a loop.
func FuzzCompoundFile(f *testing.F) {
	f.Add(compoundFile([]string{"EncryptionInfo", "EncryptedPackage"}, 0))
	f.Add(compoundFile([]string{"WordDocument", "1Table"}, 0x0100))
	f.Add(compoundFile([]string{"Workbook"}, 0))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) >= 8 {
			copy(data, cfbMagic)
		}
		if err := compoundFileError(bytes.NewReader(data), int64(len(data))); err == nil {
			t.Fatal("no error for a compound file")
		}
	})
}
