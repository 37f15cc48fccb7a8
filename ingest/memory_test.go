package ingest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"rapporteur/internal/fixture"
)

// largeText writes a report of about size bytes made of the fixture's body
// repeated, items ("ITEM 4017 – …", in Arabic past the Roman numerals) and
// paragraphs renumbered to run on (paragraph numbers reach five digits),
// and returns its path and item and paragraph counts.
func largeText(tb testing.TB, size int) (string, int, int) {
	tb.Helper()
	raw := string(fixture.Read(tb, fixture.Name))
	body := raw[strings.Index(raw, "ITEM I "):]
	itemRE := regexp.MustCompile(`(?m)^(\s*ITEM )([IVXLC]+)( )`)
	paraRE := regexp.MustCompile(`(?m)^(\s*)(\d{1,2})(\. )`)
	path := filepath.Join(tb.TempDir(), "large.txt")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	items, paras, written := 0, 0, 0
	for written < size {
		next := 1
		chunk := itemRE.ReplaceAllStringFunc(body, func(m string) string {
			items++
			sm := itemRE.FindStringSubmatch(m)
			return sm[1] + strconv.Itoa(items) + sm[3]
		})
		chunk = paraRE.ReplaceAllStringFunc(chunk, func(m string) string {
			sm := paraRE.FindStringSubmatch(m)
			if sm[2] != strconv.Itoa(next) {
				return m
			}
			next++
			paras++
			return sm[1] + strconv.Itoa(paras) + sm[3]
		})
		n, err := f.WriteString(chunk + "\n")
		if err != nil {
			tb.Fatal(err)
		}
		written += n
	}
	return path, items, paras
}

// TestLargeTextMemory imports a generated 60 MB report in a child process
// and checks its peak memory: under four times the input plus a constant.
func TestLargeTextMemory(t *testing.T) {
	if path := os.Getenv("INGEST_MEMORY_CHILD"); path != "" {
		memoryChild(path)
		return
	}
	if testing.Short() {
		t.Skip("generates and imports 60 MB")
	}
	path, items, paras := largeText(t, 60<<20)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestLargeTextMemory$")
	cmd.Env = append(os.Environ(), "INGEST_MEMORY_CHILD="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	var gotItems, gotParas int
	var peakRSS, baseRSS, peakHeap int64
	if _, err := fmt.Sscanf(lastLine(string(out), "memory:"), "memory: %d items %d paragraphs rss %d base %d heap %d", &gotItems, &gotParas, &peakRSS, &baseRSS, &peakHeap); err != nil {
		t.Fatalf("child output %q: %v", out, err)
	}
	if gotItems != items || gotParas != paras {
		t.Errorf("read %d items, %d paragraphs; want %d, %d", gotItems, gotParas, items, paras)
	}
	limit := 4*fi.Size() + 64<<20
	t.Logf("input %d MB: peak RSS %d MB over a base of %d MB, peak live heap %d MB (limit %d MB)",
		fi.Size()>>20, (peakRSS-baseRSS)>>20, baseRSS>>20, peakHeap>>20, limit>>20)
	if peakRSS-baseRSS > limit {
		t.Errorf("import took %d MB, more than %d MB", (peakRSS-baseRSS)>>20, limit>>20)
	}
}

func lastLine(out, prefix string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}

// memoryChild imports path and prints what it read and its peak memory.
func memoryChild(path string) {
	runtime.GC()
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	base := ru.Maxrss * 1024
	stop := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		var m runtime.MemStats
		var top uint64
		for {
			select {
			case <-stop:
				peak <- top
				return
			default:
			}
			runtime.ReadMemStats(&m)
			top = max(top, m.HeapAlloc)
			runtime.Gosched()
		}
	}()
	res, err := ImportFile(path)
	close(stop)
	heap := <-peak
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	fmt.Printf("memory: %d items %d paragraphs rss %d base %d heap %d\n", len(res.Report.Items), res.Report.Numbering().Total(), ru.Maxrss*1024, base, heap)
}

func BenchmarkImportLarge(b *testing.B) {
	path, _, _ := largeText(b, 60<<20)
	fi, _ := os.Stat(path)
	b.SetBytes(fi.Size())
	for b.Loop() {
		if _, err := ImportFile(path); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDebugLargeHeap(t *testing.T) {
	if os.Getenv("HEAPPROF") == "" {
		t.Skip()
	}
	path, _, _ := largeText(t, 60<<20)
	res, err := ImportFile(path)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	f, _ := os.Create(os.Getenv("HEAPPROF"))
	pprof.WriteHeapProfile(f)
	f.Close()
	runtime.KeepAlive(res)
}
