package draft

import "testing"

func TestPresenter(t *testing.T) {
	tests := []struct{ text, presenter, kind string }{
		{"Presentation by Serbia", "Serbia", "presentation"},
		{"Presentation by the United States (US) – updates on the US data pilots", "the United States (US)", "presentation"},
		{"Presentation by the European Union (EU) on the reform of the Customs Union", "the European Union (EU)", "presentation"},
		{"Presentation from Japan", "Japan", "presentation"},
		{"Opening remarks by Ana Ferreira, Executive Director", "Ana Ferreira, Executive Director", "opening remarks"},
		{"Work Programme 2022-2025", "Work Programme 2022-2025", ""},
	}
	for _, tt := range tests {
		p := Presentation{Text: tt.text}
		if got := p.Presenter(); got != tt.presenter {
			t.Errorf("Presenter(%q) = %q, want %q", tt.text, got, tt.presenter)
		}
		if got := p.Kind(); got != tt.kind {
			t.Errorf("Kind(%q) = %q, want %q", tt.text, got, tt.kind)
		}
	}
}

func TestIsPresentation(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Presentation by Norway", true},
		{"Opening remarks by the Secretary General", true},
		{"Statement from the Chair", true},
		{"PFCWG Work Programme 2022-2025", false},
		{"Updated WCO Data Model Maintenance Procedure", false},
		{"Report from the 5th Meeting", false},
	}
	for _, tt := range tests {
		if got := IsPresentation(tt.text); got != tt.want {
			t.Errorf("IsPresentation(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
