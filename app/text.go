package app

import (
	"unicode/utf8"

	"rapporteur/draft"
)

// textKind says which string of which part a text is.
type textKind uint8

const (
	paragraphText textKind = iota // a paragraph's text
	bulletText                    // a conclusion bullet, without its punctuation
	leadInText                    // an item's conclusion lead-in ("" for the derived one)
	annexTitle                    // an annex's title
	annexBody                     // an annex's body
	meetingText                   // a meeting field
	frontText                     // the report's front matter (front.go)
	footnoteLabel                 // a footnote's label, by its index (footnotes.go)
	footnoteText                  // a footnote's text, by its index
)

// text names one string of the report that the rapporteur types into, by
// the ID of the part that holds it (the item's, for a lead-in) or, for a
// meeting field, by its key in draft.Meeting.Fields. It names the same
// string after an undo swaps in a copy of the report.
type text struct {
	kind textKind
	id   draft.ID
	key  string
}

func paragraphAt(id draft.ID) text  { return text{kind: paragraphText, id: id} }
func bulletAt(id draft.ID) text     { return text{kind: bulletText, id: id} }
func leadInOf(item draft.ID) text   { return text{kind: leadInText, id: item} }
func annexTitleOf(id draft.ID) text { return text{kind: annexTitle, id: id} }
func annexBodyOf(id draft.ID) text  { return text{kind: annexBody, id: id} }
func meetingField(key string) text  { return text{kind: meetingText, key: key} }
func frontMatter() text             { return text{kind: frontText} }
func footnoteLabelAt(k int) text    { return text{kind: footnoteLabel, id: draft.ID(k)} }
func footnoteTextAt(k int) text     { return text{kind: footnoteText, id: draft.ID(k)} }

// field is a text found in the live report.
type field struct {
	s      *string
	bullet *draft.Bullet // a bullet's text is typed through Bullet.SetText
	words  bool          // the text counts in the body's word count
}

// field finds text t in the report through the index, at a fixed cost.
func (e *Editor) field(t text) (field, bool) {
	switch t.kind {
	case paragraphText:
		if p, _, ok := e.idx.paragraph(e.rep, t.id); ok {
			return field{s: &p.Text, words: true}, true
		}
	case bulletText:
		if b, _, ok := e.idx.bullet(e.rep, t.id); ok {
			return field{s: &b.Text, bullet: b, words: true}, true
		}
	case leadInText:
		if i := e.idx.item(t.id); i >= 0 && e.rep.Items[i].Conclusion != nil {
			return field{s: &e.rep.Items[i].Conclusion.LeadIn}, true
		}
	case annexTitle, annexBody:
		if a, _, ok := e.idx.annex(e.rep, t.id); ok {
			if t.kind == annexTitle {
				return field{s: &a.Title}, true
			}
			return field{s: &a.Body}, true
		}
	case meetingText:
		for _, fd := range e.rep.Meeting.Fields() {
			if fd.Key == t.key {
				return field{s: fd.Value}, true
			}
		}
	case frontText:
		return field{s: &e.rep.Front}, true
	case footnoteLabel, footnoteText:
		if k := int(t.id); k >= 0 && k < len(e.rep.Footnotes) {
			if t.kind == footnoteLabel {
				return field{s: &e.rep.Footnotes[k].Label}, true
			}
			return field{s: &e.rep.Footnotes[k].Text}, true
		}
	}
	return field{}, false
}

// typeIn sets the field to s as typed: a bullet drops its derived
// punctuation and, when built, becomes edited.
func (f field) typeIn(s string) {
	if f.bullet != nil {
		f.bullet.SetText(s)
		return
	}
	*f.s = s
}

func (f field) edited() bool { return f.bullet != nil && f.bullet.Edited }

// put sets the field back to s (and a bullet's edited mark to edited), as
// undo and redo do.
func (f field) put(s string, edited bool) {
	*f.s = s
	if f.bullet != nil {
		f.bullet.Edited = edited
	}
}

// textChanged updates what depends on text t, which has just changed, and
// marks the report changed. The widget that shows t is left alone.
func (e *Editor) textChanged(t text) {
	switch {
	case t.kind == meetingText && t.key == "short_name":
		e.concl.refresh() // the derived lead-in names it
	case t.kind == meetingText && t.key == "language":
		e.spell.use(e.rep.Meeting.Language, e.marks.recheck)
	case t.kind == annexTitle:
		if _, k, ok := e.idx.annex(e.rep, t.id); ok {
			e.annexes.list.RefreshItem(k)
		}
	}
	e.changed()
}

// reveal shows text t after an undo or redo changed it: its widget shows the
// new value and gets the focus, with the cursor at rune offset cursor.
func (e *Editor) reveal(t text, cursor int) {
	switch t.kind {
	case paragraphText:
		if _, w, ok := e.idx.paragraph(e.rep, t.id); ok {
			if w.item != e.item {
				e.agenda.selectItem(w.item)
			}
			e.paras.showText(w.pos, cursor)
		}
	case bulletText, leadInText:
		i := e.idx.item(t.id)
		if t.kind == bulletText {
			_, w, _ := e.idx.bullet(e.rep, t.id)
			i = w.item
		}
		if i >= 0 && i < len(e.rep.Items) {
			e.agenda.selectItem(i)
			e.concl.refresh()
			e.concl.showText(t, cursor)
		}
	case annexTitle, annexBody:
		if _, k, ok := e.idx.annex(e.rep, t.id); ok {
			e.side.Select(e.annexTab)
			e.annexes.sel = k
			e.annexes.refresh()
			e.annexes.showText(t.kind, cursor)
		}
	case meetingText:
		e.side.Select(e.meetingTab)
		e.meeting.refresh()
		e.meeting.showText(t.key, cursor)
	case frontText:
		e.side.Select(e.houseTab)
		e.house.refresh()
		e.house.front.showText(cursor)
	case footnoteLabel, footnoteText:
		e.side.Select(e.houseTab)
		e.house.refresh()
		e.house.notes.showText(int(t.id), t.kind == footnoteLabel, cursor)
	}
}

// changeEnd returns the rune offset in to just after the part that differs
// from from: where the cursor goes when from becomes to by undo or redo.
func changeEnd(from, to string) int {
	p := 0
	for p < len(from) && p < len(to) && from[p] == to[p] {
		p++
	}
	s := 0
	for s < len(from)-p && s < len(to)-p && from[len(from)-1-s] == to[len(to)-1-s] {
		s++
	}
	end := len(to) - s
	for end > 0 && end < len(to) && !utf8.RuneStart(to[end]) {
		end++ // a common suffix that starts inside a rune: take the whole rune
	}
	return utf8.RuneCountInString(to[:end])
}
