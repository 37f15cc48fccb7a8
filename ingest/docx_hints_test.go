package ingest

import (
	"fmt"
	"slices"
	"strings"
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

// TestDocxHeadingIsOnlyAHint checks that a heading style never makes a
// paragraph number or an item by itself: a Heading 1 "Introduction" is not
// item I, "LIST OF PARTICIPANTS" not item LI, "IIII. Not canonical" no
// item; a Roman number counts as a whole token before a separator, typed
// or drawn by Word's numbering; the Word-numbered paragraphs keep the
// document's numbers.
func TestDocxHeadingIsOnlyAHint(t *testing.T) {
	body := wp("Title", "", 0, "Summary report of the Committee on its first session") +
		wp("Heading1", "", 0, "Introduction") + wp("", "", 0, "The background.") +
		wp("Heading1", "2", 0, "Opening") + wp("", "1", 0, "The Chair opened the session.") +
		wp("Heading1", "", 0, "IIII. Not canonical") + wp("", "1", 0, "The Committee heard a statement.") +
		wp("Heading1", "", 0, "II\tAdoption of the agenda") + wp("", "1", 0, "The agenda was adopted.") +
		wp("Heading1", "", 0, "III – Closing") + wp("", "1", 0, "The session closed.") +
		wp("Heading1", "", 0, "LIST OF PARTICIPANTS") + wp("", "", 0, "Ms. A. Ferreira (Portugal)")
	res, err := ImportDocx(makeDocx(t, body))
	if err != nil {
		t.Fatal(err)
	}
	r := res.Report
	var titles []string
	for _, it := range r.Items {
		titles = append(titles, it.Title)
	}
	if want := []string{"Opening", "Adoption of the agenda", "Closing"}; !slices.Equal(titles, want) {
		t.Fatalf("items %q, want %q", titles, want)
	}
	if got, want := paraTexts(r), []string{"The Chair opened the session.", "The Committee heard a statement.", "The agenda was adopted.", "The session closed."}; !slices.Equal(got, want) {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
	if !strings.Contains(r.Front, "Introduction") || !strings.Contains(r.Front, "The background.") {
		t.Errorf("front matter %q, want the introduction", r.Front)
	}
	if !logHas(res.Log, LogDropped, "IIII. Not canonical") && !strings.Contains(fmt.Sprint(r.Items[0].Presentations), "IIII") {
		t.Errorf("the heading \"IIII. Not canonical\" is neither in item I nor in the log: %v", res.Log)
	}
	if len(r.Annexes) != 1 || !strings.Contains(r.Annexes[0].Title+r.Annexes[0].Body, "LIST OF PARTICIPANTS") {
		t.Errorf("annexes %+v, want the list of participants", r.Annexes)
	}
	for _, w := range res.Log.Warnings() {
		t.Errorf("unexpected warning: %s", w)
	}
}
