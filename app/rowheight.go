package app

import (
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// wrappedLines counts the lines text takes when word-wrapped at width, with
// measure giving the width of a piece of text. It mirrors the greedy word
// wrap of a Fyne Entry closely enough to size list rows; an estimate a line
// too high only leaves a little space under the text.
func wrappedLines(text string, width float32, measure func(string) float32) int {
	if width <= 0 {
		return 1
	}
	space := measure(" ")
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines++
		x := float32(0)
		for _, word := range strings.Fields(para) {
			w := measure(word)
			switch {
			case x == 0 && w > width:
				extra := int(math.Ceil(float64(w/width))) - 1
				lines += extra
				x = w - float32(extra)*width
			case x == 0:
				x = w
			case x+space+w <= width:
				x += space + w
			default:
				lines++
				x = w
			}
		}
	}
	return lines
}

// measurer measures words in the theme's text style, remembering the
// widths of the words it has seen: a report repeats most of its words.
type measurer struct {
	size  float32
	cache map[string]float32
}

func newMeasurer() *measurer {
	return &measurer{cache: map[string]float32{}}
}

func (m *measurer) width(s string) float32 {
	size := theme.TextSize()
	if size != m.size || len(m.cache) > 50000 {
		m.size, m.cache = size, map[string]float32{}
	}
	if w, ok := m.cache[s]; ok {
		return w
	}
	w := fyne.MeasureText(s, size, fyne.TextStyle{}).Width
	m.cache[s] = w
	return w
}
