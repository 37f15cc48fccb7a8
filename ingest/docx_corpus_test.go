package ingest

import (
	"archive/zip"
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/metrics"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// corpusDir returns ../shared/corpus/<name> above the test's directory, or
// skips the test when it is absent (fails it under CI=true).
func corpusDir(t *testing.T, name string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := dir; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "..", "shared", "corpus", name)
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return p
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("corpus %s not found in ../shared/corpus above %s (required under CI=true)", name, dir)
	}
	t.Skipf("corpus %s not found in ../shared/corpus above %s; skipping", name, dir)
	return ""
}

// corpusReports are the corpus files that are reports, and what their
// first item must be. 0377 is a UN working group's background report in
// UN house style ("BACKGROUND REPORT / THE WORKING GROUP ON INTERNET
// GOVERNANCE"): sections I–IV, lettered sub-sections, paragraphs numbered
// 1–286 (Word list numbering and typed numbers mixed, some paragraphs
// styled Heading 1 or 2 by mistake), an annex listing the group's members.
var corpusReports = map[string]string{
	"0377_dotnet_BackgroundReport_-_THE_WORKING_GROUP_ON_INTERNET_GOVERNANCE.docx": "Introduction",
}

// corpusReportShape is a corpus report's structure as read from the
// document itself (its index and its body's headings and numbers): each
// item's paragraph range and sub-item count, the items' and sub-items'
// titles' first words, the annexes.
type corpusReportShape struct {
	shape   []string // as structure writes it
	titles  []string // each item's title starts so
	subs    []string // every sub-item's title starts so, in order
	annexes []string // each annex's title starts so
}

var corpusReportShapes = map[string]corpusReportShape{
	"0377_dotnet_BackgroundReport_-_THE_WORKING_GROUP_ON_INTERNET_GOVERNANCE.docx": {
		// The document's own numbers: 228 is printed twice and 232 not at
		// all, so the count and the numbers part for three paragraphs of
		// section IV.B and meet again at 233.
		shape:  []string{"1-25 s0", "26-53 s2", "54-219 s4", "220-286 s8"},
		titles: []string{"Introduction", "Towards a working definition", "Identifying public policy issues", "Developing a common understanding"},
		subs: []string{"The need for a shared understanding", "Assessing the terms", // II.A–B
			"Issues relating to infrastructure", "Issues relating to the use", "Issues which are relevant", "Issues relating to developmental", // III.A–D
			"Introduction", "Types of governance", "Applying the WSIS criteria", "Assessing the actors", "Special considerations",
			"Impact of the private sector", "Civil society involvement", "A way forward"}, // IV.A–H
		annexes: []string{"The Working Group on Internet Governance"},
	},
}

// checkCorpusReport imports a corpus report and compares its structure
// with what reading the document gave.
func checkCorpusReport(t *testing.T, path string, want corpusReportShape) {
	t.Helper()
	res, err := ImportFile(path)
	if err != nil {
		t.Errorf("%s: %v", filepath.Base(path), err)
		return
	}
	r := res.Report
	var titles, subs, annexes []string
	for _, it := range r.Items {
		titles = append(titles, it.Title)
		for _, s := range it.SubItems {
			subs = append(subs, s.Title)
		}
	}
	for _, a := range r.Annexes {
		annexes = append(annexes, a.Title)
	}
	starts := func(got, want []string) bool {
		if len(got) != len(want) {
			return false
		}
		for i := range got {
			if !strings.HasPrefix(got[i], want[i]) {
				return false
			}
		}
		return true
	}
	name := filepath.Base(path)
	if got := structure(r); !slices.Equal(got, want.shape) {
		t.Errorf("%s: shape %q, want %q", name, got, want.shape)
	}
	if !starts(titles, want.titles) {
		t.Errorf("%s: items %q, want %q", name, titles, want.titles)
	}
	if !starts(subs, want.subs) {
		t.Errorf("%s: sub-items %q, want %q", name, subs, want.subs)
	}
	if !starts(annexes, want.annexes) {
		t.Errorf("%s: annexes %q, want %q", name, annexes, want.annexes)
	}
}

// corpusRefusals are corpus files that must be refused, and with what.
var corpusRefusals = map[string]string{
	"0065_apache_bug53475-password-is-pass.docx":     "password-protected: save it without a password first",
	"0066_apache_bug53475-password-is-solrcell.docx": "password-protected: save it without a password first",
	"0156_apache_protected_agile.docx":               "password-protected: save it without a password first",
	"0457_dotnet_document_with_password.docx":        "password-protected: save it without a password first",
	"0136_apache_stress025.docx":                     "not a Word document: its main part theme/theme/thememanager.xml",
	"0115_apache_truncated62886.docx":                "the .docx (zip) archive is damaged or incomplete",
}

// corpusRead are corpus files whose text must be read, and a piece of it:
// Word Online's main parts, a table with only a header row, text in a
// content control and in a text box.
var corpusRead = map[string]string{
	"0555_jgm_alternate_document_path.docx": "This is italic, bold, underlined", // word/document2.xml
	"0735_plutex_HelloWordOnline.docx":      "Hello World from Word Online",     // word/document22.xml
	"0655_jgm_table_one_header_row.docx":    "One Row Table",
	"0014_apache_60316.docx":                "Allison, Timothy B.", // a text box
	"0022_apache_Bug54771a.docx":            "Test Subtitle",       // content controls in a table
}

// Bounds of one corpus file's import.
const (
	corpusTimeout     = 30 * time.Second
	corpusHeapSlack   = 24 << 20 // the constant of the memory bound
	corpusHeapPerByte = 4        // times the uncompressed XML
)

// TestDocxCorpus imports every .docx of the corpus (972 real files from
// public test suites, one of them a report): no panic, no hang, peak heap
// within 4× the file's uncompressed XML plus a constant, none taken for a
// report except those listed, and those read as reports with the structure
// read from them. It logs how many files are read and which
// refusals the others get.
func TestDocxCorpus(t *testing.T) {
	dir := corpusDir(t, "docx")
	names := corpusManifest(t, dir)
	outcomes := map[string]int{}
	var worst struct {
		name       string
		peak, xml  int64
		ratio      float64
		maxPeak    int64
		maxPeakFor string
	}
	start := time.Now()
	for _, name := range names {
		path := filepath.Join(dir, name)
		xmlBytes := uncompressedXML(path)
		res := importMeasured(t, path)
		if res.panic != nil {
			t.Errorf("%s: panic: %v", name, res.panic)
			continue
		}
		if limit := corpusHeapPerByte*xmlBytes + corpusHeapSlack; res.peak > limit {
			t.Errorf("%s: peak heap %d bytes, more than 4 × %d bytes of XML + %d", name, res.peak, xmlBytes, corpusHeapSlack)
		}
		if res.peak > worst.maxPeak {
			worst.maxPeak, worst.maxPeakFor = res.peak, name
		}
		if xmlBytes > 1<<20 {
			if ratio := float64(res.peak) / float64(xmlBytes); ratio > worst.ratio {
				worst.name, worst.peak, worst.xml, worst.ratio = name, res.peak, xmlBytes, ratio
			}
		}
		outcomes[res.outcome]++
		if want, ok := corpusRefusals[name]; ok && !strings.Contains(res.outcome, want) {
			t.Errorf("%s: %s, want it refused: %s", name, res.outcome, want)
		}
		if want, ok := corpusRead[name]; ok {
			checkCorpusText(t, path, want)
		}
		want, isReport := corpusReports[name]
		switch {
		case res.items > 0 && !isReport:
			t.Errorf("%s: taken for a report with %d items, the first %q", name, res.items, res.first)
		case isReport && res.items == 0:
			t.Errorf("%s: %s, want it read as a report", name, res.outcome)
		case isReport && res.first != want:
			t.Errorf("%s: first item %q, want %q", name, res.first, want)
		}
		if shape, ok := corpusReportShapes[name]; ok {
			checkCorpusReport(t, path, shape)
		}
	}
	logOutcomes(t, outcomes, len(names))
	t.Logf("%d files in %v; largest peak heap %.1f MB (%s); worst ratio over files with > 1 MB of XML: %.2f× (%s, %.1f MB of XML)",
		len(names), time.Since(start).Round(time.Millisecond), float64(worst.maxPeak)/1e6, worst.maxPeakFor, worst.ratio, worst.name, float64(worst.xml)/1e6)
}

// checkCorpusText wants the Word reader to find want in the file's text.
func checkCorpusText(t *testing.T, path, want string) {
	doc, err := readDocxFile(path)
	if err != nil {
		t.Errorf("%s: %v", filepath.Base(path), err)
		return
	}
	var texts []string
	for _, q := range doc.paras {
		texts = append(texts, q.text)
	}
	if got := strings.Join(texts, " "); !strings.Contains(got, want) {
		t.Errorf("%s: text %.200q, want it to hold %q", filepath.Base(path), got, want)
	}
}

// corpusManifest returns the files MANIFEST.tsv lists, checking that each
// exists and that no .docx is left out of it.
func corpusManifest(t *testing.T, dir string) []string {
	f, err := os.Open(filepath.Join(dir, "MANIFEST.tsv"))
	if err != nil {
		t.Fatalf("corpus manifest: %v", err)
	}
	defer f.Close()
	var names []string
	listed := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, _, _ := strings.Cut(sc.Text(), "\t")
		if name == "file" || name == "" {
			continue
		}
		names = append(names, name)
		listed[name] = true
	}
	all, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
	for _, p := range all {
		if !listed[filepath.Base(p)] {
			t.Errorf("%s is not in MANIFEST.tsv", filepath.Base(p))
		}
	}
	if len(names) < 900 {
		t.Fatalf("MANIFEST.tsv lists %d files, want the 972 of the corpus", len(names))
	}
	return names
}

// corpusResult is what one file's import gave.
type corpusResult struct {
	outcome string // "report", "read: <why not a report>", "refused: <message>"
	items   int
	first   string
	peak    int64 // peak heap during the import, above the heap before it
	panic   any
}

// importMeasured imports path through File under a timeout, sampling the
// heap while it runs.
func importMeasured(t *testing.T, path string) corpusResult {
	runtime.GC()
	base := heapBytes()
	var peak atomic.Int64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			if h := heapBytes() - base; h > peak.Load() {
				peak.Store(h)
			}
			select {
			case <-stop:
				return
			case <-time.After(200 * time.Microsecond):
			}
		}
	}()
	done := make(chan corpusResult, 1)
	go func() {
		var res corpusResult
		defer func() {
			res.panic = recover()
			done <- res
		}()
		rep, _, err := File(path)
		res.outcome = corpusOutcome(err)
		if err == nil {
			res.items, res.first = len(rep.Items), rep.Items[0].Title
		}
	}()
	var res corpusResult
	select {
	case res = <-done:
	case <-time.After(corpusTimeout):
		t.Fatalf("%s: no result after %v (a hang?)", filepath.Base(path), corpusTimeout)
	}
	close(stop)
	<-sampled
	if h := heapBytes() - base; h > peak.Load() {
		peak.Store(h)
	}
	res.peak = peak.Load()
	return res
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

// heapBytes returns the bytes of heap objects, live and not yet collected.
func heapBytes() int64 {
	metrics.Read(heapSample)
	return int64(heapSample[0].Value.Uint64())
}

var pathInError = regexp.MustCompile(` \(in [^)]*\)`)

// corpusOutcome names an import's outcome for the count.
func corpusOutcome(err error) string {
	switch {
	case err == nil:
		return "taken for a report"
	case errors.Is(err, ErrNoItem):
		return "read: no agenda item (not a report)"
	case errors.Is(err, ErrNotReport):
		msg, _, _ := strings.Cut(pathInError.ReplaceAllString(err.Error(), ""), " (a report's title says")
		return "read: " + strings.TrimPrefix(msg, "ingest: ")
	}
	msg := pathInError.ReplaceAllString(err.Error(), "")
	if strings.Contains(msg, "shows no text") {
		return "read: " + strings.TrimPrefix(msg, "ingest: docx: ")
	}
	if i := strings.Index(msg, ": zip: "); i > 0 { // the zip package's detail varies
		msg = msg[:i]
	}
	return "refused: " + strings.TrimPrefix(msg, "ingest: docx: ")
}

// uncompressedXML returns the uncompressed size of the XML parts of a
// .docx, by its zip directory; 0 for a file that is no zip.
func uncompressedXML(path string) int64 {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return 0
	}
	defer zr.Close()
	var n int64
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			n += int64(f.UncompressedSize64)
		}
	}
	return n
}

func logOutcomes(t *testing.T, outcomes map[string]int, total int) {
	var keys []string
	for k := range outcomes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if outcomes[keys[i]] != outcomes[keys[j]] {
			return outcomes[keys[i]] > outcomes[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var b strings.Builder
	read := 0
	for _, k := range keys {
		if !strings.HasPrefix(k, "refused") {
			read += outcomes[k]
		}
		fmt.Fprintf(&b, "\n%5d  %s", outcomes[k], k)
	}
	t.Logf("%d files: %d read without error, %d refused:%s", total, read, total-read, b.String())
}
