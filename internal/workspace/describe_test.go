package workspace

import (
	"strings"
	"testing"

	"rapporteur/draft"
)

func TestDescribe(t *testing.T) {
	rap, txt, _ := files(t)
	for path, versions := range map[string]int{rap: 1, txt: 0} {
		s, err := Describe(path)
		must(t, err)
		if len(s.Versions) != versions || s.Meeting.ShortName != "HPC" || s.ParagraphCount == 0 {
			t.Errorf("Describe(%s): %d versions, %q, %d paragraphs", path, len(s.Versions), s.Meeting.ShortName, s.ParagraphCount)
		}
	}
}

// TestCheckAgainst checks a cross-reference against the versions: the
// paragraph it meant moved since version a.
func TestCheckAgainst(t *testing.T) {
	rap, txt, _ := files(t)
	d, err := Open(rap, Write)
	must(t, err)
	r := d.Report
	r.Items[2].Paragraphs[0].Text = "As noted in paragraph 1, the reports were introduced."
	must(t, d.Save(r))
	_, err = d.Freeze(r, "", at)
	must(t, err)
	r.InsertParagraph(r.Items[0], 0, 0, "A new first paragraph.")
	must(t, d.Save(r))
	must(t, d.Close())
	tests := []struct {
		path, against string
		moved         bool
		wantErr       string
	}{
		{rap, Latest, true, ""},
		{rap, "b", true, ""},
		{rap, "none", false, ""},
		{rap, "", false, ""},
		{rap, "zz", false, "no such version"},
		{txt, Latest, false, ""},
		{txt, "a", false, "not a report file"},
	}
	for _, tt := range tests {
		fs, err := Check(tt.path, tt.against)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Check(%s, %q): %v, want %q", tt.path, tt.against, err, tt.wantErr)
			}
			continue
		}
		must(t, err)
		if got := hasCode(fs, "paragraph-ref-moved"); got != tt.moved {
			t.Errorf("Check(%s, %q): moved reference found %v, want %v", tt.path, tt.against, got, tt.moved)
		}
	}
}

func hasCode(fs []draft.Finding, code string) bool {
	for _, f := range fs {
		if f.Code == code {
			return true
		}
	}
	return false
}
