package killtest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"rapporteur/draft"
	"rapporteur/export"
	"rapporteur/store"
)

// bin is the rapporteur binary the harness runs, built by TestMain.
var bin string

const rotateEnv = "KILLTEST_ROTATE" // the child that rotates backups

func TestMain(m *testing.M) {
	if path := os.Getenv(rotateEnv); path != "" {
		os.Exit(rotateForever(path))
	}
	dir, err := os.MkdirTemp("", "killtest")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	bin = filepath.Join(dir, "rapporteur")
	build := exec.Command("go", "build", "-tags", "headless", "-o", bin, "rapporteur")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Println("build:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// kills returns the number of kills per scenario.
func kills(t *testing.T) int {
	n := 40
	if testing.Short() {
		n = 8
	}
	if s := os.Getenv("KILLTEST_KILLS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	return n
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// run runs the binary to the end and returns its exit code and output.
func run(args ...string) (int, string, string) {
	cmd := exec.Command(bin, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8")
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		code = -1
	}
	return code, out.String(), errOut.String()
}

// runKilled starts the binary and kills it: after delay, or, when dir is
// set, a moment (after) after a journal appears in dir (or after delay at
// the latest). It reports whether the process ended on its own first.
func runKilled(t *testing.T, delay time.Duration, dir string, after time.Duration, args ...string) bool {
	t.Helper()
	cmd := exec.Command(bin, args...)
	must(t, cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	deadline := time.After(delay)
	if dir != "" {
	poll:
		for {
			select {
			case err := <-done:
				return err == nil
			case <-deadline:
				break poll
			default:
			}
			if journalIn(dir) {
				time.Sleep(after)
				break
			}
		}
	} else {
		select {
		case err := <-done:
			return err == nil
		case <-deadline:
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	err := <-done
	return err == nil
}

// journalIn reports whether a rollback journal lies in dir.
func journalIn(dir string) bool {
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if strings.HasSuffix(e.Name(), "-journal") {
			return true
		}
	}
	return false
}

// hot reports whether a journal SQLite would roll back lies at path: one
// not empty whose header is written (a kill before that leaves a journal
// of zeroes that SQLite ignores, the file untouched, and the next writer
// removes).
func hot(path string) bool {
	b, err := os.ReadFile(path)
	return err == nil && len(b) > 0 && b[0] != 0
}

// stats counts what the kills left.
type stats struct {
	kills, finished, journals, hot, temps, absent int
}

func (s stats) String() string {
	return fmt.Sprintf("%d kills: %d ended before the kill, %d left a journal (%d to roll back), %d left a temporary, %d left no report",
		s.kills, s.finished, s.journals, s.hot, s.temps, s.absent)
}

// survey records what lies beside path after a kill.
func (s *stats) survey(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path + "-journal"); err == nil {
		s.journals++
	}
	if hot(path + "-journal") {
		s.hot++
	}
	es, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range es {
		if strings.HasPrefix(e.Name(), "."+filepath.Base(path)+".") && strings.Contains(e.Name(), ".tmp") {
			s.temps++
			break
		}
	}
}

// readAll runs every read-only command on path and checks that each
// works, that none leaves a file beside the report, and that the file
// then passes store.Verify. It returns the working copy as text. When a
// kill left a journal to roll back, the commands are first run on a copy
// of the file and journal in a read-only folder, where they read the last
// saved state without changing anything, and say so.
func readAll(t *testing.T, path, version string, checkCode int) string {
	t.Helper()
	var inReadOnly string
	if hot(path + "-journal") {
		inReadOnly = readOnlyCopy(t, path, version, checkCode)
	}
	text := readCommands(t, path, version, checkCode)
	if inReadOnly != "" && inReadOnly != text {
		t.Fatalf("the read-only copy reads otherwise than the file once rolled back")
	}
	return text
}

// readOnlyCopy runs the read-only commands on a copy of the report and its
// journal in a read-only folder and returns the working copy as text.
func readOnlyCopy(t *testing.T, path, version string, checkCode int) string {
	t.Helper()
	dir := t.TempDir()
	cp := filepath.Join(dir, filepath.Base(path))
	for _, sfx := range []string{"", "-journal"} {
		b, err := os.ReadFile(path + sfx)
		must(t, err)
		must(t, os.WriteFile(cp+sfx, b, 0o444))
	}
	must(t, os.Chmod(dir, 0o555))
	defer os.Chmod(dir, 0o755)
	before := sums(t, cp)
	out := filepath.Join(t.TempDir(), "out.txt")
	cmds := [][]string{{"info", cp}, {"export", cp, "-o", out}, {"check", cp}}
	if version != "" {
		cmds = append(cmds, []string{"diff", cp, version})
	}
	for _, args := range cmds {
		code, _, stderr := run(args...)
		want := 0
		if args[0] == "check" {
			want = checkCode
		}
		if code != want || strings.Contains(stderr, "panic") {
			t.Fatalf("%q in a read-only folder after the kill: exit %d (want %d): %s", args, code, want, stderr)
		}
	}
	if after := sums(t, cp); after != before {
		t.Fatalf("the read-only commands changed the file or its journal in a read-only folder")
	}
	text, err := os.ReadFile(out)
	must(t, err)
	return string(text)
}

// sums returns the checksums of a report, its journal and the names in
// its folder.
func sums(t *testing.T, path string) string {
	t.Helper()
	var b strings.Builder
	for _, sfx := range []string{"", "-journal"} {
		data, _ := os.ReadFile(path + sfx)
		fmt.Fprintf(&b, "%x ", sha256.Sum256(data))
	}
	es, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range es {
		b.WriteString(e.Name() + " ")
	}
	return b.String()
}

// readCommands runs the read-only commands on the report itself.
func readCommands(t *testing.T, path, version string, checkCode int) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out.txt")
	cmds := [][]string{{"info", path}, {"export", path, "-o", out}, {"check", path}}
	if version != "" {
		cmds = append(cmds, []string{"diff", path, version})
	}
	for _, args := range cmds {
		code, _, stderr := run(args...)
		want := 0
		if args[0] == "check" {
			want = checkCode
		}
		if code != want {
			t.Fatalf("%q after the kill: exit %d (want %d): %s", args, code, want, stderr)
		}
		if strings.Contains(stderr, "panic") {
			t.Fatalf("%q: %s", args, stderr)
		}
	}
	if hot(path + "-journal") {
		t.Fatalf("a journal to roll back is still beside %s after the read-only commands", path)
	}
	for _, sfx := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + sfx); err == nil {
			t.Fatalf("%s%s beside the report", path, sfx)
		}
	}
	f, err := store.OpenReadOnly(path)
	must(t, err)
	defer f.Close()
	must(t, f.Verify())
	text, err := os.ReadFile(out)
	must(t, err)
	return string(text)
}

// bigText returns a report of items×per paragraphs as text, for import.
func bigText(t *testing.T, items, per int, salt string) []byte {
	t.Helper()
	r := draft.New()
	r.Meeting = draft.Meeting{Body: "Permanent Technical Committee", ShortName: "PTC", Sessions: "241st Session", DocCode: "PC0737E1"}
	for i := range items {
		it, err := r.InsertItem(i, fmt.Sprintf("Item number %d of the agenda", i+1))
		must(t, err)
		s, err := r.InsertSubItem(it, 0, "Report of the working group", "For decision")
		must(t, err)
		for k := range per {
			_, err := r.InsertParagraph(it, k, s.ID, fmt.Sprintf("The Committee examined point %d.%d %s and several delegates spoke about the proposals, their costs and the timetable.", i+1, k+1, salt))
			must(t, err)
		}
	}
	var b bytes.Buffer
	must(t, export.Text(&b, r))
	return b.Bytes()
}

// prepared makes, in a new folder, a report with version a frozen and a
// draft to bring in, and returns their paths and the exit code of check.
func prepared(t *testing.T, dir string) (report, draftText string, checkCode int) {
	t.Helper()
	src := filepath.Join(dir, "src.txt")
	must(t, os.WriteFile(src, bigText(t, 12, 12, "first"), 0o644))
	report = filepath.Join(dir, "report.rap")
	if code, _, stderr := run("import", src, "-o", report); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	if code, _, stderr := run("freeze", report, "--note", "before the kills"); code != 0 {
		t.Fatalf("freeze: %s", stderr)
	}
	draftText = filepath.Join(dir, "draft.txt")
	must(t, os.WriteFile(draftText, bigText(t, 13, 12, "second"), 0o644))
	checkCode, _, _ = run("check", report)
	return report, draftText, checkCode
}

// versionSums returns the checksums of the report's frozen versions, and
// their number.
func versionSums(t *testing.T, path string) []string {
	t.Helper()
	f, err := store.OpenReadOnly(path)
	must(t, err)
	defer f.Close()
	vs, err := f.Versions()
	must(t, err)
	var out []string
	for _, v := range vs {
		r, err := f.Version(v.Label)
		must(t, err)
		snap, err := draft.MarshalSnapshot(r)
		must(t, err)
		out = append(out, fmt.Sprintf("%s %x", v.Label, sha256.Sum256(snap)))
	}
	return out
}

// duration measures how long a command takes to the end.
func duration(t *testing.T, args ...string) time.Duration {
	t.Helper()
	start := time.Now()
	if code, _, stderr := run(args...); code != 0 && args[0] != "check" {
		t.Fatalf("%q: %s", args, stderr)
	}
	return time.Since(start)
}

// delay picks when to kill: anywhere in the command's run, or (half of
// the time) up to 10 ms after its first journal appears, when SQLite
// writes the journal and then the file's pages.
func delay(rng *rand.Rand, d time.Duration) (wait time.Duration, onJournal bool, after time.Duration) {
	return time.Duration(rng.Int64N(int64(d) + 1)), rng.IntN(2) == 0, time.Duration(rng.Int64N(int64(10 * time.Millisecond)))
}

func seeded(t *testing.T) *rand.Rand {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	return rand.New(rand.NewPCG(seed, 7))
}

func TestKillImportNew(t *testing.T) {
	rng := seeded(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "src.txt")
	must(t, os.WriteFile(src, bigText(t, 16, 12, "new"), 0o644))
	out := filepath.Join(dir, "new.rap")
	whole := duration(t, "import", src, "-o", out)
	want := readAll(t, out, "", 0)
	must(t, os.Remove(out))
	var s stats
	for k := range kills(t) {
		d, onJournal, after := delay(rng, whole)
		j := ""
		if onJournal {
			j = dir
		}
		s.kills++
		if runKilled(t, d, j, after, "import", src, "-o", out) {
			s.finished++
		}
		s.survey(t, out)
		if _, err := os.Stat(out); err != nil {
			s.absent++
			if code, _, stderr := run("import", src, "-o", out); code != 0 { // the retry is not blocked
				t.Fatalf("kill %d: the retry of import -o failed: %s", k, stderr)
			}
		}
		if got := readAll(t, out, "", 0); got != want {
			t.Fatalf("kill %d: the new report is not the whole import", k)
		}
		must(t, os.Remove(out))
	}
	if es, _ := os.ReadDir(dir); len(es) > 2 { // src.txt and at most the last kill's temporary
		var names []string
		for _, e := range es {
			names = append(names, e.Name())
		}
		t.Errorf("left in the folder: %q", names)
	}
	t.Log(s)
}

// killWrites kills the write command args (on report) again and again and
// checks after each kill that the report holds the state before or after
// it and that frozen versions never change; freeze may add one.
func killWrites(t *testing.T, name string, args func(report, draft string) []string) {
	dir := t.TempDir()
	report, draftText, checkCode := prepared(t, dir)
	killWritesOn(t, name, dir, report, draftText, checkCode, args)
}

// killWritesOn is killWrites on a prepared report. A command that adds a
// version (freeze, import --into of a Word file with tracked changes) must
// leave the working copy before it with the versions before it, or the
// working copy after it with the new version: never one without the other.
func killWritesOn(t *testing.T, name, dir, report, draftText string, checkCode int, args func(report, draft string) []string) {
	rng := seeded(t)
	addsVersion := name == "freeze" || strings.HasSuffix(draftText, ".docx")
	pristine, err := os.ReadFile(report)
	must(t, err)
	before := readAll(t, report, "a", checkCode)
	sums := versionSums(t, report)
	whole := duration(t, args(report, draftText)...)
	after := readAll(t, report, "a", checkCode)
	if name != "freeze" && after == before {
		t.Fatalf("%s changes nothing", name)
	}
	var s stats
	for k := range kills(t) {
		must(t, os.WriteFile(report, pristine, 0o644))
		d, onJournal, late := delay(rng, whole)
		j := ""
		if onJournal {
			j = dir
		}
		s.kills++
		if runKilled(t, d, j, late, args(report, draftText)...) {
			s.finished++
		}
		s.survey(t, report)
		got := readAll(t, report, "a", checkCode)
		if got != before && got != after {
			t.Fatalf("kill %d after %v: the report holds neither the state before %s nor the state after", k, d, name)
		}
		now := versionSums(t, report)
		if len(now) < len(sums) || strings.Join(now[:len(sums)], ",") != strings.Join(sums, ",") {
			t.Fatalf("kill %d: a frozen version changed", k)
		}
		if len(now) > len(sums)+1 || !addsVersion && len(now) != len(sums) {
			t.Fatalf("kill %d: %d versions, had %d", k, len(now), len(sums))
		}
		if addsVersion && name != "freeze" && (got == before) != (len(now) == len(sums)) {
			t.Fatalf("kill %d after %v: %d versions (had %d) beside the working copy of the state %s %s", k, d, len(now), len(sums), map[bool]string{true: "before", false: "after"}[got == before], name)
		}
	}
	t.Log(s)
}

// TestKillImportIntoTracked kills import --into of a Word file with
// tracked changes, which freezes the document as received and accepts its
// changes in the working copy.
func TestKillImportIntoTracked(t *testing.T) {
	dir := t.TempDir()
	report, draftText, checkCode := prepared(t, dir)
	edited := filepath.Join(t.TempDir(), "edited.rap")
	b, err := os.ReadFile(report)
	must(t, err)
	must(t, os.WriteFile(edited, b, 0o644))
	marked := filepath.Join(dir, "marked-up.docx")
	for _, args := range [][]string{{"import", "--into", edited, draftText}, {"diff", edited, "a", "--docx", marked, "--author", "Ana Ferreira"}} {
		if code, _, stderr := run(args...); code != 0 {
			t.Fatalf("%q: %s", args, stderr)
		}
	}
	killWritesOn(t, "import --into (tracked changes)", dir, report, marked, checkCode, func(r, d string) []string { return []string{"import", "--into", r, d} })
}

// whole reports whether b is a whole PDF (it ends with the end-of-file
// marker) or a whole Word file (a zip archive that opens).
func whole(b []byte) bool {
	if bytes.HasPrefix(b, []byte("%PDF-")) {
		return bytes.HasSuffix(bytes.TrimRight(b, "\r\n"), []byte("%%EOF"))
	}
	_, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	return err == nil
}

// TestKillExport kills export: the output is never a part of a file, and
// the next export leaves no temporary of a killed one beside it.
func TestKillExport(t *testing.T) {
	rng := seeded(t)
	dir := t.TempDir()
	report, _, _ := prepared(t, dir)
	outDir := t.TempDir()
	for _, name := range []string{"out.pdf", "out.docx"} {
		out := filepath.Join(outDir, name)
		took := duration(t, "export", report, "-o", out)
		want, err := os.ReadFile(out)
		must(t, err)
		if !whole(want) {
			t.Fatalf("%s is not a whole file", name)
		}
		var s stats
		for k := range kills(t) {
			must(t, os.Remove(out))
			s.kills++
			if runKilled(t, time.Duration(rng.Int64N(int64(took)+1)), "", 0, "export", report, "-o", out) {
				s.finished++
			}
			s.survey(t, out)
			if got, err := os.ReadFile(out); err == nil && !whole(got) {
				t.Fatalf("kill %d: %s is a part of an export (%d bytes, %d when whole)", k, name, len(got), len(want))
			} else if err != nil {
				s.absent++
			}
			if code, _, stderr := run("export", report, "-o", out); code != 0 {
				t.Fatalf("kill %d: the export after the kill: %s", k, stderr)
			}
			if es, _ := os.ReadDir(outDir); len(es) > 1 {
				t.Fatalf("kill %d: the export after the kill left %d files beside %s", k, len(es)-1, name)
			}
		}
		must(t, os.Remove(out))
		t.Log(name, s)
	}
}

func TestKillImportInto(t *testing.T) {
	killWrites(t, "import --into", func(r, d string) []string { return []string{"import", "--into", r, d} })
}

func TestKillFreeze(t *testing.T) {
	killWrites(t, "freeze", func(r, _ string) []string { return []string{"freeze", r, "--note", "killed"} })
}

func TestKillConclusionsRebuild(t *testing.T) {
	killWrites(t, "conclusions --rebuild", func(r, _ string) []string { return []string{"conclusions", "--rebuild", r} })
}

// rotateForever is the child of TestKillBackupRotation: it edits the
// report and writes a rolling backup after each edit, printing the number
// of backups written.
func rotateForever(path string) int {
	f, err := store.Open(path)
	if err != nil {
		fmt.Println(err)
		return 1
	}
	r, err := f.Load()
	if err != nil {
		fmt.Println(err)
		return 1
	}
	for i := 0; ; i++ {
		r.Meeting.Venue = fmt.Sprintf("Venue %d", i)
		if err := f.Save(r); err != nil {
			fmt.Println(err)
			return 1
		}
		if err := f.Checkpoint(); err != nil {
			fmt.Println(err)
			return 1
		}
		fmt.Println(i)
	}
}

func TestKillBackupRotation(t *testing.T) {
	rng := seeded(t)
	dir := t.TempDir()
	report, _, checkCode := prepared(t, dir)
	var s stats
	for k := range kills(t) {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), rotateEnv+"="+report)
		stdout, err := cmd.StdoutPipe()
		must(t, err)
		must(t, cmd.Start())
		time.AfterFunc(time.Duration(30+rng.IntN(300))*time.Millisecond, func() { cmd.Process.Signal(syscall.SIGKILL) })
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if _, err := strconv.Atoi(sc.Text()); err != nil {
				t.Fatalf("child: %s", sc.Text())
			}
		}
		cmd.Wait()
		s.kills++
		s.survey(t, report)
		readAll(t, report, "a", checkCode)
		bs, err := store.Backups(report)
		must(t, err)
		for _, b := range bs {
			if !b.OK() {
				t.Fatalf("kill %d: backup %d does not open: %v", k, b.N, b.Err)
			}
		}
		if len(bs) > store.KeepBackups {
			t.Fatalf("kill %d: %d backups", k, len(bs))
		}
	}
	f, err := store.Open(report)
	must(t, err)
	must(t, f.Checkpoint()) // the rotation goes on after the kills
	must(t, f.Close())
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if strings.HasSuffix(e.Name(), ".tmp") || strings.HasSuffix(e.Name(), ".tmp-journal") {
			t.Errorf("a killed checkpoint's %s is still beside the report after the next one", e.Name())
		}
	}
	t.Log(s)
}
