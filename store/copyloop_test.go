package store

import (
	"bufio"
	"errors"
	"fmt"
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

// lastEdit returns the working copy of the report at path and the highest
// edit number any of its paragraphs holds (see editText), -1 for none.
func lastEdit(path string) (*draft.Report, int, error) {
	f, err := OpenReadOnly(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	r, err := f.Load()
	if err != nil {
		return nil, 0, err
	}
	last := -1
	for _, p := range flat(r) {
		if rest, ok := strings.CutPrefix(p.Text, "edit "); ok {
			n, _ := strconv.Atoi(rest[:strings.Index(rest, ":")])
			last = max(last, n)
		}
	}
	return r, last, nil
}

// TestCopyWhileSaving copies the .rap alone, again and again, while
// another process saves edits to it as fast as it can: every copy opens
// and holds every save acknowledged before the copy began (issue 12: a
// copy of the file, to mail it, is the report as saved).
func TestCopyWhileSaving(t *testing.T) {
	saves := 300 // copy until the other process has saved this many times
	if testing.Short() {
		saves = 60
	}
	if s := os.Getenv("STORE_COPY_SAVES"); s != "" {
		saves, _ = strconv.Atoi(s)
	}
	orig := bigReport(t, 6, 5)
	path := newFile(t, orig)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), editEnv+"="+path+":0")
	out, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	defer func() { cmd.Process.Signal(syscall.SIGKILL); cmd.Wait() }()
	var ack, started atomic.Int64 // the last save acknowledged, the last begun
	ack.Store(-1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if s, ok := strings.CutPrefix(sc.Text(), "s"); ok {
				if n, err := strconv.Atoi(s); err == nil {
					started.Store(int64(n))
				}
			} else if n, err := strconv.Atoi(sc.Text()); err == nil {
				ack.Store(int64(n))
			}
		}
	}()
	for ack.Load() < 5 {
		time.Sleep(time.Millisecond)
	}
	dir := t.TempDir()
	torn, copies := 0, 0
	for i := 0; ack.Load() < int64(saves); i++ {
		copies++
		before := int(ack.Load())
		data, err := os.ReadFile(path)
		must(t, err)
		after := int(ack.Load())
		cp := filepath.Join(dir, fmt.Sprintf("copy%d.rap", i))
		must(t, os.WriteFile(cp, data, 0o644))
		r, got, err := lastEdit(cp)
		// A save begun and not acknowledged before the read may have been
		// writing its pages during it, even if acknowledged only later: its
		// "s" line was printed before its first page was written, and is
		// read by now (lastEdit took milliseconds).
		inFlight := after > before || started.Load() > int64(before)
		if errors.Is(err, ErrCorrupt) && inFlight { // read during a save's page writes
			torn++
			t.Logf("copy %d (saves %d…%d): %v", i, before, after, err)
			continue
		}
		if err != nil {
			t.Fatalf("copy %d, made after save %d: %v", i, before, err)
		}
		if got < before {
			t.Fatalf("copy %d holds edit %d; save %d was acknowledged before it was made", i, got, before)
		}
		checkEdits(t, flat(orig), flat(r), got) // the whole state after edit got, nothing half-written
		if names := dirFiles(t, path); len(names) > 2 {
			t.Fatalf("beside the report while it is saved: %q", names)
		}
	}
	t.Logf("%d copies of the .rap alone during %d saves; %d read while a save wrote its pages", copies, ack.Load(), torn)
	if torn > copies/20 {
		t.Errorf("%d of %d copies were torn", torn, copies)
	}
}
