package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"rapporteur/draft"
)

// The corpus: 78 pdftotext files of real UN, OIML and ITU documents in
// ../shared/corpus/text, read from the test, never copied. The expected
// structure below was taken by reading each document — its table of
// contents, its agenda as adopted and its body's headings — not from this
// importer's output.

// textCorpusDir returns the text corpus folder; outside CI a missing
// corpus skips the test, under CI=true it fails it (see corpusDir).
func textCorpusDir(t *testing.T) string {
	t.Helper()
	return corpusDir(t, "text")
}

// expectedDoc is what reading a corpus document gives: its kind, and per
// item the first word of its title (lower case, as a scan spells it) and
// its number of sub-items (-1: not checked, see the note).
type expectedDoc struct {
	kind  DocKind
	first []string
	subs  []int
	// paras gives, for some short items, the number of paragraphs the
	// minutes write under them (item number → count).
	paras map[int]int
}

// reports are the minutes and agendas among the corpus documents. Both the
// plain and the -layout text of each must import as read here.
var reports = map[string]expectedDoc{
	// ECE/TRADE/C/CEFACT/2018/1: annotated provisional agenda, 13 items,
	// item 7 with sub-items (a) to (c).
	"008_ECE_TRADE_C_CEFACT_2018_1E": {kind: KindAgenda,
		first: []string{"adoption", "elections", "matters", "bureau", "reports", "activities", "recommendations", "united", "advisory", "team", "future", "other", "adoption"},
		subs:  []int{0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0}},
	// ECE/AGAT/2020/INF.1: annotated provisional agenda, 8 items.
	"010_FINAL_Provisional_agenda_-_ECE_AGAT_2020_INF1": {kind: KindAgenda,
		first: []string{"adoption", "appointment", "panel", "panel", "vision", "future", "other", "adoption"},
		subs:  []int{0, 0, 0, 0, 0, 0, 0, 0}},
	// Minutes of the 17th CIML meeting (1980): items 1-16; 6.4 has a
	// scan's speck before it.
	"027_17CIML-1980-EN": {kind: KindReport,
		first: []string{"approval", "financial", "examination", "examination", "examination", "examination", "examination", "bureau", "implementation", "organization", "oiml", "sig", "report", "any", "da.te", "presidency"},
		subs:  []int{0, 2, 1, 0, 1, 6, 2, 1, 3, 0, 0, 0, 0, 0, 0, 0},
		paras: map[int]int{1: 1, 13: 1, 14: 1, 15: 1}},
	// 20th meeting (1984): items 1-10; 7.1-7.8 (7.6 scanned "7 .6.").
	"028_20CIML-1984-EN": {kind: KindReport,
		first: []string{"approval", "approval", "examination", "examination", "seventh", "implementation", "examination", "report", "other", "date"},
		subs:  []int{0, 0, 0, 0, 0, 0, 8, 0, 1, 0},
		paras: map[int]int{6: 1, 8: 1, 10: 1}},
	// 21st meeting (1986): items 1-16.
	"029_21CIML-1986-EN": {kind: KindReport,
		first: []string{"approval", "member", "financial", "bureau", "implementation", "planning", "work", "role", "developing", "relations", "oiml", "oiml", "oiml", "report", "preparation", "preparation"},
		subs:  []int{0, 2, 3, 3, 0, 3, 3, 0, 0, 3, 0, 0, 3, 0, 0, 0},
		paras: map[int]int{1: 1, 8: 1, 14: 1}},
	// 22nd meeting (1987): items 1-14; item 7's sub-items are lettered
	// "a) Bilateral …", item 13's lettered points are paragraphs.
	"030_22CIML-1987-EN": {kind: KindReport,
		first: []string{"approval", "member", "finance", "staff", "work", "work", "certification", "preparations", "developing", "categories", "oiml", "report", "liaison", "terminology"},
		subs:  []int{0, 2, 2, 0, 2, 3, 5, 3, 0, 0, 0, 0, 0, 0},
		paras: map[int]int{12: 1}},
	// 23rd meeting (1988): items 1-11; item 2's "a. The Committee …" are
	// lettered paragraphs, item 5's "a. Discussions …" headings.
	"031_23CIML-1988-EN": {kind: KindReport,
		first: []string{"minutes", "auditor's", "eighth", "work", "certification", "the", "report", "vice-presidency", "implementation", "any", "date"},
		subs:  []int{0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0},
		paras: map[int]int{7: 1, 10: 1}},
	// 25th meeting (1990): items 1-13.
	"032_25CIML-1990-EN": {kind: KindReport,
		first: []string{"approval", "member", "finance", "s", "certification", "working", "work", "long-term", "developing", "oiml", "report", "any", "date"},
		subs:  []int{0, 2, 2, 3, 3, 2, 4, 0, 0, 0, 0, 0, 0},
		paras: map[int]int{1: 1, 12: 1}},
	// 26th meeting (1991): items 1-15, numbers before titles without a
	// full stop ("1 APPROVAL OF THE MINUTES").
	"033_26CIML-1991-EN": {kind: KindReport,
		first: []string{"approval", "member", "financial", "staff", "certification", "procedures", "work", "liaison", "developing", "oiml", "report", "election", "preparations", "other", "date"},
		subs:  []int{0, 2, 2, 2, 3, 3, 3, 0, 0, 0, 0, 0, 0, 3, 0},
		paras: map[int]int{1: 1}},
	// 32nd meeting (1997): items 1-15.
	"034_32CIML-1997-EN": {kind: KindReport,
		first: []string{"approval", "member", "financial", "general", "actmties", "technical", "approval", "oiml", "liaisons", "developing", "biml", "report", "other", "future", "closure"},
		subs:  []int{0, 2, 2, 1, 0, 1, 0, 3, 4, 2, 2, 0, 2, 2, 0}},
	// 36th meeting (2001): items 1-18 as its contents lists them; item 14
	// writes its two appointments under lettered headings ("a) Mr. John
	// Birch"); item 18 ("Closure") runs into the decisions, numbered like
	// items: its sub-items are not checked.
	"037_36CIML-2001-EN": {kind: KindReport,
		first: []string{"approval", "implementation", "reexamination", "member", "financial", "presidential", "the", "technical", "oiml", "mutual", "iq", "report", "liaisons", "appointment", "future", "other", "adoption", "closure"},
		subs:  []int{0, 0, 0, 2, 2, 0, 2, 4, 3, 0, 0, 0, 2, 2, 3, 0, 0, -1}},
	// 37th meeting (2002): items 1-16 as its contents lists them; item 15's
	// lettered awards are not checked.
	"038_37CIML-2002-EN": {kind: KindReport,
		first: []string{"approval", "implementation", "1999–2002", "member", "financial", "presidential", "the", "technical", "oiml", "evolutions", "report", "liaisons", "election", "future", "other", "adoption"},
		subs:  []int{0, 0, 0, 2, 3, 0, 4, 4, 3, 4, 2, 3, 0, 3, -1, 0}},
	// 38th meeting (2003): items 1-20 as its contents lists them.
	"039_38CIML-2003-EN": {kind: KindReport,
		first: []string{"approval", "implementation", "member", "report", "presentation", "financial", "the", "oiml", "technical", "mutual", "oiml", "evolutions", "study", "report", "liaisons", "election", "future", "other", "adoption", "closure"},
		subs:  []int{0, 0, 2, 0, 0, 4, 4, 0, 5, 0, 3, 3, 0, 3, 4, 0, 3, 0, 0, 0},
		paras: map[int]int{1: 1, 2: 1}},
}

// notChecked are reports whose structure the scan garbles beyond reading:
// 035 (1999) prints item 1's number only in its contents, 036 (2000)
// repeats its agenda three times in its -layout text. They are imported
// (no panic, no hang, read as reports) but their structure is not checked.
var notChecked = map[string]bool{"035_34CIML-1999-EN": true, "036_35CIML-2000-EN": true}

// importBounded imports a file with a deadline and reports the bytes it
// allocated.
func importBounded(t *testing.T, path string) (*Result, uint64, error) {
	t.Helper()
	type out struct {
		res *Result
		err error
	}
	done := make(chan out, 1)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				t.Errorf("%s: panic %v\n%s", path, r, debug.Stack())
				done <- out{err: errors.New("panic")}
			}
		}()
		res, err := ImportFile(path)
		done <- out{res, err}
	}()
	select {
	case o := <-done:
		runtime.ReadMemStats(&after)
		return o.res, after.TotalAlloc - before.TotalAlloc, o.err
	case <-time.After(20 * time.Second):
		t.Fatalf("%s: import did not finish in 20 s", path)
	}
	return nil, 0, nil
}

func TestCorpus(t *testing.T) {
	dir := textCorpusDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 70 {
		t.Fatalf("%d corpus files, want 78", len(files))
	}
	seen := map[string]int{}
	for _, path := range files {
		name := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(path), ".txt"), ".layout")
		t.Run(filepath.Base(path), func(t *testing.T) {
			fi, _ := os.Stat(path)
			res, alloc, err := importBounded(t, path)
			// Allocation, not the peak: a generous bound that catches
			// anything quadratic.
			if limit := uint64(fi.Size())*60 + 16<<20; alloc > limit {
				t.Errorf("allocated %d bytes for %d bytes of text (limit %d)", alloc, fi.Size(), limit)
			}
			want, isReport := reports[name]
			if !isReport && !notChecked[name] {
				if err == nil {
					t.Fatalf("read as a %s with %d items; it is no report, minutes or agenda", res.Kind, len(res.Report.Items))
				}
				if !errors.Is(err, ErrNotReport) && !errors.Is(err, ErrNoItem) {
					t.Errorf("error %v, want ErrNotReport or ErrNoItem", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("import: %v", err)
			}
			if err := res.Report.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			data, _ := os.ReadFile(path)
			checkAccounted(t, string(data), res)
			if notChecked[name] {
				if res.Kind != KindReport {
					t.Errorf("kind %s, want report", res.Kind)
				}
				return
			}
			seen[name]++
			checkExpected(t, res, want)
		})
	}
	for name := range reports {
		if seen[name] != 2 {
			t.Errorf("%s: %d of its two texts checked", name, seen[name])
		}
	}
}

// checkExpected compares an import with what reading the document gave.
func checkExpected(t *testing.T, res *Result, want expectedDoc) {
	t.Helper()
	r := res.Report
	if res.Kind != want.kind {
		t.Errorf("kind %s, want %s", res.Kind, want.kind)
	}
	var got []string
	for _, it := range r.Items {
		w := strings.ToLower(strings.Trim(strings.Fields(it.Title + " -")[0], ",:;"))
		got = append(got, w)
	}
	if strings.Join(got, " ") != strings.Join(want.first, " ") {
		t.Errorf("items\n got %q\nwant %q", got, want.first)
		return
	}
	n := r.Numbering()
	for i, it := range r.Items {
		if s := want.subs[i]; s >= 0 && len(it.SubItems) != s {
			t.Errorf("item %d %q: %d sub-items, want %d", i+1, it.Title, len(it.SubItems), s)
		}
		if p, ok := want.paras[i+1]; ok && it.Count() != p {
			t.Errorf("item %d %q: %d paragraphs %q, want %d", i+1, it.Title, it.Count(), texts(it), p)
		}
		if want.kind == KindAgenda && it.Count() != 0 {
			t.Errorf("agenda item %d has paragraphs %s", i+1, n.Range(r, i))
		}
	}
	if want.kind == KindReport && r.Style.Headings != draft.HeadNumber {
		t.Errorf("style %+v, want items headed by numbers", r.Style)
	}
}
