package app

import "rapporteur/draft"

// state is something an undo or redo puts back. restore applies it to the
// editor and returns the state it replaced, which goes on the other stack.
type state interface {
	restore(e *Editor) state
}

// snapshot is the whole report before a structural edit (insert, delete,
// move, split, merge), with the selection to return to. Structural edits are
// rare, so a clone per edit costs little; typing never takes one.
type snapshot struct {
	rep  *draft.Report
	item int
	para int
}

func (s snapshot) restore(e *Editor) state {
	inv := snapshot{rep: e.rep.Clone(), item: e.item, para: e.para}
	e.rep = s.rep
	e.item, e.para = s.item, s.para
	e.words = e.rep.WordCount()
	e.structureChanged()
	return inv
}

// typing is the text one paragraph had before a run of keystrokes in it.
type typing struct {
	id     draft.ID
	text   string
	bullet bool // the text is a conclusion bullet's
}

func (t typing) restore(e *Editor) state {
	if t.bullet {
		return t.restoreBullet(e)
	}
	item, k, ok := e.rep.Find(t.id)
	if !ok {
		return nil
	}
	p := e.rep.Items[item].Paragraphs[k]
	inv := typing{id: t.id, text: p.Text}
	e.words += draft.Words(t.text) - draft.Words(p.Text)
	p.Text = t.text
	e.showParagraph(item, k)
	e.changed()
	return inv
}

// history holds the undo and redo stacks.
type history struct {
	undo, redo []state
}

// maxHistory bounds the undo stack so a day of editing stays small.
const maxHistory = 200

func (h *history) push(s state) {
	h.undo = append(h.undo, s)
	if len(h.undo) > maxHistory {
		h.undo = h.undo[len(h.undo)-maxHistory:]
	}
	h.redo = h.redo[:0]
}

// typingIn reports whether the newest undo entry is a run of typing in
// paragraph id, so the next keystroke joins it.
func (h *history) typingIn(id draft.ID) bool {
	if len(h.undo) == 0 {
		return false
	}
	t, ok := h.undo[len(h.undo)-1].(typing)
	return ok && t.id == id
}

func pop(s *[]state) state {
	n := len(*s)
	if n == 0 {
		return nil
	}
	v := (*s)[n-1]
	*s = (*s)[:n-1]
	return v
}

// Undo reverts the last edit; it reports false when there is none.
func (e *Editor) Undo() bool {
	s := pop(&e.hist.undo)
	if s == nil {
		return false
	}
	if inv := s.restore(e); inv != nil {
		e.hist.redo = append(e.hist.redo, inv)
	}
	return true
}

// Redo applies the last undone edit again; it reports false when there is none.
func (e *Editor) Redo() bool {
	s := pop(&e.hist.redo)
	if s == nil {
		return false
	}
	if inv := s.restore(e); inv != nil {
		e.hist.undo = append(e.hist.undo, inv)
	}
	return true
}

// beforeStructure records the report before a structural edit.
func (e *Editor) beforeStructure() {
	e.hist.push(snapshot{rep: e.rep.Clone(), item: e.item, para: e.para})
}

func (t typing) restoreBullet(e *Editor) state {
	for i, it := range e.rep.Items {
		if it.Conclusion == nil {
			continue
		}
		for _, b := range it.Conclusion.Bullets {
			if b.ID == t.id {
				inv := typing{id: t.id, text: b.Text, bullet: true}
				e.words += draft.Words(t.text) - draft.Words(b.Text)
				b.Text = t.text
				e.agenda.selectItem(i)
				e.concl.refresh()
				e.changed()
				return inv
			}
		}
	}
	return nil
}
