package draft

import (
	"fmt"
	"regexp"
	"strings"
)

// docCite is one citation of a working document: in the agenda (num 0) or
// in a numbered paragraph.
type docCite struct {
	item string // the item's Roman number
	num  int
	raw  string
	code DocCode
}

// looseDocRE finds whatever follows "Doc." in running text, so that a code
// DocMentions would not recognise is still caught as malformed.
var looseDocRE = regexp.MustCompile(`\bDocs?\.\s+([A-Za-z0-9]*\d[A-Za-z0-9]*)`)

// checkDocs checks the working-document codes cited in the agenda and in
// the paragraphs.
func checkDocs(r *Report) []Finding {
	var fs []Finding
	var cites []docCite
	add := func(item, num int, raw string) {
		code, err := ParseDocCode(raw)
		if err != nil {
			fs = append(fs, Finding{SeverityError, r.ItemNumber(item), num, "doc-malformed",
				fmt.Sprintf("%v; correct the code", err)})
			return
		}
		cites = append(cites, docCite{r.ItemNumber(item), num, raw, code})
	}
	for i, it := range r.Items {
		for _, d := range it.Docs {
			add(i, 0, d)
		}
		for _, s := range it.SubItems {
			for _, d := range s.Docs {
				add(i, 0, d)
			}
		}
	}
	for _, l := range numberedTexts(r) {
		for _, raw := range textCodes(l.text) {
			add(l.item, l.num, raw)
		}
	}
	fs = append(fs, checkLanguages(r, cites)...)
	fs = append(fs, checkVersions(cites)...)
	fs = append(fs, checkOnAgenda(r, cites)...)
	return fs
}

// textCodes returns the codes cited in running text: the well-formed ones
// with their "(version d)", and anything else written after "Doc." that
// has a digit in it.
func textCodes(text string) []string {
	out := DocMentions(text)
	good := map[string]bool{}
	for _, m := range out {
		code, _, _ := strings.Cut(m, "(")
		good[strings.TrimSpace(code)] = true
	}
	for _, m := range looseDocRE.FindAllStringSubmatch(text, -1) {
		if !good[m[1]] {
			out = append(out, m[1])
		}
	}
	return out
}

func checkLanguages(r *Report, cites []docCite) []Finding {
	lang := strings.ToUpper(strings.TrimSpace(r.Meeting.Language))
	if lang == "" {
		return nil
	}
	var fs []Finding
	for _, c := range cites {
		if c.code.Language != "" && c.code.Language != lang {
			fs = append(fs, Finding{SeverityWarning, c.item, c.num, "doc-language",
				fmt.Sprintf("%s is the %s-language issue but the report is in %s; cite %s", c.raw, c.code.Language, lang, withLanguage(c.code, lang))})
		}
	}
	return fs
}

func withLanguage(d DocCode, lang string) string {
	d.Language = lang
	return d.String()
}

// checkVersions flags citations of an older version of a document than one
// cited elsewhere in the report. Codes written without a language letter
// ("Doc. PC0733") are shorthand for the document and are not compared.
func checkVersions(cites []docCite) []Finding {
	latest := map[string]docCite{}
	for _, c := range cites {
		if c.code.Language == "" {
			continue
		}
		if l, ok := latest[c.code.Base()]; !ok || c.code.VersionIndex() > l.code.VersionIndex() {
			latest[c.code.Base()] = c
		}
	}
	var fs []Finding
	for _, c := range cites {
		l := latest[c.code.Base()]
		if c.code.Language == "" || c.code.VersionIndex() >= l.code.VersionIndex() {
			continue
		}
		fs = append(fs, Finding{SeverityWarning, c.item, c.num, "doc-old-version",
			fmt.Sprintf("%s is %s, older than %s cited %s; cite the latest version", c.raw, versionName(c.code), l.raw, placeName(l))})
	}
	return fs
}

func versionName(d DocCode) string {
	if d.Version == "" {
		return "the first issue"
	}
	return "version " + d.Version
}

func placeName(c docCite) string {
	if c.num == 0 {
		return "in the agenda of item " + c.item
	}
	return fmt.Sprintf("in paragraph %d", c.num)
}

// checkOnAgenda flags documents cited in paragraphs that no agenda item or
// sub-item lists, once per paragraph and document.
func checkOnAgenda(r *Report, cites []docCite) []Finding {
	listed := map[string]bool{}
	for _, c := range cites {
		if c.num == 0 {
			listed[c.code.Base()] = true
		}
	}
	if own, err := ParseDocCode(r.Meeting.DocCode); err == nil {
		listed[own.Base()] = true
	}
	var fs []Finding
	seen := map[string]bool{}
	for _, c := range cites {
		key := fmt.Sprintf("%d/%s", c.num, c.code.Base())
		if c.num == 0 || listed[c.code.Base()] || seen[key] {
			continue
		}
		seen[key] = true
		fs = append(fs, Finding{SeverityWarning, c.item, c.num, "doc-not-on-agenda",
			fmt.Sprintf("Doc. %s is cited but no agenda item lists it; add it to the documents of item %s (or correct the code)", c.raw, c.item)})
	}
	return fs
}
