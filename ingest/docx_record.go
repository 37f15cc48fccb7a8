package ingest

// The Word reader's records: what one pass over a .docx gives, before the
// structure reader weighs it. One wordPara per paragraph that shows
// something (text or a list label), in reading order, with the style's
// hint, the label Word's numbering draws, the paragraph's place, and
// everything attached to it (footnotes, comments, tracked changes) kept
// apart from its text.

// wordDoc is a read .docx.
type wordDoc struct {
	paras     []wordPara    // the main document part, in reading order
	notes     []wordNote    // footnotes and endnotes, in the order they are referenced
	comments  []wordComment // comments, in the order of comments.xml
	furniture []wordPara    // headers and footers, part by part
	revs      revisionTable // every tracked change met, in document order
	meeting   []string      // "Key: value" lines from the custom document properties
	warnings  []string      // what the reader noticed: revisions, unread embedded documents, unclosed fields
	main      string        // the main part's name
	// The parts the notes and the meeting came from, for the places of the
	// lines made of them.
	notesPart, endnotesPart, customPart string

	commentIndex map[string]int // comment w:id → index in comments
	noteMarks    [2]int         // footnote and endnote marks drawn so far
}

// anchorComment anchors comment id to the paragraph at place, once; it
// returns the comment's index, or false for an unknown or anchored comment.
func (d *wordDoc) anchorComment(id string, place int) (int, bool) {
	i, ok := d.commentIndex[id]
	if !ok || d.comments[i].anchor != 0 {
		return 0, false
	}
	d.comments[i].anchor = place
	return i, true
}

// wordPara is one paragraph.
type wordPara struct {
	text  string    // the text as read with tracked changes accepted, without the list label; "\n" for line breaks
	label string    // the label Word's list numbering draws ("37.", "a.", "•"); "" when not numbered
	list  listLabel // the list and level behind label
	hint  styleHint // what the paragraph style (or outline level) says
	place int       // 1-based number of the w:p in its part (every w:p counts, empty ones too)
	part  string    // the part, for furniture; "" for the main part
	brk   bool      // the paragraph starts a new page (page break before it, or at its start)
	box   bool      // the paragraph is in a text box
	cell  *cellPlace
	x     *paraExtra // nil unless something is attached
}

// cellPlace is where a paragraph stands in a table.
type cellPlace struct {
	table  int   // 1-based number of the table in its part (nested ones counted too)
	depth  int   // 1 for a top-level table, 2 for a table in a cell, …
	row    int   // 1-based row in its table
	col    int   // 1-based cell in its row
	first  bool  // the first paragraph of its cell
	header bool  // the row is a repeated header row (w:tblHeader)
	rowRev int32 // the revision that inserted or deleted the row; -1 none

	topTable, topRow int // the outermost table and its row, for a nested table's paragraphs
}

// paraExtra is what a paragraph carries besides its text.
type paraExtra struct {
	notes    []int // indexes into wordDoc.notes anchored here
	comments []int // indexes into wordDoc.comments anchored here
	rev      *paraRevs
}

// wordNote is a footnote or an endnote.
type wordNote struct {
	endnote bool
	id      string
	mark    string // the mark Word draws: "1", "2", or an endnote's "i"; a custom mark's text
	text    string // the note's paragraphs, joined by "\n"
	place   int    // place of the note's first paragraph in its part
	anchor  int    // place of the paragraph holding the reference; 0 when none does
	offset  int    // byte offset of the reference in the anchor's text
}

// wordComment is a comment (comments.xml) and the paragraph it is anchored to.
type wordComment struct {
	id, author, date string
	text             string // the comment's paragraphs, joined by "\n"
	anchor           int    // place of the paragraph where the comment's range starts; 0 when none
}

// extra returns p's extra record, making it.
func (p *wordPara) extra() *paraExtra {
	if p.x == nil {
		p.x = &paraExtra{}
	}
	return p.x
}

// revisions returns p's tracked changes, or nil.
func (p *wordPara) revisions() *paraRevs {
	if p.x == nil {
		return nil
	}
	return p.x.rev
}
