package app

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// A change row is laid out as the redline PDF sets a changed paragraph: a
// bar in the margin, the paragraph's number with its old number under it
// ("was 12"), the text with its words marked, and what happened at the
// right ("added", "moved").
const (
	barWidth    = 4
	gutterWidth = 104
	noteWidth   = 112
)

// rowText is what a change row shows.
type rowText struct {
	number, sub string // the gutter: "46." and "was 45"
	note        string // "changed", "added", …
	noteColor   fyne.ThemeColorName
	words       []rword
}

// paragraphRow describes a change to a paragraph or a conclusion part, in
// draft's words for it (Change.What, Change.Was).
func paragraphRow(ch draft.Change) rowText {
	t := rowText{note: ch.What(), noteColor: kindColor(string(ch.Kind)), words: redlineWords(ch.Words)}
	n := ch.New
	if n == 0 {
		n = ch.Old
	}
	t.number = strconv.Itoa(n) + "."
	var sub []string
	switch ch.Part {
	case draft.PartBullet:
		b := ch.NewBullet
		if b == 0 {
			b = ch.OldBullet
		}
		sub = append(sub, "bullet "+strconv.Itoa(b))
	case draft.PartLeadIn:
		sub = append(sub, "lead-in")
	case draft.PartConclusion:
		sub = append(sub, "conclusion")
	}
	if was := ch.Was(); was != "" {
		sub = append(sub, was)
	}
	t.sub = strings.Join(sub, ", ")
	return t
}

// structRow describes a change to the agenda, the meeting or an annex in
// draft's words (StructChange.Heading): what changed in the gutter, what
// happened at the right, the old value struck through and the new one
// underlined.
func structRow(sc draft.StructChange) rowText {
	kind := string(sc.Kind)
	verb := kind[strings.LastIndexByte(kind, ' ')+1:]
	noun := strings.TrimSuffix(sc.Heading(), " "+verb)
	if sc.Field != "" {
		noun = meetingFieldLabel(sc.Field)
	}
	t := rowText{number: upperFirst(noun), note: verb, noteColor: kindColor(verb)}
	switch {
	case sc.Words != nil:
		t.words = redlineWords(sc.Words)
	case verb == "moved":
		t.words = plainText(sc.Values(), plain)
	default:
		t.words = append(plainText(sc.Old, deleted), plainText(sc.New, inserted)...)
	}
	return t
}

func meetingFieldLabel(key string) string {
	var m draft.Meeting
	for _, fd := range m.Fields() {
		if fd.Key == key {
			return meetingLabel(fd)
		}
	}
	return strings.ReplaceAll(key, "_", " ")
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// kindColor is the colour a change's note is written in, as in the
// redline PDF: added blue, deleted red, moved green, the rest grey.
func kindColor(verb string) fyne.ThemeColorName {
	switch verb {
	case "added":
		return insertColor
	case "deleted", "removed":
		return deleteColor
	case "moved":
		return theme.ColorNameSuccess
	}
	return theme.ColorNamePlaceHolder
}

// changeRow is one change in the comparison list.
type changeRow struct {
	widget.BaseWidget
	text    rowText
	measure *measurer
}

func newChangeRow(m *measurer) *changeRow {
	r := &changeRow{measure: m}
	r.ExtendBaseWidget(r)
	return r
}

func (r *changeRow) set(t rowText) {
	r.text = t
	r.Refresh()
}

// bodyWidth is the width left for the text in a row width wide.
func bodyWidth(width float32) float32 {
	return width - barWidth - gutterWidth - noteWidth - 4*theme.Padding()
}

// rowHeight is the height of a row showing t at width.
func rowHeight(t rowText, width float32, m *measurer) float32 {
	bm := bodyMetrics()
	lines := len(layoutWords(t.words, bodyWidth(width), m.width))
	gutter := bm.line + captionLine() + theme.Padding()
	return max(bm.height(lines), gutter) + 2*theme.InnerPadding()
}

func captionLine() float32 {
	return fyne.MeasureText("Mg", theme.CaptionTextSize(), fyne.TextStyle{}).Height
}

// CreateRenderer draws the row.
func (r *changeRow) CreateRenderer() fyne.WidgetRenderer { return &changeRowRenderer{r: r} }

type changeRowRenderer struct {
	r    *changeRow
	objs []fyne.CanvasObject
}

func (rr *changeRowRenderer) Layout(s fyne.Size) {
	t := rr.r.text
	pad, in := theme.Padding(), theme.InnerPadding()
	bm := bodyMetrics()
	if t.noteColor == "" {
		t.noteColor = theme.ColorNamePlaceHolder
	}
	note := theme.Color(t.noteColor)
	bar := canvas.NewRectangle(note)
	bar.Move(fyne.NewPos(0, in/2))
	bar.Resize(fyne.NewSize(barWidth, s.Height-in))
	num := canvasText(t.number, theme.Color(theme.ColorNameForeground), bm.size, true)
	num.Move(fyne.NewPos(barWidth+2*pad, in))
	num.Resize(fyne.NewSize(gutterWidth, bm.line))
	sub := canvasText(t.sub, theme.Color(theme.ColorNamePlaceHolder), theme.CaptionTextSize(), false)
	sub.Move(fyne.NewPos(barWidth+2*pad, in+bm.line+pad/2))
	what := canvasText(t.note, note, theme.CaptionTextSize(), true)
	what.Move(fyne.NewPos(s.Width-noteWidth, in+(bm.line-captionLine())/2))
	x0 := barWidth + gutterWidth + 3*pad
	lines := layoutWords(t.words, bodyWidth(s.Width), rr.r.measure.width)
	rr.objs = append([]fyne.CanvasObject{bar, num, sub, what}, drawRedline(lines, x0, in, bm)...)
}

// canvasText is a canvas text of size, bold or not, clipped to its width.
func canvasText(s string, c color.Color, size float32, bold bool) *canvas.Text {
	t := canvas.NewText(s, c)
	t.TextSize = size
	t.TextStyle.Bold = bold
	return t
}

func (rr *changeRowRenderer) MinSize() fyne.Size {
	return fyne.NewSize(barWidth+gutterWidth+noteWidth+100, rowHeight(rr.r.text, rr.r.Size().Width, rr.r.measure))
}

func (rr *changeRowRenderer) Refresh() {
	rr.Layout(rr.r.Size())
	canvas.Refresh(rr.r)
}

func (rr *changeRowRenderer) Objects() []fyne.CanvasObject { return rr.objs }
func (rr *changeRowRenderer) Destroy()                     {}
