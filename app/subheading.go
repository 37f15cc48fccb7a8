package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// subHeading is a heading row of the paragraph list, as the report sets it:
// the category line in italics, the letter and title in bold, the
// documents and presentations under it; for a sub-item without paragraphs a
// button writes its first; a repeated heading is its letter and title
// alone. The pencil edits the sub-item's details.
type subHeading struct {
	text            *widget.RichText
	first, edit     *widget.Button
	box             *fyne.Container
	onFirst, onEdit func()
}

func newSubHeading() *subHeading {
	h := &subHeading{text: widget.NewRichText()}
	h.text.Wrapping = fyne.TextWrapWord
	h.first = widget.NewButtonWithIcon("Write its first paragraph", theme.ContentAddIcon(), func() {
		if h.onFirst != nil {
			h.onFirst()
		}
	})
	h.first.Importance = widget.LowImportance
	h.edit = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() {
		if h.onEdit != nil {
			h.onEdit()
		}
	})
	h.edit.Importance = widget.LowImportance
	h.box = container.NewBorder(nil, container.NewHBox(h.first, layout.NewSpacer()), nil, container.NewVBox(h.edit), h.text)
	return h
}

func (h *subHeading) object() fyne.CanvasObject { return h.box }

// show sets the heading for row r of item it, whose sub-item's label the
// house style writes as mark ("c.", "C.", "(c)", "4.3").
func (h *subHeading) show(it *draft.Item, r listRow, mark string) {
	h.first.Hidden = !r.empty
	h.edit.Hidden = r.sub < 0
	h.text.Segments = headingSegments(it, r, mark)
	h.text.Refresh()
	h.box.Refresh()
}

// headingSegments are the lines of a heading row.
func headingSegments(it *draft.Item, r listRow, mark string) []widget.RichTextSegment {
	para := func(s string, style fyne.TextStyle) widget.RichTextSegment {
		return &widget.TextSegment{Text: s, Style: widget.RichTextStyle{TextStyle: style}}
	}
	bold, italic := fyne.TextStyle{Bold: true}, fyne.TextStyle{Italic: true}
	switch {
	case r.sub < 0:
		return []widget.RichTextSegment{para("The item as a whole", italic)}
	case r.again:
		return []widget.RichTextSegment{para(mark+" "+it.SubItems[r.sub].Title+" (continued)", bold)}
	}
	s := it.SubItems[r.sub]
	var segs []widget.RichTextSegment
	if line, ok := it.CategoryLine(r.sub); ok {
		segs = append(segs, para("("+line+")", italic))
	}
	segs = append(segs, para(mark+" "+s.Title, bold))
	if len(s.Docs) > 0 {
		segs = append(segs, para("Doc. "+strings.Join(s.Docs, ", "), fyne.TextStyle{}))
	}
	for _, p := range s.Presentations {
		segs = append(segs, para("• "+p.Text, fyne.TextStyle{}))
	}
	for _, a := range s.Attachments {
		segs = append(segs, para("• "+a, fyne.TextStyle{}))
	}
	return segs
}

// height is the height the heading takes at width.
func (h *subHeading) height(width float32) float32 {
	h.box.Resize(fyne.NewSize(width, h.box.MinSize().Height))
	return h.box.MinSize().Height
}
