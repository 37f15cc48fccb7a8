package ingest

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"rapporteur/draft"
)

// checkAccounted checks that nothing was lost silently: every non-empty
// input line either has an entry in the log at its line, or its words
// (its label aside, which the report derives) are in the report.
func checkAccounted(t testing.TB, in string, res *Result) {
	t.Helper()
	logged := map[int]bool{}
	for _, e := range res.Log {
		if e.Kind == LogDropped && e.Reason == "not placed in the report" {
			t.Errorf("%v", e)
		}
		logged[e.Place.Line] = true
	}
	blob := squashText(reportText(res.Report))
	missing := 0
	for n, raw := range strings.Split(strings.ReplaceAll(in, "\r\n", "\n"), "\n") {
		l := collapse(norm.NFC.String(strings.ReplaceAll(strings.TrimPrefix(raw, "\ufeff"), "\f", "")))
		if l == "" || logged[n+1] {
			continue
		}
		if lab := readLabel(l); lab.kind != lNone {
			l = lab.text
		}
		// What the report derives or keeps elsewhere: the joining "and"
		// of a conclusion bullet, a typed header line's label, an annex
		// heading's number.
		l = strings.TrimSuffix(strings.TrimSuffix(l, " and"), "; and")
		if m := headerRE.FindStringSubmatch(l); m != nil {
			l = m[2]
		}
		if c, ok := docLine(l); ok {
			l = strings.Join(c.codes, "")
			if d, err := draft.ParseDocCode(l); err == nil {
				l = d.String()
			}
		}
		if c, ok := annexHeading(l); ok {
			l = c.text
		} else if bareAnnex(l) {
			l = ""
		}
		if s := squashText(l); s != "" && !strings.Contains(blob, s) {
			if missing < 5 {
				t.Errorf("line %d %q is neither in the report nor in the log", n+1, raw)
			}
			missing++
		}
	}
}

// reportText is every text the report holds, derived texts included.
func reportText(r *draft.Report) string {
	var b strings.Builder
	w := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	m := r.Meeting
	for _, f := range m.Fields() {
		w(*f.Value)
	}
	w(r.Front)
	for _, n := range r.Footnotes {
		w(n.Label + " " + n.Text)
	}
	for _, it := range r.Items {
		w(it.Title)
		w(string(it.Category))
		w(strings.Join(it.Docs, " "))
		for _, p := range it.Presentations {
			w(p.Text)
		}
		for _, s := range it.SubItems {
			w(s.Title)
			w(string(s.Category))
			w(strings.Join(s.Docs, " "))
			for _, p := range s.Presentations {
				w(p.Text)
			}
			w(strings.Join(s.Attachments, "\n"))
		}
		for _, p := range it.Paragraphs {
			w(p.Text)
		}
		if c := it.Conclusion; c != nil {
			w(c.LeadInFor(m))
			for _, bl := range c.Bullets {
				w(bl.Text)
			}
		}
	}
	for _, a := range r.Annexes {
		w(a.Title)
		w(a.Body)
	}
	return b.String()
}

// squashText drops what the report normalises: white space, soft hyphens,
// brackets around categories, the glyphs of bullets and the joining
// punctuation of conclusion bullets.
func squashText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\u00ad' || r == '(' || r == ')' || r == ';' || r == '.' || r == ',':
			return -1
		case strings.ContainsRune(bulletGlyphs, r):
			return -1
		}
		return r
	}, s)
}
