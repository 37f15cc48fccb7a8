package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// lvl writes a w:lvl: level i, start, format, text, and extra properties.
func lvl(i, start int, format, text, extra string) string {
	return fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/></w:lvl>`, i, start, format, extra, text)
}

// numberingPart writes numbering.xml from its abstract definitions and lists.
func numberingPart(content string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + wNS + `>` + content + `</w:numbering>`
}

func abstractNum(id, levels string) string {
	return `<w:abstractNum w:abstractNumId="` + id + `">` + levels + `</w:abstractNum>`
}

func numInst(id, abstract, overrides string) string {
	return `<w:num w:numId="` + id + `"><w:abstractNumId w:val="` + abstract + `"/>` + overrides + `</w:num>`
}

// stylesPart writes styles.xml from w:style elements.
func stylesPart(content string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + wNS + `>` + content + `</w:styles>`
}

func paraStyle(id, name, based, pPr string) string {
	s := `<w:style w:type="paragraph" w:styleId="` + id + `"><w:name w:val="` + name + `"/>`
	if based != "" {
		s += `<w:basedOn w:val="` + based + `"/>`
	}
	if pPr != "" {
		s += `<w:pPr>` + pPr + `</w:pPr>`
	}
	return s + `</w:style>`
}

// The lists of the numbering tests: 1 is a PTC report's paragraph list
// ("1.", then "a.", then bullets); 2 is a legal outline ("1", "1.1",
// "1.1.1") whose third level is in Roman but shown in decimal; 3 restarts
// list 1 at 37; 4 is list 1 again; 5 keeps its second level running across
// the first (w:lvlRestart 0); 6 overrides a level's definition; 7 points
// at numbering style OutlineList, whose list is 8 on definition 40.
var testLists = numberingPart(
	abstractNum("10", lvl(0, 1, "decimal", "%1.", "")+lvl(1, 1, "lowerLetter", "%2.", "")+lvl(2, 1, "bullet", "\uf0b7", "")+lvl(3, 1, "bullet", "–", "")) +
		abstractNum("20", lvl(0, 1, "decimal", "%1", "")+lvl(1, 1, "decimal", "%1.%2", "")+lvl(2, 1, "upperRoman", "%1.%2.%3", "<w:isLgl/>")) +
		abstractNum("30", lvl(0, 1, "upperRoman", "%1.", "")+lvl(1, 1, "decimal", "(%2)", `<w:lvlRestart w:val="0"/>`)) +
		abstractNum("35", `<w:numStyleLink w:val="OutlineList"/>`) +
		abstractNum("40", `<w:styleLink w:val="OutlineList"/>`+lvl(0, 1, "upperLetter", "%1)", `<w:pStyle w:val="Heading2"/>`)+lvl(1, 1, "lowerRoman", "(%2)", `<w:pStyle w:val="SubPoint"/>`)) +
		abstractNum("50", lvl(0, 1, "ordinal", "%1", "")+lvl(1, 1, "cardinalText", "%2", "")+lvl(2, 1, "ordinalText", "%3", "")+lvl(3, 1, "decimalZero", "%4.", "")+lvl(4, 1, "none", "", "")+lvl(5, 1, "chicago", "%6", "")) +
		numInst("1", "10", "") + numInst("2", "20", "") +
		numInst("3", "10", `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="37"/></w:lvlOverride>`) + numInst("4", "10", "") +
		numInst("5", "30", "") + numInst("6", "10", `<w:lvlOverride w:ilvl="1">`+lvl(1, 1, "lowerRoman", "(%2)", "")+`</w:lvlOverride>`) +
		numInst("7", "35", "") + numInst("8", "40", "") + numInst("9", "50", ""))

var testListStyles = stylesPart(
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
		paraStyle("Heading1", "heading 1", "Normal", "") +
		paraStyle("Heading2", "heading 2", "Normal", `<w:numPr><w:numId w:val="7"/></w:numPr>`) +
		paraStyle("SubPoint", "Sub point", "Normal", `<w:numPr><w:numId w:val="7"/></w:numPr>`) +
		paraStyle("NumberedPara", "Numbered Paragraph", "Normal", num("1", 0)) +
		paraStyle("PTCPara", "PTC paragraph", "NumberedPara", "") +
		`<w:style w:type="numbering" w:styleId="OutlineList"><w:name w:val="Outline List"/><w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:style>`)

// TestDocxNumberingLabels checks the labels Word's numbering shows, as
// evidence passed with each paragraph.
func TestDocxNumberingLabels(t *testing.T) {
	n := func(numID string, level int, text string) string { return p(num(numID, level), r(text)) }
	st := func(s, text string) string { return p(style(s), r(text)) }
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"a report's paragraphs, sub-points and bullets",
			n("1", 0, "Opening.") + n("1", 1, "first") + n("1", 1, "second") + n("1", 0, "Next.") + n("1", 1, "again") + n("1", 2, "took note;") + n("1", 3, "dash"),
			[]string{"[1.] Opening.", "[a.] first", "[b.] second", "[2.] Next.", "[a.] again", "[•] took note;", "[–] dash"}},
		{"lists on one definition continue each other", n("1", 0, "x") + n("4", 0, "y"), []string{"[1.] x", "[2.] y"}},
		{"a start override restarts", n("1", 0, "x") + n("3", 0, "y") + n("3", 0, "z"), []string{"[1.] x", "[37.] y", "[38.] z"}},
		{"multi-level text and legal numbering",
			n("2", 0, "a") + n("2", 1, "b") + n("2", 1, "c") + n("2", 2, "d") + n("2", 0, "e") + n("2", 2, "f"),
			[]string{"[1] a", "[1.1] b", "[1.2] c", "[1.2.1] d", "[2] e", "[2.1.1] f"}},
		{"a level that never restarts", n("5", 0, "I") + n("5", 1, "p") + n("5", 0, "II") + n("5", 1, "q"),
			[]string{"[I.] I", "[(1)] p", "[II.] II", "[(2)] q"}},
		{"an override redefines a level", n("6", 0, "x") + n("6", 1, "y"), []string{"[1.] x", "[(i)] y"}},
		{"numbering from styles, through a numbering style, levels from w:pStyle",
			st("Heading2", "Report") + st("SubPoint", "point") + st("SubPoint", "point") + st("Heading2", "Other"),
			[]string{"h2 [A)] Report", "[(i)] point", "[(ii)] point", "h2 [B)] Other"}},
		{"a style based on a numbered style", st("NumberedPara", "One") + st("PTCPara", "Two"), []string{"[1.] One", "[2.] Two"}},
		{"the paragraph's own list wins over its style's", p(style("NumberedPara")+num("5", 0), r("Own")), []string{"[I.] Own"}},
		{"numId 0 switches a style's numbering off", p(style("NumberedPara")+num("0", 0), r("Plain")), []string{"Plain"}},
		{"unknown list is no label", n("99", 0, "plain"), []string{"plain"}},
		{"an empty numbered paragraph shows its number and counts",
			n("1", 0, "One") + p(num("1", 0)) + n("1", 0, "Three"), []string{"[1.] One", "[2.] ", "[3.] Three"}},
		{"other formats", n("9", 0, "a") + n("9", 1, "b") + n("9", 2, "c") + n("9", 3, "d") + n("9", 4, "e") + n("9", 5, "f") + n("9", 0, "g") + n("9", 1, "h"),
			[]string{"[1st] a", "[One] b", "[First] c", "[01.] d", "e", "[*] f", "[2nd] g", "[One] h"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := readSpec(t, docxSpec{body: tc.body, numbering: testLists, styles: testListStyles})
			var got []string
			for _, s := range show(doc.paras, doc) {
				got = append(got, s[strings.IndexByte(s, ' ')+1:])
			}
			checkLines(t, got, tc.want)
		})
	}
}

// TestDocxNumberingCap refuses level texts that would build huge labels,
// naming the list definition, and reads a sane one.
func TestDocxNumberingCap(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "" for no error
	}{
		{"20,000 %1", strings.Repeat("%1", 20000), "list 1 (definition w:abstractNum 10), level 1: its label is longer than 100 characters"},
		{"long literal text", strings.Repeat("x", 101), "its label is longer than 100 characters"},
		{"nine levels of legal numbering", "%1.%2.%3.%4.%5.%6.%7.%8.%9.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			numbering := numberingPart(abstractNum("10", lvl(0, 999999, "decimal", tc.text, "")) + numInst("1", "10", ""))
			data := docxSpec{body: p(num("1", 0), r("text")), numbering: numbering}.build(t)
			_, err := readDocx(bytes.NewReader(data), int64(len(data)))
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("got %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}
