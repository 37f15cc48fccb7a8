package draft

import (
	"strconv"
	"strings"
)

// The words every output of a comparison uses — the text form, the
// window's list of changes and the redline PDF — are written here once.

// The word markup of a change inside a text: deleted words between "[-" and
// "-]", inserted words between "{+" and "+}", as git's word diff writes.
const (
	DeleteOpen, DeleteClose = "[-", "-]"
	InsertOpen, InsertClose = "{+", "+}"
)

// Marked returns the run's text in the word markup: "[-green-]",
// "{+grey+}", or the kept text as it is.
func (o WordOp) Marked() string { return markRun(o.Op, o.Text) }

func markRun(op, text string) string {
	switch op {
	case OpDelete:
		return DeleteOpen + text + DeleteClose
	case OpInsert:
		return InsertOpen + text + InsertClose
	}
	return text
}

// Markup returns word runs in the word markup, in full:
// "The Secretariat introduced the [-green-]{+grey+} paper".
func Markup(ops []WordOp) string {
	var b strings.Builder
	for _, o := range ops {
		b.WriteString(o.Marked())
	}
	return b.String()
}

// Heading names a change in words: the paragraph numbers on the old and the
// new side ("—" where a side has none), the part when it is not a whole
// paragraph, what happened and, when known, by whom: "¶45→46 changed",
// "¶—→47 added by Ana Ferreira", "¶8→9 bullet 2→3 moved (edited)",
// "¶12→12 lead-in changed".
func (ch Change) Heading() string {
	var b strings.Builder
	b.WriteString("¶" + numOrDash(ch.Old) + "→" + numOrDash(ch.New) + " ")
	switch ch.Part {
	case PartLeadIn:
		b.WriteString("lead-in ")
	case PartConclusion:
		b.WriteString("conclusion ")
	case PartBullet:
		b.WriteString("bullet " + numOrDash(ch.OldBullet) + "→" + numOrDash(ch.NewBullet) + " ")
	}
	b.WriteString(ch.What())
	if len(ch.Authors) > 0 {
		b.WriteString(" by " + joinAnd(ch.Authors))
	}
	return b.String()
}

// joinAnd joins names as a sentence does: "A", "A and B", "A, B and C".
func joinAnd(s []string) string {
	if len(s) <= 1 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// What says what happened to the part: "changed", "added", "deleted",
// "moved", or "moved (edited)" for a moved part whose text changed too.
func (ch Change) What() string {
	if ch.Edited {
		return string(ch.Kind) + " (edited)"
	}
	return string(ch.Kind)
}

// Was gives the part's old paragraph number where the change renumbered it,
// "was 12", and "" where the number stayed or the part is new.
func (ch Change) Was() string {
	if ch.Old == 0 || ch.Old == ch.New {
		return ""
	}
	return "was " + strconv.Itoa(ch.Old)
}

// Heading names a structural change in words, where and what: "item
// renamed", "sub-item b renamed", "meeting venue changed", "annex I
// changed". Item changes do not name their item: a reader sees it in the
// group or the place the change is listed under (see Place).
func (sc StructChange) Heading() string {
	var who string
	switch {
	case sc.Style != "":
		return "house style: " + styleFieldLabel(sc.Style) + " changed"
	case sc.Footnote != "" || sc.Kind == FootnoteAdded || sc.Kind == FootnoteDeleted || sc.Kind == FootnoteChanged:
		return "footnote " + sc.Footnote + " " + string(sc.Kind)[len("footnote "):]
	case sc.Field != "":
		who = "meeting " + strings.ReplaceAll(sc.Field, "_", " ") + " "
	case sc.Annex != "":
		who = "annex " + sc.Annex + " "
	case sc.Sub != "":
		who = "sub-item " + sc.Sub + " "
	}
	s := string(sc.Kind)
	if who != "" {
		s = who + strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(s, "sub-item "), "annex "), "meeting ")
	}
	return s
}

// Values gives a structural change's values: "Brussels → Geneva", the new
// or the old value alone, or "" (also for a changed annex body, whose
// words are in Words).
func (sc StructChange) Values() string {
	switch {
	case sc.Words != nil:
		return ""
	case sc.Old != "" && sc.New != "":
		return sc.Old + " → " + sc.New
	case sc.New != "":
		return sc.New
	}
	return sc.Old
}

// Place names the item a structural change belongs to, "Item IV", for a
// list of changes not grouped by item; "" for the meeting and annexes,
// which Heading names.
func (sc StructChange) Place() string {
	if sc.Item == "" {
		return ""
	}
	return "Item " + sc.Item
}

// Heading says what the comparison compares, "Changes from version b to
// the working copy", or "" when OldName or NewName is not set.
func (c *Comparison) Heading() string {
	if c.OldName == "" || c.NewName == "" {
		return ""
	}
	return "Changes from " + c.OldName + " to " + c.NewName
}

// styleFieldLabel names a house style field in small letters: "item
// headings".
func styleFieldLabel(key string) string {
	var s HouseStyle
	for _, f := range s.Fields() {
		if f.Key == key {
			return strings.ToLower(f.Label)
		}
	}
	return key
}

func numOrDash(n int) string {
	if n == 0 {
		return "—"
	}
	return strconv.Itoa(n)
}
