package invent

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/ingest"
)

// seeds is how many reports each round trip invents; -short takes fewer.
func seeds() int {
	if testing.Short() {
		return 4
	}
	return 24
}

// need skips the test when a tool is missing, except under CI=true, where
// the Makefile has installed it.
func need(t *testing.T, tools ...string) {
	t.Helper()
	for _, name := range tools {
		if Tool(name) != "" {
			continue
		}
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed (make deps installs it)", name)
		}
		t.Skipf("%s is not installed", name)
	}
}

// path is one way a report travels from the program to the importer.
type path struct {
	name string
	file func(seed int) string // the file the importer reads
	text func(seed int) []byte // or the text it reads
	// words, when set, names what may scramble a paragraph's words on this
	// path: the paragraphs' texts are then counted, not required; the
	// structure (items, ranges, sub-items, conclusions) still is.
	words string
	// known lists the seeds whose structure this path is known to misread,
	// with the reason: their difference is logged, and a seed that reads
	// exactly again fails the test until it is taken off the list.
	known map[int]string
}

// check imports what each path gives for every seed and compares its
// outline with the invented report's, part for part.
func check(t *testing.T, reports []*draft.Report, parts Parts, paths []path) {
	t.Helper()
	for _, p := range paths {
		exact, texts := 0, 0
		for seed, want := range reports {
			got, err := importPath(p, seed)
			if err != nil {
				t.Errorf("%s, seed %d: %v", p.name, seed, err)
				continue
			}
			structure := parts
			structure.Texts = false
			d := Diff(Outline(got.Report, structure), Outline(want, structure))
			if why, ok := p.known[seed]; ok {
				if d == "" {
					t.Errorf("%s, seed %d reads exactly now: take it off the known misreads (%s)", p.name, seed, why)
				} else {
					t.Logf("%s, seed %d: known misread (%s):\n%s", p.name, seed, why, d)
				}
				continue
			}
			if d != "" {
				t.Errorf("%s, seed %d: the import differs from the report:\n%s", p.name, seed, d)
				continue
			}
			exact++
			if d := Diff(Outline(got.Report, parts), Outline(want, parts)); d != "" {
				if p.words == "" {
					t.Errorf("%s, seed %d: the paragraphs' texts differ:\n%s", p.name, seed, d)
				} else {
					t.Logf("%s, seed %d: texts differ (%s):\n%s", p.name, seed, p.words, d)
				}
				continue
			}
			texts++
		}
		t.Logf("%-42s structure exact %2d/%d, texts exact %2d/%d", p.name, exact, len(reports), texts, len(reports))
	}
}

func importPath(p path, seed int) (*ingest.Result, error) {
	if p.file != nil {
		return ingest.ImportFile(p.file(seed))
	}
	text := p.text(seed)
	if d := os.Getenv("INVENT_KEEP"); d != "" {
		keep := strings.Map(func(r rune) rune {
			if r == ' ' || r == '/' || r == '→' || r == '…' {
				return '-'
			}
			return r
		}, p.name)
		_ = os.WriteFile(filepath.Join(d, fmt.Sprintf("%s-%02d.txt", keep, seed)), text, 0o644)
	}
	return ingest.Import(text)
}

// TestPTCRoundTrip invents PTC reports, writes them with our PDF and Word
// exporters, passes them through pdftotext (plain and -layout) and
// LibreOffice (the Word file re-saved, and its PDF), and imports each:
// items, ranges, sub-items, paragraphs, conclusions and annexes come back
// exactly.
func TestPTCRoundTrip(t *testing.T) {
	need(t, "pdftotext")
	dir := workDir(t)
	var reports []*draft.Report
	at := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	for seed := range seeds() {
		r := Report(uint64(seed), PTC)
		reports = append(reports, r)
		for _, ext := range []string{".pdf", ".docx"} {
			if err := export.WriteFile(filepath.Join(dir, name(seed)+ext), r, export.Options{Created: at}); err != nil {
				t.Fatal(err)
			}
		}
	}
	pdf := func(sub string, layout bool) func(int) []byte {
		return func(seed int) []byte {
			b, err := PDFToText(filepath.Join(dir, sub, name(seed)+".pdf"), layout)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	file := func(sub, ext string) func(int) string {
		return func(seed int) string { return filepath.Join(dir, sub, name(seed)+ext) }
	}
	paths := []path{
		{name: "PDF export → pdftotext", text: pdf("", false)},
		{name: "PDF export → pdftotext -layout", text: pdf("", true)},
		{name: "Word export", file: file("", ".docx")},
	}
	if Tool("soffice") != "" || os.Getenv("CI") == "true" {
		need(t, "soffice")
		var docs []string
		for seed := range reports {
			docs = append(docs, filepath.Join(dir, name(seed)+".docx"))
		}
		profile := filepath.Join(dir, "lo-profile")
		if err := Convert(profile, filepath.Join(dir, "lo"), "docx", docs...); err != nil {
			t.Fatal(err)
		}
		if err := Convert(profile, filepath.Join(dir, "lo"), "pdf", docs...); err != nil {
			t.Fatal(err)
		}
		paths = append(paths,
			path{name: "Word export → LibreOffice docx", file: file("lo", ".docx")},
			path{name: "Word export → LibreOffice PDF → pdftotext", text: pdf("lo", false),
				words: "pdftotext splits a justified line with wide gaps into columns"},
			path{name: "… → LibreOffice PDF → pdftotext -layout", text: pdf("lo", true)})
	}
	check(t, reports, Parts{Texts: true, Headings: true, Annexes: true}, paths)
}

// workDir is a temporary folder, or the folder INVENT_KEEP names, kept
// after the test to look at the files.
func workDir(t *testing.T) string {
	if d := os.Getenv("INVENT_KEEP"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

func name(seed int) string { return fmt.Sprintf("report-%02d", seed) }

// TestInventedReportsVary holds the generator to its promise: across the
// seeds, the reports have the parts the importer must read.
func TestInventedReportsVary(t *testing.T) {
	var five, cont, enum, dec, subs, shared, annex, committee bool
	for seed := range 24 {
		r := Report(uint64(seed), PTC)
		five = five || r.FirstParagraph >= 10000
		cont = cont || r.FirstItem > 1
		annex = annex || len(r.Annexes) > 0
		for _, it := range r.Items {
			subs = subs || len(it.SubItems) > 2
			for j := 1; j < len(it.SubItems); j++ {
				shared = shared || it.SubItems[j].Category == it.SubItems[j-1].Category
			}
			for _, p := range it.Paragraphs {
				enum = enum || strings.Contains(p.Text, ": i. ") || strings.Contains(p.Text, ": (a) ")
				dec = dec || strings.Contains(p.Text, "(Decision ")
			}
			committee = committee || it.Conclusion != nil && it.Conclusion.LeadIn == "In conclusion, the Committee:"
		}
	}
	for what, ok := range map[string]bool{"five-digit numbers": five, "a continuation": cont, "an enumeration": enum,
		"a decision mark": dec, "three sub-items": subs, "a shared category": shared, "an annex": annex, "the Committee's lead-in": committee} {
		if !ok {
			t.Errorf("no invented report has %s", what)
		}
	}
	if a, b := Outline(Report(7, PTC), All), Outline(Report(7, PTC), All); Diff(a, b) != "" {
		t.Errorf("the same seed gives two reports")
	}
}

// TestUNRoundTrip invents UN reports and reads them as pdftotext gives a
// UN document: sections "I.", numbers alone on their line, the symbol,
// job number and page number on every page, footnotes at the foot.
func TestUNRoundTrip(t *testing.T) {
	var reports []*draft.Report
	for seed := range seeds() {
		reports = append(reports, Report(uint64(seed), UN))
	}
	check(t, reports, All, []path{{name: "UN text (pdftotext)", text: func(seed int) []byte {
		return UNText(reports[seed], fmt.Sprintf("GE.24-%05d(E)", 10234+seed))
	}}})
}

// TestMinutesRoundTrip invents minutes (items 1, 2, 2.1, paragraphs
// without numbers) and reads them as pdftotext gives them.
func TestMinutesRoundTrip(t *testing.T) {
	var reports []*draft.Report
	for seed := range seeds() {
		reports = append(reports, Report(uint64(seed), Minutes))
	}
	check(t, reports, All, []path{{name: "minutes text (pdftotext)", text: func(seed int) []byte {
		return MinutesText(reports[seed])
	}}})
}

// TestWordRoundTrip writes invented PTC and UN reports as a secretariat's
// Word file (HTML turned into .docx by LibreOffice: Heading styles, list
// numbering, footnotes, presentation lines in Heading 3) and imports the
// .docx and the PDF LibreOffice makes of it, as pdftotext gives it.
func TestWordRoundTrip(t *testing.T) {
	need(t, "soffice", "pdftotext")
	dir := workDir(t)
	profile := filepath.Join(dir, "lo-profile")
	for _, h := range []House{PTC, UN} {
		var reports []*draft.Report
		var pages []string
		for seed := range seeds() {
			r := Report(uint64(seed), h)
			reports = append(reports, r)
			page := filepath.Join(dir, fmt.Sprintf("%s-%02d.html", h, seed))
			if err := os.WriteFile(page, HTML(r, h), 0o644); err != nil {
				t.Fatal(err)
			}
			pages = append(pages, page)
		}
		out := filepath.Join(dir, "word-"+h.String())
		if err := Convert(profile, out, "docx", pages...); err != nil {
			t.Fatal(err)
		}
		var docs []string
		for seed := range reports {
			docs = append(docs, filepath.Join(out, fmt.Sprintf("%s-%02d.docx", h, seed)))
		}
		if err := Convert(profile, out, "pdf", docs...); err != nil {
			t.Fatal(err)
		}
		pdf := func(layout bool) func(int) []byte {
			return func(seed int) []byte {
				b, err := PDFToText(filepath.Join(out, fmt.Sprintf("%s-%02d.pdf", h, seed)), layout)
				if err != nil {
					t.Fatal(err)
				}
				return b
			}
		}
		word := All
		word.NoMarks = true
		check(t, reports, word, []path{
			{name: h.String() + " Word (LibreOffice's XML)", file: func(seed int) string { return docs[seed] }}})
		// Known misreads of the full run (24 seeds), by house style.
		known := map[House]map[int]string{}[h]
		if testing.Short() {
			known = nil
		}
		columns := "pdftotext splits a justified line with wide gaps into columns, or sets a footnote mark apart"
		check(t, reports, All, []path{
			{name: h.String() + " Word → LibreOffice PDF → pdftotext", text: pdf(false), words: columns, known: known},
			{name: h.String() + " Word → LibreOffice PDF → pdftotext -layout", text: pdf(true), words: columns},
		})
	}
}
