package draft

import (
	"regexp"
	"sort"
	"strings"
)

// Verbs are the verb phrases a rapporteur picks from to open a conclusion
// bullet: the ones the building rules use first, then the others of the
// house style.
var Verbs = []string{
	"took note of", "took note, with thanks, of", "endorsed", "provided guidance on",
	"discussed", "adopted", "approved", "agreed to", "decided", "expressed",
	"encouraged", "invited", "asked the Secretariat to",
}

// DecisionVerbs are the verbs that record a decision; a "For decision"
// item's conclusion should hold at least one of them.
var DecisionVerbs = []string{"endorsed", "adopted", "approved", "agreed", "decided"}

// Verb phrases for each action, in the order a combined category names them:
// "discussed and took note of", "provided guidance on and endorsed".
var actionVerbs = []struct {
	action Action
	verb   string
}{
	{Discussion, "discussed"},
	{Guidance, "provided guidance on"},
	{Information | TakeNote, "took note of"},
	{Decision, "endorsed"},
}

// VerbFor returns the verb phrase a category gives a built bullet: "took
// note of" for information or taking note, "endorsed" for decision,
// "provided guidance on" for guidance, "discussed" for discussion, and a
// combination for combined categories ("discussed and took note of",
// "provided guidance on and endorsed"). It returns "" for a category that
// names no action.
func VerbFor(c Category) string {
	a := c.Actions()
	var vs []string
	for _, av := range actionVerbs {
		if a&av.action != 0 {
			vs = append(vs, av.verb)
		}
	}
	return JoinList(vs)
}

// verbsLongestFirst is Verbs sorted so that "took note, with thanks, of"
// is tried before "took note of".
var verbsLongestFirst = func() []string {
	vs := append([]string(nil), Verbs...)
	vs = append(vs, "took note", "agreed", "welcomed", "noted", "requested", "recommended")
	sort.SliceStable(vs, func(i, j int) bool { return len(vs[i]) > len(vs[j]) })
	return vs
}()

// LeadingVerb returns the verb phrase a bullet opens with, combined verbs
// included ("discussed and agreed to"), and the text after it; verb is ""
// when the bullet opens with none of the known verbs.
func LeadingVerb(text string) (verb, rest string) {
	t := strings.TrimSpace(text)
	n := 0
	for {
		v := verbAt(t[n:])
		if v == "" {
			break
		}
		n += len(v)
		after := t[n:]
		if strings.HasPrefix(after, " and ") && verbAt(after[len(" and "):]) != "" {
			n += len(" and ")
			continue
		}
		break
	}
	return t[:n], strings.TrimSpace(t[n:])
}

// verbAt returns the known verb phrase s opens with, as written, or "".
func verbAt(s string) string {
	for _, v := range verbsLongestFirst {
		if len(s) >= len(v) && strings.EqualFold(s[:len(v)], v) && (len(s) == len(v) || !isWordByte(s[len(v)])) {
			return s[:len(v)]
		}
	}
	return ""
}

func isWordByte(b byte) bool {
	return b == '_' || b == '-' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// SetVerb replaces the verb phrase a bullet opens with by verb ("took note
// of the report" becomes "endorsed the report"), or puts verb in front when
// the bullet opens with no known verb. A built bullet becomes edited, so a
// rebuild keeps the choice.
func SetVerb(b *Bullet, verb string) {
	_, rest := LeadingVerb(b.Text)
	b.SetText(joinWords(strings.TrimSpace(verb), rest))
}

var decisionVerbRE = regexp.MustCompile(`(?i)\b(?:` + strings.Join(DecisionVerbs, "|") + `)\b`)

var laterDecisionRE = regexp.MustCompile(`(?i)\band (?:` + strings.Join(DecisionVerbs, "|") + `)\b`)

// HasDecisionVerb reports whether text records a decision: one of
// DecisionVerbs opens it ("endorsed …", "discussed and agreed to …") or
// follows "and" later on ("…, and approved …"). An adjective such as "the
// agreed text" does not count.
func HasDecisionVerb(text string) bool {
	verb, _ := LeadingVerb(text)
	return decisionVerbRE.MatchString(verb) || laterDecisionRE.MatchString(text)
}
