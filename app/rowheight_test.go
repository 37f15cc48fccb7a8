package app

import (
	"testing"
	"unicode/utf8"
)

// oneUnit measures every character as one unit wide.
func oneUnit(s string) float32 { return float32(utf8.RuneCountInString(s)) }

func TestWrappedLines(t *testing.T) {
	tests := []struct {
		text  string
		width float32
		want  int
	}{
		{"", 10, 1},
		{"short", 10, 1},
		{"exactly ten", 11, 1},
		{"aaaa bbbb cccc", 9, 2},   // "aaaa bbbb" fits 9, "cccc" wraps
		{"aaaa bbbb cccc", 8, 3},   // each word on its own line
		{"one\ntwo\nthree", 20, 3}, // hard line breaks
		{"abcdefghijklmnopqrst", 5, 4},
		{"anything", 0, 1}, // no width yet
	}
	for _, tt := range tests {
		if got := wrappedLines(tt.text, tt.width, oneUnit); got != tt.want {
			t.Errorf("wrappedLines(%q, %v) = %d, want %d", tt.text, tt.width, got, tt.want)
		}
	}
}

func TestByteOffset(t *testing.T) {
	tests := []struct {
		s     string
		runes int
		want  int
	}{
		{"Türkiye", 0, 0}, {"Türkiye", 2, 3}, {"Türkiye", 7, 8}, {"Türkiye", 99, 8}, {"", 3, 0},
	}
	for _, tt := range tests {
		if got := byteOffset(tt.s, tt.runes); got != tt.want {
			t.Errorf("byteOffset(%q, %d) = %d, want %d", tt.s, tt.runes, got, tt.want)
		}
	}
}
