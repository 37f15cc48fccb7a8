package ingest

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// hintKind is what a paragraph's style says about it: evidence for the
// structure reader, never a paragraph number.
type hintKind uint8

// The style hints the Word reader gives.
const (
	hintNone     hintKind = iota
	hintTitle             // Title or Subtitle
	hintHeading           // Heading 1–9 or an outline level (level says which)
	hintList              // List Paragraph, List Bullet, List Number…
	hintFootnote          // footnote or endnote text
	hintHeader            // header or footer
)

// styleHint is a style's hint and, for headings, the level (1 for Heading 1).
type styleHint struct {
	kind  hintKind
	level int8
}

// wordStyle is a paragraph style as styles.xml defines it.
type wordStyle struct {
	name      string // lower case: "heading 1"
	basedOn   string
	outline   int8 // w:outlineLvl 0–9, or -1 when the style sets none
	num       numRef
	pageBreak bool // w:pageBreakBefore

	resolved bool
	hint     styleHint
	numR     numRef
	brk      bool
}

// styleSheet holds the paragraph styles and numbering styles of a document.
type styleSheet struct {
	styles      map[string]*wordStyle
	numStyles   map[string]string // numbering style ID → its w:numId
	defaultPara string            // the paragraph style of paragraphs that name none
}

func newStyleSheet() *styleSheet {
	return &styleSheet{styles: map[string]*wordStyle{}, numStyles: map[string]string{}}
}

// parseStyles reads styles.xml: names, base styles, outline levels,
// numbering and page breaks of paragraph styles, and numbering styles.
func (ss *styleSheet) parse(p *wordPackage, part string) error {
	var cur *wordStyle
	var numStyle string
	inPPr := false
	start := func(e xml.StartElement) error {
		switch {
		case isW(e.Name, "style"):
			cur, numStyle = nil, ""
			id := wAttr(e, "styleId")
			switch wAttr(e, "type") {
			case "paragraph", "":
				if _, dup := ss.styles[id]; !dup && id != "" {
					cur = &wordStyle{outline: -1}
					ss.styles[id] = cur
					if onOffAttr(wAttr(e, "default")) && ss.defaultPara == "" {
						ss.defaultPara = id
					}
				}
			case "numbering":
				numStyle = id
			}
		case isW(e.Name, "pPr"):
			inPPr = true
		case isW(e.Name, "numId") && inPPr && numStyle != "":
			ss.numStyles[numStyle] = wAttr(e, "val")
		case cur == nil:
		case isW(e.Name, "name"):
			cur.name = strings.ToLower(wAttr(e, "val"))
		case isW(e.Name, "basedOn"):
			cur.basedOn = wAttr(e, "val")
		case !inPPr:
		case isW(e.Name, "outlineLvl"):
			if n, err := strconv.Atoi(wAttr(e, "val")); err == nil && n >= 0 && n <= 9 {
				cur.outline = int8(n)
			}
		case isW(e.Name, "pageBreakBefore"):
			cur.pageBreak = onOff(e)
		case isW(e.Name, "numPr"):
			cur.num.set = true
		case isW(e.Name, "numId"):
			cur.num.numID, cur.num.set = wAttr(e, "val"), true
		case isW(e.Name, "ilvl"):
			cur.num.level, _ = levelIndex(wAttr(e, "val"))
			cur.num.levelSet = true
		}
		return nil
	}
	end := func(e xml.EndElement) {
		switch {
		case isW(e.Name, "pPr"):
			inPPr = false
		case isW(e.Name, "style"):
			cur, numStyle = nil, ""
		}
	}
	return p.walkPart(part, start, end, nil)
}

// onOffAttr reads an on/off attribute value ("1", "true", "on").
func onOffAttr(v string) bool { return v == "1" || v == "true" || v == "on" }

// resolve returns style id with its hint, numbering and page break
// resolved along its base styles (a chain that is bounded, so a cycle
// cannot loop); nil for an unknown style.
func (ss *styleSheet) resolve(id string) *wordStyle {
	return ss.resolveDepth(id, 0)
}

func (ss *styleSheet) resolveDepth(id string, depth int) *wordStyle {
	s := ss.styles[id]
	if s == nil || s.resolved {
		return s
	}
	s.resolved = true // set first: a cycle sees the style as it stands
	s.hint, s.numR, s.brk = ownHint(id, s), s.num, s.pageBreak
	if s.basedOn == "" || s.basedOn == id || depth >= 32 {
		return s
	}
	base := ss.resolveDepth(s.basedOn, depth+1)
	if base == nil {
		return s
	}
	if s.hint.kind == hintNone && s.outline < 0 {
		s.hint = base.hint
	}
	if !s.numR.set {
		s.numR = base.numR
	}
	s.brk = s.brk || base.brk
	return s
}

// ownHint is the hint a style gives by itself: its outline level first,
// then its name (built-in styles keep English names in styles.xml whatever
// the language of Word), then its ID.
func ownHint(id string, s *wordStyle) styleHint {
	if s.outline >= 0 && s.outline < 9 {
		return styleHint{hintHeading, s.outline + 1}
	}
	if h := hintByName(s.name); h.kind != hintNone {
		return h
	}
	return hintByName(strings.ToLower(id))
}

// hintByName recognises the built-in style names and their IDs: "heading 3"
// (or "Heading3"), "title", "subtitle", "list paragraph", "list bullet 2",
// "footnote text", "header".
func hintByName(name string) styleHint {
	n := strings.ReplaceAll(name, " ", "")
	switch {
	case len(n) == 8 && strings.HasPrefix(n, "heading") && n[7] >= '1' && n[7] <= '9':
		return styleHint{hintHeading, int8(n[7] - '0')}
	case n == "title" || n == "subtitle":
		return styleHint{kind: hintTitle}
	case strings.HasPrefix(n, "listparagraph"), strings.HasPrefix(n, "listbullet"), strings.HasPrefix(n, "listnumber"):
		return styleHint{kind: hintList}
	case n == "footnotetext" || n == "endnotetext":
		return styleHint{kind: hintFootnote}
	case n == "header" || n == "footer":
		return styleHint{kind: hintHeader}
	}
	return styleHint{}
}
