package ingest

import (
	"reflect"
	"strings"
	"testing"

	"rapporteur/draft"
)

const (
	byAna = `w:author="Ana Ferreira" w:date="2031-03-05T10:00:00Z"`
	byBob = `w:author="Bob Smith" w:date="2031-03-06T09:00:00Z"`
)

// markedUp is a report as a delegation sends it back: words changed by two
// authors, a paragraph inserted, one deleted, a comment.
func markedUp(t *testing.T) []byte {
	t.Helper()
	ins := func(by, text string) string { return `<w:ins w:id="9" ` + by + `>` + r(text) + `</w:ins>` }
	del := func(by, text string) string {
		return `<w:del w:id="9" ` + by + `><w:r><w:delText xml:space="preserve">` + text + `</w:delText></w:r></w:del>`
	}
	mark := func(kind, by string) string { return `<w:rPr><w:` + kind + ` w:id="9" ` + by + `/></w:rPr>` }
	body := p("", r("ITEM I – REPORTS")) +
		p("", r("1. The Secretariat introduced the "), del(byAna, "draft "), ins(byAna, "revised "), r("report.")) +
		p(mark("ins", byBob), ins(byBob, "2. A paragraph Bob added.")) +
		p(mark("del", byAna), del(byAna, "2. A paragraph Ana deleted.")) +
		`<w:commentRangeStart w:id="7"/>` + p("", r("3. Members welcomed the report"), ins(byBob, " warmly"), r(".")) +
		p("", `<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>`, r("4. The Chair closed the item."))
	return docxSpec{body: body, comments: `<w:comment w:id="7" w:author="Carla" w:date="2031-03-07T08:00:00Z">` + p("", r("Which report?")) + `</w:comment>`}.build(t)
}

// TestDocxReceived reads a marked-up file both ways: each reading is the
// report as Word shows it with the changes accepted or rejected, and the
// paragraphs the changes touch carry their authors and comments.
func TestDocxReceived(t *testing.T) {
	rec, err := DocxReceived(markedUp(t))
	if err != nil {
		t.Fatal(err)
	}
	texts := func(r *draft.Report) []string {
		var out []string
		for _, p := range r.Items[0].Paragraphs {
			out = append(out, p.Text)
		}
		return out
	}
	if got, want := texts(rec.Accepted), []string{"The Secretariat introduced the revised report.", "A paragraph Bob added.", "Members welcomed the report warmly.", "The Chair closed the item."}; !reflect.DeepEqual(got, want) {
		t.Errorf("accepted %q, want %q", got, want)
	}
	if got, want := texts(rec.Rejected), []string{"The Secretariat introduced the draft report.", "A paragraph Ana deleted.", "Members welcomed the report.", "The Chair closed the item."}; !reflect.DeepEqual(got, want) {
		t.Errorf("rejected %q, want %q", got, want)
	}
	if rec.Changes != 7 || !reflect.DeepEqual(rec.Authors, []string{"Ana Ferreira", "Bob Smith"}) {
		t.Errorf("%d changes by %v, want 7 by Ana Ferreira and Bob Smith", rec.Changes, rec.Authors)
	}
	var got []string
	for _, rp := range rec.Paragraphs {
		s := rp.Rejected + " → " + rp.Accepted + " by " + strings.Join(rp.Authors, ", ")
		for _, c := range rp.Comments {
			s += " [" + c.String() + "]"
		}
		got = append(got, s)
	}
	want := []string{
		"1. The Secretariat introduced the draft report. → 1. The Secretariat introduced the revised report. by Ana Ferreira",
		" → 2. A paragraph Bob added. by Bob Smith",
		"2. A paragraph Ana deleted. →  by Ana Ferreira",
		"3. Members welcomed the report. → 3. Members welcomed the report warmly. by Bob Smith [comment by Carla (2031-03-07): Which report?]",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
	draft.PairReadings(rec.Rejected, rec.Accepted, rec.Paragraphs)
	var heads []string
	for _, ch := range draft.Compare(rec.Rejected, rec.Accepted).Changes {
		heads = append(heads, ch.Heading())
	}
	if want := []string{"¶1→1 changed by Ana Ferreira", "¶2→— deleted by Ana Ferreira", "¶—→2 added by Bob Smith", "¶3→3 changed by Bob Smith"}; !reflect.DeepEqual(heads, want) {
		t.Errorf("comparison %q, want %q", heads, want)
	}
}

// TestDocxReceivedHostile holds the reading of both ways to the Word
// reader's bounds: sizes, entries, depth, no DOCTYPE.
func TestDocxReceivedHostile(t *testing.T) {
	deep := strings.Repeat("<w:r>", maxXMLDepth+1) + strings.Repeat("</w:r>", maxXMLDepth+1)
	for name, tc := range map[string]struct {
		data []byte
		want string
	}{
		"DOCTYPE":           {makeZip(t, [2]string{"word/document.xml", `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]>` + wdoc("")}), "DOCTYPE"},
		"DOCTYPE, comments": {docxSpec{body: p("", r("ITEM I – A")), comments: `</w:comments><!DOCTYPE c><w:comments>`}.build(t), "comments"},
		"zip bomb":          {bomb(t), "exceeds"},
		"too many entries":  {manyEntries(t), "entries"},
		"too deep":          {makeZip(t, [2]string{"word/document.xml", wdoc(deep)}), "nested deeper"},
		"too large":         {make([]byte, maxDocxInput+1), "more than the"},
		"no text":           {makeDocx(t, ""), "no text"},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := DocxReceived(tc.data); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

// FuzzDocxReceived fuzzes the main part and the comments of a document
// read both ways: no panic; both readings parse or neither; the readings
// paired compare, and stay valid reports.
func FuzzDocxReceived(f *testing.F) {
	body := p("", r("ITEM I – REPORTS")) + p("", r("1. The Secretariat introduced the "), del("1", "Ana", "draft "), ins("2", "Ana", r("revised ")), r("report.")) +
		p(markDel("3", "Bob"), del("4", "Bob", "2. Gone.")) + `<w:commentRangeStart w:id="7"/>` + p("", r("3. Kept."))
	f.Add(body, `<w:comment w:id="7" w:author="Carla">`+p("", r("Why?"))+`</w:comment>`)
	f.Add(p("", r("ITEM I – A"))+`<w:moveFromRangeStart w:id="1" w:name="m"/>`+p(`<w:rPr><w:moveFrom w:id="2" w:author="A"/></w:rPr>`, `<w:moveFrom w:id="3" w:author="A">`+r("1. Moved.")+`</w:moveFrom>`)+
		`<w:moveFromRangeEnd w:id="1"/>`+p("", r("2. Stays."))+`<w:moveToRangeStart w:id="4" w:name="m"/>`+
		p(`<w:rPr><w:moveTo w:id="5" w:author="A"/></w:rPr>`, `<w:moveTo w:id="6" w:author="A">`+r("3. Moved.")+`</w:moveTo>`)+`<w:moveToRangeEnd w:id="4"/>`, "")
	f.Fuzz(func(t *testing.T, body, comments string) {
		data := docxSpec{body: body, comments: comments}.build(t)
		rec, err := DocxReceived(data)
		if err != nil {
			return
		}
		if rec.Accepted == nil || rec.Rejected == nil {
			t.Fatal("no error but a reading missing")
		}
		draft.PairReadings(rec.Rejected, rec.Accepted, rec.Paragraphs)
		for _, r := range []*draft.Report{rec.Rejected, rec.Accepted} {
			if err := r.Validate(); err != nil {
				t.Fatalf("a reading paired is not a valid report: %v", err)
			}
		}
		var sb strings.Builder
		if err := draft.Compare(rec.Rejected, rec.Accepted).WriteText(&sb); err != nil {
			t.Fatal(err)
		}
	})
}

// TestDocxReceivedWarnings leaves out the warning that the document is read
// with its changes accepted: read both ways, it is not.
func TestDocxReceivedWarnings(t *testing.T) {
	rec, err := DocxReceived(markedUp(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range rec.Warnings {
		if strings.Contains(w, "tracked change") {
			t.Errorf("warning %q", w)
		}
	}
	if _, warn, _ := Docx(markedUp(t)); len(warn) == 0 || !strings.Contains(strings.Join(warn, "\n"), "read as it reads with them accepted") {
		t.Errorf("Docx warnings %q, want the one about tracked changes", warn)
	}
}
