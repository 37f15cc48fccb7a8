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
	// bodyOpen is set after a title line in capitals that named the body,
	// which the next line may go on ("THE WORKING GROUP" / "ON INTERNET
	// GOVERNANCE").
	bodyOpen bool
	kept     []string // the lines kept as front matter, a "" between paragraphs
	titles   []string // the title block's lines, for telling what the document is
	// dates seen on a line of their own, and with a venue before them: the
	// venue's line gives the meeting's dates, a date alone is the date of issue.
	bareDates string
	given     int // header lines that gave a value
}

// agendaRow is one row of the agenda table: "XIV. Upcoming events 142-146".
type agendaRow struct {
	num         int
	title       string
	first, last int
	line        int // index of the line
}

var (
	headerRE = regexp.MustCompile(`^(?i)(organi[sz]ation|body|short name|sessions?|dates?|venue|document(?: code)?|language)\s*:\s*(.*)$`)
	rowRE    = regexp.MustCompile(`^([IVXLC]+)\.\s+(.*?)(?:\s+(\d{1,5})\s*[-–]\s*(\d{1,5}))?$`)
	// contentsRE is a row of a table of contents with paragraph ranges and
	// page numbers: "I. Attendance ........ 1–3 3".
	contentsRE    = regexp.MustCompile(`^([IVXLC]+|\d{1,2})\.\s+(.*?)[\s.…]*?\s(\d{1,5})\s*[-–]\s*(\d{1,5})(?:\s+\d{1,4})?$`)
	reportTitleRE = regexp.MustCompile(`(?i)^(?:draft\s+)?report\s+of\s+the\s+(.+?)\s+on\s+its\s+(\S+(?:-\S+)?\s+(?:session|meeting))`)
	// tableHeadRE is the heading of an agenda table or a table of
	// contents, or of its columns: "Agenda", "Contents", "Item
	// Paragraphs", "Paragraphs Page".
	tableHeadRE      = regexp.MustCompile(`^(?i)(?:agenda|contents|table of contents|(?:item|paragraphs|page)(?:\s+(?:paragraphs|page))*)$`)
	rangeRE          = regexp.MustCompile(`^(\d{1,5})\s*[-–]\s*(\d{1,5})$`)
	ordinalSessionRE = regexp.MustCompile(`(?i)^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|\d+(?:st|nd|rd|th))\s+(?:session|meeting)$`)
	sessionsRE       = regexp.MustCompile(`(?i)\b\d+(?:st|nd|rd|th)(?:\s*(?:/|and|-)\s*\d+(?:st|nd|rd|th))*\s+Sessions?\b`)
	datesRE          = regexp.MustCompile(`\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s*[-–]\s*\d{1,2}\s+\w+)?\s+\d{4}\b`)
	defRE            = regexp.MustCompile(`\(([A-Z]{2,8})\)`)
	orgRE            = regexp.MustCompile(`(?i)\borgani[sz]ation\b`)
	bodyRE           = regexp.MustCompile(`(?i)\b(committee|council|commission|assembly|board|working group)\b`)
)

// headerSynonyms maps other spellings of a header line's name to the
// label draft.Meeting.Fields gives the field.
var headerSynonyms = map[string]string{
	"organisation": "organization", "session": "sessions", "date": "dates", "document code": "document",
}

// readFront reads the front matter, the lines before the first item:
// typed header lines, the title block, the agenda table (derived in the
// report and only checked against it) and whatever else stands there, which
// is kept as the report's front matter.
func (rd *reader) readFront(first int) frontMatter {
	fm := frontMatter{explicit: map[string]bool{}}
	agenda := false
	tableHead := false // the heading of an agenda table or table of contents was read
	ptc := rd.st.heads == lItemKW
	for i := 0; i < first; i++ {
		if rd.role[i] != rNone {
			continue
		}
		l := &rd.ls[i]
		t := l.text
		if m := headerRE.FindStringSubmatch(t); m != nil && len(fm.kept) < 4 && len(fm.rows) == 0 {
			// Typed header lines stand at the head of the text.
			fm.header(strings.ToLower(m[1]), strings.TrimSpace(m[2]))
			rd.placed([]int{i})
			continue
		}
		if fm.row(i, t, ptc) {
			rd.drop(i, LogAgendaRow, "a row of the agenda table or table of contents: the report derives it")
			agenda = agenda || ptc
			continue
		}
		if j := int(rd.merged[i]); j > 0 && rd.contentsRow(&fm, i, j) {
			continue
		}

		if m := rangeRE.FindStringSubmatch(t); m != nil && len(fm.rows) > 0 && fm.rows[len(fm.rows)-1].first == 0 {
			row := &fm.rows[len(fm.rows)-1]
			row.first, row.last = atoi(m[1]), atoi(m[2])
			rd.drop(i, LogAgendaRow, "the range of an agenda table row: the report derives it")
			continue
		}
		if ptc && rd.agendaPart(i) || agenda || (len(fm.rows) > 0 || tableHead) && (l.flags&fInTable != 0 || l.style == StyleTableRow) {
			// A Word table that holds rows of the agenda holds the rest
			// of the agenda too: categories, sub-items, presentations.
			agenda = true
			rd.drop(i, LogAgendaRow, "a line of the agenda table: the report derives it from the items")
			continue
		}
		if l.page <= 1 && len(fm.titles) < 60 {
			fm.titles = append(fm.titles, t)
		}
		if tableHeadRE.MatchString(t) {
			rd.drop(i, LogAgendaRow, "the heading of the agenda table or table of contents: the report derives it")
			tableHead = true
			continue
		}
		fm.titleLine(t)
		fm.keep(t, l.blankAfter())
		rd.placed([]int{i})
	}
	if fm.meeting.DocCode == "" && rd.code != "" && !fm.explicit["doc_code"] {
		if d, err := draft.ParseDocCode(rd.code); err == nil {
			fm.meeting.DocCode = d.String()
		} else {
			fm.meeting.DocCode = rd.code
		}
	}
	if fm.meeting.Dates == "" && fm.bareDates != "" {
		fm.meeting.Dates = fm.bareDates
	}
	return fm
}

// row reads an agenda table row or a row of a table of contents with its
// paragraph range: "XIV. Upcoming events 142-146", "I. Attendance .... 1–3 3".
func (fm *frontMatter) row(i int, t string, ptc bool) bool {
	if m := contentsRE.FindStringSubmatch(t); m != nil {
		if n, ok := parseNumeral(m[1]); ok {
			fm.rows = append(fm.rows, agendaRow{num: n, title: strings.TrimRight(m[2], " .…"), first: atoi(m[3]), last: atoi(m[4]), line: i})
			return true
		}
	}
	if m := rowRE.FindStringSubmatch(t); m != nil && (ptc || m[3] != "") {
		if n, ok := draft.ParseRoman(m[1]); ok {
			fm.rows = append(fm.rows, agendaRow{num: n, title: strings.TrimRight(m[2], " .…"), first: atoi(m[3]), last: atoi(m[4]), line: i})
			return true
		}
	}
	return false
}

// contentsRow reads a row of a table of contents whose number stands alone
// on its line, as pdftotext writes a UN report's contents: "I." then
// "Attendance ........" then "1–3" then the page. Rows of sub-sections
// ("A.") are logged too but give no range.
func (rd *reader) contentsRow(fm *frontMatter, i, j int) bool {
	l := rd.ls[i].label()
	title := rd.ls[j].text
	leaders := strings.Contains(title, "....") || strings.Contains(title, "…")
	k := rd.nextLine(j)
	var rng []string
	if k >= 0 {
		rng = rangeRE.FindStringSubmatch(rd.ls[k].text)
	}
	if !leaders && rng == nil {
		return false
	}
	why := "a row of the table of contents: the report derives it"
	rd.drop(i, LogAgendaRow, why)
	rd.drop(j, LogAgendaRow, why)
	if rng != nil {
		rd.drop(k, LogAgendaRow, "the range of a row of the table of contents: the report derives it")
		if p := rd.nextLine(k); p >= 0 && pageRef(rd.ls[p].text) {
			rd.drop(p, LogAgendaRow, "a page number in the table of contents")
		}
	}
	if l.kind == lRoman && l.roman > 0 && l.upper {
		row := agendaRow{num: l.roman, title: strings.TrimRight(title, " .…"), line: i}
		if rng != nil {
			row.first, row.last = atoi(rng[1]), atoi(rng[2])
			row.line = k
		}
		fm.rows = append(fm.rows, row)
	}
	return true
}

// pageRef reports whether t is a page reference of a table of contents:
// a number of one to four digits.
func pageRef(t string) bool {
	_, ok := bareNumber(t)
	return ok && !strings.HasSuffix(t, ".")
}

// agendaPart reports whether a line before the first item belongs to a
// PTC agenda table: a sub-item, a category line, a bullet.
func (rd *reader) agendaPart(i int) bool {
	t := rd.ls[i].text
	if _, ok := categoryLine(t); ok {
		return true
	}
	switch rd.ls[i].label().kind {
	case lLetter, lBullet:
		return true
	}
	return false
}

// keep adds a line to the front matter kept as text; a blank line after it
// ends its paragraph.
func (fm *frontMatter) keep(t string, blank bool) {
	fm.kept = append(fm.kept, t)
	if blank {
		fm.kept = append(fm.kept, "")
	}
}

// text returns the front matter kept, paragraphs separated by blank lines.
func (fm *frontMatter) text() string {
	var paras []string
	var cur []string
	for _, t := range append(fm.kept, "") {
		if t != "" {
			cur = append(cur, t)
			continue
		}
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	return strings.Join(paras, "\n\n")
}

// firstParagraph is the number the agenda table gives the first paragraph,
// 1 when it gives none.
func (fm *frontMatter) firstParagraph() int {
	for _, row := range fm.rows {
		if row.first > 0 {
			return row.first
		}
	}
	return 1
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
			if v != "" {
				fm.given++
			}
		}
	}
}

// titleLine reads one line of a title block, filling what it names.
func (fm *frontMatter) titleLine(t string) {
	m := &fm.meeting
	if fm.bodyOpen {
		fm.bodyOpen = false
		if w, _, _ := strings.Cut(t, " "); allCaps(t) && (w == "ON" || w == "OF" || w == "FOR") {
			m.Body += " " + strings.ToLower(w) + titleCase(t)[len(w):]
			return
		}
	}
	if d, err := draft.ParseDocCode(t); err == nil && d.Language != "" && m.DocCode == "" {
		m.DocCode = d.String()
		return
	}
	if symbolRE.MatchString(t) && m.DocCode == "" {
		m.DocCode = t
		return
	}
	if s := sessionsRE.FindString(t); s != "" && m.Sessions == "" {
		m.Sessions = s
	}
	if r := reportTitleRE.FindStringSubmatch(t); r != nil {
		if m.Body == "" {
			m.Body = r[1]
		}
		if m.Sessions == "" {
			m.Sessions = r[2]
		}
		return
	}
	if ordinalSessionRE.MatchString(t) && m.Sessions == "" {
		m.Sessions = t
		return
	}
	if loc := datesRE.FindStringIndex(t); loc != nil && m.Dates == "" {
		v := strings.Trim(strings.TrimSpace(t[:loc[0]]), ",;–- ")
		if v == "" && strings.TrimSpace(t[loc[1]:]) == "" {
			if fm.bareDates == "" {
				fm.bareDates = t[loc[0]:loc[1]]
			}
			return
		}
		m.Dates = t[loc[0]:loc[1]]
		if v != "" && m.Venue == "" && len(v) < 60 {
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
		fm.bodyOpen = true
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
func (fm *frontMatter) checkAgenda(p *parser) {
	n := p.r.Numbering()
	var missing []string
	for _, row := range fm.rows {
		i, ok := p.r.ItemIndex(draft.Roman(row.num))
		if !ok {
			missing = append(missing, p.itemLabel(row.num))
			continue
		}
		g := n.Range(p.r, i)
		if row.first != 0 && (g.First != row.first || g.Last != row.last) && row.last >= row.first {
			p.warnf(row.line, "the agenda table gives item %s %s; the text gives %s", p.itemLabel(row.num), paraSpan(row.first, row.last), spanOnly(g.First, g.Last))
			p.rd.log[len(p.rd.log)-1].At = Where{Part: PartBody, Item: p.r.Items[i].ID}
		}
	}
	if len(missing) > 0 {
		p.rd.warn(-1, LogWarning, missingItems(missing))
	}
}

// missingItems says, as a sentence, which items of the agenda table the
// text does not have: "The agenda table lists item XIV, which …", "… lists
// items XIV, XV and XVI, which …".
func missingItems(labels []string) string {
	list := "item " + labels[0]
	if n := len(labels); n > 1 {
		list = "items " + strings.Join(labels[:n-1], ", ") + " and " + labels[n-1]
	}
	return "The agenda table lists " + list + ", which the text does not have"
}
