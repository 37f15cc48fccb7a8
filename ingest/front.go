package ingest

import (
	"regexp"
	"strings"

	"rapporteur/draft"
)

// frontMatter is what the lines before the first item give: header lines or
// a title block, and the rows of an agenda table.
type frontMatter struct {
	meeting  draft.Meeting
	explicit map[string]bool // meeting field keys given as "Label: value" lines
	rows     []agendaRow
	// bodyDefined is set once a line named the body with its short name.
	bodyDefined bool
}

// agendaRow is one row of the agenda table: "XIV. Upcoming events 142-146".
type agendaRow struct {
	num         int
	title       string
	first, last int
	line        int
}

var (
	headerRE   = regexp.MustCompile(`^(?i)(organi[sz]ation|body|short name|sessions?|dates?|venue|document(?: code)?|language)\s*:\s*(.*)$`)
	rowRE      = regexp.MustCompile(`^([IVXLC]+)\.\s+(.*?)(?:\s+(\d{1,4})\s*[-–]\s*(\d{1,4}))?$`)
	rangeRE    = regexp.MustCompile(`^(\d{1,4})\s*[-–]\s*(\d{1,4})$`)
	sessionsRE = regexp.MustCompile(`(?i)\b\d+(?:st|nd|rd|th)(?:\s*(?:/|and|-)\s*\d+(?:st|nd|rd|th))*\s+Sessions?\b`)
	datesRE    = regexp.MustCompile(`\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s*[-–]\s*\d{1,2}\s+\w+)?\s+\d{4}\b`)
	defRE      = regexp.MustCompile(`\(([A-Z]{2,8})\)`)
	orgRE      = regexp.MustCompile(`(?i)\borgani[sz]ation\b`)
	bodyRE     = regexp.MustCompile(`(?i)\b(committee|council|commission|assembly|board|working group)\b`)
)

// headerSynonyms maps other spellings of a header line's name to the
// label draft.Meeting.Fields gives the field.
var headerSynonyms = map[string]string{
	"organisation": "organization", "session": "sessions", "date": "dates", "document code": "document",
}

// readFront reads the front matter: typed header lines, the title block
// before any agenda row, and the agenda table itself, which is derived in the
// report and only checked against it.
func readFront(ls []line) frontMatter {
	fm := frontMatter{explicit: map[string]bool{}}
	agenda := false
	for _, l := range ls {
		t := l.text
		if m := headerRE.FindStringSubmatch(t); m != nil {
			fm.header(strings.ToLower(m[1]), strings.TrimSpace(m[2]))
			continue
		}
		if m := rowRE.FindStringSubmatch(t); m != nil {
			if n, ok := draft.ParseRoman(m[1]); ok {
				fm.rows = append(fm.rows, agendaRow{num: n, title: m[2], first: atoi(m[3]), last: atoi(m[4]), line: l.no})
				agenda = true
				continue
			}
		}
		if m := rangeRE.FindStringSubmatch(t); m != nil && len(fm.rows) > 0 && fm.rows[len(fm.rows)-1].first == 0 {
			row := &fm.rows[len(fm.rows)-1]
			row.first, row.last = atoi(m[1]), atoi(m[2])
			continue
		}
		if k := l.cls.kind; k == kSub || k == kCategory || k == kBullet || agenda {
			agenda = true
			continue
		}
		fm.titleLine(t)
	}
	return fm
}

// header records a typed "Key: value" line; name is the key lower-cased.
func (fm *frontMatter) header(name, v string) {
	if syn, ok := headerSynonyms[name]; ok {
		name = syn
	}
	for _, f := range fm.meeting.Fields() {
		if strings.ToLower(f.Label) == name {
			*f.Value = v
			fm.explicit[f.Key] = true
		}
	}
}

// titleLine reads one line of a title block, filling what it names.
func (fm *frontMatter) titleLine(t string) {
	m := &fm.meeting
	if d, err := draft.ParseDocCode(t); err == nil && d.Language != "" && m.DocCode == "" {
		m.DocCode = d.String()
		return
	}
	if s := sessionsRE.FindString(t); s != "" && m.Sessions == "" {
		m.Sessions = s
	}
	if loc := datesRE.FindStringIndex(t); loc != nil && m.Dates == "" {
		m.Dates = t[loc[0]:loc[1]]
		if v := strings.Trim(strings.TrimSpace(t[:loc[0]]), ",;–- "); v != "" && m.Venue == "" && len(v) < 60 {
			m.Venue = v
		}
		return
	}
	switch {
	case orgRE.MatchString(t) && m.Organization == "":
		m.Organization = titleCase(t)
	case bodyRE.MatchString(t) && !sessionsRE.MatchString(t) && defRE.MatchString(t) && !fm.bodyDefined:
		// "HARBOUR PROCEDURES COMMITTEE (HPC)": the body, named with its
		// short name, outranks a guess made from an earlier line, which was
		// then the organization ("… COOPERATION COUNCIL").
		if m.Body != "" && m.Organization == "" {
			m.Organization = m.Body
		}
		d := defRE.FindStringSubmatchIndex(t)
		if m.ShortName == "" {
			m.ShortName = t[d[2]:d[3]]
		}
		m.Body = titleCase(strings.TrimSpace(t[:d[0]]))
		fm.bodyDefined = true
	case bodyRE.MatchString(t) && m.Body == "" && !sessionsRE.MatchString(t) && allCaps(t):
		// A body's name stands in capitals on a title page; a sentence such
		// as "Established in 1952 as the Customs Co-operation Council" is
		// no name.
		m.Body = titleCase(t)
	}
}

// titleCase turns an all-capitals line into title case; other text is kept.
func titleCase(s string) string {
	if !allCaps(s) {
		return s
	}
	small := map[string]bool{"of": true, "the": true, "and": true, "for": true, "on": true, "in": true, "des": true, "de": true, "la": true, "du": true}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && small[w] {
			continue
		}
		r := []rune(w)
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// checkAgenda compares the agenda table's rows with the items read, warning
// where a range or title differs: the report derives its own.
func (fm frontMatter) checkAgenda(p *parser) {
	n := p.r.Numbering()
	var missing []string
	for _, row := range fm.rows {
		i, ok := p.r.ItemIndex(draft.Roman(row.num))
		if !ok {
			missing = append(missing, draft.Roman(row.num))
			continue
		}
		g := n.Range(p.r, i)
		if row.first != 0 && (g.First != row.first || g.Last != row.last) && row.last >= row.first {
			p.warnf(row.line, "the agenda table gives item %s paragraphs %d-%d; the text gives %d-%d", draft.Roman(row.num), row.first, row.last, g.First, g.Last)
		}
	}
	if len(missing) > 0 {
		p.warn = append(p.warn, "the agenda table lists item(s) "+strings.Join(missing, ", ")+", which the text does not contain")
	}
}
