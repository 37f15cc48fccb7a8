package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInto brings a draft from outside into a report file: the meeting
// fields the draft lacks come from the file, every one of the eight; the
// paragraphs keep their identities, so the comparison with the last
// version shows the one real edit only.
func TestInto(t *testing.T) {
	rap, _, _ := files(t)
	before, err := Load(rap, "")
	must(t, err)
	before.Meeting.Organization = "World Customs Organization"
	before.Meeting.Venue = "Brussels"
	d, err := Open(rap, Write)
	must(t, err)
	must(t, d.Save(before))
	must(t, d.Close())

	incoming := before.Clone()
	for _, f := range incoming.Meeting.Fields() {
		*f.Value = ""
	}
	incoming.Meeting.Dates = "5-9 March 2026" // the draft's own value wins
	incoming.Items[2].Paragraphs[0].Text += " The secretariat amended this sentence."
	txt := filepath.Join(t.TempDir(), "draft-c.txt")
	must(t, os.WriteFile(txt, []byte(text(t, incoming)), 0o644))
	r, _, err := Import(txt)
	must(t, err)
	must(t, Into(rap, r))

	got, err := Load(rap, "")
	must(t, err)
	want := before.Meeting
	want.Dates = "5-9 March 2026"
	if got.Meeting != want {
		t.Errorf("meeting after Into = %+v\nwant %+v", got.Meeting, want)
	}
	c, err := Compare(Source{rap, "a"}, Source{rap, Working})
	must(t, err)
	var changed []string
	for _, ch := range c.Changes {
		changed = append(changed, string(ch.Kind))
	}
	if len(changed) != 2 {
		t.Errorf("changes since version a: %v; want the edit made after it and the rewritten paragraph", changed)
	}
}

func TestIntoRefusesDocument(t *testing.T) {
	_, txt, _ := files(t)
	if err := Into(txt, sample(t)); err == nil || !strings.Contains(err.Error(), "not a rapporteur report") {
		t.Errorf("Into a text document: %v; want it refused", err)
	}
}

func TestFreeze(t *testing.T) {
	rap, txt, _ := files(t)
	label, err := Freeze(rap, "second issue", at)
	must(t, err)
	if label != "b" {
		t.Errorf("label %q, want b", label)
	}
	s, err := Describe(rap)
	must(t, err)
	if len(s.Versions) != 2 || s.Versions[1].Note != "second issue" {
		t.Errorf("versions after freezing: %+v", s.Versions)
	}
	if _, err := Freeze(txt, "", at); err == nil {
		t.Error("froze a text document")
	}
}
