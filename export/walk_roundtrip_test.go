package export

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"rapporteur/draft"
	"rapporteur/ingest"
)

// walkShapes are items whose sub-item headings stand in each of the ways
// draft's Report.Walk puts them: discussed in turn, listed with repeated
// headings, back on the item as a whole, with category lines that group,
// change, repeat the item's and say "(No category)".
var walkShapes = []struct {
	name    string
	itemCat string
	subs    []string // categories
	paras   string   // sub-item letter per paragraph, "-" for the item
}{
	{"in turn", "", []string{"For decision", "For decision", "To take note"}, "aabbc"},
	{"item first, in turn", "For guidance", []string{"For guidance", ""}, "-ab"},
	{"one sub-item after the item", "", []string{"For information only"}, "-a"},
	{"listed, not all discussed", "", []string{"For information only", "For information only", "For decision"}, "-cc"},
	{"listed, back on the item", "For decision", []string{"For decision", ""}, "ab-"},
	{"listed, out of order", "", []string{"", "For decision"}, "bab"},
	{"one sub-item, item last", "", []string{"To take note"}, "a-"},
	{"listed, no paragraphs", "To take note", []string{"For decision", "For decision"}, ""},
}

func walkShapeReport(t *testing.T) *draft.Report {
	t.Helper()
	r := draft.New()
	r.Meeting = draft.Meeting{Organization: "Harbour Council", Body: "Harbour Committee", ShortName: "HC", DocCode: "HC0101E1", Language: "E"}
	for i, sh := range walkShapes {
		it, err := r.InsertItem(i, fmt.Sprintf("Item shaped %s", sh.name))
		if err != nil {
			t.Fatal(err)
		}
		it.Category = draft.Category(sh.itemCat)
		for j, c := range sh.subs {
			s, err := r.InsertSubItem(it, j, fmt.Sprintf("Report %d of working group %d", j+1, i+1), draft.Category(c))
			if err != nil {
				t.Fatal(err)
			}
			s.Docs = []string{fmt.Sprintf("HC%02d%02dEa", i+1, j+1)}
		}
		for k, l := range sh.paras {
			sub := draft.ID(0)
			if l != '-' {
				n, _ := draft.ParseLetter(string(l))
				sub = it.SubItems[n-1].ID
			}
			text := fmt.Sprintf("The Committee considered point %d of item %d and agreed on it.", k+1, i+1)
			if _, err := r.InsertParagraph(it, k, sub, text); err != nil {
				t.Fatal(err)
			}
		}
	}
	return r
}

// shapeOf describes the structure a reader must get back: each item's
// category, its sub-items' categories and documents, and the sub-item of
// each paragraph.
func shapeOf(r *draft.Report) string {
	var b strings.Builder
	for i, it := range r.Items {
		fmt.Fprintf(&b, "%s (%s):", r.ItemNumber(i), it.Category)
		for j, s := range it.SubItems {
			fmt.Fprintf(&b, " %s(%s %v)", draft.SubItemLetter(j), s.Category, s.Docs)
		}
		b.WriteString(" ¶")
		for _, p := range it.Paragraphs {
			if s, j := it.SubItem(p.Sub); s != nil {
				b.WriteString(draft.SubItemLetter(j))
			} else {
				b.WriteString("-")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestWalkReadsBack writes items of every shape as text, Word and PDF and
// reads each back: the sub-item headings stand where the importer, like a
// reader, puts every paragraph under its own sub-item, and every category
// back on its item or sub-item.
func TestWalkReadsBack(t *testing.T) {
	r := walkShapeReport(t)
	want := shapeOf(r)
	read := map[string]func() (*draft.Report, error){
		"text": func() (*draft.Report, error) {
			var buf bytes.Buffer
			if err := Text(&buf, r); err != nil {
				return nil, err
			}
			back, _, err := ingest.Text(buf.Bytes())
			return back, err
		},
		"docx": func() (*draft.Report, error) {
			var buf bytes.Buffer
			if err := DOCX(&buf, r, Options{}); err != nil {
				return nil, err
			}
			back, _, err := ingest.Docx(buf.Bytes())
			return back, err
		},
		"pdf": func() (*draft.Report, error) {
			back, _, err := ingest.Text([]byte(pdfText(t, export(t, r, Options{}))))
			return back, err
		},
	}
	for _, format := range []string{"text", "docx", "pdf"} {
		back, err := read[format]()
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if got := shapeOf(back); got != want {
			t.Errorf("%s reads back as\n%s\nwant\n%s", format, got, want)
		}
	}
}
