package draft

import (
	"fmt"
	"strings"
)

var romanTable = []struct {
	value  int
	digits string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

// Roman returns n (1-based) in upper-case Roman numerals: 1 → "I", 16 → "XVI".
// It returns the decimal form for n < 1 or n ≥ 4000.
func Roman(n int) string {
	if n < 1 || n >= 4000 {
		return fmt.Sprint(n)
	}
	var b strings.Builder
	for _, t := range romanTable {
		for n >= t.value {
			b.WriteString(t.digits)
			n -= t.value
		}
	}
	return b.String()
}

// ParseRoman reads an upper- or lower-case Roman numeral written in canonical
// form and returns its value, or false when s is not one.
func ParseRoman(s string) (int, bool) {
	u := strings.ToUpper(s)
	if u == "" {
		return 0, false
	}
	n, rest := 0, u
	for _, t := range romanTable {
		for strings.HasPrefix(rest, t.digits) {
			n += t.value
			rest = rest[len(t.digits):]
		}
	}
	if rest != "" || n >= 4000 || Roman(n) != u {
		return 0, false
	}
	return n, true
}

// Letter returns the label of the n-th (1-based) sub-item or version:
// a, b, … z, aa, ab, … az, ba, … (bijective base 26).
func Letter(n int) string {
	if n < 1 {
		return ""
	}
	var out []byte
	for n > 0 {
		n--
		out = append([]byte{byte('a' + n%26)}, out...)
		n /= 26
	}
	return string(out)
}

// ParseLetter is the inverse of Letter: "a" → 1, "z" → 26, "aa" → 27. It
// returns false for anything but lower-case letters.
func ParseLetter(s string) (int, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			return 0, false
		}
		n = n*26 + int(c-'a') + 1
	}
	return n, true
}
