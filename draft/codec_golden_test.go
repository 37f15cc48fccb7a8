package draft

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// snapshotV1Path is a frozen version as format 1 stores it. It was written
// once, by the codec as it stood before the model had json tags, and is never
// rewritten: every program must decode it to snapshotV1Report forever.
var snapshotV1Path = filepath.Join("testdata", "snapshot-v1.json")

// snapshotV1Report is the report snapshot-v1.json holds, built by hand. It
// uses every field of every part at least once with a value that is not the
// zero value: an item with a conclusion and one without, a derived and a
// hand-edited lead-in, built, edited and hand-written bullets, sub-items with
// documents, presentations and attachments, paragraphs under the item and
// under a sub-item, annexes, a report continuing another (first item and
// paragraph) and an ID sequence that went past the IDs in use. Empty lists
// appear both as null and as [], as stored versions hold both.
func snapshotV1Report() *Report {
	r := &Report{
		Meeting: Meeting{
			Organization: "World Customs Organization",
			Body:         "Permanent Technical Committee",
			ShortName:    "PTC",
			Sessions:     "241st/242nd Sessions",
			Dates:        "24–26 October 2023",
			Venue:        "Brussels",
			DocCode:      "PC0737E1",
			Language:     "E",
		},
		FirstItem:      6,
		FirstParagraph: 69,
		Items: []*Item{
			{
				ID:            1,
				Title:         "Opening & adoption of the agenda",
				Category:      "For decision",
				Docs:          []string{"PC0720Ea", "PC0721E (version d)"},
				Presentations: []Presentation{{Text: "Opening remarks by the Director of Compliance and Facilitation"}},
				SubItems:      []*SubItem{},
				Paragraphs: []*Paragraph{
					{ID: 2, Text: "The Chairperson opened the meeting and welcomed the “delegates”."},
					{ID: 3, Text: "The agenda was adopted <without> changes."},
				},
				Conclusion: &Conclusion{
					ID: 4,
					Bullets: []*Bullet{
						{ID: 5, Text: "adopted the agenda", Rule: "item:1"},
						{ID: 6, Text: "took note of the opening remarks"},
					},
				},
			},
			{
				ID:       7,
				Title:    "Reports from the relevant meetings",
				Category: "To take note, for discussion",
				Docs:     []string{"PC0722E"},
				SubItems: []*SubItem{
					{
						ID:            8,
						Title:         "Update of the GNC Handbook",
						Category:      "For guidance",
						Docs:          []string{"PC0727Ea"},
						Presentations: []Presentation{{Text: "Presentation by Türkiye"}, {Text: "Presentation by the United States (US) – data pilots"}},
						Attachments:   []string{"Work programme 2024–2026"},
					},
					{
						ID:       9,
						Title:    "Ελληνικά and Українська in a title",
						Category: "For information only",
					},
				},
				Paragraphs: []*Paragraph{
					{ID: 10, Text: "The Secretariat introduced the item as a whole."},
					{ID: 11, Sub: 8, Text: "Türkiye presented its update; Treviño asked a question."},
					{ID: 12, Sub: 9, Text: "A paragraph\nwith a line break."},
				},
				Conclusion: &Conclusion{
					ID:     13,
					LeadIn: "In conclusion, the Committee:",
					Bullets: []*Bullet{
						{ID: 14, Text: "provided guidance on the update of the GNC Handbook", Rule: "sub:8", Edited: true},
						{ID: 15, Text: "took note, with thanks, of the presentations", Rule: "presentations"},
					},
				},
			},
			{
				ID:    16,
				Title: "Upcoming events",
			},
		},
		Annexes: []*Annex{
			{ID: 17, Title: "List of participants", Body: "Türkiye\n\nΕλλάδα\n\nУкраїна"},
			{ID: 18, Title: "Statements", Body: "Statement by the EU."},
		},
	}
	r.Reserve(25)
	return r
}

func TestSnapshotV1GoldenDecodes(t *testing.T) {
	data, err := os.ReadFile(snapshotV1Path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := UnmarshalSnapshot(data)
	if err != nil {
		t.Fatalf("decode %s: %v", snapshotV1Path, err)
	}
	want := snapshotV1Report()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s decodes to\n%#v\nwant\n%#v", snapshotV1Path, got, want)
	}
	if got.LastID() != 25 {
		t.Errorf("LastID = %d, want 25", got.LastID())
	}
}
