package export

import (
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// mark says how a word of a redline is shown.
type mark uint8

const (
	plain    mark = iota
	inserted      // underlined, in colour
	deleted       // struck through, in colour
)

// word is one word of a block, with the font style it is set in and its
// width in millimetres once measured.
type word struct {
	text  string
	style string
	mark  mark
	glue  bool // set against the word before, with no space
	w     float64
}

// line is one laid-out line of a block: its words and their natural width
// with single spaces between them.
type line struct {
	words []word
	width float64
}

// block is one paragraph-like unit of the page: a text column, an optional
// label in a margin column (paragraph number, letter, bullet), an optional
// right-aligned note on its first line (an agenda range), and how it
// behaves at a page break. Blocks are measured and drawn by the same
// routine (layout then draw), so what the keep-with-next check measures is
// what gets drawn.
type block struct {
	text  string // the text, split into words of one style
	words []word // or words with their own styles and marks (redline)
	style string
	size  float64 // points
	lh    float64 // line height, mm
	x, w  float64 // text column
	align byte    // 'J' justified (last line left), 'L', 'C'

	label      string
	note       string // under the label, small: "was 12", "added"
	noteColor  [3]int
	bar        bool // a change bar in the left margin beside every line
	cells      []cell
	labelX     float64
	labelW     float64
	labelStyle string
	labelColor [3]int
	right      string
	rightStyle string

	before   float64 // space above, dropped at the top of a page
	keep     bool    // keep with the next block (headings, lead-ins)
	newPage  bool
	bookmark string
	level    int

	lines []line
	done  bool
}

// cell is a column of a table row, drawn right-aligned on the first line.
type cell struct {
	x, w float64
	text string
}

// setFont selects the report font in style at size points.
func setFont(pdf *fpdf.Fpdf, style string, size float64) {
	pdf.SetFont(family, style, size)
}

// layout splits the block into lines no wider than its column. It is the
// only wrapping routine: heights for page decisions come from its result.
func (b *block) layout(pdf *fpdf.Fpdf) {
	if b.done {
		return
	}
	b.done = true
	words := b.words
	if words == nil {
		for _, t := range strings.Fields(b.text) {
			words = append(words, word{text: t, style: b.style})
		}
	}
	setFont(pdf, b.style, b.size)
	space := pdf.GetStringWidth(" ")
	cur := b.style
	var ln line
	for _, wd := range words {
		if wd.style != cur {
			cur = wd.style
			setFont(pdf, cur, b.size)
		}
		wd.w = pdf.GetStringWidth(wd.text)
		for _, piece := range splitLong(pdf, wd, b.w) {
			add := piece.w
			if len(ln.words) > 0 && !piece.glue {
				add += space
			}
			if len(ln.words) > 0 && ln.width+add > b.w+1e-9 {
				var carry []word
				ln, carry = cutGlued(ln, piece.glue, space)
				b.lines = append(b.lines, ln)
				ln = line{words: carry, width: width(carry, space)}
				add = piece.w
				if len(carry) > 0 && !piece.glue {
					add += space
				}
			}
			ln.words = append(ln.words, piece)
			ln.width += add
		}
	}
	if len(ln.words) > 0 || len(b.lines) == 0 {
		b.lines = append(b.lines, ln)
	}
}

// splitLong cuts a word wider than the column (a long address) into
// pieces that fit; the current font must be the word's.
func splitLong(pdf *fpdf.Fpdf, wd word, width float64) []word {
	if wd.w <= width {
		return []word{wd}
	}
	var out []word
	rest := []rune(wd.text)
	for len(rest) > 0 {
		n := len(rest)
		for n > 1 && pdf.GetStringWidth(string(rest[:n])) > width {
			n--
		}
		p := wd
		p.text = string(rest[:n])
		p.w = pdf.GetStringWidth(p.text)
		out = append(out, p)
		rest = rest[n:]
	}
	return out
}

// height returns the height of the first n lines (all when n < 0).
func (b *block) height(n int) float64 {
	if n < 0 || n > len(b.lines) {
		n = len(b.lines)
	}
	return float64(n) * b.lh
}

// uniform reports whether every word of the line is plain and in the
// block's style, so the line can be drawn as one cell.
func (b *block) uniform(ln line) bool {
	for _, w := range ln.words {
		if w.mark != plain || w.style != b.style {
			return false
		}
	}
	return true
}

// cutGlued takes off the end of a full line the words glued to the one
// that does not fit, so that a word is never broken at a glue point; it
// leaves a line of one glued chain alone.
func cutGlued(ln line, glued bool, space float64) (line, []word) {
	if !glued {
		return ln, nil
	}
	s := len(ln.words) - 1
	for s > 0 && ln.words[s].glue {
		s--
	}
	if s == 0 {
		return ln, nil
	}
	carry := append([]word(nil), ln.words[s:]...)
	ln.words = ln.words[:s]
	ln.width = width(ln.words, space)
	return ln, carry
}

// width returns the natural width of words set with single spaces.
func width(words []word, space float64) float64 {
	w := 0.0
	for k, wd := range words {
		w += wd.w
		if k > 0 && !wd.glue {
			w += space
		}
	}
	return w
}

// joined returns the line's text with spaces where words are not glued.
func (ln line) joined() string {
	var sb strings.Builder
	for k, w := range ln.words {
		if k > 0 && !w.glue {
			sb.WriteByte(' ')
		}
		sb.WriteString(w.text)
	}
	return sb.String()
}
