package spell_test

import (
	"slices"
	"testing"

	"rapporteur/internal/spell"
)

func TestHunspellWords(t *testing.T) {
	tests := []struct {
		lang, word string
		ok         bool
	}{
		{spell.EnglishGB, "organisation", true},
		{spell.EnglishGB, "colour", true},
		{spell.EnglishGB, "Secretariat", true},
		{spell.EnglishGB, "don't", true},
		{spell.EnglishGB, "don’t", true},
		{spell.EnglishGB, "Chairperson’s", true},
		{spell.EnglishGB, "stakeholders", true},
		{spell.EnglishGB, "recieve", false},
		{spell.EnglishGB, "teh", false},
		{spell.EnglishGB, "occured", false},
		{spell.French, "réunion", true},
		{spell.French, "l'Organisation", true},
		{spell.French, "l’Organisation", true},
		{spell.French, "aujourd’hui", true},
		{spell.French, "qu'il", true},
		{spell.French, "délégués", true},
		{spell.French, "Secrétariat", true},
		{spell.French, "reunion", false},
		{spell.French, "organization", false},
		{spell.French, "délégé", false},
	}
	for _, tt := range tests {
		d := openDict(t, tt.lang)
		if got := d.Spell(tt.word); got != tt.ok {
			t.Errorf("%s Spell(%q) = %v, want %v", tt.lang, tt.word, got, tt.ok)
		}
	}
}

func TestHunspellSuggest(t *testing.T) {
	tests := []struct{ lang, word, want string }{
		{spell.EnglishGB, "recieve", "receive"},
		{spell.EnglishGB, "Secretariate", "Secretariat"},
		{spell.French, "reunion", "réunion"},
		{spell.French, "organization", "organisation"},
	}
	for _, tt := range tests {
		got := openDict(t, tt.lang).Suggest(tt.word, 8)
		if !slices.Contains(got, tt.want) || len(got) > 8 {
			t.Errorf("%s Suggest(%q) = %q, want %q among at most 8", tt.lang, tt.word, got, tt.want)
		}
	}
}

func TestHunspellAddAndClose(t *testing.T) {
	d, err := spell.Open(spell.EnglishGB)
	if err != nil {
		openDict(t, spell.EnglishGB) // skips or fails as the others do
		t.Fatal(err)
	}
	if d.Spell("Rapporteurisation") {
		t.Fatal("Rapporteurisation accepted before Add")
	}
	d.Suggest("recieve", 3) // opens the suggestion handle before the Add
	d.Add("Rapporteurisation")
	if !d.Spell("Rapporteurisation") || !d.Spell("RAPPORTEURISATION") {
		t.Error("added word not accepted in its own or upper case")
	}
	if s := d.Suggest("Rapporteurisaton", 3); !slices.Contains(s, "Rapporteurisation") {
		t.Errorf("Suggest after Add = %q, want the added word", s)
	}
	d.Remove("Rapporteurisation")
	if d.Spell("Rapporteurisation") {
		t.Error("removed word still accepted")
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if d.Spell("the") || d.Suggest("teh", 3) != nil {
		t.Error("a closed dictionary still answers")
	}
	if err := d.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}
