package ingest

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugItems(t *testing.T) {
	path := os.Getenv("PROBE")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	tr := newTextReader(len(data))
	for _, l := range splitKeep(string(data)) {
		tr.add(l)
	}
	rd := newReader(tr.out, nil)
	rd.furniture()
	rd.st = rd.detectStyle()
	rd.footnotes()
	rd.titles()
	for i := range rd.ls {
		if rd.role[i] == rNone && rd.itemCandidate(i) {
			fmt.Println("cand", rd.ls[i].no, rd.ls[i].text)
		}
	}
	rd.items()
	for i := range rd.ls {
		if rd.dec[i] == dItem {
			fmt.Println("item", rd.ls[i].no, rd.ls[i].text)
		}
	}
}

func splitKeep(s string) []string {
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		out = append(out, s[:i])
		if i < len(s) {
			i++
		}
		s = s[i:]
	}
	return out
}
