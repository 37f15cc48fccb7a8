package ingest

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"rapporteur/draft"
)

// The shapes of the large test documents.
const (
	shapeReport = "report" // numbered paragraphs of one run each, as a typed report
	shapeRuns   = "runs"   // the same text in many short runs (edited text, spelling marks)
	shapeOne    = "one"    // a single paragraph holding all the text
)

// writeLargeDocx writes a Word report of about xmlBytes of document.xml to
// path, marked up as Word marks up a real one (revision IDs, run
// properties, list numbering for the paragraphs, Heading styles for the
// items): items of 40 numbered paragraphs of about 600 characters each,
// in the given shape. It returns the size of document.xml.
func writeLargeDocx(t testing.TB, path string, xmlBytes int, shape string) int64 {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	put := func(name, content string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, content)
	}
	put("_rels/.rels", relsPart(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>`))
	put("word/_rels/document.xml.rels", relsPart(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`+
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`))
	put("word/styles.xml", testListStyles)
	put("word/numbering.xml", testLists)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	cw := &countWriter{w: w}
	bw := bufio.NewWriterSize(cw, 1<<16)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>`)
	words := strings.Fields("the delegate of the committee informed members about the progress made on customs data exchange and recalled that the working group had agreed to review the guidance on risk management before the next session")
	if shape == shapeOne {
		bw.WriteString(`<w:p><w:r><w:t>ITEM I – ONE</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">1. `)
		for k := 0; cw.n+int64(bw.Buffered()) < int64(xmlBytes); k++ {
			bw.WriteString(words[k%len(words)])
			bw.WriteByte(' ')
		}
		bw.WriteString(`</w:t></w:r></w:p>`)
	}
	for n := 0; shape != shapeOne && cw.n+int64(bw.Buffered()) < int64(xmlBytes); n++ {
		if n%40 == 0 {
			fmt.Fprintf(bw, `<w:p w:rsidR="00A1%04X" w:rsidRDefault="00B2%04X"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>ITEM %s – AGENDA ITEM %d</w:t></w:r></w:p>`,
				n%65536, n%65536, draft.Roman(n/40%3999+1), n/40+1)
		}
		fmt.Fprintf(bw, `<w:p w:rsidR="00C3%04X" w:rsidRDefault="00D4%04X"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`+
			`<w:r w:rsidRPr="00E5%04X"><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">`, n%65536, n%65536, n%65536)
		for k := 0; k < 90; k++ {
			bw.WriteString(words[(n+k)%len(words)])
			bw.WriteByte(' ')
			if shape == shapeRuns && k%30 == 29 {
				fmt.Fprintf(bw, `</w:t></w:r><w:r w:rsidRPr="00F6%04X"><w:t xml:space="preserve">`, k)
			}
		}
		bw.WriteString(`end.</w:t></w:r></w:p>`)
	}
	bw.WriteString(`<w:sectPr/></w:body></w:document>`)
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return cw.n
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}

// memoryEnv names, for the child process of the memory tests, the file to
// import and what to do with it.
const memoryEnv = "RAPPORTEUR_DOCX_MEMORY_CHILD"

// TestDocxMemoryChild is the child process of TestDocxMemory: it imports
// the file named by memoryEnv (twice and compares the two reports, for
// "compare") and prints its peak heap and maximum resident set.
func TestDocxMemoryChild(t *testing.T) {
	arg := os.Getenv(memoryEnv)
	if arg == "" {
		t.Skip("run by TestDocxMemory")
	}
	mode, path, _ := strings.Cut(arg, ":")
	var peak atomic.Int64
	stop := make(chan struct{})
	go func() {
		tick := time.NewTicker(500 * time.Microsecond)
		defer tick.Stop()
		for {
			if h := heapBytes(); h > peak.Load() {
				peak.Store(h)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	if mode == "read" {
		doc, err := readDocxFile(path)
		if err != nil {
			t.Fatal(err)
		}
		close(stop)
		fmt.Printf("MEMORY peak=%d rss=%d ms=%d paragraphs=%d\n", peak.Load(), maxRSS(), time.Since(start).Milliseconds(), len(doc.paras))
		return
	}
	a, _, err := File(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode == "compare" {
		b, _, err := File(path)
		if err != nil {
			t.Fatal(err)
		}
		if c := draft.CompareByContent(a, b); len(c.Changes) != 0 {
			t.Fatalf("%d changes comparing a file with itself", len(c.Changes))
		}
	}
	took := time.Since(start)
	close(stop)
	fmt.Printf("MEMORY peak=%d rss=%d ms=%d paragraphs=%d\n", peak.Load(), maxRSS(), took.Milliseconds(), a.Numbering().Total())
}

// maxRSS returns the process's maximum resident set size in bytes.
func maxRSS() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Maxrss * 1024
}

// memoryRun runs the child on path and returns its peak heap and RSS.
func memoryRun(t *testing.T, mode, path string) (peak, rss int64, ms int, paras int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestDocxMemoryChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), memoryEnv+"="+mode+":"+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if rest, ok := strings.CutPrefix(l, "MEMORY "); ok {
			v := map[string]int64{}
			for _, f := range strings.Fields(rest) {
				k, n, _ := strings.Cut(f, "=")
				v[k], _ = strconv.ParseInt(n, 10, 64)
			}
			return v["peak"], v["rss"], int(v["ms"]), int(v["paragraphs"])
		}
	}
	t.Fatalf("child printed no figures:\n%s", out)
	return
}

// TestDocxMemory reads and imports large Word reports in a child process
// and checks the peak heap: the Word reader alone stays under 2.5× the
// document.xml, an import (reader and structure reader) under 4×, a
// comparison of two imports under 4× the XML of both, each plus a
// constant, in every shape. The documents are 16 MB by default;
// RAPPORTEUR_DOCX_MB sets another size (60 for the figure in the issue).
func TestDocxMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("large files")
	}
	mb := 16
	if v, err := strconv.Atoi(os.Getenv("RAPPORTEUR_DOCX_MB")); err == nil && v > 0 {
		mb = v
	}
	bound := map[string]float64{"read": 2.5, "import": 4, "compare": 8}
	for _, shape := range []string{shapeReport, shapeRuns, shapeOne} {
		path := filepath.Join(t.TempDir(), shape+".docx")
		size := writeLargeDocx(t, path, mb<<20, shape)
		for _, mode := range []string{"read", "import", "compare"} {
			if mode == "compare" && shape != shapeReport && mb < 60 {
				continue
			}
			peak, rss, ms, paras := memoryRun(t, mode, path)
			limit := int64(bound[mode]*float64(size)) + corpusHeapSlack
			t.Logf("%s, %s: %.1f MB document.xml (%d paragraphs): peak heap %.0f MB (%.2f× the XML), max RSS %.0f MB, %d ms",
				shape, mode, float64(size)/1e6, paras, float64(peak)/1e6, float64(peak)/float64(size), float64(rss)/1e6, ms)
			if peak > limit {
				t.Errorf("%s, %s: peak heap %d bytes, more than %.1f × %d + %d", shape, mode, peak, bound[mode], size, corpusHeapSlack)
			}
		}
	}
}
