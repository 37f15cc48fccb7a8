package draft

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseDocCode(t *testing.T) {
	tests := []struct {
		in      string
		want    DocCode
		wantErr string
	}{
		{"PC0727Ea", DocCode{Series: "PC", Number: "0727", Language: "E", Version: "a"}, ""},
		{"Doc. PC0733Ea", DocCode{Series: "PC", Number: "0733", Language: "E", Version: "a"}, ""},
		{"PC0725E (version d)", DocCode{Series: "PC", Number: "0725", Language: "E", Version: "d"}, ""},
		{"PC0728", DocCode{Series: "PC", Number: "0728"}, ""},
		{"PC0737E1", DocCode{Series: "PC", Number: "0737", Language: "E", Issue: "1"}, ""},
		{"PC0727Fb", DocCode{Series: "PC", Number: "0727", Language: "F", Version: "b"}, ""},
		{"PC0727Xa", DocCode{}, "not a language letter"},
		{"PC0727Ea (version b)", DocCode{}, "contradicts"},
		{"pc0727", DocCode{}, "want series letters"},
		{"PC0727 (draft)", DocCode{}, "unexpected"},
		{"", DocCode{}, "want series letters"},
	}
	for _, tt := range tests {
		got, err := ParseDocCode(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseDocCode(%q) error = %v, want one containing %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseDocCode(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

func TestDocCodeString(t *testing.T) {
	d, err := ParseDocCode("PC0725E (version d)")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := d.String(), "PC0725Ed"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := d.Base(), "PC0725"; got != want {
		t.Errorf("Base() = %q, want %q", got, want)
	}
	if got := d.VersionIndex(); got != 4 {
		t.Errorf("VersionIndex() = %d, want 4", got)
	}
}

func TestDocMentions(t *testing.T) {
	text := "The Secretariat introduced Doc. PC0733 and Doc. PC0725E (version d), then Docs. PC0728Ea. No doc. here."
	want := []string{"PC0733", "PC0725E (version d)", "PC0728Ea"}
	if got := DocMentions(text); !reflect.DeepEqual(got, want) {
		t.Errorf("DocMentions = %q, want %q", got, want)
	}
}

func FuzzParseDocCode(f *testing.F) {
	for _, s := range []string{"PC0727Ea", "PC0725E (version d)", "Doc. PC0733", "PC0737E1", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDocCode(s)
		if err != nil {
			return
		}
		again, err := ParseDocCode(d.String())
		if err != nil || again != d {
			t.Fatalf("ParseDocCode(%q) = %+v, but its String %q parses to %+v, %v", s, d, d.String(), again, err)
		}
	})
}
