package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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
