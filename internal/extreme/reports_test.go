package extreme

import (
	"fmt"
	"strings"
	"testing"

	"rapporteur/draft"
)

// must fails the test on err.
func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// words returns n characters or so of running text made of varied words,
// ending with a full stop; seed makes texts differ.
func words(n, seed int) string {
	vocab := []string{"the", "Committee", "examined", "proposal", "delegates", "discussed",
		"amendments", "Secretariat", "timetable", "budget", "harmonized", "procedures",
		"ports", "customs", "data", "exchange", "pilot", "projects", "members", "agreed"}
	var b strings.Builder
	b.Grow(n + 16)
	for k := 0; b.Len() < n; k++ {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(vocab[(k*7+seed*13+k/len(vocab))%len(vocab)])
		if k%97 == 96 {
			fmt.Fprintf(&b, " %d", k+seed)
		}
	}
	b.WriteByte('.')
	return b.String()
}

// newReport starts a report with its meeting details.
func newReport() *draft.Report {
	r := draft.New()
	r.Meeting = draft.Meeting{Organization: "Council of Examples", Body: "Committee on Limits",
		ShortName: "CL", Sessions: "3rd Session", Dates: "1-2 June 2031", Venue: "Lyon", DocCode: "CL0301E1", Language: "E"}
	return r
}

// addItem appends an item with paras paragraphs and, when bullets > 0, a
// conclusion of that many bullets.
func addItem(tb testing.TB, r *draft.Report, title string, paras []string, bullets ...string) *draft.Item {
	tb.Helper()
	it, err := r.InsertItem(len(r.Items), title)
	must(tb, err)
	for k, p := range paras {
		_, err := r.InsertParagraph(it, k, 0, p)
		must(tb, err)
	}
	if len(bullets) > 0 {
		c := r.AddConclusion(it)
		for k, b := range bullets {
			_, err := r.InsertBullet(c, k, b)
			must(tb, err)
		}
	}
	return it
}

// scale returns full, or short under -short.
func scale(full, short int) int {
	if testing.Short() {
		return short
	}
	return full
}

// extremeCase is one extreme report. missing lists characters the embedded
// font lacks, which the PDF export must name in a warning.
type extremeCase struct {
	name    string
	build   func(tb testing.TB) *draft.Report
	missing []rune
}

var cases = []extremeCase{
	{name: "long paragraph", build: func(tb testing.TB) *draft.Report {
		r := newReport()
		addItem(tb, r, "A VERY LONG INTERVENTION", []string{words(scale(2_000_000, 200_000), 1), words(300, 2)}, "took note of the intervention")
		addItem(tb, r, "CLOSING", []string{words(200, 3)})
		return r
	}},
	{name: "many paragraphs", build: func(tb testing.TB) *draft.Report {
		r := newReport()
		n := scale(5000, 1000)
		for i := 0; i < 10; i++ {
			var ps []string
			for k := 0; k < n/10; k++ {
				ps = append(ps, fmt.Sprintf("Point %d.%d: %s", i+1, k+1, words(80+k%200, i*1000+k)))
			}
			addItem(tb, r, fmt.Sprintf("ITEM NUMBER %d", i+1), ps, "took note of the points raised", "agreed to continue")
		}
		return r
	}},
	{name: "many items", build: func(tb testing.TB) *draft.Report {
		r := newReport()
		for i := 0; i < 200; i++ {
			addItem(tb, r, fmt.Sprintf("AGENDA POINT %d", i+1), []string{words(120, i)}, fmt.Sprintf("took note of point %d", i+1))
		}
		return r
	}},
	{name: "scripts", build: func(tb testing.TB) *draft.Report {
		r := newReport()
		addItem(tb, r, "OPENING 🎉", []string{
			"The Chair welcomed delegates 👋 and wished the session success 🌍🚢.",
			"The Delegate of Egypt said: شكرا جزيلا للأمانة على هذا التقرير.",
			"The Delegate of China said: 感谢秘书处的报告，我们支持该提案。",
			"Ο εκπρόσωπος της Ελλάδας και представитель России took the floor; Türkiye and Treviño agreed.",
		}, "took note of the statements 👍")
		addItem(tb, r, "资料交换", []string{"数据交换试点项目已经开始。"})
		return r
	}, missing: []rune{'🎉', '👋', 'ش', '感', '资', '👍'}},
	{name: "empty items", build: func(tb testing.TB) *draft.Report {
		r := newReport()
		addItem(tb, r, "OPENING", nil)
		addItem(tb, r, "ADOPTION OF THE AGENDA", []string{"The agenda was adopted."})
		addItem(tb, r, "ANY OTHER BUSINESS", nil)
		it := addItem(tb, r, "REPORTS", nil)
		_, err := r.InsertSubItem(it, 0, "Report of the first group", "For decision")
		must(tb, err)
		addItem(tb, r, "CLOSING", nil)
		return r
	}},
	{name: "conclusion only", build: func(tb testing.TB) *draft.Report {
		r := newReport()
		addItem(tb, r, "OPENING", []string{"The Chair opened the session."})
		addItem(tb, r, "DECISIONS WITHOUT DEBATE", nil, "adopted the work programme", "approved the budget", "decided to meet again in 2032")
		addItem(tb, r, "CLOSING", []string{"The Chair closed the session."})
		return r
	}},
}

// shape lists every text of a report a round trip must keep, one per line.
func shape(r *draft.Report) []string {
	out := []string{"meeting " + fmt.Sprint(r.Meeting)}
	for i, it := range r.Items {
		out = append(out, fmt.Sprintf("item %s %s (%s)", draft.Roman(i+1), it.Title, it.Category))
		for j, sub := range it.SubItems {
			out = append(out, fmt.Sprintf("sub %s %s (%s)", draft.SubItemLetter(j), sub.Title, sub.Category))
		}
		for _, p := range it.Paragraphs {
			out = append(out, "para "+p.Text)
		}
		if c := it.Conclusion; c != nil {
			out = append(out, "conclusion "+c.LeadInFor(r.Meeting))
			for _, b := range c.Bullets {
				out = append(out, "bullet "+b.Text)
			}
		}
	}
	for _, a := range r.Annexes {
		out = append(out, "annex "+a.Title+"\n"+a.Body)
	}
	return out
}

// sameShape fails unless got keeps every text of want, naming the first
// difference.
func sameShape(tb testing.TB, how string, got, want *draft.Report) {
	tb.Helper()
	g, w := shape(got), shape(want)
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			tb.Fatalf("%s: line %d of %d/%d differs:\n got %.200q\nwant %.200q", how, i, len(g), len(w), gl, wl)
		}
	}
}
