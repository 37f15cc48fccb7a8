package draft

import "iter"

// PieceKind names a piece of a report in reading order.
type PieceKind uint8

// The pieces of a report, in the order Walk yields them.
const (
	// PieceTitle is the title block: the report's Meeting.
	PieceTitle PieceKind = iota + 1
	// PieceAgenda opens the agenda table at the head of the report; it is
	// yielded even when the report has no items.
	PieceAgenda
	// PieceAgendaItem is an item's row of the agenda table: its number,
	// title, category and presentations (Piece.It) and paragraph range.
	// Count is the number of PieceAgendaSub rows that follow it.
	PieceAgendaItem
	// PieceAgendaSub is a sub-item listed in its item's agenda row: its
	// category line, letter, title and points.
	PieceAgendaSub
	// PieceItem is an item's heading, with the item's category, documents
	// and presentations (Piece.It).
	PieceItem
	// PieceItemAgain repeats an item's heading: the paragraphs that follow
	// are on the item as a whole, after paragraphs under a sub-item.
	PieceItemAgain
	// PieceSub is a sub-item's heading as the agenda gives it: its category
	// line, letter and title, documents, presentations and points.
	PieceSub
	// PieceSubAgain repeats a sub-item's letter and title: the paragraphs
	// that follow are under it.
	PieceSubAgain
	// PieceParagraph is a numbered paragraph.
	PieceParagraph
	// PieceLeadIn is a conclusion's numbered lead-in; Count bullets follow.
	PieceLeadIn
	// PieceBullet is a conclusion bullet with its joining punctuation.
	PieceBullet
	// PieceAnnex is an annex: its number, title and body (Piece.Annex).
	PieceAnnex
)

// Piece is one piece of a report in reading order, with what is derived for
// it: numbers, letters, lead-ins and punctuation. The pointers lead to the
// model's own parts, so that a writer can name them by ID; a writer must
// not change them.
type Piece struct {
	Kind PieceKind
	// Item is the index of the piece's item in Report.Items, -1 for the
	// title, the agenda's opening and annexes.
	Item int
	// Sub is the index of the sub-item in Item.SubItems: the sub-item a
	// heading or agenda row names, or the one a paragraph is written
	// under; -1 for none.
	Sub int
	// K is a paragraph's index in Item.Paragraphs, a bullet's in its
	// conclusion, an annex's in Report.Annexes.
	K int
	// Count is the number of bullets after a lead-in or in a bullet's
	// conclusion, and of sub-items in an agenda row.
	Count int
	// Number is the derived number of a paragraph or lead-in.
	Number int
	// Label is the derived label of an item ("IV", or "4" in Arabic
	// numerals), sub-item ("c") or annex ("II").
	Label string
	// Mark is the label as the report's house style prints it before the
	// text: an item heading's "ITEM IV –", "IV." or "4."; a sub-item's
	// "c.", "C.", "(c)" or "4.3"; a paragraph's or lead-in's "37.", or ""
	// where the style prints no paragraph numbers. Annexes have none.
	Mark string
	// Text is what the piece reads as: the title of an item, sub-item or
	// annex, a paragraph's text, the lead-in, the bullet with its
	// punctuation.
	Text string
	// CategoryLine is the category line standing before a sub-item's
	// heading or agenda row, without brackets, "" for none (see
	// Item.CategoryLine).
	CategoryLine string
	// Range is an agenda row's derived range of paragraph numbers.
	Range Range

	It         *Item
	SubItem    *SubItem
	Paragraph  *Paragraph
	Conclusion *Conclusion
	Bullet     *Bullet
	Annex      *Annex
}

// Walk yields the report's pieces in the order the report reads, the one
// order every writer follows: the title block, the agenda table, then each
// item with its sub-item headings, numbered paragraphs and conclusion,
// then the annexes.
//
// Where a sub-item heading stands follows the report itself. When the
// discussion follows the agenda — every sub-item has paragraphs, each
// sub-item's in one run, in agenda order, after any paragraphs on the item
// as a whole — each sub-item's heading stands just before its paragraphs
// (items IV and V of the fixture). Otherwise the item lists its sub-items
// under its heading as the agenda does, and a sub-item's letter and title
// are repeated before each run of paragraphs under it, the item's heading
// before a run back on the item as a whole (item III). The item's first
// paragraph needs no heading when it sits under the only sub-item of an
// item that has one, where a reader (and the importer) places it.
func (r *Report) Walk() iter.Seq[Piece] {
	return func(yield func(Piece) bool) {
		w := &walker{r: r, n: r.Numbering(), yield: yield}
		_ = w.emit(Piece{Kind: PieceTitle, Item: -1, Sub: -1}) &&
			w.agenda() && w.items() && w.annexes()
	}
}

// WalkItem yields the pieces of item i (0-based) as Walk does: its heading,
// sub-item headings, paragraphs and conclusion, for a writer that lays out
// one item at a time.
func (r *Report) WalkItem(i int) iter.Seq[Piece] {
	return func(yield func(Piece) bool) {
		if i < 0 || i >= len(r.Items) {
			return
		}
		w := &walker{r: r, n: r.Numbering(), yield: yield}
		w.item(i)
	}
}

// walker yields a report's pieces and stops when told to.
type walker struct {
	r     *Report
	n     Numbering
	yield func(Piece) bool
}

func (w *walker) emit(p Piece) bool { return w.yield(p) }

// itemN returns item i's number as a count, FirstItem included.
func (w *walker) itemN(i int) int { return base(w.r.FirstItem) + i + 1 }

func (w *walker) agenda() bool {
	if !w.emit(Piece{Kind: PieceAgenda, Item: -1, Sub: -1}) {
		return false
	}
	for i, it := range w.r.Items {
		num := w.r.ItemNumber(i)
		row := Piece{Kind: PieceAgendaItem, Item: i, Sub: -1, Count: len(it.SubItems), Label: num, Mark: w.r.Style.ItemMark(num),
			Text: it.Title, Range: w.n.Range(w.r, i), It: it}
		if !w.emit(row) {
			return false
		}
		for j, s := range it.SubItems {
			sub := row
			sub.Kind, sub.Sub, sub.Label, sub.Text, sub.SubItem = PieceAgendaSub, j, SubItemLetter(j), s.Title, s
			sub.Mark = w.r.Style.SubMark(w.itemN(i), j)
			sub.CategoryLine, _ = it.CategoryLine(j)
			if !w.emit(sub) {
				return false
			}
		}
	}
	return true
}

func (w *walker) items() bool {
	for i := range w.r.Items {
		if !w.item(i) {
			return false
		}
	}
	return true
}

func (w *walker) item(i int) bool {
	it := w.r.Items[i]
	num := w.r.ItemNumber(i)
	head := Piece{Kind: PieceItem, Item: i, Sub: -1, Label: num, Mark: w.r.Style.ItemMark(num), Text: it.Title, It: it}
	if !w.emit(head) {
		return false
	}
	var ok bool
	if followsAgenda(it) {
		ok = w.discussedInTurn(i)
	} else {
		ok = w.listedThenDiscussed(i, head)
	}
	return ok && w.conclusion(i)
}

// discussedInTurn yields the item's paragraphs, each sub-item's heading
// before its first paragraph.
func (w *walker) discussedInTurn(i int) bool {
	it := w.r.Items[i]
	j := -1
	for k, p := range it.Paragraphs {
		if p.Sub != 0 && (j < 0 || it.SubItems[j].ID != p.Sub) {
			j++
			if !w.emit(w.subHeading(i, j, PieceSub)) {
				return false
			}
		}
		sub := -1
		if p.Sub != 0 {
			sub = j
		}
		if !w.emit(w.paragraph(i, k, sub)) {
			return false
		}
	}
	return true
}

// listedThenDiscussed yields the item's sub-items as its agenda lists them,
// then its paragraphs, a repeated heading before each run under another
// sub-item or back on the item as a whole.
func (w *walker) listedThenDiscussed(i int, head Piece) bool {
	it := w.r.Items[i]
	for j := range it.SubItems {
		if !w.emit(w.subHeading(i, j, PieceSub)) {
			return false
		}
	}
	at := impliedSub(it)
	for k, p := range it.Paragraphs {
		s, j := it.SubItem(p.Sub)
		if s == nil {
			j = -1
		}
		if p.Sub != at {
			again := head
			again.Kind = PieceItemAgain
			if s != nil {
				again = w.subHeading(i, j, PieceSubAgain)
			}
			if !w.emit(again) {
				return false
			}
			at = p.Sub
		}
		if !w.emit(w.paragraph(i, k, j)) {
			return false
		}
	}
	return true
}

func (w *walker) subHeading(i, j int, kind PieceKind) Piece {
	it := w.r.Items[i]
	s := it.SubItems[j]
	p := Piece{Kind: kind, Item: i, Sub: j, Label: SubItemLetter(j), Mark: w.r.Style.SubMark(w.itemN(i), j), Text: s.Title, It: it, SubItem: s}
	if kind == PieceSub {
		p.CategoryLine, _ = it.CategoryLine(j)
	}
	return p
}

func (w *walker) paragraph(i, k, sub int) Piece {
	it := w.r.Items[i]
	num := w.n.Number(i, k)
	p := Piece{Kind: PieceParagraph, Item: i, Sub: sub, K: k, Number: num, Mark: w.r.Style.ParaMark(num),
		Text: it.Paragraphs[k].Text, It: it, Paragraph: it.Paragraphs[k]}
	if sub >= 0 {
		p.SubItem = it.SubItems[sub]
	}
	return p
}

func (w *walker) conclusion(i int) bool {
	it := w.r.Items[i]
	c := it.Conclusion
	if c == nil {
		return true
	}
	n := len(c.Bullets)
	num := w.n.ConclusionNumber(w.r, i)
	lead := Piece{Kind: PieceLeadIn, Item: i, Sub: -1, Count: n, Number: num, Mark: w.r.Style.ParaMark(num),
		Text: c.LeadInFor(w.r.Meeting), It: it, Conclusion: c}
	if !w.emit(lead) {
		return false
	}
	for k, b := range c.Bullets {
		p := lead
		p.Kind, p.K, p.Text, p.Bullet, p.Mark = PieceBullet, k, b.Text+Punctuation(k, n), b, ""
		if !w.emit(p) {
			return false
		}
	}
	return true
}

func (w *walker) annexes() bool {
	for k, a := range w.r.Annexes {
		if !w.emit(Piece{Kind: PieceAnnex, Item: -1, Sub: -1, K: k, Label: AnnexNumber(k), Text: a.Title, Annex: a}) {
			return false
		}
	}
	return true
}

// followsAgenda reports whether the item's discussion follows its agenda:
// it has sub-items, each has paragraphs, each sub-item's paragraphs form
// one run, the runs come in agenda order, and paragraphs on the item as a
// whole come only before the first run.
func followsAgenda(it *Item) bool {
	if len(it.SubItems) == 0 {
		return false
	}
	j := -1
	for _, p := range it.Paragraphs {
		switch {
		case p.Sub == 0 && j >= 0:
			return false // back on the item as a whole
		case p.Sub == 0 || j >= 0 && p.Sub == it.SubItems[j].ID:
			continue
		case j+1 < len(it.SubItems) && p.Sub == it.SubItems[j+1].ID:
			j++
		default:
			return false
		}
	}
	return j == len(it.SubItems)-1
}

// impliedSub returns the sub-item a reader places the item's first
// paragraph under when no sub-item heading stands before it: the only
// sub-item of an item that has one, else the item as a whole (0).
func impliedSub(it *Item) ID {
	if len(it.SubItems) == 1 {
		return it.SubItems[0].ID
	}
	return 0
}

// NoCategory is the category line of a sub-item without a category that
// follows one with a category, where a reader would otherwise take it into
// the category line above.
const NoCategory = "No category"

// CategoryLine returns the category line, without brackets, that stands
// before sub-item j, and whether one stands there. A line opens each run of
// consecutive sub-items with one category; before the first sub-item a
// line stands when it has a category, or when the item has one (the item's
// line and the sub-item's are then told apart). A sub-item without a
// category is headed NoCategory where a line must stand.
func (it *Item) CategoryLine(j int) (string, bool) {
	s := it.SubItems[j]
	var prev Category
	if j > 0 {
		prev = it.SubItems[j-1].Category
	}
	if s.Category == prev && (j > 0 || it.Category == "") {
		return "", false
	}
	if s.Category == "" {
		return NoCategory, true
	}
	return string(s.Category), true
}
