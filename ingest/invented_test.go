package ingest

import (
	"slices"
	"strings"
	"testing"
)

// Misreads found by the invented reports of internal/invent taken through
// our exporters, pdftotext and LibreOffice; each sample is the shape that
// showed it, cut down.
func TestInventedMisreads(t *testing.T) {
	const head = "ITEM I – OPENING\n1. Opened.\n"
	cases := []struct {
		name, in string
		want     []string // structure, then the paragraphs' texts
		check    func(t *testing.T, res *Result)
	}{
		{"a sub-item title wrapped after a comma (PDF export)",
			head + "ITEM II – ELECTION\n• Statement by the delegate of Côte d’Ivoire\n(For guidance)\n" +
				"a. Report of the 5th Meeting of the Pre-Arrival Facilitation Working Group (PFCWG),\nheld in hybrid format on 2-3 February 2026\n" +
				"• Presentation by Türkiye\n2.\n\nSeveral delegates spoke.\n",
			[]string{"1 s0", "2 s1", "Opened.", "Several delegates spoke."},
			func(t *testing.T, res *Result) {
				s := res.Report.Items[1].SubItems[0]
				if !strings.HasSuffix(s.Title, "(PFCWG), held in hybrid format on 2-3 February 2026") || len(s.Presentations) != 1 {
					t.Errorf("sub-item %q, presentations %v", s.Title, s.Presentations)
				}
			}},
		{"a lettered sentence wrapped after a comma stays text",
			head + "2. The Committee noted:\nb. The Chair said that,\nin 2024, the data were published.\n",
			[]string{"1-2 s0", "Opened.", "The Committee noted: b. The Chair said that, in 2024, the data were published."}, nil},
		{"five-digit numbers touching their text (PDF export)",
			"ITEM I – OPENING\n15438.The Secretariat introduced the report.\n15439.The Delegate of Japan spoke.\n15440.In conclusion, the PTC:\n• took note.\n",
			[]string{"15438-15440 s0 c1", "The Secretariat introduced the report.", "The Delegate of Japan spoke."}, nil},
		{"a bullet glyph alone, its text after a blank line (LibreOffice PDF)",
			"SUMMARY REPORT\nITEM I – OPENING\n•\n\nPresentation by Norway\n\n1.\n\nOpened.\n",
			[]string{"1 s0", "Opened."},
			func(t *testing.T, res *Result) {
				if p := res.Report.Items[0].Presentations; len(p) != 1 || p[0].Text != "Presentation by Norway" {
					t.Errorf("presentations %q", p)
				}
			}},
		{"a bullet glyph before a bare number (LibreOffice PDF)",
			"ITEM I – OPENING\n(For information only)\nDoc. PC0818E\n•\n9.\n\nPresentation by Türkiye\n\nOne delegate spoke.\n",
			[]string{"9 s0", "One delegate spoke."},
			func(t *testing.T, res *Result) {
				if p := res.Report.Items[0].Presentations; len(p) != 1 || p[0].Text != "Presentation by Türkiye" {
					t.Errorf("presentations %q", p)
				}
			}},
		{"a bare number before bullet glyphs (LibreOffice PDF)",
			"ITEM I – OPENING\n(To take note)\na. Single submission of arrival data\n9.\n\n•\n\nOpening remarks by the Secretary General\n\n•\n\nStatement by the delegate of Côte d’Ivoire\n\nThe Secretariat introduced Doc. PC0742E.\n10. Closed.\n",
			[]string{"9-10 s1", "The Secretariat introduced Doc. PC0742E.", "Closed."},
			func(t *testing.T, res *Result) {
				if p := res.Report.Items[0].SubItems[0].Presentations; len(p) != 2 {
					t.Errorf("presentations %q", p)
				}
			}},
		{"a bare number, a bullet glyph, then the lead-in (LibreOffice PDF)",
			"ITEM I – OPENING\n1. Opened.\n2.\n•\n\nIn conclusion, the PTC:\ntook note, with thanks, of the presentations by Georgia and Morocco.\n\nITEM II – CLOSING\n3. Closed.\n",
			[]string{"1-2 s0 c1", "3 s0", "Opened.", "Closed."}, nil},
		{"a lead-in at the edge of two pages is no running header",
			"ITEM I – OPENING\n1. Opened.\n2.\nIn conclusion, the PTC:\n\f• took note.\nITEM II – NEXT\n3. Text.\n4.\nIn conclusion, the PTC:\n\f• agreed.\nITEM III – CLOSING\n5. Closed.\n",
			[]string{"1-2 s0 c1", "3-4 s0 c1", "5 s0", "Opened.", "Text.", "Closed."}, nil},
		{"hyphens pdftotext dropped at a line's end",
			"ITEM I – ELECTION OF THE VICECHAIRPERSONS\n1. Small and medium-sized firms, medium-sized ports and mediumsized ones.\n2. The crossborder work goes on.\n",
			[]string{"1-2 s0", "Small and medium-sized firms, medium-sized ports and medium-sized ones.", "The cross-border work goes on."},
			func(t *testing.T, res *Result) {
				if got := res.Report.Items[0].Title; got != "ELECTION OF THE VICE-CHAIRPERSONS" {
					t.Errorf("title %q", got)
				}
				if n := res.Log.Count(LogCorrection); n != 3 || !logHas(res.Log, LogCorrection, "mediumsized") {
					t.Errorf("%d corrections logged: %v", n, res.Log)
				}
			}},
		{"a range of years broken at its hyphen",
			"ITEM I – PROGRAMME OF WORK FOR 20262027\n1. The programme for 2026-2027 and 20242025 were adopted.\n",
			[]string{"1 s0", "The programme for 2026-2027 and 20242025 were adopted."},
			func(t *testing.T, res *Result) {
				if got := res.Report.Items[0].Title; got != "PROGRAMME OF WORK FOR 2026-2027" {
					t.Errorf("title %q", got)
				}
			}},
		{"a list's bullet glyphs before their texts (LibreOffice PDF)",
			"SUMMARY REPORT\nITEM I – OPENING\n1. Opened.\n2. In conclusion, the PTC:\n\uf0b7\n\uf0b7\n\uf0b7\n\ntook note of the reports;\nagreed to continue; and\nadopted the agenda.\n\nITEM II – CLOSING\n3. Closed.\n",
			[]string{"1-2 s0 c3", "3 s0", "Opened.", "Closed."},
			func(t *testing.T, res *Result) {
				if got := res.Report.Items[0].Conclusion.Punctuated(); !slices.Equal(got, []string{"took note of the reports;", "agreed to continue; and", "adopted the agenda."}) {
					t.Errorf("bullets %q", got)
				}
			}},
		{"a presentation ending in a bracket, and one wrapped (LibreOffice PDF of Heading 3 lines)",
			"SUMMARY REPORT\nITEM I – X\n1. Text.\nITEM II – UPCOMING EVENTS\nPresentation by the United States (U.S.) – updates on the data\npilots\n(For information)\n\na. Update of the Data Model Handbook\nOpening remarks by the Secretary General\nPresentation by the Private Sector Consultative Group (PSCG)\n2.\nReplying, the Secretariat explained.\n",
			[]string{"1 s0", "2 s1", "Text.", "Replying, the Secretariat explained."},
			func(t *testing.T, res *Result) {
				it := res.Report.Items[1]
				if len(it.Presentations) != 1 || it.Presentations[0].Text != "Presentation by the United States (U.S.) – updates on the data pilots" ||
					it.SubItems[0].Title != "Update of the Data Model Handbook" || len(it.SubItems[0].Presentations) != 2 {
					t.Errorf("item presentations %q, sub-item %q with %q", it.Presentations, it.SubItems[0].Title, it.SubItems[0].Presentations)
				}
			}},
		{"an annex title in capitals wrapped onto a second line (LibreOffice PDF)",
			"SUMMARY REPORT\nITEM I – OPENING\n1. Opened.\nITEM II – CLOSING\n2. Closed.\nANNEX I – LIST OF PARTICIPANTS\nNORWAY\nMs Kari Nordmann\nANNEX II – STATEMENT RECEIVED\nFROM A DELEGATION\nThe delegation thanked the Chair.\n",
			[]string{"1 s0", "2 s0", "Opened.", "Closed."},
			func(t *testing.T, res *Result) {
				if a := res.Report.Annexes; len(a) != 2 || a[0].Title != "LIST OF PARTICIPANTS" || a[1].Title != "STATEMENT RECEIVED FROM A DELEGATION" {
					t.Errorf("annexes %+v", a)
				}
			}},
		{"paragraph numbers alone at the edges of pages are no page numbers (LibreOffice PDF)",
			"SUMMARY REPORT\nITEM I – OPENING\n1. Opened.\n2.\nWelcomed.\n\f3.\nSpoke.\n\fNext.\n4.\nAgreed.\n\f5.\nClosed.\n6.\nEnded.\n\f7.\nDone.\n",
			[]string{"1-7 s0", "Opened.", "Welcomed.", "Spoke. Next.", "Agreed.", "Closed.", "Ended.", "Done."}, nil},
		{"a word the document writes without a hyphen keeps its spelling",
			"ITEM I – OPENING\n1. The cooperation and the cooperation, not the co-operation, went on; paragraphs 1-3 and 13.\n",
			[]string{"1 s0", "The cooperation and the cooperation, not the co-operation, went on; paragraphs 1-3 and 13."}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := imp(t, c.in)
			got := append(structure(res.Report), paraTexts(res.Report)...)
			if !slices.Equal(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
			if c.check != nil {
				c.check(t, res)
			}
		})
	}
}

// TestInventedUNMisreads: misreads found by the invented UN reports
// (internal/invent's UNText), each cut down to the shape that showed it.
func TestInventedUNMisreads(t *testing.T) {
	const title = "Report of the Committee on its ninth session\n\n"
	cases := []struct {
		name, in string
		want     []string // structure, paragraph texts, then footnotes
	}{
		{"a footnote below a sentence that runs on to the next page",
			title + "\fECE/NRC/2024/2\n\nI.\n\nOpening\n1.\nThe Chair opened the session.1 It was noted that 42 Members had replied to the questionnaire,\n\n1\n\nSee ECE/NRC/2024/2, annex II.\n\n2\n\n\fECE/NRC/2024/2\n\ncompared with 31 before.\n\nII.\n\nClosing\n2.\nClosed.\n\n3\n\n",
			[]string{"1 s0", "2 s0", "The Chair opened the session.1 It was noted that 42 Members had replied to the questionnaire, compared with 31 before.", "Closed.", "1 See ECE/NRC/2024/2, annex II."}},
		{"a contents row's page number is no footnote",
			title + "Contents\n\nI.\n\nOpening ..........\n\n1–2\n\n2\n\nII.\n\nClosing ..........\n\n3\n\n2\n\n1\n\n\fECE/X/1\n\nI.\n\nOpening\n1.\nOpened.\n2.\nWelcomed.\n\nII.\n\nClosing\n3.\nClosed.\n\n2\n\n\fECE/X/1\n\nAnnex\nList of decisions\nNone.\n\n3\n\n",
			[]string{"1-2 s0", "3 s0", "Opened.", "Welcomed.", "Closed."}},
		{"a sub-section after an enumeration closed by a decision mark",
			title + "I.\n\nMatters\n\nA.\n\nReports\n1.\nThe Group identified:\n1) the cost;\n2) the data; and\n3) the staff.\n(Decision 2)\n\nB.\n\nReport of the 5th Meeting of the Working Group (PFCWG),\nheld in hybrid format on 2-3 February 2026\n2.\nThe secretariat introduced it.\n\nII.\n\nClosing\n3.\nClosed.\n",
			[]string{"1-2 s2", "3 s0", "The Group identified: 1) the cost; 2) the data; and 3) the staff. (Decision 2)", "The secretariat introduced it.", "Closed."}},
		{"a sub-section after a paragraph closed by a footnote mark",
			title + "I.\n\nElection\n1.\nThe Delegate asked about the next session.2\n\nA.\n\nUpdate of the Handbook\n2.\nDelegates spoke.\n\nII.\n\nClosing\n3.\nClosed.\n",
			[]string{"1-2 s1", "3 s0", "The Delegate asked about the next session.2", "Delegates spoke.", "Closed."}},
		{"a section title wrapped over five lines by a large heading font, and one ending in years",
			title + "I.\n\nOpening\n1.\nOpened.\n\nII. Report of the Working Group on\nthe Harmonisation of Data\nRequirements for Cross-Border\nElectronic Commerce and Postal\nTraffic\n2. Reported.\n\nIII. Programme of work for 2026-2027\nand priorities of the Committee\n3. Adopted.\n",
			[]string{"1 s0", "2 s0", "3 s0", "Opened.", "Reported.", "Adopted."}},
		{"a footnote's mark and number at a page's foot are no page number (LibreOffice PDF)",
			title + "I. Opening\n1. The Chair opened the session in 2019.1\n2. Welcomed.\n1\n\nSee annex III.\n\fII. Closing\n3. The session closed. 2\n2\n\nSee annex II.\n\fAnnex\nList of decisions\nNone.\n",
			[]string{"1-2 s0", "3 s0", "The Chair opened the session in 2019.1", "Welcomed.", "The session closed. 2", "1 See annex III.", "2 See annex II."}},
		{"the same footnote at the foot of two pages is no running footer",
			title + "I.\n\nOpening\n1.\nOpened.1\n\n1\n\nSee annex II of the report.\n\n2\n\n\fECE/X/1\n\n2.\nWelcomed.2\n\n2\n\nSee annex II of the report.\n\n3\n\n\fECE/X/1\n\nII.\n\nClosing\n3.\nClosed.\n\n4\n\n",
			[]string{"1-2 s0", "3 s0", "Opened.1", "Welcomed.2", "Closed.", "1 See annex II of the report.", "2 See annex II of the report."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := imp(t, c.in)
			got := append(structure(res.Report), paraTexts(res.Report)...)
			for _, n := range res.Report.Footnotes {
				got = append(got, n.Label+" "+n.Text)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestInventedMinutesMisreads: misreads found by the invented minutes
// (internal/invent's MinutesText), cut down.
func TestInventedMinutesMisreads(t *testing.T) {
	const title = "MINUTES OF THE 44TH MEETING OF THE COMMITTEE\n\n"
	cases := []struct {
		name, in string
		want     []string
	}{
		{"a conclusion after an unnumbered paragraph",
			title + "1. OPENING\n\nThe Chair opened the meeting.\n\nIn conclusion, the Committee:\n• approved the programme;\n• invited Members to report; and\n• discussed the way forward.\n\n2. FINANCE\n\nThe accounts were approved.\n\n3. CLOSING\n\nClosed.\n",
			[]string{"1-2 s0 c3", "3 s0", "4 s0", "The Chair opened the meeting.", "The accounts were approved.", "Closed."}},
		{"a decision mark on its own line stays with its paragraph",
			title + "1. OPENING\n\nThe Chair opened the meeting.\n(Decision 1)\n\nThe agenda was adopted.\n(Decision 2)\n\n2. FINANCE\n\nApproved.\n\n3. CLOSING\n\nClosed.\n",
			[]string{"1-2 s0", "3 s0", "4 s0", "The Chair opened the meeting. (Decision 1)", "The agenda was adopted. (Decision 2)", "Approved.", "Closed."}},
		{"a paragraph that runs over a page break",
			title + "1. OPENING\n\nOne delegate suggested that the guidance should address small\n\n1\n\n\fand medium-sized enterprises in particular.\n\nThe agenda was adopted.\n\n2. FINANCE\n\nApproved.\n\n3. CLOSING\n\nClosed.\n\n2\n\n",
			[]string{"1-2 s0", "3 s0", "4 s0", "One delegate suggested that the guidance should address small and medium-sized enterprises in particular.", "The agenda was adopted.", "Approved.", "Closed."}},
		{"a sub-item title wrapped over two lines",
			title + "1. OPENING\n\nOpened.\n\n2. REPORTS\n\n2.1 Report of the 5th Meeting of the Pre-Arrival Facilitation Working Group\n(PFCWG), held in hybrid format on 2-3 February 2026\n\nThe report was presented.\n\n2.2 Training\n\nTraining went on.\n\n3. CLOSING\n\nClosed.\n",
			[]string{"1 s0", "2-3 s2", "4 s0", "Opened.", "The report was presented.", "Training went on.", "Closed."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := imp(t, c.in)
			got := append(structure(res.Report), paraTexts(res.Report)...)
			if !slices.Equal(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}
