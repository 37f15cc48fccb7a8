package store

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"rapporteur/draft"
)

const editEnv = "STORE_TEST_EDIT" // path:first edit number

// editText is the text of edit number i: long, so that a half-written
// paragraph would show.
func editText(i int) string {
	return fmt.Sprintf("edit %d: ", i) + strings.Repeat("lorem ipsum ", 30+i%50) + "end."
}

// flat lists the report's paragraphs in order.
func flat(r *draft.Report) []*draft.Paragraph {
	var out []*draft.Paragraph
	for _, it := range r.Items {
		out = append(out, it.Paragraphs...)
	}
	return out
}

// editForever is the child process of TestKillWhileEditing: it edits
// paragraph i mod n with edit i, prints "s" and i as the save starts, saves,
// and prints i once saved.
func editForever(arg string) int {
	path, from, _ := strings.Cut(arg, ":")
	i, _ := strconv.Atoi(from)
	f, err := Open(path)
	if err != nil {
		fmt.Println(err)
		return 1
	}
	r, err := f.Load()
	if err != nil {
		fmt.Println(err)
		return 1
	}
	ps := flat(r)
	for ; ; i++ {
		p := ps[i%len(ps)]
		p.Text = editText(i)
		fmt.Printf("s%d\n", i)
		if i%3 == 0 {
			err = f.SaveParagraph(p)
		} else {
			err = f.Save(r)
		}
		if err != nil {
			fmt.Println(err)
			return 1
		}
		fmt.Println(i)
	}
}

// killed runs editForever from edit first, kills it after delay and
// returns the last edit it acknowledged (first-1 if none).
func killed(t *testing.T, path string, first int, delay time.Duration) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%s:%d", editEnv, path, first))
	out, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	time.AfterFunc(delay, func() { cmd.Process.Signal(syscall.SIGKILL) })
	ack := first - 1
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "s") {
			continue // a save starts
		}
		n, err := strconv.Atoi(sc.Text())
		if err != nil {
			t.Fatalf("child: %s", sc.Text())
		}
		ack = n
	}
	cmd.Wait()
	return ack
}

func TestKillWhileEditing(t *testing.T) {
	kills := 25
	if testing.Short() {
		kills = 5
	}
	if s := os.Getenv("STORE_KILLS"); s != "" {
		kills, _ = strconv.Atoi(s)
	}
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 1))
	orig := bigReport(t, 6, 5)
	path := newFile(t, orig)
	f, err := Open(path)
	must(t, err)
	_, err = f.Freeze(orig, "before the crashes", fixedTime)
	must(t, err)
	frozen := versionRows(t, f.conn)
	must(t, f.Close())

	ack, survived := -1, 0
	for k := 0; k < kills; k++ {
		delay := time.Duration(20+rng.IntN(150)) * time.Millisecond
		ack = killed(t, path, ack+1, delay)
		f, err := Open(path)
		if err != nil {
			t.Fatalf("after kill %d (seed %d): %v", k+1, seed, err)
		}
		var ok string
		must(t, f.conn.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&ok))
		if ok != "ok" {
			t.Fatalf("after kill %d: integrity_check: %s", k+1, ok)
		}
		r, err := f.Load()
		must(t, err)
		checkEdits(t, flat(orig), flat(r), ack)
		if got := versionRows(t, f.conn); got != frozen {
			t.Fatalf("after kill %d: frozen version changed", k+1)
		}
		must(t, f.Close())
		alone(t, path)
		survived++
	}
	t.Logf("survived %d kills, %d edits acknowledged (seed %d)", survived, ack+1, seed)
}

// checkEdits checks that every paragraph holds the last acknowledged edit
// made to it, or the one edit that may have been saved but not
// acknowledged before the kill, and nothing half-written.
func checkEdits(t *testing.T, orig, got []*draft.Paragraph, ack int) {
	t.Helper()
	n := len(orig)
	for j, p := range got {
		want := orig[j].Text
		if e := ack - ((ack-j)%n+n)%n; e >= 0 && e <= ack {
			want = editText(e)
		}
		inFlight := ""
		if (ack+1)%n == j {
			inFlight = editText(ack + 1)
		}
		if p.Text != want && p.Text != inFlight {
			t.Fatalf("paragraph %d after edit %d was acknowledged: %.40q…, want %.40q…", j, ack, p.Text, want)
		}
	}
}
