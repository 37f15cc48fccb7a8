package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// changeHeading is a change's first line, draft's words for it and its
// item: "¶45→46 moved (edited) · item II".
func changeHeading(ch draft.Change) string { return ch.Heading() + " · item " + ch.Item }

// changeSegments styles a change for a RichText: the heading in bold, kept
// words plain, inserted words underlined in the primary colour and deleted
// words in the error colour, each in draft's word markup (Fyne text has no
// strikethrough, so the markers carry it).
func changeSegments(ch draft.Change) []widget.RichTextSegment {
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: changeHeading(ch), Style: widget.RichTextStyle{TextStyle: boldStyle, ColorName: headingColor}},
	}
	para := &widget.ParagraphSegment{}
	for _, op := range ch.Words {
		seg := &widget.TextSegment{Text: op.Marked(), Style: widget.RichTextStyleInline}
		switch op.Op {
		case draft.OpDelete:
			seg.Style.ColorName = deleteColor
		case draft.OpInsert:
			seg.Style.ColorName = insertColor
			seg.Style.TextStyle = underlineStyle
		}
		para.Texts = append(para.Texts, seg)
	}
	return append(segs, para)
}

// WriteRedline writes the comparison shown as a redline PDF at path, in
// the background, of the changes only when the view's "Changes only" is
// ticked; done as for Export.
func (e *Editor) WriteRedline(path string, done func(error)) {
	c, only := e.compare.cmp, e.compare.only.Checked
	if c == nil {
		e.showError(errors.New("compare two versions first"))
		return
	}
	e.background(path, func(opt workspace.ExportOptions) error {
		opt.ChangesOnly = only
		return workspace.Redline(path, c, opt)
	}, done)
}

// askRedline asks where to write the comparison shown as a redline PDF.
func (e *Editor) askRedline() {
	c := e.compare.cmp
	if c == nil {
		e.showError(errors.New("compare two versions first"))
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if path, ok := e.chosenWriter(w, err); ok {
			if !strings.EqualFold(filepath.Ext(path), ".pdf") {
				path += ".pdf"
			}
			e.WriteRedline(path, nil)
		}
	}, e.win)
	d.SetFileName(fmt.Sprintf("redline %s-%s.pdf", e.compare.old.Selected, e.compare.new.Selected))
	e.resizeDialog(d)
}
