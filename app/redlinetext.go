package app

import (
	"image/color"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// The comparison shows a change as the redline PDF does: inserted words
// underlined in the insertion colour, deleted words struck through in the
// deletion colour, kept words plain. Fyne's RichText draws neither an
// underline nor a strike-through (TextStyle.Underline is for TextGrid
// only), so the words are laid out here: greedy word wrap with measured
// widths, one canvas.Text per run of words of one kind on a line, and a
// canvas.Line under or through each marked run.

// mark is how a word is shown.
type mark int

const (
	plain mark = iota
	inserted
	deleted
)

func markOf(op string) mark {
	switch op {
	case draft.OpInsert:
		return inserted
	case draft.OpDelete:
		return deleted
	}
	return plain
}

// rword is one word to lay out; glue means no space before it (a comma
// after a changed word).
type rword struct {
	text string
	mark mark
	glue bool
}

// redlineWords turns word runs into words. A piece of a run that touches
// the word before it on its own side is glued to it, so that nothing gains
// or loses a space: the old side is the kept and deleted runs, the new side
// the kept and inserted ones (as export's redline does).
func redlineWords(ops []draft.WordOp) []rword {
	var out []rword
	spaceOld, spaceNew := true, true
	for _, op := range ops {
		m := markOf(op.Op)
		space := spaceNew
		if m == deleted {
			space = spaceOld
		}
		n := len(out)
		var after bool
		out, after = appendWords(out, op.Text, m, space)
		// Never glue across sides: a deletion right after an insertion.
		if n > 0 && n < len(out) && out[n].glue && m != plain && out[n-1].mark != plain && out[n-1].mark != m {
			out[n].glue = false
		}
		switch m {
		case deleted:
			spaceOld = after
		case inserted:
			spaceNew = after
		default:
			spaceOld, spaceNew = after, after
		}
	}
	return out
}

// plainText is text as words of one mark.
func plainText(text string, m mark) []rword {
	out, _ := appendWords(nil, text, m, true)
	return out
}

// appendWords splits text at white space into words of mark m; space says
// whether white space came before it. It returns whether text ended in
// white space.
func appendWords(out []rword, text string, m mark, space bool) ([]rword, bool) {
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, rword{text: text[start:end], mark: m, glue: !space && len(out) > 0})
			space, start = false, -1
		}
	}
	for i, r := range text {
		switch {
		case unicode.IsSpace(r):
			flush(i)
			space = true
		case start < 0:
			start = i
		}
	}
	flush(len(text))
	return out, space
}

// rrun is a run of words of one mark on one line, x from the line's start.
type rrun struct {
	text string
	mark mark
	x, w float32
}

// layoutWords breaks words into lines no wider than width, measuring a
// piece of text with measure; a word wider than a line has a line of its
// own. Each line is its runs of words of one mark.
func layoutWords(words []rword, width float32, measure func(string) float32) [][]rrun {
	space := measure(" ")
	var lines [][]rrun
	var line []rrun
	x := float32(0)
	for _, w := range words {
		ww := measure(w.text)
		gap := space
		if w.glue || len(line) == 0 {
			gap = 0
		}
		if len(line) > 0 && !w.glue && x+gap+ww > width {
			lines, line, x, gap = append(lines, line), nil, 0, 0
		}
		if n := len(line); n > 0 && line[n-1].mark == w.mark {
			r := &line[n-1]
			if gap > 0 {
				r.text += " "
			}
			r.text += w.text
			r.w = x + gap + ww - r.x
		} else {
			line = append(line, rrun{text: w.text, mark: w.mark, x: x + gap, w: ww})
		}
		x += gap + ww
	}
	if len(line) > 0 || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// textMetrics are the sizes the comparison's text is set in.
type textMetrics struct {
	size, line, gap float32 // text size, line height, space between lines
}

func bodyMetrics() textMetrics {
	s := theme.TextSize()
	return textMetrics{size: s, line: fyne.MeasureText("Mg", s, fyne.TextStyle{}).Height, gap: theme.LineSpacing()}
}

// height is the height of n lines.
func (m textMetrics) height(n int) float32 {
	return float32(n)*m.line + float32(max(n-1, 0))*m.gap
}

// markColor is the colour a mark is drawn in, from the theme.
func markColor(m mark) color.Color {
	switch m {
	case inserted:
		return theme.Color(insertColor)
	case deleted:
		return theme.Color(deleteColor)
	}
	return theme.Color(theme.ColorNameForeground)
}

// drawRedline makes the canvas objects of laid-out lines at (x0, y0): the
// runs' texts, with a rule under each inserted run and through each deleted
// one.
func drawRedline(lines [][]rrun, x0, y0 float32, m textMetrics) []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	for i, line := range lines {
		y := y0 + float32(i)*(m.line+m.gap)
		for _, r := range line {
			c := markColor(r.mark)
			t := canvas.NewText(r.text, c)
			t.TextSize = m.size
			t.Move(fyne.NewPos(x0+r.x, y))
			t.Resize(fyne.NewSize(r.w, m.line))
			objs = append(objs, t)
			var ry float32
			switch r.mark {
			case inserted:
				ry = y + m.line - 2
			case deleted:
				ry = y + m.line*0.55
			default:
				continue
			}
			rule := canvas.NewLine(c)
			rule.StrokeWidth = 1.2
			rule.Position1 = fyne.NewPos(x0+r.x, ry)
			rule.Position2 = fyne.NewPos(x0+r.x+r.w, ry)
			objs = append(objs, rule)
		}
	}
	return objs
}

// redlineText is a widget showing marked words word-wrapped to its width,
// e.g. the legend over the comparison.
type redlineText struct {
	widget.BaseWidget
	words   []rword
	measure *measurer
}

func newRedlineText(words []rword) *redlineText {
	t := &redlineText{words: words, measure: newMeasurer()}
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer lays the words out at the widget's width.
func (t *redlineText) CreateRenderer() fyne.WidgetRenderer {
	return &redlineRenderer{t: t}
}

type redlineRenderer struct {
	t     *redlineText
	objs  []fyne.CanvasObject
	lines int
}

func (r *redlineRenderer) Layout(s fyne.Size) {
	m := bodyMetrics()
	lines := layoutWords(r.t.words, s.Width-2*theme.InnerPadding(), r.t.measure.width)
	r.lines = len(lines)
	r.objs = drawRedline(lines, theme.InnerPadding(), theme.InnerPadding(), m)
}

func (r *redlineRenderer) MinSize() fyne.Size {
	m := bodyMetrics()
	n := max(r.lines, 1)
	if w := r.t.Size().Width; w > 0 {
		n = len(layoutWords(r.t.words, w-2*theme.InnerPadding(), r.t.measure.width))
	}
	return fyne.NewSize(2*theme.InnerPadding(), m.height(n)+2*theme.InnerPadding())
}

func (r *redlineRenderer) Refresh() {
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

func (r *redlineRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *redlineRenderer) Destroy()                     {}
