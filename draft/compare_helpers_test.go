package draft

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"
)

var syllables = []string{"ra", "po", "ten", "cus", "mi", "lo", "ver", "da", "ni", "sto",
	"gra", "fe", "bu", "tor", "al", "em", "qui", "sa", "vo", "ré"}

// textGen makes reproducible report-like text: many common words and a
// long tail of rare ones, as a real report has.
type textGen struct{ rng *rand.Rand }

func newTextGen(seed int64) *textGen { return &textGen{rand.New(rand.NewSource(seed))} }

func (g *textGen) word() string {
	f := g.rng.Float64()
	n := int(f * f * f * 8000) // skewed towards small indexes: common words
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString(syllables[n%len(syllables)])
		n /= len(syllables)
		if n == 0 {
			break
		}
	}
	return b.String()
}

func (g *textGen) sentence(words int) string {
	ws := make([]string, words)
	for i := range ws {
		ws[i] = g.word()
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	return strings.Join(ws, " ") + "."
}

// paragraph returns a paragraph of about n words in sentences.
func (g *textGen) paragraph(n int) string {
	var parts []string
	for n > 0 {
		k := 8 + g.rng.Intn(15)
		if k > n {
			k = n
		}
		parts = append(parts, g.sentence(max(k, 1)))
		n -= k
	}
	return strings.Join(parts, " ")
}

// genReport builds a report of items items with pars paragraphs of about
// words words each, two sub-items, a conclusion with three bullets, docs,
// presentations and an annex.
func genReport(t testing.TB, seed int64, items, pars, words int) *Report {
	t.Helper()
	g := newTextGen(seed)
	r := New()
	r.Meeting = Meeting{Body: "Permanent Technical Committee", ShortName: "PTC", Sessions: "241st Session"}
	for i := 0; i < items; i++ {
		it, err := r.InsertItem(i, fmt.Sprintf("Item %d %s", i+1, g.sentence(3)))
		must(t, err)
		it.Docs = []string{fmt.Sprintf("PC%04dE", 700+i)}
		it.Presentations = []Presentation{{Text: "Presentation by " + g.word()}}
		for j := 0; j < 2; j++ {
			_, err := r.InsertSubItem(it, j, g.sentence(4), Categories[(i+j)%len(Categories)])
			must(t, err)
		}
		for k := 0; k < pars; k++ {
			sub := it.SubItems[k*2/max(pars, 1)].ID
			_, err := r.InsertParagraph(it, k, sub, g.paragraph(words))
			must(t, err)
		}
		c := r.AddConclusion(it)
		for b := 0; b < 3; b++ {
			_, err := r.InsertBullet(c, b, "took note of "+g.sentence(6))
			must(t, err)
		}
	}
	_, err := r.InsertAnnex(0, "List of participants", g.paragraph(20))
	must(t, err)
	return r
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// describe renders a change in a compact form for exact-set comparisons.
func describe(ch Change) string {
	s := fmt.Sprintf("%s %s %s %d→%d", ch.Kind, ch.Part, ch.Item, ch.Old, ch.New)
	if ch.Part == PartBullet {
		s += fmt.Sprintf(" b%d→%d", ch.OldBullet, ch.NewBullet)
	}
	if ch.Edited {
		s += " edited"
	}
	return s
}

func describeStruct(sc StructChange) string {
	return fmt.Sprintf("%s %s%s %s→%s", sc.Kind, sc.Item, sc.Sub, sc.Old, sc.New)
}

func describeAll(c *Comparison) (changes, structure []string) {
	for _, ch := range c.Changes {
		changes = append(changes, describe(ch))
	}
	for _, sc := range c.Structure {
		structure = append(structure, describeStruct(sc))
	}
	sort.Strings(changes)
	sort.Strings(structure)
	return changes, structure
}

func sameSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot\n  %s\nwant\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// number returns the paragraph number and item number of paragraph id.
func number(t testing.TB, r *Report, id ID) (int, string) {
	t.Helper()
	i, k, ok := r.Find(id)
	if !ok {
		t.Fatalf("paragraph %d not found", id)
	}
	return r.Numbering().Number(i, k), r.ItemNumber(i)
}

// indexOf returns the index of the item with the given ID.
func indexOf(r *Report, id ID) int {
	for i, it := range r.Items {
		if it.ID == id {
			return i
		}
	}
	return -1
}

// itemOf returns the Roman number of the item with the given ID.
func itemOf(r *Report, id ID) string { return r.ItemNumber(indexOf(r, id)) }
