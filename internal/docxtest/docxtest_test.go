package docxtest

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

const head = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
const tail = `<w:sectPr/></w:body></w:document>`

const rev = `w:author="A" w:date="2024-05-01T10:00:00Z"`

// numXML numbers paragraphs 1., 2., … (numId 1) and items I, II with
// letters below (numId 2), the letters restarting under each item.
const numXML = `<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="ITEM %1 –"/><w:suff w:val="space"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="ITEM %1 –"/><w:suff w:val="space"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="69"/></w:lvlOverride></w:num>
</w:numbering>`

func pkg(t *testing.T, body string) *Package {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range map[string]string{"word/document.xml": head + body + tail, "word/numbering.xml": numXML} {
		f, _ := zw.Create(name)
		f.Write([]byte(data))
	}
	zw.Close()
	p, err := Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func para(style, num, body string) string {
	ppr := `<w:pStyle w:val="` + style + `"/>`
	if num != "" {
		f := strings.Split(num, "/")
		ppr += `<w:numPr><w:ilvl w:val="` + f[1] + `"/><w:numId w:val="` + f[0] + `"/></w:numPr>`
	}
	return `<w:p><w:pPr>` + ppr + `</w:pPr>` + body + `</w:p>`
}

func r(s string) string { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }

func TestApply(t *testing.T) {
	for _, tc := range []struct {
		name           string
		body           string
		accept, reject []string
	}{{
		name:   "words inserted and deleted",
		body:   para("P", "", r("The ")+`<w:del w:id="1" `+rev+`><w:r><w:delText>old</w:delText></w:r></w:del><w:ins w:id="2" `+rev+`>`+r("new")+`</w:ins>`+r(" text")),
		accept: []string{"P | The new text"}, reject: []string{"P | The old text"},
	}, {
		name: "paragraph inserted in the middle renumbers the next",
		body: para("N", "1/0", r("one")) +
			`<w:p><w:pPr><w:pStyle w:val="N"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:ins w:id="3" ` + rev + `/></w:rPr></w:pPr><w:ins w:id="4" ` + rev + `>` + r("two") + `</w:ins></w:p>` +
			para("N", "1/0", r("three")),
		accept: []string{"N | 1.→one", "N | 2.→two", "N | 3.→three"},
		reject: []string{"N | 1.→one", "N | 2.→three"},
	}, {
		name: "paragraph deleted joins the next, which keeps its style",
		body: para("H", "", r("head")) +
			`<w:p><w:pPr><w:pStyle w:val="X"/><w:rPr><w:del w:id="5" ` + rev + `/></w:rPr></w:pPr><w:del w:id="6" ` + rev + `><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>` +
			para("N", "", r("kept")),
		accept: []string{"H | head", "N | kept"},
		reject: []string{"H | head", "X | gone", "N | kept"},
	}, {
		name:   "a deleted mark with text left joins the text to the next paragraph",
		body:   `<w:p><w:pPr><w:pStyle w:val="X"/><w:rPr><w:del w:id="5" ` + rev + `/></w:rPr></w:pPr>` + r("first ") + `</w:p>` + para("N", "", r("second")),
		accept: []string{"N | first second"},
		reject: []string{"X | first ", "N | second"},
	}, {
		name:   "the last paragraph cannot go",
		body:   para("N", "", r("kept")) + `<w:p><w:pPr><w:pStyle w:val="X"/><w:rPr><w:del w:id="5" ` + rev + `/></w:rPr></w:pPr><w:del w:id="6" ` + rev + `><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>`,
		accept: []string{"N | kept", "X | "},
		reject: []string{"N | kept", "X | gone"},
	}, {
		name: "Enter at the end: inserted mark, changed properties",
		body: `<w:p><w:pPr><w:pStyle w:val="N"/><w:rPr><w:ins w:id="7" ` + rev + `/></w:rPr></w:pPr>` + r("last") + `</w:p>` +
			`<w:p><w:pPr><w:pStyle w:val="H"/><w:pPrChange w:id="8" ` + rev + `><w:pPr><w:pStyle w:val="N"/></w:pPr></w:pPrChange></w:pPr><w:ins w:id="9" ` + rev + `>` + r("added") + `</w:ins></w:p>`,
		accept: []string{"N | last", "H | added"},
		reject: []string{"N | last"},
	}, {
		name: "a move with its ranges",
		body: `<w:moveFromRangeStart w:id="11" w:name="m1" ` + rev + `/><w:p><w:pPr><w:pStyle w:val="N"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:moveFrom w:id="10" ` + rev + `/></w:rPr></w:pPr><w:moveFrom w:id="12" ` + rev + `>` + `<w:r><w:t>moved</w:t></w:r></w:moveFrom></w:p><w:moveFromRangeEnd w:id="11"/>` +
			para("N", "1/0", r("stays")) +
			`<w:moveToRangeStart w:id="14" w:name="m1" ` + rev + `/><w:p><w:pPr><w:pStyle w:val="N"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:moveTo w:id="13" ` + rev + `/></w:rPr></w:pPr><w:moveTo w:id="15" ` + rev + `>` + r("moved") + `</w:moveTo></w:p><w:moveToRangeEnd w:id="14"/>` +
			para("N", "1/0", r("end")),
		accept: []string{"N | 1.→stays", "N | 2.→moved", "N | 3.→end"},
		reject: []string{"N | 1.→moved", "N | 2.→stays", "N | 3.→end"},
	}, {
		name: "table rows inserted and deleted; a table left empty goes",
		body: `<w:tbl><w:tr><w:trPr><w:ins w:id="16" ` + rev + `/></w:trPr><w:tc>` + para("A", "", `<w:ins w:id="17" `+rev+`>`+r("new row")+`</w:ins>`) + `</w:tc></w:tr>` +
			`<w:tr><w:tc>` + para("A", "", r("kept row")) + `</w:tc></w:tr>` +
			`<w:tr><w:trPr><w:del w:id="18" ` + rev + `/></w:trPr><w:tc>` + para("A", "", `<w:del w:id="19" `+rev+`><w:r><w:delText>old row</w:delText></w:r></w:del>`) + `</w:tc></w:tr></w:tbl>` +
			`<w:tbl><w:tr><w:trPr><w:ins w:id="20" ` + rev + `/></w:trPr><w:tc>` + para("A", "", "") + `</w:tc></w:tr></w:tbl>` + para("N", "", r("after")),
		accept: []string{"T1.R1.C1 A | new row", "T1.R2.C1 A | kept row", "T2.R1.C1 A | ", "N | after"},
		reject: []string{"T1.R1.C1 A | kept row", "T1.R2.C1 A | old row", "N | after"},
	}, {
		name: "item numbers, letters restarting, a repeated heading, a list starting at 69",
		body: para("H1", "2/0", r("One")) + para("H2", "2/1", r("a")) + para("H2", "2/1", r("b")) + para("H1", "2/2", r("One again")) +
			para("H1", "2/0", r("Two")) + para("H2", "2/1", r("a")) + para("N", "3/0", r("x")) + para("N", "3/0", r("y")),
		accept: []string{"H1 | ITEM I – One", "H2 | a.→a", "H2 | b.→b", "H1 | ITEM I – One again", "H1 | ITEM II – Two", "H2 | a.→a", "N | 69.→x", "N | 70.→y"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			p := pkg(t, tc.body)
			if _, errs := Lint(p.Document); len(errs) > 0 {
				t.Errorf("Lint: %v", errs)
			}
			if d := Diff(p.Lines(Accepted), tc.accept); d != "" {
				t.Errorf("accepted:\n%s", d)
			}
			if tc.reject == nil {
				tc.reject = tc.accept
			}
			if d := Diff(p.Lines(Rejected), tc.reject); d != "" {
				t.Errorf("rejected:\n%s", d)
			}
		})
	}
}

func TestLintFindsFaults(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"id used twice", para("P", "", `<w:ins w:id="1" `+rev+`>`+r("a")+`</w:ins><w:ins w:id="1" `+rev+`>`+r("b")+`</w:ins>`), "used by"},
		{"no author", para("P", "", `<w:ins w:id="1">`+r("a")+`</w:ins>`), "without w:author"},
		{"live text in a deletion", para("P", "", `<w:del w:id="1" `+rev+`>`+r("a")+`</w:del>`), "w:t inside a del"},
		{"deleted text outside", para("P", "", `<w:r><w:delText>a</w:delText></w:r>`), "outside a deletion"},
		{"move without destination", para("P", "", `<w:moveFromRangeStart w:id="1" w:name="m" `+rev+`/><w:moveFrom w:id="2" `+rev+`><w:r><w:delText>a</w:delText></w:r></w:moveFrom><w:moveFromRangeEnd w:id="1"/>`), "0 destination"},
		{"moved text outside a range", para("P", "", `<w:moveTo w:id="2" `+rev+`>`+r("a")+`</w:moveTo>`), "outside a moveTo range"},
		{"moved mark after its range", `<w:moveToRangeStart w:id="1" w:name="m" ` + rev + `/>` +
			`<w:p><w:pPr><w:rPr><w:moveTo w:id="3" ` + rev + `/></w:rPr></w:pPr><w:moveToRangeEnd w:id="1"/></w:p>`, "paragraph mark (id 3) outside"},
		{"bad date", para("P", "", `<w:ins w:id="1" w:author="A" w:date="yesterday">`+r("a")+`</w:ins>`), "not ISO 8601"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := Lint(pkg(t, tc.body).Document)
			var all []string
			for _, e := range errs {
				all = append(all, e.Error())
			}
			if !strings.Contains(strings.Join(all, "; "), tc.want) {
				t.Errorf("Lint = %q, want an error containing %q", all, tc.want)
			}
		})
	}
}

func TestParseRefusesDoctype(t *testing.T) {
	if _, err := Parse([]byte(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>`)); err == nil {
		t.Error("Parse accepted a DOCTYPE")
	}
}

func TestWordLetters(t *testing.T) {
	for n, want := range map[int]string{1: "a", 26: "z", 27: "aa", 28: "bb", 53: "aaa"} {
		if got := letter(n); got != want {
			t.Errorf("letter(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestOrderFindsMisplacedElements(t *testing.T) {
	doc, err := Parse([]byte(`<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum><w:lvl><w:start/><w:lvlText/><w:suff/></w:lvl></w:abstractNum></w:numbering>`))
	if err != nil {
		t.Fatal(err)
	}
	if errs := Order(doc); len(errs) != 1 || !strings.Contains(errs[0].Error(), "w:suff after w:lvlText") {
		t.Errorf("Order = %v", errs)
	}
	if errs := Order(pkg(t, para("P", "1/0", r("x"))).Document); len(errs) != 0 {
		t.Errorf("Order of a well-ordered paragraph = %v", errs)
	}
}
