package textarea

import (
	"unicode/utf8"
)

// caretLine returns the visual line the caret is shown on.
func (a *Area) caretLine() int {
	i := lineIndex(a.lo.lines, a.caret)
	if a.upstream && i > 0 && a.lo.lines[i].start == a.caret && !a.endsHard(i-1) {
		return i - 1
	}
	return i
}

// endsHard reports whether line i ends with a newline.
func (a *Area) endsHard(i int) bool {
	l := a.lo.lines[i]
	return l.end > l.start && a.text[l.end-1] == '\n'
}

// contentEnd returns where End puts the caret on line i: before the
// newline that ends it, or before the spaces a wrapped line hangs. A
// wrapped line that hangs no spaces (a long word broken) ends where the
// next line starts, and a caret there is upstream.
func (a *Area) contentEnd(i int) (end int, upstream bool) {
	l := a.lo.lines[i]
	switch {
	case a.endsHard(i):
		return l.end - 1, false
	case i == len(a.lo.lines)-1:
		return l.end, false
	}
	e := l.end
	for e > l.start && a.text[e-1] == ' ' {
		e--
	}
	return e, e == l.end
}

// xAt returns the x of byte offset p, on line i, from the line's start:
// the widths of the words and spaces before p, plus the part of the word
// p is in, as the line was measured when it was broken.
func (a *Area) xAt(i, p int) float32 {
	l := a.lo.lines[i]
	x := float32(0)
	for q := l.start; q < p && q < l.end; {
		switch a.text[q] {
		case '\n':
			return x
		case ' ':
			x += a.m.space
			q++
			continue
		}
		j := wordEnd(a.text, q)
		if j > l.end {
			j = l.end
		}
		if j > p {
			return x + a.m.measure(a.text[q:p])
		}
		x += a.m.measure(a.text[q:j])
		q = j
	}
	return x
}

// offsetAt returns the offset on line i nearest to x (from the line's
// start), never past where End would go, and never between a character
// and the marks that combine with it; upstream as contentEnd's.
func (a *Area) offsetAt(i int, x float32) (int, bool) {
	l := a.lo.lines[i]
	end, up := a.contentEnd(i)
	x0 := float32(0)
	for q := l.start; q < end; {
		if a.text[q] == ' ' {
			if x < x0+a.m.space/2 {
				return q, false
			}
			x0 += a.m.space
			q++
			continue
		}
		j := wordEnd(a.text, q)
		if j > end {
			j = end
		}
		if ww := a.m.measure(a.text[q:j]); x < x0+ww {
			return a.offsetInWord(q, j, x-x0), false
		} else {
			x0 += ww
		}
		q = j
	}
	return end, up
}

// offsetInWord returns the character boundary of the word [q, j) nearest
// to x from the word's start.
func (a *Area) offsetInWord(q, j int, x float32) int {
	prev, prevX := q, float32(0)
	for k := q; k < j; {
		_, n := utf8.DecodeRuneInString(a.text[k:])
		k += n
		if k < j && isMark(a.text[k:]) {
			continue
		}
		kx := a.m.measure(a.text[q:k])
		if x < (prevX+kx)/2 {
			return prev
		}
		prev, prevX = k, kx
	}
	return prev
}

func abs(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}
