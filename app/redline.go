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

// changeHeading is a change's first line: "¶45 → 46 changed (item II)".
func changeHeading(ch draft.Change) string {
	num := func(n int) string {
		if n == 0 {
			return "—"
		}
		return fmt.Sprint(n)
	}
	what := string(ch.Kind)
	if ch.Edited {
		what += " and edited"
	}
	part := "¶"
	switch ch.Part {
	case draft.PartBullet:
		part = "bullet of ¶"
	case draft.PartLeadIn:
		part = "lead-in of ¶"
	case draft.PartConclusion:
		part = "conclusion ¶"
	}
	return fmt.Sprintf("%s%s → %s %s · item %s", part, num(ch.Old), num(ch.New), what, ch.Item)
}

// plainWords is the text of a change's word runs, markers included, as
// changeSegments shows it.
func plainWords(ops []draft.WordOp) string {
	var b strings.Builder
	for _, op := range ops {
		switch op.Op {
		case draft.OpDelete:
			b.WriteString("[-" + op.Text + "-]")
		case draft.OpInsert:
			b.WriteString("{+" + op.Text + "+}")
		default:
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

// changeSegments styles a change for a RichText: the heading in bold, kept
// words plain, inserted words bold in the primary colour between
// {+ +}, deleted words in the error colour between [- -] (Fyne text has
// no strikethrough, so the markers carry it).
func changeSegments(ch draft.Change) []widget.RichTextSegment {
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: changeHeading(ch), Style: widget.RichTextStyle{TextStyle: boldStyle, ColorName: headingColor}},
	}
	para := &widget.ParagraphSegment{}
	for _, op := range ch.Words {
		seg := &widget.TextSegment{Text: op.Text, Style: widget.RichTextStyleInline}
		switch op.Op {
		case draft.OpDelete:
			seg.Text = "[-" + op.Text + "-]"
			seg.Style.ColorName = deleteColor
		case draft.OpInsert:
			seg.Text = "{+" + op.Text + "+}"
			seg.Style.ColorName = insertColor
			seg.Style.TextStyle = underlineStyle
		}
		para.Texts = append(para.Texts, seg)
	}
	return append(segs, para)
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
			e.background(path, func(opt workspace.ExportOptions) error { return workspace.Redline(path, c, opt) }, nil)
		}
	}, e.win)
	d.SetFileName(fmt.Sprintf("redline %s-%s.pdf", e.compare.old.Selected, e.compare.new.Selected))
	e.resizeDialog(d)
}
