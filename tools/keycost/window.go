package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// window is the program's window in an X server of its own.
type window struct {
	o       options
	xvfb    *exec.Cmd
	display string
	cmd     *exec.Cmd
	log     bytes.Buffer  // read only once the window has exited
	done    chan struct{} // closed when the window has exited
	home    string
	path    string // the report file, "" for the empty window
	// frameFile counts the frames the window shows (see frames.go)
	frameFile string
	text      string // the paragraph typed into, before typing
}

// open starts an X server and the window in it, and puts the cursor at the
// end of the first paragraph. A window that exits before it shows (another
// program on the machine took the display, say) is tried again in a new X
// server, twice at most.
func open(o options, dir string, n int) (*window, error) {
	for try := 1; ; try++ {
		w, err := openOnce(o, dir, n)
		if err == nil || !errors.Is(err, errExited) || try == 3 {
			return w, err
		}
		fmt.Fprintf(os.Stderr, "keycost: %v; again in a new X server\n", err)
	}
}

// errExited is a window that exited before it showed.
var errExited = errors.New("the window exited before it showed")

func openOnce(o options, dir string, n int) (*window, error) {
	x, display, err := startXvfb(o.size)
	if err != nil {
		return nil, err
	}
	w := &window{o: o, xvfb: x, display: display, home: filepath.Join(dir, fmt.Sprint("home", n))}
	if err := os.RemoveAll(w.home); err != nil {
		w.close()
		return nil, err
	}
	if err := os.MkdirAll(w.home, 0o755); err != nil {
		w.close()
		return nil, err
	}
	var args []string
	if !o.empty {
		w.path = filepath.Join(w.home, "report.rap")
		if w.text, err = writeReport(w.path, o.chars, o.paras); err != nil {
			w.close()
			return nil, err
		}
		args = append(args, w.path)
	}
	w.cmd = exec.Command(o.bin, args...)
	w.cmd.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+w.home,
		"XDG_CONFIG_HOME="+filepath.Join(w.home, "config"), "LANG=C.UTF-8")
	w.frameFile = filepath.Join(w.home, "frames.count")
	w.cmd.Env = append(w.cmd.Env, frameEnv(o.shim, w.frameFile)...)
	w.cmd.Env = append(w.cmd.Env, o.env...)
	w.cmd.Stdout, w.cmd.Stderr = &w.log, &w.log
	if err := w.cmd.Start(); err != nil {
		w.close()
		return nil, err
	}
	w.done = make(chan struct{})
	go func() { w.cmd.Wait(); close(w.done) }()
	deadline := time.Now().Add(60 * time.Second)
	for w.windowID() == "" {
		select {
		case <-w.done:
			w.close()
			return nil, fmt.Errorf("%w (display %s)\n%s", errExited, display, w.log.String())
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			w.close()
			return nil, fmt.Errorf("the window did not come up in a minute\n%s", w.log.String())
		}
	}
	time.Sleep(2 * time.Second) // the first frames
	w.clickParagraph()
	time.Sleep(time.Second)
	return w, nil
}

// close ends the window and its X server.
func (w *window) close() {
	if w.cmd != nil && w.cmd.Process != nil {
		w.cmd.Process.Kill()
		<-w.done
	}
	if w.xvfb != nil {
		w.xvfb.Process.Kill()
		w.xvfb.Wait()
	}
}

func (w *window) xdotool(args ...string) string {
	cmd := exec.Command("xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+w.display)
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

func (w *window) windowID() string {
	name := "Rapporteur"
	if w.o.empty {
		name = "emptywin"
	}
	ids := strings.Fields(w.xdotool("search", "--name", name))
	if len(ids) == 0 {
		return ""
	}
	return ids[len(ids)-1]
}

// clickParagraph clicks in the first line of the first paragraph of the
// first item (168 pixels below the window's top, under the menu, the
// item's heading and the toolbar, whatever the window's height; 45 % of
// its width) and puts the cursor at the paragraph's end with Ctrl+End.
func (w *window) clickParagraph() {
	geo := map[string]int{}
	for _, kv := range strings.Fields(w.xdotool("getwindowgeometry", "--shell", w.windowID())) {
		if k, v, ok := strings.Cut(kv, "="); ok {
			geo[k], _ = strconv.Atoi(v)
		}
	}
	x := geo["X"] + geo["WIDTH"]*45/100
	y := geo["Y"] + 168
	w.xdotool("mousemove", strconv.Itoa(x), strconv.Itoa(y), "click", "1")
	time.Sleep(300 * time.Millisecond)
	w.xdotool("key", "ctrl+End")
}

// typeAt types text at rate keys a second, one xdotool a key, and returns
// when the last key has been sent.
func (w *window) typeAt(text string, rate int) {
	start, every := time.Now(), time.Second/time.Duration(rate)
	for i, r := range []rune(text) {
		time.Sleep(time.Until(start.Add(time.Duration(i) * every)))
		k := string(r)
		if r == ' ' {
			k = "space"
		}
		w.xdotool("key", "--delay", "0", k)
	}
}

// check makes sure every key typed reached the window: the report's first
// paragraph, read with the export command, ends with them within 5 s. When
// they did not, it closes the window and says what it logged.
func (w *window) check(typed string) error {
	if w.o.empty {
		return nil
	}
	want := oneLine(w.text + typed)
	var got string
	for start := time.Now(); time.Since(start) < 5*time.Second; time.Sleep(200 * time.Millisecond) {
		if got = w.firstParagraph(); got == want {
			w.text += typed
			return nil
		}
	}
	w.close() // its log can be read once it has exited
	return fmt.Errorf("the keys did not all arrive: the paragraph ends %q, want %q\n%s",
		tail(got, 60), tail(want, 60), w.log.String())
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// firstParagraph returns paragraph 1 as the text export writes it.
func (w *window) firstParagraph() string {
	out := filepath.Join(w.home, "read.txt")
	cmd := exec.Command(w.o.bin, "export", w.path, "-o", out)
	cmd.Env = append(os.Environ(), "HOME="+w.home, "LANG=C.UTF-8")
	if err := cmd.Run(); err != nil {
		return ""
	}
	b, _ := os.ReadFile(out)
	for _, l := range strings.Split(string(b), "\n") {
		if t, ok := strings.CutPrefix(l, "1. "); ok {
			return t
		}
	}
	return ""
}

// rss returns the window's resident set size in kB.
func (w *window) rss() int {
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", w.cmd.Process.Pid))
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return n
		}
	}
	return 0
}

// writeReport writes a full-size report (16 items of two sub-items each,
// paras paragraphs of about 110 words shared out over them, the first items
// taking one more when they do not divide evenly) whose first paragraph is
// about chars long, and returns that paragraph.
func writeReport(path string, chars, paras int) (string, error) {
	r := draft.New()
	r.Meeting = draft.Meeting{Organization: "World Customs Organization", Body: "Permanent Technical Committee",
		ShortName: "PTC", Sessions: "251st/252nd Sessions", Dates: "3-5 March 2031", Venue: "Brussels", DocCode: "PC0999E1"}
	words := strings.Fields(strings.Repeat(prose+" ", 8))
	for i := 0; i < 16; i++ {
		it, err := r.InsertItem(i, fmt.Sprintf("Agenda item number %d on the Committee’s work", i+1))
		if err != nil {
			return "", err
		}
		for j := 0; j < 2; j++ {
			if _, err := r.InsertSubItem(it, j, fmt.Sprintf("Report of working body %d", j+1), "For decision"); err != nil {
				return "", err
			}
		}
		n := paras / 16
		if i < paras%16 {
			n++
		}
		for k := 0; k < n; k++ {
			start := (i*7 + k*13) % (len(words) - 120)
			text := fmt.Sprintf("Paragraph %d.%d: %s.", i+1, k+1, strings.Join(words[start:start+110], " "))
			sub := draft.ID(0)
			if k > 0 {
				sub = it.SubItems[k%2].ID
			}
			if _, err := r.InsertParagraph(it, k, sub, text); err != nil {
				return "", err
			}
		}
	}
	p := r.Items[0].Paragraphs[0]
	var b strings.Builder
	for i := 0; b.Len() < chars; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[i%len(words)])
	}
	text := b.String()[:chars]
	if i := strings.LastIndexByte(text, ' '); i > 0 {
		text = text[:i]
	}
	p.Text = oneLine(text)
	return p.Text, workspace.WriteNew(path, r)
}

const prose = "The delegate of Türkiye thanked the Secretariat for Doc. PC0733E and asked how the pilot would be evaluated, noting that guidance should be published before the next session so that administrations could prepare their comments. The Delegate of the European Union supported the proposal and underlined the importance of cooperation with the private sector, in particular with the operators who would implement the new procedures at the border. The Secretariat replied that a first draft would be circulated to Members in all official languages and that the working group would meet again in the autumn to examine the comments received."

// oneLine is text as the text export writes it: words one space apart.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
