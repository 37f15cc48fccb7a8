package export

import (
	"testing"

	"rapporteur/assets"
)

// TestCoverage checks the cmap reader on the embedded fonts.
func TestCoverage(t *testing.T) {
	for _, f := range []struct {
		name string
		data []byte
	}{{"regular", assets.SansRegular}, {"bold", assets.SansBold}, {"italic", assets.SansItalic}, {"bold italic", assets.SansBoldItalic}} {
		c, err := parseCoverage(f.data)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		for _, r := range "AzÜüñé–—“”’•ΩλЖжЇ€" {
			if !c.has(r) {
				t.Errorf("%s: U+%04X %q not covered, want covered", f.name, r, string(r))
			}
		}
		for _, r := range []rune{'中', 0x1F600, 0xE000, 0xFFFF, -1} {
			if c.has(r) {
				t.Errorf("%s: U+%04X covered, want missing", f.name, r)
			}
		}
	}
}

// TestCoverageErrors checks that broken fonts give errors, not panics.
func TestCoverageErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"short header", []byte("\x00\x01\x00\x00\x00")},
		{"no tables", []byte("\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")},
		{"directory truncated", []byte("\x00\x01\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00cmap")},
		{"table outside", append([]byte("\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00cmap\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x10\x00"), make([]byte, 4)...)},
	} {
		if _, err := parseCoverage(tc.data); err == nil {
			t.Errorf("%s: parseCoverage succeeded, want an error", tc.name)
		}
	}
}

// FuzzCoverage feeds the cmap reader mutated fonts: it must never panic,
// and what it reports covered must lie in the Basic Multilingual Plane.
func FuzzCoverage(f *testing.F) {
	f.Add(assets.SansRegular[:4096])
	f.Add([]byte("\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00cmap\x00\x00\x00\x00\x00\x00\x00\x1c\x00\x00\x00\x20" +
		"\x00\x00\x00\x01\x00\x03\x00\x01\x00\x00\x00\x0c\x00\x04\x00\x20\x00\x00\x00\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := parseCoverage(data)
		if err != nil {
			return
		}
		if c.has(0x10000) || c.has(0xFFFF) {
			t.Errorf("coverage claims characters outside the BMP")
		}
	})
}
