package draft

// ID identifies an item, sub-item, paragraph, conclusion bullet or annex for
// the life of a report. IDs are never reused within one report and carry over
// from version to version, so a comparison can follow a paragraph that moved.
type ID int64

// Meeting describes the session the report records.
type Meeting struct {
	Organization string `json:"organization"` // "World Customs Organization"
	Body         string `json:"body"`         // "Permanent Technical Committee"
	ShortName    string `json:"short_name"`   // "PTC", used in "In conclusion, the PTC:"
	Sessions     string `json:"sessions"`     // "241st/242nd Sessions"
	Dates        string `json:"dates"`        // "24-26 October 2023"
	Venue        string `json:"venue"`        // "Brussels"
	DocCode      string `json:"doc_code"`     // "PC0737E1"
	Language     string `json:"language"`     // "E", "F", …
}

// Report is a whole summary report: the meeting, the agenda items in order
// and the annexes. The zero value is an empty report; use New to get one with
// an ID sequence ready.
type Report struct {
	Meeting Meeting
	Items   []*Item
	Annexes []*Annex
	// FirstItem and FirstParagraph number the first item and the first
	// paragraph of a report that continues another, such as the second
	// part of a long session starting at item VI and paragraph 69. Numbers
	// stay derived from position, counted from these; zero means 1.
	FirstItem, FirstParagraph int
	// Style is the house style the report is written in; the zero value is
	// the PTC style.
	Style HouseStyle
	// Front is the front matter kept as text: the title block and whatever
	// stands before the first item that is not a meeting field or a row of
	// the agenda table, paragraphs separated by blank lines.
	Front string
	// Footnotes are the report's footnotes in order; the text keeps their marks.
	Footnotes []Footnote

	lastID ID
}

// Item is an agenda item. Its Roman number is its position in Report.Items.
type Item struct {
	ID       ID       `json:"ID"`
	Title    string   `json:"Title"`
	Category Category `json:"Category"` // for an item with no sub-items, or one category over all
	Docs     []string `json:"Docs"`     // working-document codes as written, e.g. "PC0733Ea"
	// Presentations are presentations and remarks made under the item as a whole.
	Presentations []Presentation `json:"Presentations"`
	SubItems      []*SubItem     `json:"SubItems"`
	// Paragraphs are the item's numbered paragraphs in order, the conclusion
	// block excluded. A paragraph may sit under one of the item's sub-items.
	Paragraphs []*Paragraph `json:"Paragraphs"`
	// Conclusion is the "In conclusion, the PTC:" block that closes the item,
	// numbered as its last paragraph; nil when the item has none yet.
	Conclusion *Conclusion `json:"Conclusion"`
}

// SubItem is a lettered sub-item of an agenda item. Its letter is its
// position in Item.SubItems. Consecutive sub-items with the same category are
// listed under one category line.
type SubItem struct {
	ID            ID             `json:"ID"`
	Title         string         `json:"Title"`
	Category      Category       `json:"Category"`
	Docs          []string       `json:"Docs"`
	Presentations []Presentation `json:"Presentations"`
	// Attachments are the unnumbered points listed under the sub-item in the
	// agenda, such as a work programme submitted with a report.
	Attachments []string `json:"Attachments"`
}

// Paragraph is a numbered paragraph of the report body. Its number is derived
// from its position; Text never holds it.
type Paragraph struct {
	ID   ID     `json:"ID"`
	Sub  ID     `json:"Sub"` // the sub-item it is written under, or 0 for the item as a whole
	Text string `json:"Text"`
	// Notes are remarks on the paragraph that are not its text: comments,
	// and the record of who changed it in a document received with
	// tracked changes.
	Notes []Note `json:"Notes,omitempty"`
}

// Annex is unnumbered text after the body, such as the list of participants.
// Its Roman number (Annex I, II, …) is its position in Report.Annexes.
type Annex struct {
	ID    ID     `json:"ID"`
	Title string `json:"Title"`
	Body  string `json:"Body"` // paragraphs separated by blank lines
}

// New returns an empty report.
func New() *Report { return &Report{} }

// NewID returns an ID not used before in the report.
func (r *Report) NewID() ID {
	r.lastID++
	return r.lastID
}

// Reserve records that IDs up to id are in use, so that NewID never returns
// them. Loaders call it with the largest ID they read.
func (r *Report) Reserve(id ID) {
	if id > r.lastID {
		r.lastID = id
	}
}

// LastID returns the largest ID handed out or reserved so far.
func (r *Report) LastID() ID { return r.lastID }

// ShortNameOr returns the body's short name, or "Committee" when none is set.
func (m Meeting) ShortNameOr() string {
	if m.ShortName != "" {
		return m.ShortName
	}
	return "Committee"
}
