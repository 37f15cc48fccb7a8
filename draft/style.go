package draft

// HouseStyle says how a report writes its numbers and headings, as the
// importer found them: a PTC report heads "ITEM IV – TITLE" and letters its
// sub-items a, b, c; a UN report has sections "IV. Title", sub-sections
// "A. Title" and paragraph numbers alone on the line before their text;
// minutes number items 1, 2 and sub-items 2.1, 2.2. The numbers themselves
// stay derived from position; the style only says how they are written.
// The zero value is the PTC style.
type HouseStyle struct {
	Items      string `json:"items,omitempty"`      // ItemsRoman (default) or ItemsArabic
	SubItems   string `json:"sub_items,omitempty"`  // SubLower (default), SubUpper, SubParen or SubDecimal
	Headings   string `json:"headings,omitempty"`   // HeadItem (default), HeadSection or HeadNumber
	Paragraphs string `json:"paragraphs,omitempty"` // ParaInline (default), ParaOwnLine or ParaUnnumbered
}

// The values of the house style's fields.
const (
	ItemsRoman  = "roman"  // I, II, III
	ItemsArabic = "arabic" // 1, 2, 3

	SubLower   = "lower"   // a. Title
	SubUpper   = "upper"   // A. Title
	SubParen   = "paren"   // (a) Title
	SubDecimal = "decimal" // 2.1 Title

	HeadItem    = "item"    // ITEM IV – TITLE
	HeadSection = "section" // IV. Title
	HeadNumber  = "number"  // 4. TITLE

	ParaInline     = "inline"     // 37. Text
	ParaOwnLine    = "own-line"   // 37. alone on the line before its text
	ParaUnnumbered = "unnumbered" // paragraphs without printed numbers
)

// IsDefault reports whether the style is the PTC style in every field.
func (s HouseStyle) IsDefault() bool {
	d := func(v, def string) bool { return v == "" || v == def }
	return d(s.Items, ItemsRoman) && d(s.SubItems, SubLower) && d(s.Headings, HeadItem) && d(s.Paragraphs, ParaInline)
}

// Fields lists the style's fields with the keys the report file keeps
// them under ("style.items", …), as Meeting.Fields does for the meeting.
func (s *HouseStyle) Fields() []MeetingField {
	return []MeetingField{
		{"items", "Item numbers", &s.Items},
		{"sub_items", "Sub-item labels", &s.SubItems},
		{"headings", "Item headings", &s.Headings},
		{"paragraphs", "Paragraph numbers", &s.Paragraphs},
	}
}

// Footnote is a footnote of the report, kept apart from the paragraph text:
// the text keeps the footnote's mark, the note its label and words.
type Footnote struct {
	Label string `json:"label,omitempty"` // the mark as printed: "1", "2", "*", "i"
	Text  string `json:"text,omitempty"`
}
