package ingest

import "testing"

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
// into a valid archive with the test styles before reading.
func FuzzDocxXML(f *testing.F) {
	f.Add(wdoc(wp("Heading1", "", 0, "ITEM I – OPENING")+wp("", "1", 0, "Text.")+wp("", "3", 1, "a")), testNumbering)
	f.Add(wdoc(`<w:tbl><w:tr><w:tc>`+wp("", "2", 0, "Opening")+`</w:tc></w:tr></w:tbl>`+wp("Heading2", "", 0, "b")), testNumbering)
	f.Add(wdoc(wp("Heading1", "", 0, "II. Agenda")+wp("", "4", 2, "x")), "")
	f.Fuzz(func(t *testing.T, document, numbering string) {
		files := [][2]string{{"word/document.xml", document}, {"word/styles.xml", testStyles}}
		if numbering != "" {
			files = append(files, [2]string{"word/numbering.xml", numbering})
		}
		r, _, err := Docx(makeZip(t, files...))
		if err == nil && (r == nil || len(r.Items) == 0) {
			t.Fatalf("no error but no items")
		}
	})
}
