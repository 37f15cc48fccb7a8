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

func TestDebugStyle(t *testing.T) {
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
	for i := range rd.ls {
		l := rd.ls[i].label()
		if l.kind == lArabic || l.kind == lRoman {
			fmt.Println(rd.ls[i].no, rd.role[i], l.kind, l.num, l.bare, l.loose, "|", rd.ls[i].text, "|", rd.nextText(i))
		}
	}
	fmt.Println(rd.detectStyle())
}

func TestDebugPages(t *testing.T) {
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
	pages := rd.pageEdges()
	for p, e := range pages[:8] {
		var h, f []string
		for _, i := range e.head {
			h = append(h, rd.ls[i].text)
		}
		for _, i := range e.foot {
			f = append(f, rd.ls[i].text)
		}
		fmt.Printf("%d head %q foot %q\n", p, h, f)
	}
}

func TestDebugFurn(t *testing.T) {
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
	for _, e := range rd.log {
		if e.Reason == "a page number" || e.Place.Line < 200 {
			fmt.Println(e)
		}
	}
}

func TestDebugChain(t *testing.T) {
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
	var cands []int
	for i := range rd.ls {
		if rd.role[i] == rNone && rd.itemCandidate(i) {
			cands = append(cands, i)
		}
	}
	cs := rd.itemWeights(cands)
	bestItems(cs, func(a, b int) bool {
		return sameText(rd.headText(cs[a].i, rd.ls[cs[a].i].label()), rd.headText(cs[b].i, rd.ls[cs[b].i].label()))
	})
	for _, c := range cs {
		b := -1
		if c.back >= 0 {
			b = int(rd.ls[cs[c.back].i].no)
		}
		fmt.Printf("%d num %d w %.2f score %.2f back %d\n", rd.ls[c.i].no, c.num, c.w, c.score, b)
	}
}
