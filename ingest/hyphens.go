package ingest

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// pdftotext, outside -layout, joins a word broken at a hyphen at the end
// of a line and drops the hyphen: "VICE-" and "CHAIRPERSONS" come out as
// "VICECHAIRPERSONS", "medium-" and "sized" as "mediumsized". Where the
// document writes the same word with its hyphen elsewhere, at least as
// more often than without, the hyphen is put back; so it is in the compounds
// that meeting reports always hyphenate (hyphenated), such as "Vice-Chair"
// and "cross-border", when the document gives no evidence either way.

// hyphenated are compounds meeting reports write with a hyphen, by the
// word without it; "vice" before a word of five letters or more is one too.
var hyphenated = map[string]string{
	"crossborder": "cross-border", "followup": "follow-up", "selfassessment": "self-assessment",
	"ecommerce": "e-commerce", "multistakeholder": "multi-stakeholder", "decisionmaking": "decision-making",
	"longterm": "long-term", "shortterm": "short-term", "mediumterm": "medium-term", "mediumsized": "medium-sized",
	"wellbeing": "well-being", "capacitybuilding": "capacity-building",
}

// knownHyphens returns the hyphenated form of the lower-cased word k from
// the compounds meeting reports hyphenate, "" when it is none of them.
func knownHyphens(k string) string {
	if h, ok := hyphenated[k]; ok {
		return h
	}
	if rest, ok := strings.CutPrefix(k, "vice"); ok && len(rest) >= 5 && !strings.HasPrefix(rest, "roy") {
		return "vice-" + rest
	}
	return ""
}

// rehyphenate puts back the hyphens pdftotext dropped in the lines' words,
// from the hyphenated words the text itself holds, and logs each word it
// corrects.
func (rd *reader) rehyphenate() {
	ls := rd.ls
	for i := range ls {
		if t := ls[i].text; len(t) > 2 && t[len(t)-1] == '-' && unicode.IsLetter(rune(t[len(t)-2])) {
			return // the hyphens at the ends of lines are kept
		}
	}
	hyph := map[string]string{} // the word without hyphens, lower-cased → with them
	count := map[string]int{}   // how often each form stands in the text
	for i := range ls {
		eachWord(ls[i].text, func(w string) {
			if strings.Contains(w, "-") {
				k := strings.ToLower(strings.ReplaceAll(w, "-", ""))
				if _, ok := hyph[k]; !ok {
					hyph[k] = strings.ToLower(w)
				}
				count[strings.ToLower(w)]++
			} else {
				count[strings.ToLower(w)]++
			}
		})
	}
	years := map[string]bool{} // "2026-2027"
	for i := range ls {
		for _, m := range yearsRE.FindAllString(ls[i].text, -1) {
			years[m] = true
		}
	}
	for i := range ls {
		t := ls[i].text
		if len(years) > 0 {
			t = rd.rejoinYears(i, t, years)
			ls[i].text = t
		}
		var b strings.Builder
		last, changed := 0, false
		eachWordAt(t, func(at int, w string) {
			if strings.Contains(w, "-") {
				return
			}
			k := strings.ToLower(w)
			h, ok := hyph[k]
			if !ok || count[h] <= count[k] {
				// No evidence, or the document writes it without as often:
				// only a compound reports always hyphenate is put right.
				if h = knownHyphens(k); h == "" {
					return
				}
			}
			b.WriteString(t[last:at])
			fixed := withHyphens(w, h)
			b.WriteString(fixed)
			last, changed = at+len(w), true
			rd.log = append(rd.log, Entry{Place: rd.place(i), Kind: LogCorrection, Text: w, line: int32(i + 1),
				Reason: fmt.Sprintf("read as %q: pdftotext drops the hyphen of a word broken at the end of a line", fixed)})
		})
		if !changed {
			continue
		}
		b.WriteString(t[last:])
		ls[i].text = b.String()
		ls[i].lab = pack(readLabel(ls[i].text), ls[i].text)
	}
}

// yearsRE is a range of years, "2026-2027"; joinedYearsRE the same as
// pdftotext gives it broken at its hyphen, "20262027".
var (
	yearsRE       = regexp.MustCompile(`\b(?:19|20)\d\d-(?:19|20)\d\d\b`)
	joinedYearsRE = regexp.MustCompile(`\b(?:19|20)\d\d(?:19|20)\d\d\b`)
)

// rejoinYears puts the hyphen back into a range of years in line i's text
// t that the document writes with its hyphen elsewhere.
func (rd *reader) rejoinYears(i int, t string, years map[string]bool) string {
	return joinedYearsRE.ReplaceAllStringFunc(t, func(m string) string {
		h := m[:4] + "-" + m[4:]
		if !years[h] {
			return m
		}
		rd.log = append(rd.log, Entry{Place: rd.place(i), Kind: LogCorrection, Text: m, line: int32(i + 1),
			Reason: fmt.Sprintf("read as %q: pdftotext drops the hyphen of a word broken at the end of a line", h)})
		return h
	})
}

// withHyphens writes w with hyphens where its hyphenated form h has them,
// keeping w's letters and their case.
func withHyphens(w, h string) string {
	var b strings.Builder
	wr := []rune(w)
	k := 0
	for _, r := range h {
		if r == '-' {
			b.WriteByte('-')
			continue
		}
		if k < len(wr) {
			b.WriteRune(wr[k])
			k++
		}
	}
	return b.String()
}

// eachWord calls f with each word of t: letters, with the hyphens between
// them. Numbers are left alone: "1-3" is a range, "13" a paragraph number.
func eachWord(t string, f func(w string)) {
	eachWordAt(t, func(_ int, w string) { f(w) })
}

// eachWordAt calls f with each word of t and its byte offset.
func eachWordAt(t string, f func(at int, w string)) {
	start := -1
	word := unicode.IsLetter
	prev := rune(0)
	for i, r := range t {
		switch {
		case word(r):
			if start == -1 {
				start = i
			}
		case unicode.IsDigit(r):
			start = -2 // a word with digits in it is no word here
		case r == '-' && start >= 0 && word(prev) && i+1 < len(t) && word(rune(t[i+1])):
			// a hyphen inside the word (ASCII next: multi-byte letters after a hyphen end it)
		default:
			if start >= 0 {
				f(start, strings.TrimRight(t[start:i], "-"))
			}
			start = -1
		}
		prev = r
	}
	if start >= 0 {
		f(start, strings.TrimRight(t[start:], "-"))
	}
}
