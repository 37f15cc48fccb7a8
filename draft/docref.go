package draft

import (
	"fmt"
	"regexp"
	"strings"
)

// DocCode is a parsed working-document code: "PC0727Ea" is series "PC",
// number "0727", language "E" and version "a". "PC0737E1" has issue "1".
type DocCode struct {
	Series   string
	Number   string
	Language string // upper-case letter, or "" when the code has none
	Version  string // lower-case letter(s), or "" for the first issue
	Issue    string // trailing digits, as in the report's own code "PC0737E1"
}

var docCodeRE = regexp.MustCompile(`^([A-Z]{1,4})(\d{2,6})([A-Z])?([a-z]{1,2})?(\d{1,2})?$`)
var versionSuffixRE = regexp.MustCompile(`^\(\s*version\s+([a-z]{1,2})\s*\)$`)

// Languages are the language letters a document code may carry.
const Languages = "EFSARC"

// ParseDocCode parses a document code as written in a report: "PC0727Ea",
// "PC0725E (version d)", "Doc. PC0733", "PC0737E1". It returns an error
// that says what is wrong with a malformed code.
func ParseDocCode(s string) (DocCode, error) {
	raw := strings.TrimSpace(s)
	t := strings.TrimSpace(strings.TrimPrefix(raw, "Doc."))
	var version string
	if i := strings.IndexByte(t, '('); i > 0 {
		m := versionSuffixRE.FindStringSubmatch(strings.TrimSpace(t[i:]))
		if m == nil {
			return DocCode{}, fmt.Errorf("document code %q: unexpected %q after the code", raw, t[i:])
		}
		version = m[1]
		t = strings.TrimSpace(t[:i])
	}
	m := docCodeRE.FindStringSubmatch(t)
	if m == nil {
		return DocCode{}, fmt.Errorf("document code %q: want series letters, a number, a language letter and a version letter, as in PC0727Ea", raw)
	}
	d := DocCode{Series: m[1], Number: m[2], Language: m[3], Version: m[4], Issue: m[5]}
	if d.Language != "" && !strings.Contains(Languages, d.Language) {
		return DocCode{}, fmt.Errorf("document code %q: %q is not a language letter (%s)", raw, d.Language, Languages)
	}
	if version != "" {
		if d.Version != "" && d.Version != version {
			return DocCode{}, fmt.Errorf("document code %q: version %q contradicts %q", raw, version, d.Version)
		}
		d.Version = version
	}
	if d.Version != "" && d.Language == "" {
		return DocCode{}, fmt.Errorf("document code %q: a version letter needs a language letter before it", raw)
	}
	return d, nil
}

// String returns the code in its canonical written form, e.g. "PC0727Ea".
func (d DocCode) String() string {
	return d.Series + d.Number + d.Language + d.Version + d.Issue
}

// Base returns the code without language, version or issue: the document
// itself, whatever its translation or revision ("PC0727").
func (d DocCode) Base() string { return d.Series + d.Number }

// VersionIndex returns 0 for a first issue and 1, 2, … for versions a, b, ….
func (d DocCode) VersionIndex() int {
	n, _ := ParseLetter(d.Version)
	return n
}

var docMentionRE = regexp.MustCompile(`\bDocs?\.\s+([A-Z]{1,4}\d{2,6}[A-Z]?[a-z]{0,2}\d{0,2})(\s*\(version\s+[a-z]{1,2}\))?`)

// DocMentions returns the document codes cited in text as "Doc. PC0733" or
// "Doc. PC0725E (version d)", in order, as written.
func DocMentions(text string) []string {
	var out []string
	for _, m := range docMentionRE.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1]+m[2])
	}
	return out
}
