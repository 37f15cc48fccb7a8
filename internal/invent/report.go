package invent

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"rapporteur/draft"
)

// House is the house style a report is invented in.
type House int

// The house styles Report invents.
const (
	PTC     House = iota // ITEM IV – TITLE, a. sub-items, categories, 37. Text
	UN                   // IV. Title sections, A. sub-sections, numbers on their own line
	Minutes              // 1. TITLE, 2.1 sub-items, unnumbered paragraphs
)

// String names the house style: "ptc", "un", "minutes".
func (h House) String() string {
	return [...]string{"ptc", "un", "minutes"}[h]
}

// gen holds the random source of one invented report.
type gen struct {
	rnd   *rand.Rand
	house House
	r     *draft.Report
	code  string // the working documents' series, e.g. "PC"
	dec   int    // the last decision mark's number
	notes int    // footnotes made so far
}

func (g *gen) n(k int) int           { return g.rnd.IntN(k) }
func (g *gen) chance(p float64) bool { return g.rnd.Float64() < p }
func (g *gen) pick(s []string) string {
	return s[g.rnd.IntN(len(s))]
}

// Report invents a report in house style h from seed: the same seed gives
// the same report. Its parts are those the importer must read exactly:
// items (some continuing another report, some numbered from five-digit
// paragraph numbers), sub-items with categories, documents and presenters,
// paragraphs with inner enumerations and decision marks, conclusions and
// annexes; a UN report has footnotes.
func Report(seed uint64, h House) *draft.Report {
	g := &gen{rnd: rand.New(rand.NewPCG(seed, uint64(h)+1)), house: h, r: draft.New()}
	g.meeting()
	// Minutes print no paragraph numbers: nothing in them says where a
	// continued report's numbers start.
	switch x := g.n(10); {
	case h == Minutes:
	case x < 2:
		g.r.FirstItem, g.r.FirstParagraph = 6+g.n(4), 40+g.n(60)
	case x < 4:
		// Five-digit numbers, below 65536: LibreOffice keeps a list's
		// start in 16 bits (a Word list starting at 92656 starts at 27120).
		g.r.FirstParagraph = 10000 + g.n(55000)
	}
	items := 3 + g.n(5)
	for i := range items {
		g.item(i, items)
	}
	for i := range g.n(3) {
		g.annex(i)
	}
	if h == Minutes {
		// Minutes number their items 1, 2, 3 and sub-items 2.1, and print
		// no paragraph numbers: the report says so, as the importer reads it.
		g.r.Style = draft.HouseStyle{Items: draft.ItemsArabic, SubItems: draft.SubDecimal,
			Headings: draft.HeadNumber, Paragraphs: draft.ParaUnnumbered}
	}
	return g.r
}

var bodies = []struct{ org, body, short, series, symbol string }{
	{"World Customs Organization", "Permanent Technical Committee", "PTC", "PC", "ECE/TRADE/C/CEFACT/2024/19"},
	{"International Harbour Cooperation Council", "Harbour Procedures Committee", "HPC", "HP", "ECE/HPC/2025/4"},
	{"Regional Rail Freight Organisation", "Technical Committee on Rolling Stock", "TCRS", "TR", "ECE/TRANS/WP.24/2023/7"},
	{"Economic Commission for Europe", "Committee on Northern River Cooperation", "NRC", "NR", "ECE/NRC/2024/2"},
	{"Organisation for Postal Data Exchange", "Working Party on Electronic Advance Data", "WPEAD", "PD", "UPU/WPEAD/2026/11"},
}

var venues = []string{"Brussels", "Geneva", "Lisbon", "Vienna", "Nairobi", "Montevideo", "Tbilisi"}

func (g *gen) meeting() {
	b := bodies[g.n(len(bodies))]
	g.code = b.series
	m := &g.r.Meeting
	m.Organization, m.Body, m.ShortName = b.org, b.body, b.short
	s := 100 + g.n(150)
	m.Sessions = fmt.Sprintf("%s/%s Sessions", ordinal(s), ordinal(s+1))
	d := 3 + g.n(20)
	m.Dates = fmt.Sprintf("%d-%d %s 20%d", d, d+2, g.pick([]string{"March", "April", "June", "October", "November"}), 23+g.n(4))
	m.Venue = g.pick(venues)
	m.DocCode = fmt.Sprintf("%s%04dE1", b.series, 100+g.n(900))
	m.Language = "E"
	switch g.house {
	case UN:
		m.Sessions = g.pick([]string{"Ninth session", "Twenty-first session", "Sixty-fourth session"})
		m.DocCode = b.symbol
		m.ShortName = ""
	case Minutes:
		m.Sessions = ordinal(10+g.n(40)) + " meeting"
	}
}

// ordinal writes 241st, 242nd, 243rd, 244th.
func ordinal(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return fmt.Sprint(n) + suf
}

var itemTitles = []string{
	"Opening of the session", "Adoption of the agenda", "Reports of the working bodies",
	"Digital port clearance", "Cross-border regulatory interconnectivity framework",
	"Report of the Working Group on the Harmonisation of Data Requirements for Cross-Border Electronic Commerce and Postal Traffic",
	"Capacity building and technical assistance", "Programme of work for 2026-2027 and priorities of the Committee",
	"Green customs and the environmental agenda", "Election of the Chairperson and the Vice-Chairpersons",
	"Dates and venue of the next session", "Any other business", "Upcoming events",
	"Matters arising from the 47th session of the Council and from the meetings of its subsidiary bodies held since the last session",
}

var subTitles = []string{
	"Report of the 9th Meeting of the Tariff Data Group, 12-13 November 2025",
	"Oral report on the Port Community Systems Forum",
	"Update of the Data Model Handbook",
	"Report of the 5th Meeting of the Pre-Arrival Facilitation Working Group (PFCWG), held in hybrid format on 2-3 February 2026",
	"Single submission of arrival data", "Training for port and border staff",
	"Revised terms of reference of the Project Team", "Survey on the use of artificial intelligence",
	"Draft recommendation on electronic certificates of origin",
}

var presenters = []string{
	"Presentation by Norway", "Presentation by Türkiye", "Presentation by the European Union (EU)",
	"Presentation by the United States (U.S.) – updates on the data pilots", "Opening remarks by the Secretary General",
	"Presentation by the Private Sector Consultative Group (PSCG)", "Statement by the delegate of Côte d’Ivoire",
}

var countries = []string{"Norway", "Türkiye", "Brazil", "Japan", "Kenya", "Mexico", "Georgia", "Canada", "Indonesia", "Morocco"}

var sentences = []string{
	"The Secretariat introduced Doc. %D, which set out the progress made since the last session.",
	"The Delegate of %C thanked the Secretariat for the comprehensive document and welcomed the direction of the work.",
	"Several delegates stressed the importance of aligning the instrument with existing international standards.",
	"In 2025 the Working Group held four virtual meetings and one meeting in person.",
	"The Chairperson recalled that the matter had been discussed at length at the previous session.",
	"The Delegate of %C asked whether the revised text would be circulated to Members for comments before the next session.",
	"Replying, the Secretariat explained that a consolidated version would be issued in the autumn.",
	"One delegate suggested that the guidance should address small and medium-sized enterprises in particular.",
	"The representative of the private sector welcomed the initiative and offered to share the results of a recent pilot.",
	"The Committee was informed that the report of the meeting had been published on the website.",
	"It was noted that 42 Members had replied to the questionnaire, compared with 31 in the previous cycle.",
	"The Delegate of %C described the national single window, which had been in operation since 2019.",
}

var enumIntros = []string{
	"The Secretariat summarised the responses, noting that three themes had emerged from the replies provided:",
	"The Delegate of %C proposed the following amendments:",
	"The Working Group identified the following priorities for the coming year:",
	"Delegates raised several points, including:",
}

var enumPoints = []string{
	"the need for a common risk profile shared by all border agencies",
	"the cost of implementation for smaller administrations",
	"the protection of personal data exchanged between administrations",
	"closer cooperation with the private sector",
	"a timetable for the pilot projects in 2026",
	"the translation of the guidance into French and Spanish",
}

var bulletTexts = []string{
	"took note of the reports from the relevant meetings and conferences",
	"took note, with thanks, of the presentations by %C and %C",
	"endorsed the report from the 5th Meeting of the Working Group",
	"provided guidance on the revised terms of reference",
	"discussed the way forward on the draft recommendation",
	"agreed to continue the work intersessionally",
	"asked the Secretariat to circulate the revised text to Members",
	"adopted the agenda as contained in Doc. %D",
	"approved the programme of work for 2026-2027",
	"invited Members to share their national experiences",
}

// fill replaces %C with a country and %D with a document code.
func (g *gen) fill(s string) string {
	for strings.Contains(s, "%C") {
		s = strings.Replace(s, "%C", g.pick(countries), 1)
	}
	for strings.Contains(s, "%D") {
		s = strings.Replace(s, "%D", g.doc(), 1)
	}
	return s
}

// doc invents a working document's code: "PC0733Ea".
func (g *gen) doc() string {
	d := fmt.Sprintf("%s%04dE", g.code, 700+g.n(200))
	if g.chance(0.5) {
		d += string(rune('a' + g.n(4)))
	}
	return d
}

func (g *gen) title(s string) string {
	if g.house == PTC || g.house == Minutes && g.chance(0.5) {
		return strings.ToUpper(s)
	}
	return s
}

func (g *gen) item(i, n int) {
	var t string
	switch {
	case i == 0:
		t = itemTitles[0]
	case i == n-1:
		t = g.pick([]string{"Any other business", "Dates and venue of the next session", "Upcoming events"})
	default:
		t = itemTitles[1+g.n(len(itemTitles)-1)]
		for g.house == Minutes && strings.Count(t, " ") > 9 {
			// Minutes head their items in a few words ("2. Finance"); a
			// long heading wrapped in small letters reads as a sentence.
			t = itemTitles[1+g.n(len(itemTitles)-1)]
		}
	}
	it, _ := g.r.InsertItem(len(g.r.Items), g.title(t))
	ptc := g.house == PTC
	if ptc && g.chance(0.3) {
		it.Presentations = append(it.Presentations, draft.Presentation{Text: g.pick(presenters)})
	}
	if g.house != Minutes && i > 0 && g.chance(0.6) {
		for j := range 1 + g.n(3) {
			g.sub(it, j)
		}
	} else if g.house == Minutes && g.chance(0.4) {
		for j := range 2 + g.n(2) {
			g.sub(it, j)
		}
	}
	if ptc && len(it.SubItems) == 0 && g.chance(0.7) {
		it.Category = draft.Categories[g.n(len(draft.Categories))]
		if g.chance(0.5) {
			it.Docs = append(it.Docs, g.doc())
		}
	}
	g.paragraphs(it)
	if g.house != Minutes || g.chance(0.5) {
		g.conclusion(it)
	}
}

func (g *gen) sub(it *draft.Item, j int) {
	cat := draft.Category("")
	if g.house == PTC {
		cat = draft.Categories[g.n(len(draft.Categories))]
		if j > 0 && g.chance(0.4) {
			cat = it.SubItems[j-1].Category // one category line over two sub-items
		}
	}
	var t string
	for {
		t = g.pick(subTitles)
		if !slicesHasTitle(it, t) {
			break
		}
	}
	s, _ := g.r.InsertSubItem(it, len(it.SubItems), t, cat)
	if g.house != PTC {
		return
	}
	for range g.n(3) {
		s.Docs = append(s.Docs, g.doc())
	}
	for range g.n(3) {
		p := g.pick(presenters)
		if !hasPresentation(s.Presentations, p) {
			s.Presentations = append(s.Presentations, draft.Presentation{Text: p})
		}
	}
}

func slicesHasTitle(it *draft.Item, t string) bool {
	for _, s := range it.SubItems {
		if s.Title == t {
			return true
		}
	}
	return false
}

func hasPresentation(ps []draft.Presentation, t string) bool {
	for _, p := range ps {
		if p.Text == t {
			return true
		}
	}
	return false
}

// paragraphs writes one to five paragraphs under the item, those under its
// sub-items in their order, a few on the item as a whole first.
func (g *gen) paragraphs(it *draft.Item) {
	subs := []draft.ID{0}
	if len(it.SubItems) > 0 {
		subs = nil
		if g.chance(0.3) {
			subs = append(subs, 0)
		}
		for _, s := range it.SubItems {
			subs = append(subs, s.ID)
		}
	}
	for _, sub := range subs {
		for range 1 + g.n(3) {
			_, _ = g.r.InsertParagraph(it, len(it.Paragraphs), sub, g.paragraph())
		}
	}
}

// paragraph invents a paragraph's text: sentences, perhaps an inner
// enumeration after a colon, perhaps a decision mark or a footnote mark.
func (g *gen) paragraph() string {
	var parts []string
	for range 1 + g.n(4) {
		parts = append(parts, g.fill(g.pick(sentences)))
	}
	if g.chance(0.35) {
		parts = append(parts, g.enumeration())
		if g.chance(0.5) {
			parts = append(parts, g.fill(g.pick(sentences)))
		}
	}
	text := strings.Join(parts, " ")
	if g.house == UN && g.chance(0.2) {
		g.notes++
		text = strings.TrimSuffix(text, ".") + "." + fmt.Sprint(g.notes)
		g.r.Footnotes = append(g.r.Footnotes, draft.Footnote{Label: fmt.Sprint(g.notes),
			Text: fmt.Sprintf("See %s, annex %s.", g.r.Meeting.DocCode, draft.Roman(1+g.n(3)))})
	}
	if g.house != PTC && g.chance(0.25) || g.house == PTC && g.chance(0.08) {
		g.dec++
		text += fmt.Sprintf(" (Decision %d)", g.dec)
	}
	return text
}

// enumeration writes an introduction ending in a colon and two to four
// points labelled i./ii., (a)/(b) or 1)/2).
func (g *gen) enumeration() string {
	n := 2 + g.n(3)
	kind := g.n(3)
	var b strings.Builder
	b.WriteString(g.fill(g.pick(enumIntros)))
	used := map[string]bool{}
	for k := range n {
		var label string
		switch kind {
		case 0:
			label = strings.ToLower(draft.Roman(k+1)) + "."
		case 1:
			label = "(" + string(rune('a'+k)) + ")"
		default:
			label = fmt.Sprint(k+1) + ")"
		}
		p := g.pick(enumPoints)
		for used[p] {
			p = g.pick(enumPoints)
		}
		used[p] = true
		end := ";"
		switch k {
		case n - 2:
			end = "; and"
		case n - 1:
			end = "."
		}
		b.WriteString(" " + label + " " + p + end)
	}
	return b.String()
}

func (g *gen) conclusion(it *draft.Item) {
	c := g.r.AddConclusion(it)
	if g.house != PTC || g.chance(0.2) {
		c.LeadIn = "In conclusion, the Committee:"
	}
	used := map[string]bool{}
	for range 1 + g.n(4) {
		b := g.pick(bulletTexts)
		for used[b] {
			b = g.pick(bulletTexts)
		}
		used[b] = true
		_, _ = g.r.InsertBullet(c, len(c.Bullets), g.fill(b))
	}
}

var annexes = []struct{ title, body string }{
	{"List of participants", "Members: Brazil, Canada, Georgia, Japan, Kenya, Mexico, Norway, Türkiye.\n\nObservers: the Private Sector Consultative Group."},
	{"Statement received from a delegation", "The delegation thanked the Chairperson for the conduct of the session and looked forward to the next one."},
	{"List of decisions", "Decision 1: adoption of the agenda.\n\nDecision 2: programme of work."},
}

func (g *gen) annex(i int) {
	a := annexes[i]
	_, _ = g.r.InsertAnnex(len(g.r.Annexes), g.title(a.title), a.body)
}
