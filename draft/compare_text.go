package draft

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// changeGroup gathers what changed under one agenda item (or the meeting
// details, or the annexes) for printing.
type changeGroup struct {
	key         float64
	item, title string
	changes     []Change
	structure   []StructChange
}

// groups returns the changes grouped per item, in report order: meeting
// details first, annexes last.
func (c *Comparison) groups() []changeGroup {
	byKey := map[float64]*changeGroup{}
	get := func(key float64, item, title string) *changeGroup {
		g := byKey[key]
		if g == nil {
			g = &changeGroup{key: key, item: item, title: title}
			byKey[key] = g
		}
		return g
	}
	for _, ch := range c.Changes {
		g := get(ch.group, ch.Item, ch.ItemTitle)
		g.changes = append(g.changes, ch)
	}
	for _, sc := range c.Structure {
		g := get(sc.group, sc.Item, sc.ItemTitle)
		g.structure = append(g.structure, sc)
	}
	out := make([]changeGroup, 0, len(byKey))
	for _, g := range byKey {
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// contextWords is how many words of unchanged text are shown either side
// of a change in the terminal form.
const contextWords = 6

// WriteText writes the comparison in a readable terminal form, grouped per
// item: "¶45→46 changed: … [-deleted-]{+inserted+} …", "¶—→47 added: …",
// the structural changes, and a final count.
func (c *Comparison) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if h := c.Heading(); h != "" {
		fmt.Fprintf(bw, "%s\n\n", oneLine(h))
	}
	for _, g := range c.groups() {
		fmt.Fprintln(bw, g.heading())
		for _, ch := range g.changes {
			fmt.Fprintf(bw, "  %s\n", ch.line())
		}
		for _, sc := range g.structure {
			fmt.Fprintf(bw, "  %s\n", sc.line())
		}
		fmt.Fprintln(bw)
	}
	fmt.Fprintln(bw, c.countLine())
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("draft: write comparison: %w", err)
	}
	return nil
}

func (g changeGroup) heading() string {
	switch {
	case g.item != "":
		return "ITEM " + g.item + " – " + strings.ToUpper(oneLine(g.title))
	case g.key < 0:
		return "MEETING"
	case g.key == footnoteGroup:
		return "FOOTNOTES"
	default:
		return "ANNEXES"
	}
}

// countLine totals the changes: "2 changed, 1 added, 0 deleted, 1 moved; 3
// structural changes".
func (c *Comparison) countLine() string {
	var t ItemChanges
	for _, ic := range c.Summary() {
		t.Changed += ic.Changed
		t.Added += ic.Added
		t.Deleted += ic.Deleted
		t.Moved += ic.Moved
		t.Structure += ic.Structure
	}
	if t.Total() == 0 {
		return "No changes."
	}
	return fmt.Sprintf("%d changed, %d added, %d deleted, %d moved; %d structural %s",
		t.Changed, t.Added, t.Deleted, t.Moved, t.Structure, plural(t.Structure, "change", "changes"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// line renders one change on one line: its heading, then the words.
func (ch Change) line() string {
	var text string
	switch {
	case ch.Kind == Changed || ch.Edited:
		text = inline(ch.Words)
	case ch.Kind == Deleted:
		text = clip(oneLine(ch.OldText), 2*contextWords, 0)
	default:
		text = clip(oneLine(ch.NewText), 2*contextWords, 0)
	}
	return oneLine(ch.Heading()) + ": " + text
}

// line renders one structural change on one line: its heading and
// values, or the words of a changed annex.
func (sc StructChange) line() string {
	s := oneLine(sc.Heading())
	switch {
	case sc.Words != nil:
		return s + ": " + inline(sc.Words)
	case sc.Values() != "":
		return s + ": " + oneLine(sc.Values())
	}
	return s
}

// inline renders word runs in the word markup (Markup), cutting long
// unchanged runs down to a few words of context either side of a change.
func inline(ops []WordOp) string {
	var b strings.Builder
	for i, o := range ops {
		t := oneLine(o.Text)
		switch o.Op {
		case OpDelete, OpInsert:
			b.WriteString(markRun(o.Op, clip(t, 3*contextWords, 3*contextWords)))
		default:
			head, tail := contextWords, contextWords
			if i == 0 {
				head = 0
			}
			if i == len(ops)-1 {
				tail = 0
			}
			if len(ops) == 1 {
				head = 2 * contextWords
			}
			b.WriteString(clip(t, head, tail))
		}
	}
	return b.String()
}

// oneLine folds line breaks into spaces so a change stays on one line.
func oneLine(s string) string {
	return strings.Join(strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n"), " ⏎ ")
}

// clip keeps the first head and last tail words of s and puts "…" where
// text was left out.
func clip(s string, head, tail int) string {
	toks := Tokens(s)
	words := 0
	for _, t := range toks {
		if isWordToken(t) {
			words++
		}
	}
	if words <= head+tail+2 {
		return s
	}
	var b strings.Builder
	if head > 0 {
		b.WriteString(strings.TrimRight(prefixWords(toks, head), " "))
		b.WriteString(" ")
	}
	b.WriteString("…")
	if tail > 0 {
		b.WriteString(" ")
		b.WriteString(strings.TrimLeft(suffixWords(toks, tail), " "))
	}
	return b.String()
}

func isWordToken(t string) bool {
	for _, r := range t {
		return isWordRune(r)
	}
	return false
}

func prefixWords(toks []string, n int) string {
	var b strings.Builder
	for _, t := range toks {
		if isWordToken(t) {
			if n == 0 {
				break
			}
			n--
		}
		b.WriteString(t)
	}
	return b.String()
}

func suffixWords(toks []string, n int) string {
	i := len(toks)
	for i > 0 {
		if isWordToken(toks[i-1]) {
			if n == 0 {
				break
			}
			n--
		}
		i--
	}
	return strings.Join(toks[i:], "")
}
