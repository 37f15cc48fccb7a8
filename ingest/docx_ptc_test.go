package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/internal/fixture"
)

// A PTC-style Word report, as a secretariat's Word writes one, made from
// export.DOCX's file of a report: paragraph numbers and bullets in Word list
// numbering instead of typed labels, the main part as word/document2.xml
// (Word Online), the title block in a text box, an item heading in a
// content control, words in fields, hyperlinks and smart tags, tracked
// changes whose accepted reading is the report, a header and a footer,
// presentation lines styled Heading 2 without a bullet.

// wordify rewrites an exported .docx as described above.
type wordify struct {
	listNumbers bool // paragraph numbers and bullets from numbering.xml
	mainPart2   bool // word/document2.xml
	textBox     bool // the title block in a text box
	controls    bool // content controls, fields, hyperlinks, smart tags
	revisions   bool // tracked changes (accepted: the report)
	furniture   bool // a header and a footer
	headings    bool // presentation lines as Heading 2 paragraphs without a bullet
}

var (
	numberedRE = regexp.MustCompile(`<w:p><w:pPr><w:pStyle w:val="NumberedParagraph"/></w:pPr><w:r><w:t xml:space="preserve">(\d+)\.</w:t></w:r><w:r><w:tab/></w:r>`)
	bulletRE   = regexp.MustCompile(`<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t xml:space="preserve">•</w:t></w:r><w:r><w:tab/></w:r>`)
	titleRE    = regexp.MustCompile(`^((?:<w:p><w:pPr><w:pStyle w:val="(?:Title|Subtitle)"/>.*?</w:p>)+)`)
	heading1RE = regexp.MustCompile(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>.*?</w:p>`)
	wordRE     = regexp.MustCompile(`(<w:pStyle w:val="NumberedParagraph"/>.*?<w:t xml:space="preserve">)(\w+) (\w+) (\w+)`)
	// presentationRE is a presentation's bullet paragraph as exported.
	presentationRE = regexp.MustCompile(`<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t xml:space="preserve">•</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">((?:Presentation|Opening remarks) )`)
)

const ptcNumbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`

func (w wordify) apply(t testing.TB, docx []byte) []byte {
	t.Helper()
	parts := unzipAll(t, docx)
	body := parts["word/document.xml"]
	head, rest, _ := strings.Cut(body, "<w:body>")
	head = strings.Replace(head, `<w:document `, `<w:document xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" `, 1)
	rels := parts["word/_rels/document.xml.rels"]
	types := parts["[Content_Types].xml"]
	addType := func(part, typ string) {
		types = strings.Replace(types, "</Types>", `<Override PartName="/word/`+part+`" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.`+typ+`+xml"/></Types>`, 1)
	}
	addRel := func(typ, target string) {
		rels = strings.Replace(rels, "</Relationships>", `<Relationship Id="rIdT`+strconv.Itoa(strings.Count(rels, "<Relationship "))+`" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/`+typ+`" Target="`+target+`"/></Relationships>`, 1)
	}
	if w.headings {
		rest = presentationRE.ReplaceAllString(rest, `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">$1`)
	}
	if w.listNumbers {
		first := 1
		if m := numberedRE.FindStringSubmatch(rest); m != nil {
			first, _ = strconv.Atoi(m[1])
		}
		rest = numberedRE.ReplaceAllString(rest, `<w:p><w:pPr><w:pStyle w:val="NumberedParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`)
		rest = bulletRE.ReplaceAllString(rest, `<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>`)
		parts["word/numbering.xml"] = fmt.Sprintf(ptcNumbering, first)
		addRel("numbering", "numbering.xml")
		addType("numbering.xml", "numbering")
	}
	if w.textBox {
		rest = titleRE.ReplaceAllStringFunc(rest, func(block string) string {
			return `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>` + block +
				`</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + block +
				`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
		})
	}
	if w.controls {
		done := false
		rest = heading1RE.ReplaceAllStringFunc(rest, func(p string) string {
			if done {
				return p
			}
			done = true
			return `<w:sdt><w:sdtPr><w:alias w:val="Item"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>` + p + `</w:sdtContent></w:sdt>`
		})
		n := 0
		rest = wordRE.ReplaceAllStringFunc(rest, func(s string) string {
			n++
			m := wordRE.FindStringSubmatch(s)
			if n > 3 {
				return s
			}
			close := `</w:t></w:r>`
			open := `<w:r><w:t xml:space="preserve">`
			return m[1] + close + `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> QUOTE "` + m[2] + `" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
				open + m[2] + close + `<w:r><w:fldChar w:fldCharType="end"/></w:r>` + open + ` ` + close +
				`<w:hyperlink w:anchor="x">` + open + m[3] + close + `</w:hyperlink>` + open + ` ` + close +
				`<w:smartTag w:element="place">` + open + m[4]
		})
		rest = strings.ReplaceAll(rest, `<w:smartTag w:element="place"><w:r><w:t xml:space="preserve">`, `<w:smartTag w:element="place"><w:r><w:t xml:space="preserve">`)
		rest = fixSmartTags(rest)
	}
	if w.revisions {
		k := 0
		rest = numberedRE2().ReplaceAllStringFunc(rest, func(p string) string {
			k++
			switch k {
			case 2: // a word deleted, a word inserted that was there all along
				return p + `<w:del w:id="901" w:author="Secretariat" w:date="2031-03-05T10:00:00Z"><w:r><w:delText xml:space="preserve">obsolete </w:delText></w:r></w:del>`
			case 3: // a whole numbered paragraph deleted before this one
				return `<w:p><w:pPr><w:pStyle w:val="NumberedParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="902" w:author="Ana Ferreira" w:date="2031-03-05T11:00:00Z"/></w:rPr></w:pPr>` +
					`<w:del w:id="903" w:author="Ana Ferreira"><w:r><w:delText>A paragraph the delegation struck out.</w:delText></w:r></w:del></w:p>` + p
			}
			return p
		})
	}
	if w.furniture {
		parts["word/header1.xml"] = `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>PC0737E1</w:t></w:r></w:p></w:hdr>`
		parts["word/footer1.xml"] = `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`
		addRel("header", "header1.xml")
		addRel("footer", "footer1.xml")
		addType("header1.xml", "header")
		addType("footer1.xml", "footer")
	}
	parts["word/_rels/document.xml.rels"] = rels
	parts["word/document.xml"] = head + "<w:body>" + rest
	if w.mainPart2 {
		parts["word/document2.xml"] = parts["word/document.xml"]
		parts["word/_rels/document2.xml.rels"] = parts["word/_rels/document.xml.rels"]
		delete(parts, "word/document.xml")
		delete(parts, "word/_rels/document.xml.rels")
		parts["_rels/.rels"] = strings.Replace(parts["_rels/.rels"], `Target="word/document.xml"`, `Target="/word/document2.xml"`, 1)
		types = strings.Replace(types, `PartName="/word/document.xml"`, `PartName="/word/document2.xml"`, 1)
	}
	parts["[Content_Types].xml"] = types
	return zipAll(t, parts)
}

// numberedRE2 finds the start of a numbered paragraph once wordified.
func numberedRE2() *regexp.Regexp {
	return regexp.MustCompile(`<w:p><w:pPr><w:pStyle w:val="NumberedParagraph"/>(?:<w:numPr>.*?</w:numPr>)?</w:pPr>`)
}

// fixSmartTags closes the smart tags opened around a word: the word's run
// goes on with the rest of the paragraph's text, so the tag is closed
// right after the word's run ends.
func fixSmartTags(s string) string {
	const open = `<w:smartTag w:element="place"><w:r><w:t xml:space="preserve">`
	var b strings.Builder
	for {
		i := strings.Index(s, open)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i+len(open)])
		s = s[i+len(open):]
		j := strings.Index(s, "</w:t></w:r>")
		word, after := s[:j], s[j+len("</w:t></w:r>"):]
		k := strings.IndexAny(word, " ")
		if k < 0 {
			k = len(word)
		}
		b.WriteString(word[:k] + `</w:t></w:r></w:smartTag><w:r><w:t xml:space="preserve">` + word[k:] + "</w:t></w:r>")
		s = after
	}
}

func unzipAll(t testing.TB, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(b)
	}
	return parts
}

func zipAll(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var names []string
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	var files [][2]string
	for _, n := range names {
		files = append(files, [2]string{n, parts[n]})
	}
	return makeZip(t, files...)
}

// reportShape is what a comparison of two imports looks at: the summary
// (meeting, items, ranges, sub-items, categories, documents, conclusions,
// annexes) and every paragraph's text.
func reportShape(r *draft.Report) string {
	s, _ := json.MarshalIndent(r.Summarize(), "", " ")
	var b strings.Builder
	b.Write(s)
	for i, it := range r.Items {
		for k, p := range it.Paragraphs {
			fmt.Fprintf(&b, "\n%s.%d %s", draft.Roman(i+1), k+1, p.Text)
		}
		pr, _ := json.Marshal(it.Presentations)
		b.WriteString("\npresentations " + string(pr))
		for _, s := range it.SubItems {
			pr, _ := json.Marshal(s.Presentations)
			b.WriteString("\n sub presentations " + string(pr))
		}
	}
	return b.String()
}

// TestDocxPTCWordReport imports the fixture's report as a secretariat's
// Word would write it, each variation alone and all together, and wants
// exactly the report the fixture's text gives.
func TestDocxPTCWordReport(t *testing.T) {
	want, _, err := Text(fixture.Read(t, fixture.Name))
	if err != nil {
		t.Fatalf("Text of the fixture: %v", err)
	}
	var buf bytes.Buffer
	if err := export.DOCX(&buf, want, export.Options{Created: time.Date(2031, 3, 5, 17, 30, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	wantShape := reportShape(want)
	for _, tc := range []struct {
		name string
		w    wordify
	}{
		{"as exported", wordify{}},
		{"Word list numbering", wordify{listNumbers: true}},
		{"word/document2.xml", wordify{mainPart2: true}},
		{"title block in a text box", wordify{textBox: true}},
		{"content controls, fields, hyperlinks, smart tags", wordify{controls: true}},
		{"tracked changes", wordify{listNumbers: true, revisions: true}},
		{"header and footer", wordify{furniture: true}},
		{"presentation lines in Heading 2", wordify{headings: true}},
		{"all together", wordify{true, true, true, true, true, true, true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.w.apply(t, buf.Bytes())
			got, warn, err := Docx(data)
			if err != nil {
				t.Fatalf("Docx: %v", err)
			}
			if tc.w.furniture {
				// The header holds the document's code, which the
				// fixture's text does not print: the Word file says more.
				if got.Meeting.DocCode != "PC0737E1" || got.Meeting.Language != "E" {
					t.Errorf("document code %q, language %q; want the header's PC0737E1, E", got.Meeting.DocCode, got.Meeting.Language)
				}
				got.Meeting.DocCode, got.Meeting.Language = want.Meeting.DocCode, want.Meeting.Language
			}
			if g := reportShape(got); g != wantShape {
				t.Errorf("the Word report reads differently from the fixture:\n%s", firstDifference(g, wantShape))
			}
			if tc.w.revisions && (len(warn) == 0 || !strings.Contains(warn[0], "3 tracked changes (3 deletions) by Ana Ferreira and Secretariat")) {
				t.Errorf("warnings %q, want the tracked changes named first", warn)
			}
			checkWordified(t, tc.w, data, want, titleParagraphs(t, buf.Bytes()))
		})
	}
}

// checkWordified checks that each rewriting took place, so the test reads
// what it says it reads.
func checkWordified(t *testing.T, w wordify, data []byte, r *draft.Report, titles int) {
	t.Helper()
	doc, err := readDocx(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, q := range doc.paras {
		switch {
		case q.list.bullet:
			counts["bullet"]++
		case q.label != "":
			counts["numbered"]++
		}
		if q.box {
			counts["box"]++
		}
	}
	paras := r.Numbering().Total()
	check := func(on bool, what string, got, want int) {
		if on && got != want {
			t.Errorf("%s: %d, want %d", what, got, want)
		}
	}
	check(w.listNumbers, "paragraphs numbered by Word", counts["numbered"], paras)
	moved := 0 // presentation bullets turned into Heading 2 lines
	if w.headings {
		moved = headed(r)
	}
	for _, q := range doc.paras {
		if q.hint.kind == hintHeading && q.hint.level == 2 && draft.IsPresentation(q.text) {
			counts["heading"]++
		}
	}
	check(w.headings, "presentation lines in Heading 2", counts["heading"], moved)
	check(w.headings && moved == 0, "presentations to style as Heading 2", 0, 1)
	check(w.listNumbers, "bullets from Word numbering", counts["bullet"], bullets(r)-moved)
	check(w.textBox, "title block paragraphs in a text box", counts["box"], titles)
	check(w.mainPart2, "main part word/document2.xml", boolInt(doc.main == "word/document2.xml"), 1)
	check(w.furniture, "header and footer paragraphs", len(doc.furniture), 2)
	check(w.revisions, "revisions", len(doc.revs.list), 3)
}

// titleParagraphs counts the title block's paragraphs in an exported .docx.
func titleParagraphs(t *testing.T, docx []byte) int {
	_, body, _ := strings.Cut(unzipAll(t, docx)["word/document.xml"], "<w:body>")
	return strings.Count(titleRE.FindString(body), "<w:p>")
}

// bullets counts the bullet paragraphs the export writes: presentations,
// points and conclusion bullets.
func bullets(r *draft.Report) int {
	n := 0
	for _, it := range r.Items {
		n += len(it.Presentations)
		for _, s := range it.SubItems {
			n += len(s.Presentations) + len(s.Attachments)
		}
		if it.Conclusion != nil {
			n += len(it.Conclusion.Bullets)
		}
	}
	return n
}

// headed counts the presentations the headings rewriting styles Heading 2:
// those reading "Presentation …" or "Opening remarks …".
func headed(r *draft.Report) int {
	n := 0
	count := func(ps []draft.Presentation) {
		for _, p := range ps {
			if strings.HasPrefix(p.Text, "Presentation ") || strings.HasPrefix(p.Text, "Opening remarks ") {
				n++
			}
		}
	}
	for _, it := range r.Items {
		count(it.Presentations)
		for _, s := range it.SubItems {
			count(s.Presentations)
		}
	}
	return n
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// firstDifference shows where two texts part, with a little context.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\ngot  %s\nwant %s", i+1, a, b)
		}
	}
	return ""
}
