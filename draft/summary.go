package draft

// Summary is the description of a report that `rapporteur info --json`
// prints. Versions are filled in by the caller, who knows the file.
type Summary struct {
	Meeting        Meeting        `json:"meeting"`
	ParagraphCount int            `json:"paragraph_count"`
	WordCount      int            `json:"word_count"`
	Versions       []VersionInfo  `json:"versions"`
	Items          []ItemSummary  `json:"items"`
	Annexes        []AnnexSummary `json:"annexes"`
	// Notes lists the paragraphs' notes in report order.
	Notes []NoteSummary `json:"notes,omitempty"`
	// Style names a house style other than the PTC's (HouseStyle.Name),
	// Footnotes counts the footnotes, Front says the report keeps front
	// matter.
	Style     string `json:"style,omitempty"`
	Footnotes int    `json:"footnotes,omitempty"`
	Front     bool   `json:"front_matter,omitempty"`
}

// NoteSummary is a note with the number of its paragraph and its item.
type NoteSummary struct {
	Paragraph int      `json:"paragraph"`
	Item      string   `json:"item"`
	Kind      NoteKind `json:"kind"`
	Author    string   `json:"author,omitempty"`
	Date      string   `json:"date,omitempty"`
	Text      string   `json:"text,omitempty"`
}

// String writes the note as Note.String does.
func (ns NoteSummary) String() string {
	return Note{Kind: ns.Kind, Author: ns.Author, Date: ns.Date, Text: ns.Text}.String()
}

// VersionInfo describes one frozen version.
type VersionInfo struct {
	Label    string `json:"label"`
	FrozenAt string `json:"frozen_at"`
	Note     string `json:"note"`
}

// ItemSummary describes one agenda item. Paragraphs is [first, last] or nil.
type ItemSummary struct {
	Number     string             `json:"number"`
	Title      string             `json:"title"`
	Category   Category           `json:"category,omitempty"`
	Docs       []string           `json:"docs,omitempty"`
	Paragraphs []int              `json:"paragraphs"`
	SubItems   []SubItemSummary   `json:"subitems"`
	Conclusion *ConclusionSummary `json:"conclusion"`
}

// SubItemSummary describes one sub-item.
type SubItemSummary struct {
	Letter   string   `json:"letter"`
	Title    string   `json:"title"`
	Category Category `json:"category"`
	Docs     []string `json:"docs,omitempty"`
}

// ConclusionSummary gives a conclusion's paragraph number and its bullets
// with their joining punctuation.
type ConclusionSummary struct {
	Paragraph int      `json:"paragraph"`
	LeadIn    string   `json:"lead_in"`
	Bullets   []string `json:"bullets"`
}

// AnnexSummary names one annex.
type AnnexSummary struct {
	Number string `json:"number"`
	Title  string `json:"title"`
}

// Summarize describes the report; every number in it is derived.
func (r *Report) Summarize() Summary {
	n := r.Numbering()
	s := Summary{Meeting: r.Meeting, ParagraphCount: n.Total(), WordCount: r.WordCount(),
		Versions: []VersionInfo{}, Items: []ItemSummary{}, Annexes: []AnnexSummary{},
		Style: r.Style.Name(), Footnotes: len(r.Footnotes), Front: r.Front != ""}
	for i, it := range r.Items {
		is := ItemSummary{Number: r.ItemNumber(i), Title: it.Title, Category: it.Category, Docs: it.Docs, SubItems: []SubItemSummary{}}
		if g := n.Range(r, i); !g.Empty() {
			is.Paragraphs = []int{g.First, g.Last}
		}
		for j, sub := range it.SubItems {
			is.SubItems = append(is.SubItems, SubItemSummary{Letter: SubItemLetter(j), Title: sub.Title, Category: sub.Category, Docs: sub.Docs})
		}
		for k, p := range it.Paragraphs {
			for _, note := range p.Notes {
				s.Notes = append(s.Notes, NoteSummary{Paragraph: n.Number(i, k), Item: r.ItemNumber(i),
					Kind: note.Kind, Author: note.Author, Date: note.Date, Text: note.Text})
			}
		}
		if c := it.Conclusion; c != nil {
			is.Conclusion = &ConclusionSummary{Paragraph: n.ConclusionNumber(r, i), LeadIn: c.LeadInFor(r.Meeting), Bullets: c.Punctuated()}
		}
		s.Items = append(s.Items, is)
	}
	for i, a := range r.Annexes {
		s.Annexes = append(s.Annexes, AnnexSummary{Number: AnnexNumber(i), Title: a.Title})
	}
	return s
}
