package export_test

import (
	"archive/zip"
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/ingest"
)

// The -update flag may be defined by the package's other tests too; define
// it only when it is not, and read it by name.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func docxUpdating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// docxReport builds, through the draft editing API, a small report with
// every part the .docx shows.
func docxReport(t testing.TB) *draft.Report {
	t.Helper()
	r := draft.New()
	r.Meeting = draft.Meeting{Organization: "International Harbour Cooperation Council", Body: "Harbour Procedures Committee",
		ShortName: "HPC", Sessions: "18th Session", Dates: "2-3 March 2031", Venue: "Porto", DocCode: "HP0301E1", Language: "E"}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	open, err := r.InsertItem(0, "Opening of the session")
	must(err)
	open.Presentations = []draft.Presentation{{Text: "Opening remarks by Inês Treviño, Executive Director"}}
	_, err = r.InsertParagraph(open, 0, 0, "The Chairperson welcomed delegates from Türkiye, Ελλάδα and Україна to the “Session” – the first in Porto. The list of participants is set out in Annex I hereto.")
	must(err)
	c := r.AddConclusion(open)
	_, err = r.InsertBullet(c, 0, "took note of the opening remarks by Inês Treviño")
	must(err)

	rep, err := r.InsertItem(1, "Reports of the working bodies")
	must(err)
	a, err := r.InsertSubItem(rep, 0, "Report of the 10th Meeting of the Tariff Data Group", "For information only")
	must(err)
	a.Docs = []string{"HP0305Ea"}
	b, err := r.InsertSubItem(rep, 1, "Report of the 5th Meeting of the Dangerous Goods Working Group", "For decision")
	must(err)
	b.Attachments = []string{"Dangerous Goods Work Plan 2031-2032"}
	b.Presentations = []draft.Presentation{{Text: "Presentation by Chile"}}
	_, err = r.InsertParagraph(rep, 0, b.ID, "The Chair of the Working Group summarised the Meeting & its work plan <2031-2032>.")
	must(err)
	_, err = r.InsertParagraph(rep, 1, b.ID, "Delegates welcomed the plan.")
	must(err)
	c = r.AddConclusion(rep)
	for k, s := range []string{"took note of the report of the Tariff Data Group", "endorsed the report of the Dangerous Goods Working Group", "took note, with thanks, of the presentation by Chile"} {
		_, err = r.InsertBullet(c, k, s)
		must(err)
	}
	_, err = r.InsertItem(2, "Any other business")
	must(err)
	_, err = r.InsertAnnex(0, "List of participants", "Chairperson: Ana Ferreira (Portugal)\n\nMembers: Chile, Greece (Ελλάδα), Ukraine (Україна)")
	must(err)
	return r
}

// TestDOCXGolden compares the export of docxReport with the golden file;
// run with -update to rewrite it after an intended change.
func TestDOCXGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := export.DOCX(&buf, docxReport(t), export.Options{Created: docxCreated, Author: "Secretariat"}); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "docx", "report.docx")
	if docxUpdating() {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestDOCXGolden -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("DOCX output differs from %s (%d bytes, want %d); run with -update if the change is intended", golden, buf.Len(), len(want))
	}
}

// TestDOCXParts checks the package's parts and a few things each must say.
func TestDOCXParts(t *testing.T) {
	var buf bytes.Buffer
	if err := export.DOCX(&buf, docxReport(t), export.Options{Created: docxCreated, Author: "Secretariat"}); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = string(b)
		if !f.Modified.Equal(docxCreated) {
			t.Errorf("%s: zip time %v, want %v", f.Name, f.Modified, docxCreated)
		}
	}
	tests := []struct{ part, want string }{
		{"[Content_Types].xml", "wordprocessingml.document.main+xml"},
		{"_rels/.rels", `Target="word/document.xml"`},
		{"word/_rels/document.xml.rels", `Target="styles.xml"`},
		{"word/styles.xml", `w:styleId="NumberedParagraph"`},
		{"word/styles.xml", `w:styleId="ListBullet"`},
		{"word/styles.xml", `w:styleId="AnnexHeading"`},
		{"docProps/core.xml", "<dc:creator>Secretariat</dc:creator>"},
		{"docProps/core.xml", "2031-03-05T17:30:00Z"},
		{"docProps/core.xml", "Harbour Procedures Committee, 18th Session – Summary Report"},
		{"docProps/app.xml", "<Application>Rapporteur</Application>"},
		{"docProps/custom.xml", `name="Short name"><vt:lpwstr>HPC</vt:lpwstr>`},
		{"word/document.xml", `<w:t xml:space="preserve">3.</w:t></w:r><w:r><w:tab/></w:r>`},
		{"word/document.xml", "Meeting &amp; its work plan &lt;2031-2032&gt;."},
		{"word/document.xml", "endorsed the report of the Dangerous Goods Working Group; and"},
		{"word/document.xml", "ITEM II – Reports of the working bodies"},
		{"word/document.xml", "<w:tbl>"},
		{"word/document.xml", ">3-5<"},
		{"word/document.xml", "ANNEX I – List of participants"},
	}
	for _, tc := range tests {
		got, ok := parts[tc.part]
		if !ok {
			t.Errorf("part %s missing", tc.part)
			continue
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s does not contain %q", tc.part, tc.want)
		}
	}
}

// TestDOCXRoundTripBuilt imports the exported test report: the structure,
// the meeting and the paragraphs come back.
func TestDOCXRoundTripBuilt(t *testing.T) {
	want := docxReport(t)
	got, _ := roundTrip(t, want)
	sameStructure(t, got, want)
	if got.Meeting != want.Meeting {
		t.Errorf("meeting: got %+v, want %+v", got.Meeting, want.Meeting)
	}
}

// TestWriteFileDocx writes through WriteFile by extension and reads it back
// through ingest.File.
func TestWriteFileDocx(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.DOCX")
	if err := export.WriteFile(path, docxReport(t), export.Options{Created: docxCreated}); err != nil {
		t.Fatalf("WriteFile: %v", err)
	}
	r, _, err := ingest.File(path)
	if err != nil {
		t.Fatalf("ingest.File: %v", err)
	}
	if got, want := len(r.Items), 3; got != want {
		t.Errorf("got %d items, want %d", got, want)
	}
}
