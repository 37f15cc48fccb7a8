// Command keycost measures what one keystroke costs in the real window: it
// builds the program, starts an X server of its own (Xvfb, software
// OpenGL), opens a full-size report (16 items, -paras paragraphs, 154 by
// default) whose first paragraph is -chars long, puts the cursor at its
// end, types -keys keys at -rate keys a second with xdotool and prints the
// CPU time each key cost, thread by thread (read from /proc before and
// after), for -runs runs:
//
//	go run ./tools/keycost                  # 3 runs of 150 keys at 10 keys/s
//	go run ./tools/keycost -idle            # and the idle window's CPU
//	go run ./tools/keycost -soak 10m        # and RSS after 10 minutes of typing
//	go run ./tools/keycost -paras 1540      # in a report ten times as long
//	go run ./tools/keycost -empty           # the same, in an empty Fyne window
//	go run ./tools/keycost -env LP_NUM_THREADS=0
//	go run ./tools/keycost -write report.rap  # only the report, to look at
//
// The threads are the window's main thread (Fyne's event loop, layout and
// painting), llvmpipe's rasterizer threads and the rest (the Go runtime,
// autosave); the X server's CPU is counted apart, since it is another
// process: it is what showing each frame costs the display. With -empty it
// measures a window of the same size that shows one line of text changed by
// each key (tools/keycost/emptywin): the cost of a frame that Fyne and the
// GL driver pay whatever the window holds.
//
// It also counts the frames the window shows (frames.go: a small library,
// compiled with gcc when keycost starts and preloaded into the window),
// and prints frames per key and llvmpipe's CPU per frame: what a key costs
// is how many frames it causes times what a frame costs.
//
// What a frame costs under llvmpipe (measured in a bare Fyne window of
// 1360x860 drawing one object of 1000x700, 0.6 of the window; llvmpipe
// CPU per frame; the window's floor, a clear and one line of text, 4 ms):
// a rounded rectangle 27 ms, a rounded stroke with a transparent inside
// 26.5 ms (the shader runs on every pixel inside it too), a square
// rectangle 17 ms, a square stroke 13 ms, an image 10-13 ms. So what
// costs is the area of rectangles drawn, rounded ones most, not their
// number: about 38 ms per window's area of rounded rectangle. Fyne 2.7
// repaints the whole window for any change, so every refresh that makes
// a frame of its own (a status line changing after a key, a relayout that
// refreshes again) costs a whole frame.
//
// The machine is shared: the figures are CPU time, not wall time, but a
// loaded machine still inflates them (caches, frequency), and a main
// thread kept waiting paints several keys in one frame, which lowers the
// figures per key; the load average is printed with them, and frames per
// key and CPU per frame are the steadier figures.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func main() {
	o := options{}
	flag.IntVar(&o.keys, "keys", 150, "keys typed in each run")
	flag.IntVar(&o.rate, "rate", 10, "keys a second")
	flag.IntVar(&o.runs, "runs", 3, "runs, each in a window started afresh")
	flag.IntVar(&o.chars, "chars", 4000, "length of the paragraph typed into")
	flag.IntVar(&o.paras, "paras", 154, "paragraphs in the report (over 16 items)")
	flag.BoolVar(&o.idle, "idle", false, "also measure the idle window with the cursor in the paragraph")
	flag.DurationVar(&o.soak, "soak", 0, "type for this long in one more window, then print its RSS")
	flag.BoolVar(&o.empty, "empty", false, "measure an empty Fyne window of the same size instead")
	flag.StringVar(&o.bin, "bin", "", "the program to measure (default: build it)")
	flag.StringVar(&o.size, "size", "1360x860", "the screen and window size")
	flag.Var(&o.env, "env", "NAME=VALUE for the window's environment (repeatable)")
	flag.BoolVar(&o.threads, "threads", false, "print every thread, not only the groups")
	write := flag.String("write", "", "only write the report typed into to this file")
	flag.Parse()
	if *write != "" {
		if _, err := writeReport(*write, o.chars, o.paras); err != nil {
			fmt.Fprintln(os.Stderr, "keycost:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "keycost:", err)
		os.Exit(1)
	}
}

type options struct {
	keys, rate, runs, chars, paras int
	idle, empty, threads           bool
	soak                           time.Duration
	bin, size                      string
	shim                           string // frames.so, "" when frames are not counted
	env                            envList
}

type envList []string

func (e *envList) String() string     { return strings.Join(*e, " ") }
func (e *envList) Set(s string) error { *e = append(*e, s); return nil }

func run(o options) error {
	dir, err := os.MkdirTemp("", "keycost")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if o.bin == "" {
		pkg := "rapporteur"
		if o.empty {
			pkg = "rapporteur/tools/keycost/emptywin"
		}
		o.bin = filepath.Join(dir, "window")
		fmt.Fprintf(os.Stderr, "building %s…\n", pkg)
		if out, err := exec.Command("go", "build", "-o", o.bin, pkg).CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	o.shim = buildShim(dir)
	fmt.Printf("load average %s", loadavg())
	fmt.Printf("%s, %d keys at %d a second into a %d-character paragraph of %d, %s window%s\n\n",
		map[bool]string{false: "Rapporteur", true: "empty Fyne window"}[o.empty], o.keys, o.rate, o.chars, o.paras, o.size,
		map[bool]string{false: "", true: ", " + o.env.String()}[len(o.env) > 0])
	fmt.Printf("%-6s %9s %9s %9s %9s %9s %7s %7s %7s\n", "run", "main", "llvmpipe", "other", "process", "Xvfb", "RSS", "frames", "llvmpipe")
	fmt.Printf("%-6s %9s %9s %9s %9s %9s %7s %7s %7s\n", "", "ms/key", "ms/key", "ms/key", "ms/key", "ms/key", "MB", "/key", "ms/frame")
	var all []result
	for i := 1; i <= o.runs; i++ {
		r, err := oneRun(o, dir, i)
		if err != nil {
			return err
		}
		all = append(all, r)
		r.print(strconv.Itoa(i), o.keys)
		if o.threads {
			r.printThreads(o.keys)
		}
	}
	if len(all) > 1 {
		median(all).print("median", o.keys)
	}
	fmt.Printf("load average %s", loadavg())
	if o.soak > 0 {
		return soak(o, dir)
	}
	return nil
}

// oneRun opens a window afresh, types o.keys keys and returns the CPU the
// keys cost.
func oneRun(o options, dir string, n int) (result, error) {
	w, err := open(o, dir, n)
	if err != nil {
		return result{}, err
	}
	defer w.close()
	text := typedWords(o.keys, n)
	before := w.sample()
	w.typeAt(text, o.rate)
	time.Sleep(300 * time.Millisecond) // the last frames; the caret blinks again only after 800 ms
	after := w.sample()
	r := after.minus(before)
	if err := w.check(text); err != nil {
		return r, err
	}
	if o.idle {
		// The caret blinks for 4 s after the last key, then nothing is drawn.
		time.Sleep(5 * time.Second)
		i0 := w.sample()
		time.Sleep(10 * time.Second)
		idle := w.sample().minus(i0)
		fmt.Printf("idle   %8.1f%% %8.1f%% %8.1f%% %8.1f%% of a core (10 s, cursor in the paragraph; Xvfb %.1f%%; %.0f frames)\n",
			idle.main/1e8, idle.gl/1e8, idle.other()/1e8, idle.process/1e8, idle.xvfb/1e8, idle.frames)
	}
	return r, nil
}

// soak types for o.soak in one window and prints its RSS then.
func soak(o options, dir string) error {
	w, err := open(o, dir, 0)
	if err != nil {
		return err
	}
	defer w.close()
	rss0 := w.rss()
	keys := int(o.soak.Seconds()) * o.rate
	text := typedWords(keys, 99)
	before := w.sample()
	w.typeAt(text, o.rate)
	time.Sleep(300 * time.Millisecond)
	r := w.sample().minus(before)
	if err := w.check(text); err != nil {
		return err
	}
	fmt.Printf("\nafter %v of typing (%d keys; the paragraph grew to about %d characters):\n", o.soak, keys, o.chars+keys)
	r.print("soak", keys)
	fmt.Printf("RSS %d MB at the first key, %d MB after the last\n", rss0/1024, w.rss()/1024)
	return nil
}

// typedWords returns n keys of words never typed before in this run
// (lower-case letters, one space before each word), as a rapporteur types.
func typedWords(n, run int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, " %s", word(run*100000+i))
	}
	return b.String()[:n]
}

// word spells i in letters: a different word of 4–6 letters for each i.
func word(i int) string {
	const syl = "bacadafagalamanaparasatavaza"
	var b strings.Builder
	for k := 0; k < 3; k++ {
		j := i % 14
		i /= 14
		b.WriteString(syl[2*j : 2*j+2])
	}
	return b.String()
}

// loadavg returns the first three fields of /proc/loadavg and a newline.
func loadavg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?\n"
	}
	return strings.Join(f[:3], " ") + "\n"
}

// startXvfb starts an X server of its own and returns it and its display.
// It picks the display number itself, from a range of its own (200 and
// up) and skipping any number with a lock file or a socket: with
// -displayfd alone, Xvfb took a low number whose socket another server
// had left, and the window could not open it.
func startXvfb(size string) (*exec.Cmd, string, error) {
	for n := 200 + os.Getpid()%400; n < 1000; n++ {
		if exists(fmt.Sprintf("/tmp/.X%d-lock", n)) || exists(fmt.Sprintf("/tmp/.X11-unix/X%d", n)) {
			continue
		}
		cmd, err := xvfbOn(n, size)
		if err == nil {
			return cmd, ":" + strconv.Itoa(n), nil
		}
	}
	return nil, "", fmt.Errorf("no display number free from 200 to 999 for Xvfb")
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// xvfbOn starts Xvfb on display n and returns once it accepts clients.
func xvfbOn(n int, size string) (*exec.Cmd, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	cmd := exec.Command("Xvfb", ":"+strconv.Itoa(n), "-displayfd", "3", "-screen", "0", size+"x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		w.Close()
		return nil, fmt.Errorf("starting Xvfb: %w", err)
	}
	w.Close()
	line, err := bufio.NewReader(r).ReadString('\n')
	if got, cerr := strconv.Atoi(strings.TrimSpace(line)); err != nil || cerr != nil || got != n {
		cmd.Process.Kill()
		cmd.Wait()
		return nil, fmt.Errorf("the X server :%d did not start (%q)", n, line)
	}
	return cmd, nil
}
