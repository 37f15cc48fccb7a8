package textarea

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// runeWidths is a measure for tests: each character as wide as its rune
// count says, with a few wider ones, so that a prefix's width is not
// simply its length.
func runeWidths(s string) float32 {
	w := float32(0)
	for _, r := range s {
		switch {
		case r == 'm' || r == 'W':
			w += 1.5
		case r >= 0x300 && r < 0x370: // combining marks take no room
		default:
			w++
		}
	}
	return w
}

func testWrapper(width float32) *wrapper {
	return &wrapper{width: width, space: 1, measure: runeWidths}
}

// texts returns the visual lines of s as strings.
func texts(s string, lines []line) []string {
	var out []string
	for _, l := range lines {
		out = append(out, s[l.start:l.end])
	}
	return out
}

func TestWrapAll(t *testing.T) {
	for _, tc := range []struct {
		text  string
		width float32
		want  []string
	}{
		{"", 10, []string{""}},
		{"aaa bbb ccc", 10, []string{"aaa bbb ", "ccc"}},
		{"aaa bbb ccc", 11, []string{"aaa bbb ccc"}},
		{"aaa  bbb", 4, []string{"aaa  ", "bbb"}},
		{"abcdefghijklxno", 5, []string{"abcde", "fghij", "klxno"}},
		{"ab abcdefgh", 5, []string{"ab ", "abcde", "fgh"}},
		{"one\ntwo", 20, []string{"one\n", "two"}},
		{"one\n", 20, []string{"one\n", ""}},
		{"\n\n", 20, []string{"\n", "\n", ""}},
		{"Türkiye and Ελλάδα", 8, []string{"Türkiye ", "and ", "Ελλάδα"}},
		{"e\u0301e\u0301e\u0301e\u0301", 2, []string{"e\u0301e\u0301", "e\u0301e\u0301"}},
		{"   indented text", 8, []string{"   ", "indented ", "text"}},
		{"mmmm", 3, []string{"mm", "mm"}},
	} {
		got := texts(tc.text, testWrapper(tc.width).wrapAll(tc.text).lines)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wrap(%q, %v) = %q, want %q", tc.text, tc.width, got, tc.want)
		}
	}
}

// TestWrapLinesFit checks what every wrap must hold: the lines cover the
// text end to end, each is as wide as its words, and none is wider than the
// width unless it holds a single character.
func TestWrapLinesFit(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 500; n++ {
		s := randomText(rng, rng.Intn(400))
		w := testWrapper(float32(3 + rng.Intn(40)))
		lo := w.wrapAll(s)
		lines := lo.lines
		p := 0
		for i, l := range lines {
			if l.start != p || l.end < l.start {
				t.Fatalf("%q: line %d is [%d,%d), want it to start at %d", s, i, l.start, l.end, p)
			}
			p = l.end
			body := strings.TrimRight(strings.TrimSuffix(s[l.start:l.end], "\n"), " ")
			if got := measureLine(body); got != l.width && strings.TrimLeft(body, " ") == body {
				t.Errorf("%q: line %d %q has width %v, measures %v", s, i, body, l.width, got)
			}
			if l.width > w.width && utf8.RuneCountInString(body) > 1 && !strings.ContainsRune(body, 0x301) {
				t.Errorf("%q: line %d %q is %v wide, more than %v", s, i, body, l.width, w.width)
			}
		}
		if p != len(s) {
			t.Fatalf("%q: lines end at %d, want %d", s, p, len(s))
		}
		checkTokens(t, s, lo)
	}
}

// measureLine is a line's width as the wrapper counts it: its words plus a
// space's width per space.
func measureLine(s string) float32 {
	w := float32(0)
	for i, word := range strings.Split(s, " ") {
		if i > 0 {
			w++
		}
		w += runeWidths(word)
	}
	return w
}

var pool = []string{
	"the", "delegate", "of", "Türkiye", "thanked", "Secretariat", "“pilot”", "Doc.", "PC0733E",
	"Ελλάδα", "Россия", "Treviño", "مرحبا", "שלום", "e\u0301te\u0301", "–", "•",
	"internationalisation-and-harmonisation-of-procedures", "a", "mmmmmm", "\n", "  ", " ",
}

// randomText returns about n bytes of words from pool joined by spaces.
func randomText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(pool[rng.Intn(len(pool))])
		if rng.Intn(4) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// randomBoundary returns a random character boundary of s.
func randomBoundary(rng *rand.Rand, s string) int {
	p := rng.Intn(len(s) + 1)
	for p > 0 && p < len(s) && !utf8.RuneStart(s[p]) {
		p--
	}
	return p
}

// TestRewrapEqualsWrapAll is the property the incremental wrap rests on:
// after any sequence of edits, the lines kept up to date edit by edit are
// the lines of the text broken from scratch.
func TestRewrapEqualsWrapAll(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for run := 0; run < 200; run++ {
		w := testWrapper(float32(4 + rng.Intn(60)))
		s := randomText(rng, rng.Intn(600))
		lo := w.wrapAll(s)
		for step := 0; step < 100; step++ {
			a := randomBoundary(rng, s)
			b := a
			if rng.Intn(3) == 0 {
				b = randomBoundary(rng, s[a:]) + a
			}
			ins := ""
			switch rng.Intn(4) {
			case 0:
				ins = string([]rune("abcdefghij ;.\nΩЖü")[rng.Intn(17)])
			case 1:
				ins = randomText(rng, rng.Intn(30))
			case 2:
				ins = " "
			}
			next := s[:a] + ins + s[b:]
			lo = w.rewrap(lo, next, a, b, len(ins))
			want := w.wrapAll(next)
			if got := texts(next, lo.lines); strings.Join(got, "|") != strings.Join(texts(next, want.lines), "|") {
				t.Fatalf("after replacing [%d,%d) of %q with %q at width %v:\n got  %q\n want %q",
					a, b, s, ins, w.width, got, texts(next, want.lines))
			}
			if !slices.Equal(lo.lines, want.lines) || !slices.Equal(lo.toks, want.toks) {
				t.Fatalf("after replacing [%d,%d) of %q with %q: layout\n %+v\nwant\n %+v", a, b, s, ins, lo, want)
			}
			s = next
		}
	}
}

// TestRewrapWorkIsLocal checks that typing a letter in the middle of a
// long text breaks a few lines, not all of them.
func TestRewrapWorkIsLocal(t *testing.T) {
	calls := 0
	w := &wrapper{width: 60, space: 1, measure: func(s string) float32 { calls++; return runeWidths(s) }}
	s := strings.Repeat("lorem ipsum dolor sit amet ", 150) // 4,050 bytes, 70 lines
	lo := w.wrapAll(s)
	for _, a := range []int{len(s) / 2, len(s) / 3, 17, len(s) - 5} {
		calls = 0
		next := s[:a] + "x" + s[a:]
		w.rewrap(lo, next, a, a, 1)
		if calls > 10 {
			t.Errorf("one letter at %d of %d lines measured %d words, want the few around it", a, len(lo.lines), calls)
		}
	}
}

// checkTokens checks that the tokens are the text end to end, each of one
// kind and measured, and that each line's token is the one holding its start.
func checkTokens(t *testing.T, s string, lo layout) {
	t.Helper()
	at := 0
	starts := map[int]int{}
	for i, tk := range lo.toks {
		starts[i] = at
		part := s[at : at+tk.n]
		var want kind
		switch {
		case part == "\n":
			want = newline
		case strings.Trim(part, " ") == "":
			want = spaces
		default:
			want = word
		}
		if tk.kind != want || (want == word && tk.w != runeWidths(part)) {
			t.Fatalf("%q: token %d %q is %+v", s, i, part, tk)
		}
		at += tk.n
	}
	if at != len(s) {
		t.Fatalf("%q: tokens end at %d", s, at)
	}
	for i, l := range lo.lines {
		if l.tok < len(lo.toks) && (starts[l.tok] != l.tokAt || l.start < l.tokAt || l.start >= l.tokAt+lo.toks[l.tok].n) {
			t.Fatalf("%q: line %d %+v is not in its token", s, i, l)
		}
	}
}
