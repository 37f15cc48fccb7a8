package ingest

import (
	"testing"
)

// TestDocxStyleHints checks the hints paragraph styles give: headings by
// name (whatever the style's ID), by outline level, through base styles;
// titles; lists; and a direct outline level over the style's.
func TestDocxStyleHints(t *testing.T) {
	styles := stylesPart(
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
			paraStyle("Heading1", "heading 1", "Normal", `<w:outlineLvl w:val="0"/>`) +
			paraStyle("berschrift2", "heading 2", "Normal", "") + // German Word: ID Überschrift 2, name heading 2
			paraStyle("Titre3", "Heading 3", "Normal", "") +
			paraStyle("PTCItem", "PTC item", "Heading1", "") +
			paraStyle("Presenter", "Presenter", "berschrift2", "") +
			paraStyle("Outline", "Annex Heading", "Normal", `<w:outlineLvl w:val="0"/>`) +
			paraStyle("BodyLike", "Body like heading", "Heading1", `<w:outlineLvl w:val="9"/>`) +
			paraStyle("Title", "Title", "Normal", "") + paraStyle("Subtitle", "Subtitle", "Normal", "") +
			paraStyle("ListParagraph", "List Paragraph", "Normal", "") + paraStyle("ListBullet2", "List Bullet 2", "Normal", "") +
			paraStyle("TOC1", "toc 1", "Normal", "") + paraStyle("Loop1", "Loop one", "Loop2", "") + paraStyle("Loop2", "Loop two", "Loop1", "") +
			paraStyle("FootnoteText", "footnote text", "Normal", "") + paraStyle("Heading", "Heading", "Normal", ""))
	st := func(s, text string) string { return p(style(s), r(text)) }
	body := st("Heading1", "ITEM I – OPENING") + st("berschrift2", "Presentation by Serbia") + st("Titre3", "Sub") +
		st("PTCItem", "Based on heading 1") + st("Presenter", "Based on heading 2") + st("Outline", "Annex") +
		st("BodyLike", "Body text after all") + st("Title", "Summary report") + st("Subtitle", "PTC") +
		st("ListParagraph", "listed") + st("ListBullet2", "bullet") + st("TOC1", "I. Opening 3") +
		st("Loop1", "cycle") + st("FootnoteText", "note styled") + st("Heading", "LibreOffice's Heading") +
		p(style("Heading1")+`<w:outlineLvl w:val="9"/>`, r("direct body level")) + p(`<w:outlineLvl w:val="2"/>`, r("direct level 3")) +
		st("Unknown", "no such style") + p("", r("plain"))
	doc := readSpec(t, docxSpec{body: body, styles: styles})
	checkLines(t, show(doc.paras, doc), []string{
		"1 h1 ITEM I – OPENING", "2 h2 Presentation by Serbia", "3 h3 Sub", "4 h1 Based on heading 1", "5 h2 Based on heading 2",
		"6 h1 Annex", "7 Body text after all", "8 title Summary report", "9 title PTC", "10 list listed", "11 list bullet",
		"12 I. Opening 3", "13 cycle", "14 note note styled", "15 LibreOffice's Heading", "16 direct body level", "17 h3 direct level 3",
		"18 no such style", "19 plain",
	})
}
