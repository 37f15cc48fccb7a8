package export

import (
	"fmt"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/ingest"
	"rapporteur/internal/fixture"
)

// fixtureReport imports the real PTC report (items I–V).
func fixtureReport(t *testing.T) *draft.Report {
	t.Helper()
	r, _, err := ingest.Text(fixture.Read(t, fixture.Name))
	if err != nil {
		t.Fatalf("ingest.Text(fixture): %v", err)
	}
	return r
}

// TestFixturePDFText exports the imported fixture and reads it back with
// pdftotext: paragraphs 1–68 in order, the five item headings and
// conclusion lead-ins, the agenda ranges and every non-ASCII character
// of the fixture but its list markers: the private-use U+F0B7 bullets and
// the one U+25CF "●" before the opening remarks. Markers are not text the
// importer keeps (it keeps the presentation, and the PDF draws its own "•"),
// so they cannot come back; "•" is checked instead.
func TestFixturePDFText(t *testing.T) {
	r := fixtureReport(t)
	if got := r.Numbering().Total(); got != 68 {
		t.Fatalf("imported fixture has %d paragraphs, want 68", got)
	}
	var warnings []string
	text := pdfText(t, export(t, r, Options{Warn: func(m string) { warnings = append(warnings, m) }}))
	checkReportText(t, r, text)
	nums := paragraphNumbers(text)
	if len(nums) != 68 || nums[0] != 1 || nums[67] != 68 {
		t.Errorf("paragraph numbers %v, want 1…68", nums)
	}
	flat := squash(text)
	heads := []string{"ITEM I – OPENING OF THE MEETING", "ITEM II – ADOPTION OF THE AGENDA", "ITEM III – UPDATE AND REPORTS",
		"ITEM IV – CROSS-BORDER REGULATORY INTERCONNECTIVITY FRAMEWORK", "ITEM V – E-COMMERCE"}
	var leads []string
	for _, n := range []int{2, 6, 20, 36, 68} {
		leads = append(leads, fmt.Sprintf("%d. In conclusion, the PTC:", n))
	}
	checkInOrder(t, flat, heads)
	checkInOrder(t, flat, leads)
	for k, rng := range []string{"1-2", "3-6", "7-20", "21-36", "37-68"} {
		num := draft.Roman(k + 1)
		if !containsLine(text, num+".", rng) {
			t.Errorf("agenda row %s does not end in range %s", num, rng)
		}
	}
	raw := string(fixture.Read(t, fixture.Name))
	for _, c := range raw {
		if c > 0x7f && c != 0xF0B7 && c != 0x25CF && !strings.ContainsRune(text, c) {
			t.Errorf("fixture character U+%04X %q missing from the PDF text", c, string(c))
		}
	}
	for _, w := range []string{"Türkiye", "Treviño", "• Presentation by Türkiye", "• Opening remarks by"} {
		if !strings.Contains(flat, w) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
	if len(warnings) > 0 {
		t.Errorf("export of the fixture warned: %v", warnings)
	}
}

// containsLine reports whether a line starts with start and ends with end.
func containsLine(text, start, end string) bool {
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, start+" ") && strings.HasSuffix(l, " "+end) {
			return true
		}
	}
	return false
}
