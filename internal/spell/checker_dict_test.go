package spell_test

import (
	"slices"
	"testing"

	"rapporteur/internal/spell"
)

// TestCheckerEnglish runs the whole checker over English text with the
// real dictionary: the not-flagged classes and real misspellings.
func TestCheckerEnglish(t *testing.T) {
	c := spell.NewChecker(openDict(t, spell.EnglishGB), nil)
	known := spell.NewKnown("Presentation by Ricardo Treviño Chapa, Deputy Secretary General", "Türkiye")
	tests := []struct {
		text string
		want []string
	}{
		{"The Secretariat introduced Doc. PC0727Ea and the Members’ website.", nil},
		{"The Secretariat introdcued Doc. PC0727Ea and the Memebrs’ website.", []string{"introdcued", "Memebrs"}},
		{"ECE/TRADE/C/CEFACT/2020/19, GE.20-12345 and PC0737E1", nil},
		{"the PTC, the WCO, the U.S. and the EU (PFCWG)", nil},
		{"the 241st/242nd Sessions and the 5th Meeting, 10 to 12 October 2023", nil},
		{"took note of the presentations by Türkiye and Ricardo Treviño Chapa, etc.", nil},
		{"Mr Chappa recieved it", []string{"Chappa", "recieved"}},
		{"don't, don’t, e-commerce, cross-border, the Vice-Chair’s remarks", nil},
		{"see https://www.wcoomd.org or write to info@wcoomd.org", nil},
		{"l’Organisation mondiale", []string{"mondiale"}},
	}
	for _, tt := range tests {
		got := words(c.Misspelled(tt.text, known))
		if len(got) == 0 {
			got = nil
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Misspelled(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCheckerFrench(t *testing.T) {
	c := spell.NewChecker(openDict(t, spell.French), nil)
	tests := []struct {
		text string
		want []string
	}{
		{"Le Secrétariat a présenté le Doc. PC0727Fa à l’Organisation.", nil},
		{"Le Secrétariat a présenté le documant à l’Organisasion.", []string{"documant", "l’Organisasion"}},
		{"Aujourd’hui, qu’il s’agisse de l'OMD ou de l’UE, les délégués ont pris note.", nil},
		{"la 241e session du PTC, le 5 octobre 2023", nil},
		{"les « contrôles » transfrontaliers et le commerce électronique", nil},
	}
	for _, tt := range tests {
		got := words(c.Misspelled(tt.text, nil))
		if len(got) == 0 {
			got = nil
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Misspelled(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
