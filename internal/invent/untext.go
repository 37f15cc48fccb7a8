package invent

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"rapporteur/draft"
)

// page lays lines out on pages as pdftotext gives them: a running header
// at the head of each page, footnotes and the page number at its foot, a
// form feed between pages.
type page struct {
	b      strings.Builder
	lines  int // lines on the page so far
	n      int // the page's number
	header string
	job    string   // the job number, at the foot of every page
	notes  []string // the footnotes of the page, as their lines
	size   int      // lines a page holds
}

func (p *page) line(s string) {
	if p.lines >= p.size {
		p.next()
	}
	p.b.WriteString(s)
	p.b.WriteByte('\n')
	p.lines++
}

func (p *page) blank() { p.b.WriteByte('\n') }

// keep starts a new page unless n more lines fit on this one: a heading
// is never left alone at the foot of a page.
func (p *page) keep(n int) {
	if p.lines+n > p.size {
		p.next()
	}
}

// next ends the page: its footnotes, its number, the job number, the next
// page's header.
func (p *page) next() {
	p.foot()
	p.b.WriteString("\f")
	p.n++
	p.lines = 0
	p.b.WriteString(p.header + "\n\n")
}

func (p *page) foot() {
	p.b.WriteByte('\n')
	for _, n := range p.notes {
		p.b.WriteString(n)
	}
	p.notes = nil
	fmt.Fprintf(&p.b, "%d\n\n", p.n)
	if p.job != "" {
		p.b.WriteString(p.job + "\n\n")
	}
}

// wrap breaks s into lines of at most width characters at spaces.
func wrap(s string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case len([]rune(line))+1+len([]rune(w)) > width:
			out = append(out, line)
			line = w
		default:
			line += " " + w
		}
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

// pieces splits a paragraph's text where the secretariat's layout starts a
// new line: before each point of an inner enumeration and before a decision
// mark "(Decision 3)".
func pieces(text string) []string {
	var out []string
	intro, rest, ok := strings.Cut(text, ": ")
	if ok && startsEnum(rest) {
		out = append(out, intro+":")
		out = append(out, splitEnum(rest)...)
	} else {
		out = []string{text}
	}
	last := out[len(out)-1]
	if i := strings.LastIndex(last, " (Decision "); i > 0 && strings.HasSuffix(last, ")") {
		out[len(out)-1] = last[:i]
		out = append(out, last[i+1:])
	}
	return out
}

func startsEnum(s string) bool {
	return strings.HasPrefix(s, "i. ") || strings.HasPrefix(s, "(a) ") || strings.HasPrefix(s, "1) ")
}

// splitEnum splits "i. x; ii. y; and iii. z. More text." into its points,
// the text after the last point staying with it.
func splitEnum(s string) []string {
	var out []string
	for {
		next := -1
		for _, sep := range []string{"; and ", "; "} {
			if i := strings.Index(s, sep); i >= 0 && startsEnum2(s[i+len(sep):]) && (next < 0 || i < next) {
				next = i + len(sep)
				if sep == "; and " {
					next = i + 1 // keep "and" with the point before
				}
			}
		}
		if next < 0 {
			return append(out, s)
		}
		pt := strings.TrimSpace(s[:next])
		s = strings.TrimSpace(s[next:])
		if strings.HasPrefix(s, "and ") {
			pt += " and"
			s = s[4:]
		}
		out = append(out, pt)
	}
}

// startsEnum2 reports whether s starts with any point's label.
func startsEnum2(s string) bool {
	return enumStart.MatchString(s) || strings.HasPrefix(s, "and ") && enumStart.MatchString(s[4:])
}

var enumStart = regexp.MustCompile(`^(?:[ivx]+\.|\([a-h]\)|\d\)) `)

// UNText writes r as pdftotext gives a UN report: the title page with the
// symbol, the distribution block and the job number; a table of contents
// with ranges; sections "I." and sub-sections "A." with their titles on
// the next line; each paragraph's number alone on the line before its
// text, inner enumerations and decision marks on lines of their own;
// conclusions "(a) …;" lettered; footnotes at the foot of their page; the
// symbol at the head and the page number and job number at the foot of
// every page; annexes after the body.
func UNText(r *draft.Report, job string) []byte {
	m := r.Meeting
	p := &page{header: m.DocCode, job: job, size: 46, n: 1}
	fmt.Fprintf(&p.b, "United Nations\n\n%s\n\nEconomic and Social Council\n\nDistr.: General\n12 June 2024\n\nOriginal: English\n\n", m.DocCode)
	fmt.Fprintf(&p.b, "%s\n%s\n%s\n%s, %s\n\n", m.Organization, m.Body, m.Sessions, m.Venue, m.Dates)
	fmt.Fprintf(&p.b, "Report of the %s on its %s\n\n", m.Body, strings.ToLower(m.Sessions))
	p.lines = 14
	num := r.Numbering()
	p.b.WriteString("Contents\nParagraphs\n\nPage\n\n")
	for i, it := range r.Items {
		fmt.Fprintf(&p.b, "%s.\n\n%s ....................\n\n%s\n\n%d\n\n", r.ItemNumber(i), it.Title, dashed(num.Range(r, i)), 2+i/3)
		for j, s := range it.SubItems {
			fmt.Fprintf(&p.b, "%s.\n\n%s ..........\n\n%d\n\n", strings.ToUpper(draft.SubItemLetter(j)), s.Title, 2+i/3)
		}
		p.lines += 2
	}
	p.next()
	notes := map[string]string{}
	for _, n := range r.Footnotes {
		notes[n.Label] = n.Text
	}
	for i, it := range r.Items {
		p.keep(6)
		p.blank()
		p.line(r.ItemNumber(i) + ".")
		p.blank()
		for _, l := range wrap(it.Title, 80) {
			p.line(l)
		}
		sub := -1
		for k, para := range it.Paragraphs {
			if _, j := it.SubItem(para.Sub); j != sub && j >= 0 {
				sub = j
				p.keep(5)
				p.blank()
				p.line(strings.ToUpper(draft.SubItemLetter(j)) + ".")
				p.blank()
				for _, l := range wrap(it.SubItems[j].Title, 80) {
					p.line(l)
				}
			}
			p.line(fmt.Sprint(num.Number(i, k)) + ".")
			for _, pc := range pieces(para.Text) {
				for _, l := range wrap(pc, 86) {
					p.line(l)
					// The note goes to the foot of the page its mark is on.
					for _, lab := range marks(l, notes) {
						p.notes = append(p.notes, lab+"\n\n"+notes[lab]+"\n\n")
					}
				}
			}
		}
		if c := it.Conclusion; c != nil {
			p.line(fmt.Sprint(num.ConclusionNumber(r, i)) + ".")
			p.line(c.LeadInFor(m))
			for k, b := range c.Punctuated() {
				for _, l := range wrap("("+string(rune('a'+k))+") "+b, 86) {
					p.line(l)
				}
			}
		}
	}
	for i, a := range r.Annexes {
		p.next()
		if len(r.Annexes) > 1 {
			p.line("Annex " + draft.AnnexNumber(i))
		} else {
			p.line("Annex")
		}
		p.line(a.Title)
		for _, para := range a.Paragraphs() {
			for _, l := range wrap(para, 86) {
				p.line(l)
			}
		}
	}
	p.foot()
	return []byte(p.b.String())
}

// marks returns the footnote marks a line's sentences end with:
// "Sweden.1".
func marks(text string, notes map[string]string) []string {
	var out []string
	for lab := range notes {
		if strings.Contains(text, "."+lab+" ") || strings.HasSuffix(text, "."+lab) {
			out = append(out, lab)
		}
	}
	slices.Sort(out)
	return out
}

func dashed(g draft.Range) string {
	if g.Empty() {
		return ""
	}
	if g.First == g.Last {
		return fmt.Sprint(g.First)
	}
	return fmt.Sprintf("%d–%d", g.First, g.Last)
}

// MinutesText writes r as pdftotext gives minutes: a title, items "1.
// TITLE", sub-items "2.1 Title", paragraphs without numbers separated by
// blank lines, their wrapped lines not, conclusions with bullets, a page
// number at the foot of every page.
func MinutesText(r *draft.Report) []byte {
	m := r.Meeting
	p := &page{header: "", size: 50, n: 1}
	fmt.Fprintf(&p.b, "%s\n\nMINUTES OF THE %s OF THE %s\n%s, %s\n\n", m.Organization, strings.ToUpper(m.Sessions), strings.ToUpper(m.Body), m.Venue, m.Dates)
	p.lines = 5
	for i, it := range r.Items {
		p.keep(4)
		p.blank()
		for _, l := range wrap(fmt.Sprintf("%d. %s", i+1, it.Title), 80) {
			p.line(l)
		}
		p.blank()
		sub := -1
		for _, para := range it.Paragraphs {
			if _, j := it.SubItem(para.Sub); j != sub && j >= 0 {
				sub = j
				p.keep(3)
				for _, l := range wrap(fmt.Sprintf("%d.%d %s", i+1, j+1, it.SubItems[j].Title), 80) {
					p.line(l)
				}
				p.blank()
			}
			for _, pc := range pieces(para.Text) {
				for _, l := range wrap(pc, 90) {
					p.line(l)
				}
			}
			p.blank()
		}
		if c := it.Conclusion; c != nil {
			p.line(c.LeadInFor(m))
			for _, b := range c.Punctuated() {
				for _, l := range wrap("• "+b, 90) {
					p.line(l)
				}
			}
			p.blank()
		}
	}
	for i, a := range r.Annexes {
		p.next()
		p.line(fmt.Sprintf("ANNEX %s – %s", draft.AnnexNumber(i), a.Title))
		p.blank()
		for _, para := range a.Paragraphs() {
			for _, l := range wrap(para, 90) {
				p.line(l)
			}
			p.blank()
		}
	}
	p.foot()
	return []byte(p.b.String())
}
