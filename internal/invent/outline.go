package invent

import (
	"fmt"
	"regexp"
	"strings"

	"rapporteur/draft"
)

// Parts chooses what Outline writes beyond the items, their ranges and
// conclusions, which it always writes.
type Parts struct {
	Texts     bool // paragraph texts
	Headings  bool // sub-item categories, documents and presentations
	Annexes   bool // annex titles and bodies
	Footnotes bool // footnotes
	// NoMarks leaves the footnote marks out of the paragraphs' texts: a
	// Word import keeps the marks in Word's footnote references, not in
	// the text ("… since 2019." where a PDF's text reads "… since 2019.1").
	NoMarks bool
}

// All is every part.
var All = Parts{Texts: true, Headings: true, Annexes: true, Footnotes: true}

// Outline writes what an import of r must give back, one line per part, in
// reading order: each item's number, title and range; its sub-items; each
// paragraph's number, the sub-item it stands under and (with p.Texts) its
// text; the conclusion's number, lead-in and punctuated bullets; then
// annexes and footnotes. White space is collapsed, so that a wrapped line
// reads as the same text.
func Outline(r *draft.Report, p Parts) []string {
	var out []string
	add := func(f string, a ...any) { out = append(out, oneLine(fmt.Sprintf(f, a...))) }
	num := r.Numbering()
	for i, it := range r.Items {
		add("ITEM %s %s [%s]", r.ItemNumber(i), it.Title, num.Range(r, i))
		if p.Headings {
			add("  (%s) docs %q presentations %q", it.Category, it.Docs, presentations(it.Presentations))
		}
		for j, s := range it.SubItems {
			add("  %s. %s", draft.SubItemLetter(j), s.Title)
			if p.Headings {
				add("    (%s) docs %q presentations %q", s.Category, s.Docs, presentations(s.Presentations))
			}
		}
		for k, para := range it.Paragraphs {
			under := ""
			if _, j := it.SubItem(para.Sub); j >= 0 {
				under = draft.SubItemLetter(j)
			}
			if p.Texts {
				text := para.Text
				if p.NoMarks {
					text = markRE.ReplaceAllString(text, ".$1")
				}
				add("  %d [%s] %s", num.Number(i, k), under, text)
			} else {
				add("  %d [%s]", num.Number(i, k), under)
			}
		}
		if c := it.Conclusion; c != nil {
			add("  %d %s", num.ConclusionNumber(r, i), c.LeadInFor(r.Meeting))
			for _, b := range c.Punctuated() {
				add("    • %s", b)
			}
		}
	}
	if p.Annexes {
		for i, a := range r.Annexes {
			add("ANNEX %s %s: %s", draft.AnnexNumber(i), a.Title, a.Body)
		}
	}
	if p.Footnotes {
		for _, n := range r.Footnotes {
			add("NOTE %s %s", n.Label, n.Text)
		}
	}
	return out
}

// markRE is a footnote's mark after a sentence: "Sweden.1".
var markRE = regexp.MustCompile(`\.\d{1,2}(\s|$)`)

func presentations(ps []draft.Presentation) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Diff returns the first lines where got and want differ, with a few lines
// of context, "" when they are equal.
func Diff(got, want []string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	if i == len(got) && i == len(want) {
		return ""
	}
	var b strings.Builder
	from := max(0, i-2)
	for k := from; k < i; k++ {
		fmt.Fprintf(&b, "    %s\n", want[k])
	}
	for k := i; k < min(i+3, len(want)); k++ {
		fmt.Fprintf(&b, "  - %s\n", want[k])
	}
	for k := i; k < min(i+3, len(got)); k++ {
		fmt.Fprintf(&b, "  + %s\n", got[k])
	}
	fmt.Fprintf(&b, "  (%d lines wanted, %d got; first difference at line %d)", len(want), len(got), i+1)
	return b.String()
}
