package invent

import (
	"fmt"
	"html"
	"regexp"
	"strings"

	"rapporteur/draft"
)

// HTML writes r as a page that LibreOffice (soffice --infilter="HTML
// (StarWriter)" --convert-to docx) turns into a Word document the way a
// secretariat's Word file is made: headings in Heading styles, paragraphs
// in Word's list numbering (from their derived numbers), footnotes as
// real footnotes, and, in house style h:
//
//   - PTC: "ITEM I – TITLE" in Heading 1, category and "Doc." lines as
//     body text, "a. Title" in Heading 2, presentation lines in Heading 3
//     without a bullet, conclusion bullets as a bulleted list;
//   - UN: "I. Title" in Heading 1, "A. Title" in Heading 2, the points of
//     an inner enumeration and decision marks as paragraphs of their own,
//     conclusions lettered "(a) …;" as body text.
//
// The document's own XML is LibreOffice's, not our exporter's.
func HTML(r *draft.Report, h House) []byte {
	var b strings.Builder
	m := r.Meeting
	p := func(tag, s string) { fmt.Fprintf(&b, "<%s>%s</%s>\n", tag, html.EscapeString(s), tag) }
	b.WriteString("<html><head><meta charset=\"utf-8\"><title>" + html.EscapeString(m.Body) + "</title></head><body>\n")
	notes := map[string]string{}
	for _, n := range r.Footnotes {
		notes[n.Label] = n.Text
	}
	switch h {
	case UN:
		for _, s := range []string{"United Nations", m.DocCode, "Economic and Social Council", "Distr.: General", "Original: English",
			m.Organization, m.Body, m.Sessions, m.Venue + ", " + m.Dates, "Report of the " + m.Body + " on its " + strings.ToLower(m.Sessions)} {
			p("p", s)
		}
	default:
		for _, s := range []string{m.DocCode, strings.ToUpper(m.Organization), strings.ToUpper(m.Body) + " (" + m.ShortName + ")",
			m.Sessions, m.Venue + ", " + m.Dates, "SUMMARY REPORT"} {
			p("p", s)
		}
	}
	num := r.Numbering()
	for i, it := range r.Items {
		if h == UN {
			p("h1", r.ItemNumber(i)+". "+it.Title)
		} else {
			p("h1", "ITEM "+r.ItemNumber(i)+" – "+it.Title)
			if it.Category != "" {
				p("p", "("+string(it.Category)+")")
			}
			for _, d := range it.Docs {
				p("p", "Doc. "+d)
			}
			for _, pr := range it.Presentations {
				p("h3", pr.Text)
			}
		}
		sub := -1
		for k, para := range it.Paragraphs {
			if _, j := it.SubItem(para.Sub); j != sub && j >= 0 {
				sub = j
				writeSub(&b, p, it, j, h)
			}
			n := num.Number(i, k)
			if h == UN {
				ps := pieces(para.Text)
				fmt.Fprintf(&b, "<ol start=\"%d\"><li>%s</li></ol>\n", n, withNotes(ps[0], notes))
				for _, pc := range ps[1:] {
					fmt.Fprintf(&b, "<p>%s</p>\n", withNotes(pc, notes))
				}
				continue
			}
			fmt.Fprintf(&b, "<ol start=\"%d\"><li>%s</li></ol>\n", n, html.EscapeString(para.Text))
		}
		if c := it.Conclusion; c != nil {
			fmt.Fprintf(&b, "<ol start=\"%d\"><li>%s</li></ol>\n", num.ConclusionNumber(r, i), html.EscapeString(c.LeadInFor(m)))
			if h == UN {
				for k, bl := range c.Punctuated() {
					p("p", "("+string(rune('a'+k))+") "+bl)
				}
			} else {
				b.WriteString("<ul>")
				for _, bl := range c.Punctuated() {
					b.WriteString("<li>" + html.EscapeString(bl) + "</li>")
				}
				b.WriteString("</ul>\n")
			}
		}
	}
	for i, a := range r.Annexes {
		if h == UN {
			p("h1", "Annex "+draft.AnnexNumber(i))
			p("p", a.Title)
		} else {
			p("h1", "ANNEX "+draft.AnnexNumber(i)+" – "+a.Title)
		}
		for _, para := range a.Paragraphs() {
			p("p", para)
		}
	}
	for _, n := range r.Footnotes {
		fmt.Fprintf(&b, "<div id=\"sdfootnote%s\"><p class=\"sdfootnote\"><a class=\"sdfootnotesym\" name=\"sdfootnote%ssym\" href=\"#sdfootnote%sanc\">%s</a>%s</p></div>\n",
			n.Label, n.Label, n.Label, n.Label, html.EscapeString(n.Text))
	}
	b.WriteString("</body></html>\n")
	return []byte(b.String())
}

// writeSub writes a sub-item's heading: in PTC style its category line (when
// it differs from the one before), "a. Title", documents and presentations.
func writeSub(b *strings.Builder, p func(tag, s string), it *draft.Item, j int, h House) {
	s := it.SubItems[j]
	if h == UN {
		p("h2", strings.ToUpper(draft.SubItemLetter(j))+". "+s.Title)
		return
	}
	if s.Category != "" && (j == 0 || it.SubItems[j-1].Category != s.Category) {
		p("p", "("+string(s.Category)+")")
	}
	p("h2", draft.SubItemLetter(j)+". "+s.Title)
	for _, d := range s.Docs {
		p("p", "Doc. "+d)
	}
	for _, pr := range s.Presentations {
		p("h3", pr.Text)
	}
}

// noteMark is a footnote's mark after a sentence: "Sweden.1".
var noteMark = regexp.MustCompile(`\.(\d{1,2})(\s|$)`)

// withNotes escapes s and makes its footnote marks Word footnotes.
func withNotes(s string, notes map[string]string) string {
	s = html.EscapeString(s)
	return noteMark.ReplaceAllStringFunc(s, func(m string) string {
		sm := noteMark.FindStringSubmatch(m)
		if _, ok := notes[sm[1]]; !ok {
			return m
		}
		l := sm[1]
		return fmt.Sprintf(".<a class=\"sdfootnoteanc\" name=\"sdfootnote%sanc\" href=\"#sdfootnote%ssym\"><sup>%s</sup></a>%s", l, l, l, sm[2])
	})
}
