package ingest

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	// reportTitle is a line that names a meeting's report: "Report of the
	// … on its twenty-fourth session", "Summary report", "Draft report",
	// "Minutes", "Summary record", "Compte rendu".
	reportKindRE = regexp.MustCompile(`(?i)^(?:(?:draft|final|provisional)\s+)?(?:summary\s+)?(?:report\s+(?:of|on)\s+the\b.*\b(?:session|meeting|sessions|meetings|conference)\b|summary report\b|minutes$|minutes\s+of\s+the\b|summary records?\b|compte rendu\b|proceedings\s+of\s+the\b|–\s*minutes\s*–)`)
	// agendaKindRE is a line that names an agenda: "Provisional agenda",
	// "Annotated provisional agenda for the twenty-fourth session", "Draft Agenda".
	agendaKindRE = regexp.MustCompile(`(?i)^(?:(?:annotated|provisional|draft|revised|final)\s+)*agenda\b`)
	// otherKindRE is a title that names another kind of document.
	otherKindRE = regexp.MustCompile(`(?i)\b(?:white paper|briefing note|programme of work|program of work|terms of reference|recommendation no|international recommendation|international document|guide|note by the secretariat|mandate)\b`)
)

// kind decides what the document is: a report (minutes too), an agenda,
// or neither. A document headed the PTC way ("ITEM IV – TITLE") is a
// report or agenda by its headings; a typed header (Body:, Sessions:) says
// so too. Sections and numbered paragraphs alone do not: UN white papers
// and programmes of work have them as well, so the title block must say
// it is a report, minutes or an agenda, or the body must read as one
// (conclusion lead-ins, decisions).
func (rd *reader) kind(fm frontMatter, first, annex int) (DocKind, error) {
	agenda, report, other := false, false, ""
	for k, t := range fm.titles {
		if k+1 < len(fm.titles) && !reportKindRE.MatchString(t) {
			// A title wrapped over two lines: "Report of the … and" /
			// "Electronic Business on its twenty-fourth session".
			if two := t + " " + fm.titles[k+1]; reportKindRE.MatchString(two) && !otherKindRE.MatchString(t) {
				t = two
			}
		}
		switch {
		case reportKindRE.MatchString(t) || bareReport(t) && nearMeeting(fm.titles, k) || bodyReport(t) && nearBody(fm.titles, k):
			report = true
		case agendaKindRE.MatchString(t):
			agenda = true
		case other == "" && otherKindRE.MatchString(t):
			other = t
		}
	}
	paras := rd.numberedLines(first, annex)
	switch {
	case report:
		return KindReport, nil
	case agenda && paras == 0 && (rd.st.numbered() || !rd.reportEvidence(first, annex)):
		// Minutes number no paragraph: there, conclusions say that a
		// document headed "Agenda" (a report's agenda table) is a report.
		return KindAgenda, nil
	case agenda:
		return KindReport, nil
	}
	if rd.st.heads == lItemKW && other == "" && (paras > 0 || rd.itemCount(first, annex) >= 2 || rd.agendaLines(first, annex)) || fm.given >= 2 {
		return KindReport, nil
	}
	if other == "" && rd.reportEvidence(first, annex) {
		return KindReport, nil
	}
	what := "its title does not say it is a report, minutes or an agenda"
	if other != "" {
		what = fmt.Sprintf("its title reads %q", clip(other, 80))
	}
	return 0, fmt.Errorf("%w: %s (a report's title says \"Report of … on its … session\", \"Summary report\" or \"Minutes\")", ErrNotReport, what)
}

// itemCount counts the body's item headings.
func (rd *reader) itemCount(first, annex int) int {
	n := 0
	for i := first; i < annex; i++ {
		if rd.dec[i] == dItem {
			n++
		}
	}
	return n
}

// agendaLines reports whether the body has the lines of an agenda: a
// category line or a document line.
func (rd *reader) agendaLines(first, annex int) bool {
	for i := first; i < annex; i++ {
		t := rd.ls[i].text
		if _, ok := categoryLine(t); ok {
			return true
		}
		if _, ok := docLine(t); ok {
			return true
		}
	}
	return false
}

// numberedLines counts the body's lines that open with a paragraph
// number, as the document's numbers would have them.
func (rd *reader) numberedLines(first, annex int) int {
	n := 0
	for i := first; i < annex; i++ {
		if rd.role[i] == rNone && rd.dec[i] != dItem && rd.ls[i].labKind() == lArabic && !rd.ls[i].lab.bare {
			n++
		}
	}
	return n
}

// reportEvidence reports whether the body reads as a meeting's report:
// a conclusion lead-in ("In conclusion, the Committee:") or a decision
// mark ("(Decision 3)", "Decision 18-01").
func (rd *reader) reportEvidence(first, annex int) bool {
	for i := first; i < annex; i++ {
		t := rd.ls[i].text
		if strings.Contains(t, "In conclusion, the ") || decisionRE.MatchString(t) || rd.dec[i] == dItem && agendaRefRE.MatchString(t) {
			return true
		}
	}
	return false
}

// agendaRefRE is a section heading's reference to the agenda item it
// reports on, as report sections carry: "(agenda item 3)", "(Item 4)".
var agendaRefRE = regexp.MustCompile(`(?i)\((?:agenda\s+)?items?\s+\d`)

// decisionRE is a decision mark: "(Decision 3)", "Decision 18-01:",
// "(Decision 2019-4)".
var decisionRE = regexp.MustCompile(`(?:^|\()Decisions?\s+\d{1,4}(?:[-/.]\d{1,4})?\b`)

// bareReport reports whether a title line is the word "Report" alone, as an
// old title page prints it under the meeting's name.
func bareReport(t string) bool {
	return strings.EqualFold(strings.TrimRight(t, "·.: "), "report")
}

// bodyReportRE is a report's title that names no meeting but a kind of
// report a body issues: "Background report", "Progress report".
var bodyReportRE = regexp.MustCompile(`(?i)^(?:background|progress|interim|final|annual)\s+report$`)

// bodyReport reports whether a title line is a report a body issues.
func bodyReport(t string) bool { return bodyReportRE.MatchString(strings.TrimRight(t, "·.: ")) }

// bodyTitleRE is a title line naming an intergovernmental body: "THE WORKING
// GROUP ON INTERNET GOVERNANCE", "Committee on Trade".
var bodyTitleRE = regexp.MustCompile(`(?i)^(?:the\s+)?(?:working group|working party|committee|commission|council|task force|group of experts|expert group)\b`)

// nearBody reports whether the title line after line k names the body
// whose report it is.
func nearBody(titles []string, k int) bool {
	return k+1 < len(titles) && bodyTitleRE.MatchString(titles[k+1])
}

// meetingRE is a title line naming a meeting or session: "TWENTY-FIRST
// MEETING", "Seventeenth meeting", "24th session".
var meetingRE = regexp.MustCompile(`(?i)\b(?:meeting|session)s?\b`)

// nearMeeting reports whether a title line near line k names a meeting.
func nearMeeting(titles []string, k int) bool {
	for j := max(0, k-6); j < min(len(titles), k+4); j++ {
		if j != k && meetingRE.MatchString(titles[j]) {
			return true
		}
	}
	return false
}
