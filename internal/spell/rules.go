package spell

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// notAWord reports whether w is of a kind a spelling check leaves alone,
// whatever the dictionary says:
//   - anything with a digit: numbers, ordinals (241st, 5th), document codes
//     (PC0727Ea, GE.20-12345);
//   - single letters (the "a." of a sub-item);
//   - abbreviations in capitals, with a plural or possessive ending
//     (PTC, WCO, EU, MoU, SMEs, PTC’s), and letter-dot abbreviations
//     (U.S, e.g);
//   - Roman numerals in lower case up to xxxix ("(iv)").
func notAWord(w string) bool {
	switch {
	case strings.IndexFunc(w, unicode.IsDigit) >= 0:
		return true
	case utf8.RuneCountInString(w) == 1:
		return true
	case isAbbreviation(w), isDotted(w), isRoman(w):
		return true
	}
	return false
}

// isAbbreviation reports whether w is an abbreviation in capitals: at least
// two capital letters and more capitals than small letters (PTC, EU, MoU,
// ToR, FoS), with an optional "s", "'s" or "’s" ending (SMEs, PTC’s) and
// hyphenated parts (CROSS-BORDER). "Vice-Chair" and "TracesNT" are words.
func isAbbreviation(w string) bool {
	w = strings.TrimSuffix(trimPossessive(w), "s")
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLetter(r):
			lower++
		}
	}
	return upper >= 2 && upper > lower
}

// isDotted reports whether w is single letters joined by full stops: "U.S",
// "e.g", "i.e", "a.m".
func isDotted(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// isRoman reports whether w is a lower-case Roman numeral from i to xxxix.
func isRoman(w string) bool {
	rest := strings.TrimLeft(w, "x")
	if len(w)-len(rest) > 3 {
		return false
	}
	switch rest {
	case "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix":
		return w != ""
	}
	return false
}

// trimPossessive drops a final "'s" or "’s", or a final apostrophe.
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "ʼs", "'", "’", "ʼ"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// key returns the form of w under which personal and known words are kept:
// NFC, the typographic apostrophes as "'", invisible joiners removed.
func key(w string) string {
	if isASCII(w) {
		return w
	}
	if !norm.NFC.IsNormalString(w) {
		w = norm.NFC.String(w)
	}
	if strings.IndexFunc(w, func(r rune) bool { return r == '’' || r == 'ʼ' || isJoiner(r) }) < 0 {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		switch {
		case r == '’' || r == 'ʼ':
			b.WriteByte('\'')
		case isJoiner(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lowerFirst returns w with its first letter in lower case when only that
// letter is a capital ("Rapporteur" → "rapporteur"), else "".
func lowerFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.IndexFunc(w[n:], unicode.IsUpper) >= 0 {
		return ""
	}
	return string(unicode.ToLower(r)) + w[n:]
}

// elision returns what follows a French elided article or pronoun ("l'",
// "d'", "qu'", "jusqu'" …) in w, or "" when w has none.
func elision(w string) string {
	i := strings.IndexAny(w, "'’ʼ")
	if i <= 0 {
		return ""
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	rest := w[i+n:]
	switch strings.ToLower(w[:i]) {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu":
		return rest
	}
	return ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
