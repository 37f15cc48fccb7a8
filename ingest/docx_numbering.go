package ingest

import (
	"encoding/xml"
	"strconv"
)

// maxListLevels is the number of levels a Word list definition has.
const maxListLevels = 9

// maxLabel bounds a list label: legal numbering nine levels deep with
// six-digit numbers fits; a level text that repeats "%1" thousands of times
// (which took 2.3 GB in an earlier reader) is refused.
const maxLabel = 100

// listLevel is one level of a Word list definition (w:lvl).
type listLevel struct {
	start   int
	format  string // w:numFmt: decimal, lowerLetter, upperRoman, bullet, none, …
	text    string // w:lvlText: "%1.", "%1.%2", "•"
	restart int    // w:lvlRestart: restart after a level above this (1-based); 0 never; -1 the default
	legal   bool   // w:isLgl: every level's number in decimal
	pStyle  string // w:pStyle: the paragraph style this level belongs to
}

// abstractList is a w:abstractNum: the levels of one list definition.
type abstractList struct {
	id        string
	levels    [maxListLevels]listLevel
	styleLink string // w:numStyleLink: the levels are those of this numbering style
}

// listInstance is a w:num: a list that points at a definition and may
// restart levels (w:startOverride) or redefine them (w:lvl in an override).
type listInstance struct {
	abstract string
	starts   map[int]int
	levels   map[int]*listLevel
}

// listDefs are the list definitions of numbering.xml.
type listDefs struct {
	abstracts map[string]*abstractList
	nums      map[string]*listInstance
	styles    *styleSheet
}

// numRef is a paragraph's (or style's) reference to a list: w:numPr.
type numRef struct {
	numID    string
	level    int
	set      bool // a w:numPr was present (numId "0" switches numbering off)
	levelSet bool // w:ilvl was given
}

func newListDefs(ss *styleSheet) *listDefs {
	return &listDefs{abstracts: map[string]*abstractList{}, nums: map[string]*listInstance{}, styles: ss}
}

// defaultLevel is a level before numbering.xml says anything about it.
func defaultLevel() listLevel { return listLevel{start: 1, format: "decimal", restart: -1} }

// parse reads numbering.xml.
func (ld *listDefs) parse(p *wordPackage, part string) error {
	var abs *abstractList
	var lvl *listLevel
	var num *listInstance
	overLevel := -1
	start := func(e xml.StartElement) error {
		switch {
		case isW(e.Name, "abstractNum"):
			abs = &abstractList{id: wAttr(e, "abstractNumId")}
			for i := range abs.levels {
				abs.levels[i] = defaultLevel()
			}
			if _, dup := ld.abstracts[abs.id]; !dup {
				ld.abstracts[abs.id] = abs
			}
		case isW(e.Name, "numStyleLink") && abs != nil:
			abs.styleLink = wAttr(e, "val")
		case isW(e.Name, "lvl"):
			lvl = ld.levelFor(abs, num, overLevel, wAttr(e, "ilvl"))
		case isW(e.Name, "num"):
			num = &listInstance{starts: map[int]int{}, levels: map[int]*listLevel{}}
			if id := wAttr(e, "numId"); ld.nums[id] == nil {
				ld.nums[id] = num
			}
		case isW(e.Name, "abstractNumId") && num != nil:
			num.abstract = wAttr(e, "val")
		case isW(e.Name, "lvlOverride") && num != nil:
			overLevel, _ = levelIndexOr(wAttr(e, "ilvl"), -1)
		case isW(e.Name, "startOverride") && num != nil && overLevel >= 0:
			num.starts[overLevel] = atoiOr(wAttr(e, "val"), 1)
		case lvl != nil:
			lvl.set(e)
		}
		return nil
	}
	end := func(e xml.EndElement) {
		switch {
		case isW(e.Name, "abstractNum"):
			abs, lvl = nil, nil
		case isW(e.Name, "lvl"):
			lvl = nil
		case isW(e.Name, "num"):
			num = nil
		case isW(e.Name, "lvlOverride"):
			overLevel = -1
		}
	}
	return p.walkPart(part, start, end, nil)
}

// levelFor returns the level a w:lvl element defines: one of an abstract
// definition's, or a level redefined in a list's override; nil otherwise.
func (ld *listDefs) levelFor(abs *abstractList, num *listInstance, overLevel int, ilvl string) *listLevel {
	switch {
	case abs != nil:
		if i, ok := levelIndex(ilvl); ok {
			return &abs.levels[i]
		}
	case num != nil && overLevel >= 0:
		l := defaultLevel()
		num.levels[overLevel] = &l
		return &l
	}
	return nil
}

// set reads one property of a level.
func (l *listLevel) set(e xml.StartElement) {
	switch {
	case isW(e.Name, "start"):
		l.start = atoiOr(wAttr(e, "val"), 1)
	case isW(e.Name, "numFmt"):
		l.format = wAttr(e, "val")
	case isW(e.Name, "lvlText"):
		l.text = wAttr(e, "val")
	case isW(e.Name, "lvlRestart"):
		l.restart = atoiOr(wAttr(e, "val"), -1)
	case isW(e.Name, "isLgl"):
		l.legal = onOff(e)
	case isW(e.Name, "pStyle"):
		l.pStyle = wAttr(e, "val")
	}
}

// list is a w:num resolved to the levels it shows: its definition
// (following a numbering style link) and its overrides.
type list struct {
	key     string // the counters it shares: its definition's, or its own when it restarts
	def     *abstractList
	inst    *listInstance
	absName string // the definition's ID, for messages
}

// resolveList finds list numID's definition; ok is false when it has none.
func (ld *listDefs) resolveList(numID string) (list, bool) {
	inst := ld.nums[numID]
	if inst == nil {
		return list{}, false
	}
	abs := ld.abstracts[inst.abstract]
	// A definition may only point at a numbering style, whose list holds
	// the levels (w:numStyleLink); follow a bounded chain of such links.
	for hops := 0; abs != nil && abs.styleLink != "" && hops < 8; hops++ {
		linked := ld.nums[ld.styles.numStyles[abs.styleLink]]
		if linked == nil || ld.abstracts[linked.abstract] == nil || ld.abstracts[linked.abstract] == abs {
			break
		}
		abs = ld.abstracts[linked.abstract]
	}
	if abs == nil {
		return list{}, false
	}
	key := "a" + abs.id
	if len(inst.starts) > 0 || len(inst.levels) > 0 {
		key = "n" + numID
	}
	return list{key: key, def: abs, inst: inst, absName: inst.abstract}, true
}

// level returns level i of the list, overrides applied.
func (l list) level(i int) *listLevel {
	if o := l.inst.levels[i]; o != nil {
		return o
	}
	return &l.def.levels[i]
}

// startOf returns where level i starts.
func (l list) startOf(i int) int {
	if v, ok := l.inst.starts[i]; ok {
		return v
	}
	return l.level(i).start
}

// levelIndex parses a w:ilvl value, 0 to 8.
func levelIndex(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n >= maxListLevels {
		return 0, false
	}
	return n, true
}

// levelIndexOr parses a w:ilvl value, or returns def.
func levelIndexOr(s string, def int) (int, bool) {
	if n, ok := levelIndex(s); ok {
		return n, true
	}
	return def, false
}

// atoiOr parses a small integer, returning def when s is not one.
func atoiOr(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 1_000_000 {
		return def
	}
	return n
}
