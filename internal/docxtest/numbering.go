package docxtest

import (
	"strconv"
	"strings"
)

// level is one level of a list definition.
type level struct {
	start   int
	format  string // decimal, upperRoman, lowerLetter, bullet, none, …
	text    string // w:lvlText, "%1." …
	suffix  string // "\t" (the default), " " or ""
	restart int    // restart after a level above this one-based index; -1: the default
}

// counter holds a list's current value at each level.
type counter struct {
	value   [9]int
	started [9]bool
}

// numbering resolves list labels as Word shows them: each w:num instance
// counts on its own (the documents checked here give each its own
// w:abstractNum, where Word and LibreOffice agree).
type numbering struct {
	levels map[string]*[9]level // by numId
	count  map[string]*counter
	// styleNum gives the numId and level a paragraph style carries.
	styleNum map[string][2]string
}

func newNumbering(numXML, stylesXML *Node) *numbering {
	nb := &numbering{levels: map[string]*[9]level{}, count: map[string]*counter{}, styleNum: map[string][2]string{}}
	abstract := map[string]*[9]level{}
	if numXML != nil {
		for _, a := range numXML.Kids {
			if a.Is("abstractNum") {
				abstract[a.Get("abstractNumId")] = readLevels(a, nil)
			}
		}
		for _, n := range numXML.Kids {
			if !n.Is("num") {
				continue
			}
			base := abstract[n.Path("abstractNumId").Get("val")]
			if base == nil {
				continue
			}
			lv := *base
			for _, o := range n.Kids {
				if !o.Is("lvlOverride") {
					continue
				}
				il, err := strconv.Atoi(o.Get("ilvl"))
				if err != nil || il < 0 || il > 8 {
					continue
				}
				if so := o.Child("startOverride"); so != nil {
					lv[il].start = atoi(so.Get("val"), lv[il].start)
				}
				if l := o.Child("lvl"); l != nil {
					one := readLevels(&Node{Kids: []*Node{l}}, &lv)
					lv = *one
				}
			}
			nb.levels[n.Get("numId")] = &lv
		}
	}
	if stylesXML != nil {
		nb.readStyles(stylesXML)
	}
	return nb
}

func readLevels(a *Node, into *[9]level) *[9]level {
	var lv [9]level
	if into != nil {
		lv = *into
	} else {
		for i := range lv {
			lv[i] = level{start: 1, format: "decimal", suffix: "\t", restart: -1}
		}
	}
	for _, l := range a.Kids {
		if !l.Is("lvl") {
			continue
		}
		il, err := strconv.Atoi(l.Get("ilvl"))
		if err != nil || il < 0 || il > 8 {
			continue
		}
		x := level{start: 0, format: "decimal", suffix: "\t", restart: -1}
		if s := l.Child("start"); s != nil {
			x.start = atoi(s.Get("val"), 0)
		}
		if f := l.Child("numFmt"); f != nil {
			x.format = f.Get("val")
		}
		if t := l.Child("lvlText"); t != nil {
			x.text = t.Get("val")
		}
		if s := l.Child("suff"); s != nil {
			switch s.Get("val") {
			case "space":
				x.suffix = " "
			case "nothing":
				x.suffix = ""
			}
		}
		if r := l.Child("lvlRestart"); r != nil {
			x.restart = atoi(r.Get("val"), -1)
		}
		lv[il] = x
	}
	return &lv
}

func atoi(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return def
	}
	return n
}

// readStyles records the numbering each paragraph style carries, through
// w:basedOn.
func (nb *numbering) readStyles(st *Node) {
	type style struct{ num, ilvl, based string }
	all := map[string]style{}
	for _, s := range st.Kids {
		if !s.Is("style") || s.Get("type") != "paragraph" {
			continue
		}
		var x style
		if np := s.Path("pPr", "numPr"); np != nil {
			x.num, x.ilvl = np.Child("numId").Get("val"), np.Child("ilvl").Get("val")
		}
		x.based = s.Child("basedOn").Get("val")
		all[s.Get("styleId")] = x
	}
	for id := range all {
		for s, depth := all[id], 0; depth < 20; depth++ {
			if s.num != "" {
				nb.styleNum[id] = [2]string{s.num, s.ilvl}
				break
			}
			next, ok := all[s.based]
			if !ok {
				break
			}
			s = next
		}
	}
}

// label returns the list label and its suffix for a paragraph with the
// given style and properties, and counts it; "" when it is not numbered.
func (nb *numbering) label(style string, ppr *Node) string {
	sn := nb.styleNum[style]
	numID, ilvl := sn[0], sn[1]
	if np := ppr.Child("numPr"); np != nil {
		if n := np.Child("numId"); n != nil {
			numID = n.Get("val")
		}
		if l := np.Child("ilvl"); l != nil {
			ilvl = l.Get("val")
		}
	}
	lv := nb.levels[numID]
	if numID == "" || numID == "0" || lv == nil {
		return ""
	}
	il := atoi(ilvl, 0)
	if il < 0 || il > 8 {
		il = 0
	}
	c := nb.count[numID]
	if c == nil {
		c = &counter{}
		nb.count[numID] = c
	}
	if !c.started[il] {
		c.value[il], c.started[il] = lv[il].start, true
	} else {
		c.value[il]++
	}
	for m := il + 1; m < 9; m++ {
		r := lv[m].restart
		if r < 0 {
			r = m
		}
		if il < r {
			c.started[m] = false
		}
	}
	x := lv[il]
	if x.format == "none" {
		return x.suffix
	}
	text := x.text
	for k := 9; k >= 1; k-- {
		ph := "%" + strconv.Itoa(k)
		if !strings.Contains(text, ph) {
			continue
		}
		v := c.value[k-1]
		if !c.started[k-1] {
			v = lv[k-1].start
		}
		text = strings.ReplaceAll(text, ph, format(v, lv[k-1].format))
	}
	return text + x.suffix
}

// format writes n in a Word number format.
func format(n int, f string) string {
	switch f {
	case "upperRoman":
		return roman(n)
	case "lowerRoman":
		return strings.ToLower(roman(n))
	case "upperLetter":
		return strings.ToUpper(letter(n))
	case "lowerLetter":
		return letter(n)
	case "bullet", "none":
		return ""
	}
	return strconv.Itoa(n)
}

// letter is Word's letter numbering: a … z, then aa, bb, … zz, aaa.
func letter(n int) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
}

func roman(n int) string {
	if n < 1 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	digs := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(digs[i])
			n -= v
		}
	}
	return b.String()
}
