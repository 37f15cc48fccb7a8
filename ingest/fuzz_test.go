package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"rapporteur/internal/fixture"
)

// fixtureIfPresent returns the fixture's bytes, or nil when it is absent:
// a fuzz seed is welcome, not required.
func fixtureIfPresent() []byte {
	dir, err := os.Getwd()
	if err != nil {
		return nil
	}
	for d := dir; ; d = filepath.Dir(d) {
		if b, err := os.ReadFile(filepath.Join(d, "..", "shared", "fixtures", fixture.Name)); err == nil {
			return b
		}
		if filepath.Dir(d) == d {
			return nil
		}
	}
}

var typedSeeds = []string{
	"ITEM I – OPENING\n1. One.\n2. In conclusion, the SCF:\n• took note.\n",
	"Short name: SCF\nITEM I – A\n(For decision)\na. Sub\nDoc. SF0102Ea\n• Presentation by Chile\n1. Text\n\nwrapped e-\ncommerce.\nITEM II – B\n",
	"I. Opening 1-2\nITEM I – X\n1. In conclusion, the Delegate spoke.\nANNEX I – LIST\n\nNORWAY\n",
	"ITEM I – X\n1. Points:\n- one;\n- two.\n2. In conclusion, the SCF:\n2. again\n",
	"ITEM IV – TITLE\nCONTINUED\n\f- 3 -\nb. Sub\n1.\nc.\nDoc. ???\n",
}

func FuzzText(f *testing.F) {
	if b := fixtureIfPresent(); b != nil {
		f.Add(b)
	}
	for _, s := range typedSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, warn, err := Text(data)
		if err != nil {
			if r != nil || !strings.HasPrefix(err.Error(), "ingest: ") {
				t.Fatalf("error %q with report %v", err, r)
			}
			return
		}
		if len(r.Items) == 0 {
			t.Fatal("success with no items")
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("Validate: %v", err)
		}
		for _, w := range warn {
			if w == "" {
				t.Fatal("empty warning")
			}
		}
	})
}

// FuzzReadLines feeds the structure reader hinted lines, as a Word reader
// gives them: every byte of the input picks a line's text, label and style.
func FuzzReadLines(f *testing.F) {
	f.Add([]byte("ITEM I – OPENING\x00\x01\n1.\x00\x00The Chair opened.\n\x02\x00Presentation by Serbia\n"))
	f.Add([]byte("I. Opening\x01\x01\nA.\x00\x02Reports\n(a)\x00\x03took note\n1\x00\x04A note.\n"))
	f.Add([]byte("XIV.\tUpcoming events\t142-146\x00\x05\nSummary report\x00\x01\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var ls []Line
		for i, raw := range bytes.Split(data, []byte("\n")) {
			parts := bytes.SplitN(raw, []byte("\x00"), 3)
			l := Line{Text: string(parts[0]), Place: Place{Para: i + 1}, Whole: true}
			if len(parts) == 3 {
				l.Label, l.Text = string(parts[0]), string(parts[2])
				if len(parts[1]) > 0 {
					l.Style = Style(parts[1][0] % 7)
					l.Level = int(parts[1][0] / 7 % 9)
					l.Break = parts[1][0]&0x80 != 0
				}
			}
			ls = append(ls, l)
		}
		res, err := ReadLines(ls)
		if err != nil {
			if res != nil || !strings.HasPrefix(err.Error(), "ingest: ") {
				t.Fatalf("error %q with result %v", err, res)
			}
			return
		}
		if len(res.Report.Items) == 0 {
			t.Fatal("success with no items")
		}
		if err := res.Report.Validate(); err != nil {
			t.Fatalf("Validate: %v", err)
		}
		for _, e := range res.Log {
			if e.Reason == "not placed in the report" {
				t.Fatalf("a line was not placed: %v", e)
			}
		}
	})
}

// FuzzReadLabel checks that a label's parts are parts of its line.
func FuzzReadLabel(f *testing.F) {
	for _, s := range []string{"ITEM IV – X", "IV.\tTitle", "2.1. Sub", "(iv) x", "12345. Text", "· 6.4. Creation", "7 .6. Suppression", "1 APPROVAL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the readers see text only: Text checks it, ReadLines repairs it
		}
		c := collapse(s)
		l := readLabel(tabbed("", s, c))
		if l.kind == lNone {
			return
		}
		if !strings.HasSuffix(c, l.text) && !strings.HasSuffix(strings.ReplaceAll(c, "\t", " "), l.text) {
			t.Fatalf("label text %q is not the end of %q", l.text, c)
		}
		if p := pack(l, c).unpack(c); p.text != l.text && len(c) == len(tabbed("", s, c)) {
			t.Fatalf("packed text %q, want %q", p.text, l.text)
		}
	})
}
