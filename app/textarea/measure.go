package textarea

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
)

// maxWidths bounds the word cache: a day of typing stays small, and a
// report repeats most of its words.
const maxWidths = 100000

// widths remembers the width of every word measured at one text size and
// style. Shaping a word costs tens of microseconds; looking it up, tens of
// nanoseconds. Its methods may run on any goroutine.
type widths struct {
	mu    sync.Mutex
	size  float32
	style fyne.TextStyle
	m     map[string]float32
}

var shared widths

// measure returns the width of s, which holds no spaces, in the given size
// and style.
func (c *widths) measure(s string, size float32, style fyne.TextStyle) float32 {
	c.mu.Lock()
	if c.m == nil || c.size != size || c.style != style || len(c.m) > maxWidths {
		c.m, c.size, c.style = map[string]float32{}, size, style
	}
	w, ok := c.m[s]
	c.mu.Unlock()
	if ok {
		return w
	}
	// The key is a copy: s is usually a slice of a whole paragraph, which
	// the cache (ours and Fyne's) would otherwise keep alive.
	k := strings.Clone(s)
	w = fyne.MeasureText(k, size, style).Width
	c.mu.Lock()
	if c.size == size && c.style == style {
		c.m[k] = w
	}
	c.mu.Unlock()
	return w
}

// metrics are the sizes an Area lays its text out with, from its theme.
type metrics struct {
	size  float32 // text size
	style fyne.TextStyle
	lineH float32 // height of one line of text, and the distance between lines
	pad   float32 // inner padding around the text
	space float32 // width of one space
}

func (m metrics) wrapper(width float32) *wrapper {
	return &wrapper{width: width, space: m.space, measure: m.measure}
}

func (m metrics) measure(s string) float32 { return shared.measure(s, m.size, m.style) }

// height is the height of an Area showing n lines.
func (m metrics) height(n int) float32 {
	if n < 1 {
		n = 1
	}
	return float32(n)*m.lineH + 2*m.pad
}

// textWidth is the width lines are broken to in an Area w wide.
func (m metrics) textWidth(w float32) float32 { return w - 2*m.pad }

// lineTop is the y of line i's top in the Area.
func (m metrics) lineTop(i int) float32 { return m.pad + float32(i)*m.lineH }

// lineAtY returns the line at height y in the Area, which may be out of
// range.
func (m metrics) lineAtY(y float32) int {
	if y < m.pad {
		return 0
	}
	return int((y - m.pad) / m.lineH)
}
