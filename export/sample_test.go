package export

import (
	"fmt"
	"strings"
	"testing"

	"rapporteur/draft"
)

// sampleReport builds, through the draft editing API, a small report with
// every part the PDF shows: meeting details, items with and without
// categories, grouped sub-items with documents, presentations and points,
// paragraphs under sub-items and under the item, conclusions and annexes,
// with accented Latin, Greek, Cyrillic, curly quotes, dashes and bullets.
func sampleReport(t testing.TB) *draft.Report {
	t.Helper()
	r := draft.New()
	r.Meeting = draft.Meeting{
		Organization: "World Customs Organization", Body: "Permanent Technical Committee",
		ShortName: "PTC", Sessions: "251st/252nd Sessions", Dates: "3-5 March 2031",
		Venue: "Brussels", DocCode: "PC0999E1", Language: "E",
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	opening, err := r.InsertItem(0, "Opening of the meeting")
	must(err)
	opening.Presentations = []draft.Presentation{{Text: "Opening remarks by Ana Treviño Ruiz, Deputy Secretary General"}}
	para(t, r, opening, 0, "The Chairperson welcomed the delegates of Türkiye, Ελλάδα and Україна to the “Sessions” – the first held in the new building – and thanked the host for the arrangements. The list of participants is set out in Annex I hereto.")
	conclude(t, r, opening, "took note of the opening remarks by Ana Treviño Ruiz")

	agenda, err := r.InsertItem(1, "Adoption of the agenda")
	must(err)
	agenda.Docs = []string{"PC0990E (version c)"}
	para(t, r, agenda, 0, "The Chairperson introduced the draft Agenda set out in Doc. PC0990E (version c) and noted that under item III the Secretariat would report on the pilot — a change requested by Members’ delegates.")
	conclude(t, r, agenda, "adopted the draft Agenda")

	reports, err := r.InsertItem(2, "Reports and updates")
	must(err)
	a, err := r.InsertSubItem(reports, 0, "Report from the 90th Session of the Policy Commission", "For information only")
	must(err)
	_, err = r.InsertSubItem(reports, 1, "Report from the 143rd/144th Sessions of the Council", "For information only")
	must(err)
	c, err := r.InsertSubItem(reports, 2, "Report from the 7th Meeting of the Working Group on Data (WGD)", "For decision")
	must(err)
	c.Attachments = []string{"WGD Work Programme 2031-2033"}
	c.Docs = []string{"PC0991Ea"}
	d, err := r.InsertSubItem(reports, 3, "Pilot on electronic certificates", "To take note, for discussion")
	must(err)
	d.Presentations = []draft.Presentation{{Text: "Presentation by Türkiye"}, {Text: "Presentation by the Российская Федерация"}}
	para(t, r, reports, 0, "The Secretariat introduced the reports grouped under this item, explaining that sub-items a and b were submitted for information only, while the report of the Working Group on Data required the endorsement of the PTC.")
	p, err := r.InsertParagraph(reports, 1, d.ID, longText(3))
	must(err)
	_ = p
	para(t, r, reports, 2, "The delegate of Ελλάδα said that the “single window” approach had shortened clearance times; the delegate of Србија agreed.")
	_ = a
	conclude(t, r, reports, "took note of the reports from the relevant meetings",
		"endorsed the report from the 7th Meeting of the WGD, including its Work Programme 2031-2033",
		"took note, with thanks, of the presentations by Türkiye and the Российская Федерация")

	empty, err := r.InsertItem(3, "Any other business")
	must(err)
	empty.Category = "For discussion"
	_, err = r.InsertAnnex(0, "List of participants", "Delegates of Members: Türkiye; Ελλάδα; Україна.\n\nObservers: the “Trade Association” – Brussels.")
	must(err)
	_, err = r.InsertAnnex(1, "Statements", longText(2)+"\n\n"+longText(1))
	must(err)
	return r
}

// para appends a paragraph under the item as a whole.
func para(t testing.TB, r *draft.Report, it *draft.Item, at int, text string) {
	t.Helper()
	if _, err := r.InsertParagraph(it, at, 0, text); err != nil {
		t.Fatal(err)
	}
}

// conclude gives the item a conclusion with the bullets.
func conclude(t testing.TB, r *draft.Report, it *draft.Item, bullets ...string) {
	t.Helper()
	c := r.AddConclusion(it)
	for k, s := range bullets {
		if _, err := r.InsertBullet(c, k, s); err != nil {
			t.Fatal(err)
		}
	}
}

// longText returns n sentences of made-up discussion, numbered so that
// each is distinct.
func longText(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "In sentence %d the delegates discussed how the electronic exchange of certificates between administrations could be extended to further partners, which safeguards would be needed for the data exchanged, and how the experience of the pilot could inform the guidance the Committee would provide next year.", i)
	}
	return b.String()
}
