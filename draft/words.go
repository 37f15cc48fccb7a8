package draft

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
	"golang.org/x/text/unicode/norm"
)

// Word operations name what happened to a run of text between two versions.
const (
	OpEqual  = "equal"
	OpInsert = "insert"
	OpDelete = "delete"
)

// WordOp is one run of a word-by-word difference: text kept ("equal"),
// inserted ("insert") or deleted ("delete"). Runs never start or end inside
// a word.
type WordOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Tokens splits s into the units a word diff works on: words (runs of
// letters, digits and combining marks), single punctuation or symbol
// characters, and runs of white space. Joined, the tokens give s back.
func Tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case isWordRune(r):
			j = scanWhile(s, j, isWordRune)
		case unicode.IsSpace(r):
			j = scanWhile(s, j, unicode.IsSpace)
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

func scanWhile(s string, j int, f func(rune) bool) int {
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !f(r) {
			break
		}
		j += n
	}
	return j
}

// WordDiff compares two texts word by word after normalising both to NFC,
// so that an accent typed as a combining mark equals the composed letter.
// Applying the equal and insert runs gives the new text (in NFC); the equal
// and delete runs give the old. A pathological pair is cut short by
// go-diff's timeout and then shows as a coarser, still correct, difference.
func WordDiff(old, new string) []WordOp {
	old, new = nfc(old), nfc(new)
	if old == new {
		if old == "" {
			return nil
		}
		return []WordOp{{OpEqual, old}}
	}
	var tab tokenTable
	a, b := tab.encode(old), tab.encode(new)
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMainRunes(a, b, false)
	// The clean-up runs on the encoded form, where one rune is one token,
	// so that it can merge runs but never cut a word in two.
	diffs = dmp.DiffCleanupSemantic(diffs)
	diffs = dmp.DiffCharsToLines(diffs, tab.tokens)
	return wordOps(diffs)
}

// tokenTable maps each distinct token to a rune, as go-diff's
// DiffLinesToRunes does for lines; index 0 is kept empty as go-diff does.
type tokenTable struct {
	tokens []string
	index  map[string]int
}

func (t *tokenTable) encode(s string) []rune {
	if t.index == nil {
		t.index = map[string]int{}
		t.tokens = []string{""}
	}
	toks := Tokens(s)
	out := make([]rune, len(toks))
	for i, tok := range toks {
		n, ok := t.index[tok]
		if !ok {
			n = len(t.tokens)
			t.tokens = append(t.tokens, tok)
			t.index[tok] = n
		}
		out[i] = indexRune(n)
	}
	return out
}

// Go-diff's rune encoding of an index skips the surrogate block and, in the
// four-byte range, three more code points; indexRune mirrors it exactly so
// that DiffCharsToLines decodes what encode wrote.
const (
	surrogateStart = 0xD800
	surrogateDelta = 0xDFFF - 0xD800 + 1
	threeByteLimit = 1<<16 - surrogateDelta - 3
)

func indexRune(n int) rune {
	switch {
	case n < surrogateStart:
		return rune(n)
	case n < threeByteLimit:
		return rune(n + surrogateDelta)
	default:
		return rune(n + surrogateDelta + 3)
	}
}

func wordOps(diffs []diffmatchpatch.Diff) []WordOp {
	out := make([]WordOp, 0, len(diffs))
	for _, d := range diffs {
		if d.Text == "" {
			continue
		}
		op := OpEqual
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = OpInsert
		case diffmatchpatch.DiffDelete:
			op = OpDelete
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += d.Text
			continue
		}
		out = append(out, WordOp{op, d.Text})
	}
	return out
}

// ApplyWords rebuilds one side of a word diff: the new text when side is
// OpInsert, the old text when side is OpDelete.
func ApplyWords(ops []WordOp, side string) string {
	var b strings.Builder
	for _, o := range ops {
		if o.Op == OpEqual || o.Op == side {
			b.WriteString(o.Text)
		}
	}
	return b.String()
}

// nfc returns s in Unicode normalisation form C.
func nfc(s string) string { return norm.NFC.String(s) }
