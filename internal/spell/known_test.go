package spell_test

import (
	"testing"

	"rapporteur/draft"
	"rapporteur/internal/spell"
)

func TestKnownWords(t *testing.T) {
	r := draft.New()
	r.Meeting = draft.Meeting{Organization: "World Customs Organization", ShortName: "PTC", Venue: "Ha Noi", DocCode: "PC0737E1"}
	it := &draft.Item{Title: "Cross-border Regulatory Interconnectivity Framework",
		Presentations: []draft.Presentation{{Text: "Opening remarks by Ricardo Treviño Chapa, Deputy Secretary General"}}}
	it.SubItems = []*draft.SubItem{{Title: "Update of the intersessional work",
		Presentations: []draft.Presentation{{Text: "Presentation by Türkiye"}},
		Attachments:   []string{"Work programme of the SAFE-Sida group"}}}
	it.Paragraphs = []*draft.Paragraph{{Text: "Zanzibarian text in a paragraph is not collected."}}
	r.Items = []*draft.Item{it}
	r.Annexes = []*draft.Annex{{Title: "Statements by Ukraine", Body: "Quuxland said so."}}
	k := spell.KnownWords(r)
	for _, w := range []string{"Treviño", "Chapa", "Türkiye", "Türkiye’s", "Noi", "Cross-border", "Cross",
		"Interconnectivity", "Sida", "Ukraine", "World"} {
		if !k.Has(w) {
			t.Errorf("KnownWords: %q not known", w)
		}
	}
	for _, w := range []string{"intersessional", "border", "Zanzibarian", "Quuxland", "treviño", "of"} {
		if k.Has(w) {
			t.Errorf("KnownWords: %q known, want it checked", w)
		}
	}
	if spell.KnownWords(nil).Len() != 0 || (*spell.Known)(nil).Has("x") {
		t.Error("nil report or set: want an empty set")
	}
}
