package ingest

// The structure reader's input: lines that may carry hints.
//
// Every source is turned into a list of Line values and read by one
// structure reader (ReadLines). A text file gives one Line per line of the
// file and no hints: its labels ("37.", "a.", "IV.") are part of Text, and
// a paragraph may be wrapped over several lines with blank lines between
// them, as pdftotext writes it. A Word document (ingest-word's reader)
// gives one Line per body paragraph with what Word knows about it: the
// paragraph style as a hint, the label its list numbering shows, and the
// paragraph's place. Hints are evidence, never orders: a heading style
// does not make a line an item, nor does a list label make a line a
// numbered paragraph; the reader weighs them with the text and the
// document's own numbers.
//
// The contract for a producer of lines:
//
//   - Text is the text a reader sees, without the list label (Label); runs
//     of white space may be left in, the reader collapses them. Soft line
//     breaks inside a Word paragraph are "\n" and stay inside that Line.
//   - Label is the label Word's list numbering draws before the paragraph,
//     exactly as shown, separator included: "37.", "a.", "(a)", "IV.",
//     "2.1", "•". It is "" for text input and for paragraphs Word does not
//     number. A label typed by hand is part of Text, not Label.
//   - Style is the paragraph style's meaning (StyleTitle, StyleHeading with
//     Level 1–9, StyleList, StyleFootnote, …) as resolved from the style's
//     ID, name and base styles; StyleNone when it says nothing.
//   - Level is the heading level for StyleHeading (1 for Heading 1), and
//     the list level (w:ilvl, 0-based) for a numbered paragraph.
//   - Place says where the line came from, for the import log.
//   - Whole is set when Text is a whole paragraph (Word), so the reader
//     never takes the next Line for a wrapped piece of this one. Text
//     input leaves it false.
//   - Break is set on the first line of a new page: a form feed in text, a
//     page break (w:br w:type="page", w:lastRenderedPageBreak is not one)
//     in Word. Page furniture is recognised by repetition across pages.
//   - BlankAfter is set when blank lines follow the line (text only).
//   - A table row is one Line with Style StyleTableRow whose Text joins the
//     first paragraph of each cell with a tab ("XIV.\tUpcoming events\t142-146");
//     further paragraphs of the row's cells follow as Lines with InTable set.
//   - Footnotes, endnotes, text boxes and comments the producer reads go
//     last or where they are anchored, with Style StyleFootnote and Label the
//     footnote's mark; the reader keeps footnotes apart from paragraph text.
type Line struct {
	Text       string
	Label      string
	Style      Style
	Level      int
	Place      Place
	Whole      bool
	Break      bool
	BlankAfter bool
	InTable    bool
}

// Style is the hint a paragraph style gives about a Line.
type Style int

// The paragraph-style hints a producer may give.
const (
	StyleNone     Style = iota // no hint: body text, or text input
	StyleTitle                 // Title or Subtitle: the title block
	StyleHeading               // Heading 1–9 (Level says which)
	StyleList                  // List Paragraph, List Bullet, List Number
	StyleFootnote              // the text of a footnote or endnote
	StyleTableRow              // a table row, cells joined by tabs
	StyleHeader                // a page header or footer part
)

// String names the style hint as the import log prints it.
func (s Style) String() string {
	switch s {
	case StyleTitle:
		return "title"
	case StyleHeading:
		return "heading"
	case StyleList:
		return "list"
	case StyleFootnote:
		return "footnote"
	case StyleTableRow:
		return "table row"
	case StyleHeader:
		return "header"
	}
	return ""
}

// Place is where an input line came from: a line of a text file, or a
// paragraph of a Word document (counted from 1 in body order, tables
// included) in a part such as "word/document.xml" or "word/footnotes.xml".
type Place struct {
	Line int    // 1-based line number in a text file; 0 for Word
	Para int    // 1-based paragraph number in a Word part; 0 for text
	Part string // the Word part; "" for text
}

// String writes the place as the log prints it: "line 12", "paragraph 12
// of word/document.xml", "paragraph 2 of word/footnotes.xml",
// "docProps/custom.xml"; "paragraph 7" for a paragraph of no named part;
// "" for no place. A Word place names its part, so that it is not taken
// for a report's paragraph number.
func (p Place) String() string {
	switch {
	case p.Line > 0:
		return "line " + itoa(p.Line)
	case p.Para > 0 && p.Part == "":
		return "paragraph " + itoa(p.Para)
	case p.Para > 0:
		return "paragraph " + itoa(p.Para) + " of " + p.Part
	case p.Part != "":
		return p.Part // the document's properties
	}
	return ""
}

// The entry point for a producer of lines is
//
//	func ReadLines(lines []Line) (*Result, error)
//
// which reads the lines into a report or an agenda and returns it with the
// import log (log.go). Text and File feed it the lines of a text file;
// a Word reader feeds it one Line per paragraph.
