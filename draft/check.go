package draft

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// Severities of a Finding: an error must be put right before the report
// goes out; a warning asks the rapporteur to look.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
)

// Finding is one drafting slip found by Check: where it is, how serious it
// is, a stable code naming the kind of slip, and a message that says what is
// wrong and what to do.
type Finding struct {
	Severity  string `json:"severity"`  // SeverityError or SeverityWarning
	Item      string `json:"item"`      // Roman number of the item, "" for the whole report
	Paragraph int    `json:"paragraph"` // paragraph number, 0 when the slip is in the agenda
	Code      string `json:"code"`      // e.g. "decision-without-verb"
	Message   string `json:"message"`
}

// String formats the finding as the command line prints it:
// "IV ¶23 warning: …".
func (f Finding) String() string {
	var b strings.Builder
	if f.Item != "" {
		b.WriteString(f.Item)
		b.WriteString(" ")
	}
	if f.Paragraph > 0 {
		fmt.Fprintf(&b, "¶%d ", f.Paragraph)
	}
	fmt.Fprintf(&b, "%s: %s [%s]", f.Severity, f.Message, f.Code)
	return b.String()
}

// HasErrors reports whether any finding is an error.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Check looks through the report for drafting slips: conclusions that do not
// match their categories, missing or empty conclusion blocks, faulty
// document references and paragraph cross-references that point past the
// end. Findings come in report order.
func Check(r *Report) []Finding {
	var fs []Finding
	fs = append(fs, checkConclusions(r)...)
	fs = append(fs, checkDocs(r)...)
	fs = append(fs, checkRefs(r)...)
	sortFindings(fs)
	return fs
}

// sortFindings orders findings by item, then paragraph, keeping the order
// of the checks otherwise.
func sortFindings(fs []Finding) {
	pos := func(f Finding) int {
		n, _ := ParseRoman(f.Item)
		return n
	}
	sort.SliceStable(fs, func(i, j int) bool {
		if a, b := pos(fs[i]), pos(fs[j]); a != b {
			return a < b
		}
		return fs[i].Paragraph < fs[j].Paragraph
	})
}

// located is one numbered paragraph's text: a body paragraph, or a
// conclusion as lead-in and bullets.
type located struct {
	item  int
	roman string // the item's Roman number
	num   int
	id    ID
	text  string
}

// numberedTexts lists the report's numbered paragraphs in order.
func numberedTexts(r *Report) []located {
	n := r.Numbering()
	var out []located
	for i, it := range r.Items {
		for k, p := range it.Paragraphs {
			out = append(out, located{i, r.ItemNumber(i), n.Number(i, k), p.ID, p.Text})
		}
		if c := it.Conclusion; c != nil {
			out = append(out, located{i, r.ItemNumber(i), n.ConclusionNumber(r, i), c.ID, c.Text(r.Meeting)})
		}
	}
	return out
}

// checkConclusions checks each item's conclusion block against its
// paragraphs and categories.
func checkConclusions(r *Report) []Finding {
	n := r.Numbering()
	var fs []Finding
	for i, it := range r.Items {
		roman := r.ItemNumber(i)
		for k, p := range it.Paragraphs {
			if strings.HasPrefix(strings.ToLower(strings.TrimSpace(p.Text)), "in conclusion") {
				fs = append(fs, Finding{SeverityWarning, roman, n.Number(i, k), "conclusion-not-last",
					"this paragraph reads as a conclusion but is not the item's conclusion block, which is always its last paragraph; move its points into the block"})
			}
		}
		c := it.Conclusion
		switch {
		case c == nil && len(it.Paragraphs) > 0:
			fs = append(fs, Finding{SeverityWarning, roman, n.Number(i, len(it.Paragraphs)-1), "no-conclusion",
				fmt.Sprintf("item %s has paragraphs but no conclusion block; add one (%q) or build it with \"rapporteur conclusions FILE --item %s --rebuild\"", roman, DefaultLeadIn(r.Meeting), roman)})
		case c != nil && len(c.Bullets) == 0:
			fs = append(fs, Finding{SeverityError, roman, n.ConclusionNumber(r, i), "empty-conclusion",
				"the conclusion block has a lead-in but no bullets; write what the meeting concluded, or delete the block"})
		case c != nil:
			fs = append(fs, checkVerbs(r, i, n.ConclusionNumber(r, i))...)
		}
	}
	return fs
}

// categoriesOf returns the item's own category and every sub-item's, with
// the parts that carry each, skipping parts with none.
func categoriesOf(it *Item) (cats []Category, parts []string) {
	if strings.TrimSpace(string(it.Category)) != "" {
		cats, parts = append(cats, it.Category), append(parts, "the item")
	}
	for j, s := range it.SubItems {
		if strings.TrimSpace(string(s.Category)) != "" {
			cats, parts = append(cats, s.Category), append(parts, "sub-item "+SubItemLetter(j))
		}
	}
	return cats, parts
}

var endorsingRE = regexp.MustCompile(`(?i)^(?:.* and )?(endorsed|adopted|approved)$`)

// checkVerbs compares the verbs of an item's conclusion with its categories.
func checkVerbs(r *Report, i, num int) []Finding {
	it := r.Items[i]
	roman := r.ItemNumber(i)
	cats, parts := categoriesOf(it)
	var forDecision []string
	informationOnly := len(cats) > 0
	for k, c := range cats {
		if c.Has(Decision) {
			forDecision = append(forDecision, parts[k])
		}
		if c.Has(Decision) || c.Has(Guidance) || c.Has(Discussion) || c.Actions() == 0 {
			informationOnly = false
		}
	}
	var fs []Finding
	if len(forDecision) > 0 && !anyBullet(it.Conclusion, HasDecisionVerb) {
		fs = append(fs, Finding{SeverityWarning, roman, num, "decision-without-verb",
			fmt.Sprintf("%s is for decision but the conclusion records no decision; open a bullet with endorsed, adopted, approved, agreed to or decided", JoinList(forDecision))})
	}
	if informationOnly {
		for _, b := range it.Conclusion.Bullets {
			if verb, _ := LeadingVerb(b.Text); endorsingRE.MatchString(verb) {
				fs = append(fs, Finding{SeverityWarning, roman, num, "information-endorsed",
					fmt.Sprintf("item %s is for information only, yet a bullet says %q; write \"took note of\", or change the category to For decision", roman, verb)})
			}
		}
	}
	return fs
}

func anyBullet(c *Conclusion, f func(string) bool) bool {
	for _, b := range c.Bullets {
		if f(b.Text) {
			return true
		}
	}
	return false
}
