package textarea

import (
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"
)

// kind is what a token of text is.
type kind uint8

const (
	word    kind = iota // characters up to the next space or newline
	spaces              // a run of spaces
	newline             // one newline
)

// tok is a run of the text with its width: a word as measured, a run of
// spaces as wide as its spaces. A text is its tokens end to end; breaking
// it into lines adds up widths and measures nothing.
type tok struct {
	n    int // length in bytes
	kind kind
	w    float32
}

// line is one visual line: the bytes [start, end) of the text, where end is
// the next line's start. A line keeps the spaces it was broken after and
// the newline that ends it; width is the width of the rest. tok is the
// token holding start, and tokAt where that token starts (before start
// when a long word was broken between characters).
type line struct {
	start, end int
	width      float32
	tok, tokAt int
}

// layout is a text's tokens and visual lines.
type layout struct {
	toks  []tok
	lines []line
}

// wrapper breaks text into visual lines no wider than width: greedily, at
// spaces, which hang at the end of the line they follow; a word wider than
// a whole line is broken between characters. measure gives the width of a
// piece of text without spaces, space that of one space.
type wrapper struct {
	width   float32
	space   float32
	measure func(string) float32
}

// tokenize appends the tokens of s[from:to] to out.
func (w *wrapper) tokenize(out []tok, s string, from, to int) []tok {
	for i := from; i < to; {
		switch s[i] {
		case '\n':
			out = append(out, tok{1, newline, 0})
			i++
		case ' ':
			j := spaceEnd(s[:to], i)
			out = append(out, tok{j - i, spaces, float32(j-i) * w.space})
			i = j
		default:
			j := wordEnd(s[:to], i)
			out = append(out, tok{j - i, word, w.measure(s[i:j])})
			i = j
		}
	}
	return out
}

// lineAt returns the visual line that starts at byte start of s, in token
// ti (which starts at byte at), and where the next line starts: its token
// and that token's start.
func (w *wrapper) lineAt(s string, toks []tok, ti, at, start int) (l line, nextTok, nextAt int) {
	l = line{start: start, tok: ti, tokAt: at}
	x, pending := float32(0), float32(0)
	brk, brkTok := -1, 0
	for ; ti < len(toks); ti++ {
		t := toks[ti]
		end := at + t.n
		switch t.kind {
		case newline:
			l.end, l.width = end, x
			return l, ti + 1, end
		case spaces:
			pending += t.w
			brk, brkTok = end, ti+1
		default:
			from, ww := at, t.w
			if start > at {
				// The rest of a word broken on the line before.
				from, ww = start, w.measure(s[start:end])
			}
			switch {
			case x+pending+ww <= w.width:
				x, pending = x+pending+ww, 0
			case brk >= 0:
				l.end, l.width = brk, x
				return l, brkTok, brk
			default:
				k := w.fitRunes(s, from, end)
				l.end, l.width = k, w.measure(s[from:k])
				return l, ti, at
			}
		}
		at = end
	}
	l.end, l.width = len(s), x
	return l, len(toks), len(s)
}

// fitRunes returns where to break the word s[i:j], which starts a line and
// is wider than it: after as many characters as fit, at least one, and
// never between a character and the marks that combine with it.
func (w *wrapper) fitRunes(s string, i, j int) int {
	var ends []int
	for k := i; k < j; {
		_, n := utf8.DecodeRuneInString(s[k:])
		k += n
		if k < j {
			if r, _ := utf8.DecodeRuneInString(s[k:]); unicode.Is(unicode.M, r) {
				continue
			}
		}
		ends = append(ends, k)
	}
	n := sort.Search(len(ends), func(m int) bool { return w.measure(s[i:ends[m]]) > w.width })
	if n == 0 {
		n = 1
	}
	return ends[n-1]
}

// wrapAll lays all of s out. There is always at least one line, and a text
// that ends with a newline ends with an empty line.
func (w *wrapper) wrapAll(s string) layout {
	toks := w.tokenize(nil, s, 0, len(s))
	lines, _ := w.wrapFrom(nil, s, toks, 0, 0, 0, nil, 0)
	return layout{toks, lines}
}

// wrapFrom appends to out the lines of s from byte p (in token ti, which
// starts at at) on, until one starts where a line of old (the lines after
// an edit, of the text before it) starts shifted by delta bytes: from there
// on the text is the same, and so are its breaks. It returns the index of
// that line in old, or -1 when the lines reached the end of s.
func (w *wrapper) wrapFrom(out []line, s string, toks []tok, ti, at, p int, old []line, delta int) ([]line, int) {
	k := 0
	for {
		l, nt, na := w.lineAt(s, toks, ti, at, p)
		out = append(out, l)
		if l.end == len(s) {
			if len(s) > 0 && s[len(s)-1] == '\n' {
				out = append(out, line{start: len(s), end: len(s), tok: len(toks), tokAt: len(s)})
			}
			return out, -1
		}
		ti, at, p = nt, na, l.end
		for k < len(old) && old[k].start+delta < p {
			k++
		}
		if k < len(old) && old[k].start+delta == p {
			return out, k
		}
	}
}

// rewrap updates lo, the layout of a text, to s, the same text with bytes
// [a, b) replaced by n bytes. It measures the words around the edit again,
// breaks lines again from the line before the edited word, and stops as
// soon as the breaks meet the old ones: a keystroke costs a line or two of
// work whatever the text's length, and at worst adding up the widths of
// the words after it. lo's slices are reused.
func (w *wrapper) rewrap(lo layout, s string, a, b, n int) layout {
	delta := n - (b - a)
	// The tokens holding the bytes either side of the edit are made again.
	// The region starts and ends as they do, so the tokens next to it are
	// of another kind and stay as they are.
	i0, start := lo.tokenAt(a - 1)
	i1, end := lo.tokenAt(b)
	if i1 < len(lo.toks) {
		end += lo.toks[i1].n
		i1++
	}
	region := w.tokenize(nil, s, start, end+delta)
	dt := len(region) - (i1 - i0)
	toks := slices.Replace(lo.toks, i0, i1, region...)

	ws := a
	for ws > 0 && s[ws-1] != ' ' && s[ws-1] != '\n' {
		ws--
	}
	r := max(0, min(lineIndex(lo.lines, ws)-1, lineIndex(lo.lines, start)))
	k := r + 1
	for k < len(lo.lines) && lo.lines[k].start < end {
		k++
	}
	l := lo.lines[r]
	fresh, j := w.wrapFrom(make([]line, 0, 4), s, toks, l.tok, l.tokAt, l.start, lo.lines[k:], delta)
	if j < 0 {
		return layout{toks, append(lo.lines[:r], fresh...)}
	}
	lines := slices.Replace(lo.lines, r, k+j, fresh...)
	for i := r + len(fresh); i < len(lines); i++ {
		o := &lines[i]
		o.start, o.end, o.tok, o.tokAt = o.start+delta, o.end+delta, o.tok+dt, o.tokAt+delta
	}
	return layout{toks, lines}
}

// tokenAt returns the token holding byte p (p < 0: the first), and where
// it starts; for p at or past the end, the number of tokens and the end.
func (lo layout) tokenAt(p int) (int, int) {
	if p < 0 {
		return 0, 0
	}
	l := lo.lines[lineIndex(lo.lines, p)]
	t, at := l.tok, l.tokAt
	for t < len(lo.toks) && at+lo.toks[t].n <= p {
		at += lo.toks[t].n
		t++
	}
	return t, at
}

// lineIndex returns the index of the line holding byte p: the last line
// that starts at or before p.
func lineIndex(lines []line, p int) int {
	i := sort.Search(len(lines), func(i int) bool { return lines[i].start > p })
	if i == 0 {
		return 0
	}
	return i - 1
}

// spaceEnd returns the end of the run of spaces starting at byte i of s.
func spaceEnd(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// wordEnd returns the end of the word starting at byte i of s: the next
// space or newline.
func wordEnd(s string, i int) int {
	for i < len(s) && s[i] != ' ' && s[i] != '\n' {
		i++
	}
	return i
}
