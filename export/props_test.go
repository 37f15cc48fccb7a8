package export

import (
	"bytes"
	"strings"
	"testing"
)

// TestDocumentProperties checks title, author, subject, creator and page
// size with pdfinfo.
func TestDocumentProperties(t *testing.T) {
	out := runTool(t, "pdfinfo", export(t, sampleReport(t), fixedOptions()), nil)
	for _, want := range []string{
		"Title:           Permanent Technical Committee, 251st/252nd Sessions – Summary Report",
		"Subject:         Summary Report, PC0999E1",
		"Author:          Rapporteur tests",
		"Creator:         Rapporteur",
		"(A4)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, out)
		}
	}
}

// TestBookmarks checks that the outline has one entry per item and annex,
// written in UTF-16 so accented titles survive.
func TestBookmarks(t *testing.T) {
	r := sampleReport(t)
	r.Items[0].Title = "Ouverture de la réunion – Türkiye"
	pdf := export(t, r, Options{})
	for _, title := range []string{"I. Ouverture de la réunion – Türkiye", "II. Adoption of the agenda",
		"III. Reports and updates", "IV. Any other business", "Annex I. List of participants", "Annex II. Statements"} {
		enc := append([]byte("/Title (\xfe\xff"), appendUTF16(nil, title)...)
		if !bytes.Contains(pdf, enc) {
			t.Errorf("no UTF-16 outline entry %q", title)
		}
	}
	// One /Title is the document's own, in the Info dictionary.
	if n := bytes.Count(pdf, []byte("/Title (")) - 1; n != 6 {
		t.Errorf("outline has %d entries, want 6 (4 items, 2 annexes)", n)
	}
}
