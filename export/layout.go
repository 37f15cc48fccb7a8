package export

import (
	"strings"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
)

// mark says how a word of a redline is shown.
type mark uint8

const (
	plain    mark = iota
	inserted      // underlined, in colour
	deleted       // struck through, in colour
	context       // unchanged text shown for context, in grey
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
	// notes are the footnotes whose marks the block's words hold, set at
	// the foot of the page their line is drawn on.
	notes []noteRef
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
// Lines share the block's word array.
func (b *block) layout(pdf *fpdf.Fpdf) {
	if b.done {
		return
	}
	b.done = true
	words := b.words
	if words == nil {
		words = splitWords(b.text, b.style)
	}
	setFont(pdf, b.style, b.size)
	space := pdf.GetStringWidth(" ")
	cur, long := b.style, false
	for i := range words {
		if words[i].style != cur {
			cur = words[i].style
			setFont(pdf, cur, b.size)
		}
		words[i].w = pdf.GetStringWidth(words[i].text)
		long = long || words[i].w > b.w
	}
	if long {
		words = splitLongWords(pdf, words, b.w, b.size)
	}
	setFont(pdf, b.style, b.size)
	b.lines = breakLines(words, b.w, space)
}

// breakLines fills lines greedily; a word glued to the one before it moves
// to the next line with it.
func breakLines(words []word, w, space float64) []line {
	var lines []line
	start, width := 0, 0.0
	for i := range words {
		add := words[i].w
		if i > start && !words[i].glue {
			add += space
		}
		if i > start && width+add > w+1e-9 {
			cut := i
			for cut > start && words[cut].glue {
				cut--
			}
			if cut == start { // one glued chain wider than the line
				cut = i
			}
			lines = append(lines, line{words: words[start:cut:cut], width: widthOf(words[start:cut], space)})
			start = cut
			width = widthOf(words[start:i], space)
			add = words[i].w
			if i > start && !words[i].glue {
				add += space
			}
		}
		width += add
	}
	if start < len(words) || len(lines) == 0 {
		lines = append(lines, line{words: words[start:], width: widthOf(words[start:], space)})
	}
	return lines
}

// splitWords splits text at white space into words of one style.
func splitWords(text, style string) []word {
	out := make([]word, 0, strings.Count(text, " ")+1)
	for _, t := range strings.Fields(text) {
		out = append(out, word{text: t, style: style})
	}
	return out
}

// splitLongWords cuts every word wider than the column (a long address)
// into pieces that fit, the later pieces glued to the first. It measures
// each character once, so a word of n characters costs O(n) (shortening a
// piece one character at a time and measuring it again took 81 s for a
// word of 16,000 characters).
func splitLongWords(pdf *fpdf.Fpdf, words []word, width, size float64) []word {
	var out []word
	for _, wd := range words {
		if wd.w <= width {
			out = append(out, wd)
			continue
		}
		setFont(pdf, wd.style, size)
		out = appendPieces(out, pdf, wd, width)
	}
	return out
}

// appendPieces appends the pieces of wd, each as long as fits in width (and
// at least one character), to out. Widths are summed in the font's glyph
// units and converted as fpdf's GetStringWidth converts them, so a piece
// is cut exactly where measuring it whole would cut it.
func appendPieces(out []word, pdf *fpdf.Fpdf, wd word, width float64) []word {
	_, unit := pdf.GetFontSize()
	mm := func(glyphs int) float64 { return float64(glyphs) * unit / 1000 }
	var buf [utf8.UTFMax]byte
	start, sum, first := 0, 0, true
	emit := func(end int) {
		p := wd
		p.text, p.w = wd.text[start:end], mm(sum)
		p.glue = wd.glue || !first
		out = append(out, p)
		start, sum, first = end, 0, false
	}
	for i, r := range wd.text {
		n := utf8.EncodeRune(buf[:], r)
		g := pdf.GetStringSymbolWidth(string(buf[:n]))
		if i > start && mm(sum+g) > width {
			emit(i)
		}
		sum += g
	}
	if start < len(wd.text) {
		emit(len(wd.text))
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

// widthOf returns the natural width of words set with single spaces.
func widthOf(words []word, space float64) float64 {
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
