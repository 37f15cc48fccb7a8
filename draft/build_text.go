package draft

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// months matches an English month name.
const months = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`

// titleDateRE finds a date written into an agenda title after a comma:
// ", 13-14 April 2023", ", 30 June - 2 July 2023", ", 4 October 2023". The
// last group is what follows the date: the end of the title, " and …" or ",".
var titleDateRE = regexp.MustCompile(`,\s*(\d{1,2})(\s+` + months + `)?(?:\s*(?:[-–]|to)\s*(\d{1,2}))?\s+(` + months + `)(?:\s+(\d{4}))?(\s*$|\s+and\s|\s*,)`)

// RunningText turns an agenda title into running text for a conclusion:
// "Report from the 5th Meeting of the PFCWG, 13-14 April 2023" becomes "the
// report from the 5th Meeting of the PFCWG". A leading "the" is added
// unless the title has an article or opens with a verb form in -ing. The
// first word is lower-cased when it is a generic head such as "Report",
// "Oral" or "Update" (and so are the generic words right after it: "the
// oral report"); it keeps its capital when it is an acronym ("WCO"), has
// inner capitals ("E-Commerce"), is a word the house style capitalises
// ("Member’s", "Customs") or heads a title-case name ("Feasibility Study
// on …"). A title written in capitals is lower-cased first. Dates written
// into the title after a comma are dropped, or with keepDates written out
// as ", held from 13 to 14 April 2023".
func RunningText(title string, keepDates bool) string {
	t := strings.Join(strings.Fields(title), " ")
	t = strings.TrimRight(t, " .;:,")
	if allCaps(t) {
		t = lowerCaps(t)
	}
	t = strings.TrimRight(strings.Join(strings.Fields(rewriteDates(t, keepDates)), " "), " .;:,")
	if t == "" {
		return ""
	}
	first, rest, _ := strings.Cut(t, " ")
	low := strings.ToLower(first)
	switch {
	case isArticle(low) || isGerund(low):
		return joinWords(low, rest)
	case keepsCapital(first, t):
		return joinWords("the", t)
	}
	return joinWords("the", lowerGenericHeads(joinWords(low, rest)))
}

// lowerGenericHeads lower-cases the generic words that open a title after
// its first: "oral Report from …" → "oral report from …".
func lowerGenericHeads(t string) string {
	words := strings.Fields(t)
	for i := 1; i < len(words) && genericHeads[strings.ToLower(words[i])]; i++ {
		words[i] = strings.ToLower(words[i])
	}
	return strings.Join(words, " ")
}

func joinWords(a, b string) string {
	if b == "" {
		return a
	}
	return a + " " + b
}

func rewriteDates(t string, keep bool) string {
	return titleDateRE.ReplaceAllStringFunc(t, func(m string) string {
		g := titleDateRE.FindStringSubmatch(m)
		tail := g[6]
		if strings.TrimSpace(tail) == "" {
			tail = ""
		}
		if !keep {
			return tail
		}
		held := ", held " + spellDate(g[1], g[2], g[3], g[4], g[5])
		if tail == "" {
			return held
		}
		if strings.TrimSpace(tail) == "," {
			return held + ","
		}
		return held + ", and "
	})
}

// spellDate writes a date range as running text: "from 13 to 14 April
// 2023", "on 4 October 2023", "from 30 June to 2 July 2023".
func spellDate(day1, month1, day2, month2, year string) string {
	s := day1 + month1
	end := " " + month2
	if year != "" {
		end += " " + year
	}
	if day2 == "" {
		return "on " + s + end
	}
	return "from " + s + " to " + day2 + end
}

var articles = map[string]bool{"the": true, "a": true, "an": true, "this": true, "these": true, "its": true, "their": true}

func isArticle(w string) bool { return articles[w] }

// notGerunds are nouns ending in -ing that still take an article.
var notGerunds = map[string]bool{"meeting": true, "briefing": true, "hearing": true, "building": true, "setting": true, "string": true, "ring": true, "thing": true, "offering": true, "ruling": true, "finding": true, "sitting": true, "gathering": true, "opening": true, "closing": true, "proceeding": true, "wording": true}

func isGerund(w string) bool {
	return strings.HasSuffix(w, "ing") && utf8.RuneCountInString(w) > 5 && !notGerunds[w]
}

// functionWords stay lower-case inside title-case names.
var functionWords = map[string]bool{"of": true, "the": true, "and": true, "on": true, "for": true, "to": true, "in": true, "a": true, "an": true, "by": true, "at": true, "with": true, "from": true, "or": true}

// houseCapitals are words the house style always writes with a capital.
var houseCapitals = map[string]bool{"member": true, "members": true, "customs": true, "secretariat": true, "council": true, "committee": true, "commission": true, "chairperson": true}

// genericHeads are words that open many agenda titles and are common nouns
// or adjectives in running text, even in a title written in title case:
// "Report from the 5th Meeting of …" gives "the report from …".
var genericHeads = map[string]bool{
	"report": true, "reports": true, "oral": true, "written": true, "update": true, "updates": true,
	"presentation": true, "presentations": true, "outline": true, "draft": true, "progress": true,
	"proposal": true, "proposals": true, "review": true, "overview": true, "status": true, "summary": true,
	"adoption": true, "election": true, "approval": true, "revision": true, "amendment": true,
	"amendments": true, "introduction": true, "new": true, "updated": true, "revised": true,
	"final": true, "joint": true, "annual": true, "interim": true, "outcome": true, "outcomes": true,
}

// stem drops a possessive ending: "member’s" → "member".
func stem(w string) string {
	for _, end := range []string{"’s", "'s", "s’", "s'"} {
		if strings.HasSuffix(w, end) {
			return strings.TrimSuffix(w, end)
		}
	}
	return w
}

// keepsCapital reports whether the title's first word keeps its capital: an
// acronym or a word with inner capitals, a word the house style always
// capitalises ("Member’s"), or, unless it is a generic head such as
// "Report", the head of a title-case name of two or more content words.
func keepsCapital(first, title string) bool {
	w := strings.ToLower(strings.Trim(first, "()“”\"'‘’,;:"))
	switch {
	case innerCapitals(first) || houseCapitals[stem(w)]:
		return true
	case genericHeads[w]:
		return false
	}
	content, capital := 0, 0
	for _, w := range strings.Fields(title) {
		w = strings.Trim(w, "()“”\"'‘’,;:")
		if w == "" || functionWords[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		content++
		if unicode.IsUpper(r) {
			capital++
		}
	}
	return content >= 2 && capital == content
}

// innerCapitals reports whether a word has a capital letter after its first
// letter: "WCO", "E-Commerce", "PFCWG".
func innerCapitals(w string) bool {
	seen := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if seen && unicode.IsUpper(r) {
			return true
		}
		seen = true
	}
	return false
}

// allCaps reports whether the title has letters and none of them is
// lower-case, as item headings are written ("ADOPTION OF THE AGENDA").
func allCaps(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 3 && strings.Contains(t, " ") || letters > 5
}

// lowerCaps lower-cases a title written in capitals, keeping words in
// brackets (acronyms such as "(GNC)") as they are.
func lowerCaps(t string) string {
	words := strings.Fields(t)
	for i, w := range words {
		if strings.HasPrefix(w, "(") {
			continue
		}
		words[i] = strings.ToLower(w)
	}
	return strings.Join(words, " ")
}

// JoinList joins items as running text: "A", "A and B", "A, B and C".
func JoinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
