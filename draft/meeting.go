package draft

import "fmt"

// MeetingField is one field of a Meeting: Key names it in files and JSON
// ("short_name"), Label is what a reader sees ("Short name"), Value points
// into the Meeting it came from.
type MeetingField struct {
	Key, Label string
	Value      *string
}

// Fields lists the meeting's fields in the order a title page gives them;
// the file, the typed text form, the comparison and the window all go by it.
func (m *Meeting) Fields() []MeetingField {
	return []MeetingField{
		{"organization", "Organization", &m.Organization},
		{"body", "Body", &m.Body},
		{"short_name", "Short name", &m.ShortName},
		{"sessions", "Sessions", &m.Sessions},
		{"dates", "Dates", &m.Dates},
		{"venue", "Venue", &m.Venue},
		{"doc_code", "Document", &m.DocCode},
		{"language", "Language", &m.Language},
	}
}

// String writes the range as the agenda table prints it: "37-68", "37" for
// a single paragraph, "" for an item without paragraphs.
func (g Range) String() string {
	switch {
	case g.Empty():
		return ""
	case g.First == g.Last:
		return fmt.Sprint(g.First)
	}
	return fmt.Sprintf("%d-%d", g.First, g.Last)
}
