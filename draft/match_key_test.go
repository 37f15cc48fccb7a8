package draft

import "testing"

// TestKeyHashIsHashOfNormKey checks that the one-pass hash equals the hash
// of the normalised key, so texts that count as identical hash alike.
func TestKeyHashIsHashOfNormKey(t *testing.T) {
	fnv := func(s string) uint64 {
		h := uint64(14695981039346656037)
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * 1099511628211
		}
		return h
	}
	texts := []string{
		"", "  ", "Plain ASCII text.", "  Leading and   trailing  ", "MiXeD CaSe",
		"Türkiye’s “quoted” text", "Cafe\u0301 decomposed", "ÉCOLE Ελλάδα УКРАЇНА",
		"tab\tand\nnewline\u00a0nbsp\u2003em space", "\u00a0lead nbsp",
	}
	for _, s := range texts {
		if got, want := keyHash(s), fnv(normKey(s)); got != want {
			t.Errorf("keyHash(%q) = %x, want hash of normKey %q = %x", s, got, normKey(s), want)
		}
	}
	if keyHash("Café") != keyHash("Cafe\u0301") || keyHash("A  b") != keyHash("a b") {
		t.Errorf("texts that count as identical hash differently")
	}
}

func FuzzKeyHash(f *testing.F) {
	f.Add("Türkiye’s “quoted” text")
	f.Add("Cafe\u0301  X")
	f.Fuzz(func(t *testing.T, s string) {
		h := uint64(14695981039346656037)
		k := normKey(s)
		for i := 0; i < len(k); i++ {
			h = (h ^ uint64(k[i])) * 1099511628211
		}
		if got := keyHash(s); got != h {
			t.Fatalf("keyHash(%q) = %x, want %x (normKey %q)", s, got, h, k)
		}
	})
}
