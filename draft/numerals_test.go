package draft

import "testing"

func TestRoman(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{1, "I"}, {4, "IV"}, {9, "IX"}, {14, "XIV"}, {16, "XVI"}, {40, "XL"},
		{90, "XC"}, {400, "CD"}, {1994, "MCMXCIV"}, {3999, "MMMCMXCIX"}, {0, "0"}, {4000, "4000"},
	}
	for _, tt := range tests {
		if got := Roman(tt.n); got != tt.want {
			t.Errorf("Roman(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestParseRomanRoundTrip(t *testing.T) {
	for n := 1; n < 4000; n++ {
		got, ok := ParseRoman(Roman(n))
		if !ok || got != n {
			t.Fatalf("ParseRoman(Roman(%d)) = %d, %v", n, got, ok)
		}
	}
	for _, bad := range []string{"", "IIII", "VX", "IC", "ABC", "XIVI"} {
		if n, ok := ParseRoman(bad); ok {
			t.Errorf("ParseRoman(%q) = %d, true; want false", bad, n)
		}
	}
	if n, ok := ParseRoman("xiv"); !ok || n != 14 {
		t.Errorf("ParseRoman(xiv) = %d, %v; want 14, true", n, ok)
	}
}

func TestLetter(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{{1, "a"}, {2, "b"}, {26, "z"}, {27, "aa"}, {28, "ab"}, {52, "az"}, {53, "ba"}, {702, "zz"}, {703, "aaa"}, {0, ""}}
	for _, tt := range tests {
		if got := Letter(tt.n); got != tt.want {
			t.Errorf("Letter(%d) = %q, want %q", tt.n, got, tt.want)
		}
		if tt.n > 0 {
			if back, ok := ParseLetter(tt.want); !ok || back != tt.n {
				t.Errorf("ParseLetter(%q) = %d, %v; want %d", tt.want, back, ok, tt.n)
			}
		}
	}
	for _, bad := range []string{"", "A", "a1", "é"} {
		if _, ok := ParseLetter(bad); ok {
			t.Errorf("ParseLetter(%q) ok, want false", bad)
		}
	}
}
