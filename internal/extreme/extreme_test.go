package extreme

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/ingest"
	"rapporteur/internal/docxtest"
	"rapporteur/store"
)

var created = time.Date(2031, 6, 2, 17, 0, 0, 0, time.UTC)

func TestExtremeReports(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.build(t)
			must(t, r.Validate())
			textRoundTrip(t, r)
			ed, what := edited(r)
			storeRoundTrip(t, r, ed)
			compareEdited(t, r, ed, what)
			exportAll(t, r, tc.missing)
		})
	}
}

// textRoundTrip writes r in the typed text form and reads it back.
func textRoundTrip(t *testing.T, r *draft.Report) {
	var buf bytes.Buffer
	must(t, export.Text(&buf, r))
	back, _, err := ingest.Text(buf.Bytes())
	must(t, err)
	sameShape(t, "text form read back", back, r)
}

// edited returns a copy of r with one word added in the middle of its
// longest paragraph, else of its last bullet, else of its last item's
// title; what says which.
func edited(r *draft.Report) (*draft.Report, string) {
	e := r.Clone()
	var target *string
	what := ""
	longest := -1
	for _, it := range e.Items {
		for _, p := range it.Paragraphs {
			if len(p.Text) > longest {
				target, longest, what = &p.Text, len(p.Text), "paragraph"
			}
		}
	}
	if target == nil {
		for _, it := range e.Items {
			if c := it.Conclusion; c != nil && len(c.Bullets) > 0 {
				target, what = &c.Bullets[len(c.Bullets)-1].Text, "bullet"
			}
		}
	}
	if target == nil {
		target, what = &e.Items[len(e.Items)-1].Title, "title"
	}
	s := *target
	mid := strings.IndexByte(s[len(s)/2:], ' ')
	if mid < 0 {
		*target = s + " EDITED"
	} else {
		mid += len(s) / 2
		*target = s[:mid] + " EDITED" + s[mid:]
	}
	return e, what
}

// storeRoundTrip saves r in a new report file, saves the edited copy over
// it, freezes it, and reads both back.
func storeRoundTrip(t *testing.T, r, ed *draft.Report) {
	path := filepath.Join(t.TempDir(), "extreme.rap")
	f, err := store.Create(path, r)
	must(t, err)
	must(t, f.Close())
	f, err = store.Open(path)
	must(t, err)
	got, err := f.Load()
	must(t, err)
	sameShape(t, "report file", got, r)
	must(t, f.Save(ed))
	_, err = f.Freeze(ed, "edited", created)
	must(t, err)
	must(t, f.Close())

	ro, err := store.OpenReadOnly(path)
	must(t, err)
	defer ro.Close()
	got, err = ro.Load()
	must(t, err)
	sameShape(t, "edited working copy", got, ed)
	v, err := ro.Version("a")
	must(t, err)
	sameShape(t, "frozen version a", v, ed)
}

// compareEdited checks that both comparisons find the one edit and nothing
// else, and that a report compared with itself shows nothing.
func compareEdited(t *testing.T, r, ed *draft.Report, what string) {
	for _, cmp := range []struct {
		name string
		fn   func(a, b *draft.Report) *draft.Comparison
	}{{"Compare", draft.Compare}, {"CompareByContent", draft.CompareByContent}} {
		if c := cmp.fn(r, r.Clone()); len(c.Changes)+len(c.Structure) != 0 {
			t.Errorf("%s of the report with itself: %d changes, %d structural", cmp.name, len(c.Changes), len(c.Structure))
		}
		c := cmp.fn(r, ed)
		n := len(c.Changes) + len(c.Structure)
		switch {
		case n != 1:
			t.Errorf("%s after editing one %s: %d changes, %d structural; want 1", cmp.name, what, len(c.Changes), len(c.Structure))
		case what == "title" && c.Structure[0].Kind != draft.ItemRenamed:
			t.Errorf("%s after editing a title: %s", cmp.name, c.Structure[0].Kind)
		case what != "title" && (len(c.Changes) != 1 || c.Changes[0].Kind != draft.Changed || !hasInsert(c.Changes[0].Words, "EDITED")):
			t.Errorf("%s after editing one %s: %+v", cmp.name, what, c.Changes)
		}
		var sb strings.Builder
		must(t, c.WriteText(&sb))
		revisions(t, c, cmp.name)
	}
}

// revisions writes the comparison as a Word file with tracked changes:
// accepted it reads as the Word export of the edited report, rejected as
// that of the original.
func revisions(t *testing.T, c *draft.Comparison, name string) {
	var buf bytes.Buffer
	must(t, export.RevisionsDOCX(&buf, c, export.Options{Created: created}))
	p, err := docxtest.Read(buf.Bytes())
	must(t, err)
	if _, errs := docxtest.Lint(p.Document); len(errs) > 0 {
		t.Errorf("%s as tracked changes: %v", name, errs)
	}
	for _, side := range []struct {
		s docxtest.Side
		r *draft.Report
	}{{docxtest.Accepted, c.New}, {docxtest.Rejected, c.Old}} {
		var want bytes.Buffer
		must(t, export.DOCX(&want, side.r, export.Options{Created: created}))
		w, err := docxtest.Read(want.Bytes())
		must(t, err)
		if d := docxtest.Diff(p.Lines(side.s), w.Lines(docxtest.AsIs)); d != "" {
			t.Errorf("%s as tracked changes, %s: %s", name, side.s, d)
		}
	}
}

// hasInsert reports whether the word diff inserts word.
func hasInsert(ops []draft.WordOp, word string) bool {
	for _, o := range ops {
		if o.Op == draft.OpInsert && strings.Contains(o.Text, word) {
			return true
		}
	}
	return false
}

// exportAll writes r as PDF, .docx and .txt and reads what can be read
// back: the .txt and .docx through the importers, the PDF through
// pdftotext (a sample of its text).
func exportAll(t *testing.T, r *draft.Report, missing []rune) {
	dir := t.TempDir()
	var warnings []string
	opt := export.Options{Created: created, Author: "Test", Warn: func(m string) { warnings = append(warnings, m) }}
	for _, ext := range []string{".pdf", ".docx", ".txt"} {
		must(t, export.WriteFile(filepath.Join(dir, "r"+ext), r, opt))
	}
	checkWarnings(t, warnings, missing)
	for _, ext := range []string{".txt", ".docx"} {
		back, _, err := ingest.File(filepath.Join(dir, "r"+ext))
		must(t, err)
		sameShape(t, ext+" export read back", back, r)
	}
	checkPDFText(t, filepath.Join(dir, "r.pdf"), r, missing)
}

// checkWarnings wants one warning naming each missing character, and no
// warning about any other.
func checkWarnings(t *testing.T, warnings []string, missing []rune) {
	all := strings.Join(warnings, "\n")
	for _, c := range missing {
		if !strings.Contains(all, fmt.Sprintf("U+%04X", c)) {
			t.Errorf("no warning names %U %q; warnings:\n%.2000s", c, c, all)
		}
	}
	if len(missing) == 0 && len(warnings) > 0 {
		t.Errorf("%d warnings for a report the fonts cover, first %q", len(warnings), warnings[0])
	}
	t.Logf("%d export warnings", len(warnings))
}

// checkPDFText runs pdftotext and looks for a sample of the report's text:
// the start of every item's first paragraph (up to 20 items), the titles,
// the last bullet, and every covered character of the report.
func checkPDFText(t *testing.T, pdf string, r *draft.Report, missing []rune) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Logf("pdftotext not installed; PDF text not checked")
		return
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	must(t, err)
	text := strings.Join(strings.Fields(string(out)), " ")
	var want []string
	for i, it := range r.Items {
		if i >= 20 {
			break
		}
		want = append(want, strings.ToUpper(it.Title))
		if len(it.Paragraphs) > 0 {
			want = append(want, firstWords(it.Paragraphs[0].Text, 8))
		}
		if c := it.Conclusion; c != nil && len(c.Bullets) > 0 {
			want = append(want, firstWords(c.Bullets[len(c.Bullets)-1].Text, 4))
		}
	}
	skip := map[rune]bool{}
	for _, c := range missing {
		skip[c] = true
	}
	for _, w := range want {
		if strings.ContainsFunc(w, func(c rune) bool { return skip[c] || c > 0x2000 }) {
			continue // drawn as a mark, or a script the font lacks
		}
		if !strings.Contains(text, w) && !strings.Contains(strings.ToUpper(text), strings.ToUpper(w)) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
	for _, w := range []string{"Türkiye", "Treviño", "Ελλάδας", "России"} {
		if strings.Contains(strings.Join(shape(r), " "), w) && !strings.Contains(text, w) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
	if total := len(strings.Join(shape(r), " ")); len(text) < total/2 {
		t.Errorf("PDF text has %d bytes, the report %d: text is missing", len(text), total)
	}
	os.Remove(pdf)
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}
