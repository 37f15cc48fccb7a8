package app

import (
	"rapporteur/draft"
)

// The edit path
//
// Every change the window makes to the report goes through Editor.edit, and
// nothing else in package app assigns a field of the model: a view that
// lets the rapporteur change something builds a change and passes it to
// edit. edit applies it to the live report (e.rep), records how to undo it,
// and marks the report changed: autosave is armed, the status line says
// "Saving…" and shows the counts, the checks become stale, and the views
// that show what changed are refreshed. There are two kinds of change:
//
//   - typed{at, text}: the whole new value of one text (a paragraph, a
//     conclusion bullet or lead-in, an annex title or body, a meeting field)
//     after a keystroke, a paste or a cut. It costs nothing that grows with
//     the report: the part is found through the index, the word count is
//     adjusted by the difference, nothing is cloned. The widget that sent it
//     already shows the text and is not refreshed; its dependants are (the
//     annex list shows a title, the conclusion's lead-in names the short
//     name). Runs of typed changes in one text are one undo step (see
//     history.typed): a new step starts after a pause of typingPause, after
//     a sentence ends, after maxRun of typing, or when anything else happens
//     in between.
//   - restructure{do}: anything else (insert, split, merge, move or delete
//     paragraphs, items, sub-items, bullets, annexes; details, categories,
//     documents, presenters; building conclusions; first numbers). The
//     report is cloned for undo, do changes the live report it is given, and
//     every view is redrawn from the model afterwards. do may set e.item,
//     e.para and e.annexes.sel to the selection after the change (undo
//     returns there and back); it must not call edit, touch widgets, or keep
//     the report. When do fails, the report is put back as it was and the
//     error returned. A command checks what it can before calling edit.
//
// A text is named by the part that holds it, never by a pointer, so that it
// survives an undo that swaps in a copy of the report: paragraphAt(id),
// bulletAt(id), leadInOf(itemID), annexTitleOf(id), annexBodyOf(id),
// meetingField(key). A text widget sends, on every change of its text,
//
//	e.edit(typed{at: paragraphAt(p.ID), text: newText})
//
// and does nothing else to the model.
//
// Undo and Redo put back one step each, whatever its kind, and show where
// it happened (Editor.reveal): the text's widget shows the model's text and
// gets the focus with the cursor at the change (paraView.showText,
// meetingForm.showText, annexView.showText, conclusionView.showText: a new
// text widget implements the same), or the item and paragraph selected at
// the time are selected again. All of it runs on the Fyne UI goroutine.

// change is one change to the report: a typed or a restructure.
type change interface{ isChange() }

// typed is one text's whole new value, as its widget holds it after a
// keystroke, a paste or a cut.
type typed struct {
	at   text
	text string
	// span, when known, is where text differs from the text's value before
	// (a paragraph's editor reports it); applyTyped finds it otherwise.
	span span
	// choice says the value was chosen, not typed (the meeting's language
	// from its list): it is an undo step of its own, never joined to the
	// next change of the same text.
	choice bool
}

// restructure is any change but typing: do changes the report r (the live
// one) and may set the editor's selection (e.item, e.para).
type restructure struct {
	do func(r *draft.Report) error
	// join, when not empty, makes restructures with the same join that
	// follow one another within typingPause one undo step, as typing is
	// (the first item and paragraph numbers are typed digit by digit).
	join string
}

func (typed) isChange()       {}
func (restructure) isChange() {}

// edit applies c to the report: the window's one way to change the model.
// It records undo and marks the report changed; see "The edit path" above.
func (e *Editor) edit(c change) error {
	switch c := c.(type) {
	case typed:
		e.applyTyped(c)
		return nil
	case restructure:
		return e.applyRestructure(c)
	}
	panic("app: edit of an unknown change")
}

// applyTyped sets one text. Nothing in it grows with the size of the report.
func (e *Editor) applyTyped(c typed) {
	f, ok := e.field(c.at)
	if !ok {
		return
	}
	old, edited := *f.s, f.edited()
	f.typeIn(c.text)
	if *f.s == old {
		return
	}
	sp := c.span
	if !sp.known || f.bullet != nil { // a bullet drops its derived punctuation
		sp = diffSpan(old, *f.s)
	}
	e.hist.typed(textState{at: c.at, old: old, edited: edited}, *f.s, sp, e.now())
	if c.choice {
		e.hist.open = false
	}
	if f.words {
		e.words += wordsDelta(old, *f.s, sp)
	}
	e.textChanged(c.at)
}

// applyRestructure clones the report for undo, applies c and redraws.
func (e *Editor) applyRestructure(c restructure) error {
	now := e.now()
	before := e.place()
	joined := e.hist.joins(c.join, now)
	var snap *draft.Report
	if !joined {
		snap = e.rep.Clone()
	}
	if err := c.do(e.rep); err != nil {
		if snap != nil {
			// Whatever the failed change did is dropped.
			snap.Reserve(e.rep.LastID())
			e.rep = snap
			e.setPlace(before)
			e.refreshAll()
		}
		return err
	}
	if joined {
		e.hist.extend(e.place(), now)
	} else {
		e.hist.pushSnapshot(newSnapshot(snap, before, e.place()), c.join, now)
	}
	e.refreshAll()
	e.changed()
	return nil
}

// changed records that the report changed: autosave is armed, the status
// line updated and the checks marked stale. It costs the same whatever the
// size of the report.
func (e *Editor) changed() {
	e.changes++
	switch {
	case e.doc != nil && !e.doc.ReadOnly():
		e.save.touch()
		e.status.setSave("Saving…")
	case e.doc != nil:
		e.status.setSave("Read-only: edits are not saved")
	}
	e.status.setCounts(e.words, e.num.Total())
	e.checks.invalidate()
}

// refreshAll rebuilds the index, the word count and the numbering and
// redraws every view from the model, after a change to the report's
// structure or a new report.
func (e *Editor) refreshAll() {
	if e.item >= len(e.rep.Items) {
		e.item = len(e.rep.Items) - 1
	}
	e.idx.build(e.rep)
	e.words = e.idx.words
	e.num = e.rep.Numbering()
	e.spell.learn(e.rep) // names in titles and presentations are not misspelled
	e.agenda.refresh()
	e.paras.refresh()
	e.concl.refresh()
	e.meeting.refresh()
	e.annexes.refresh()
	e.notes.refresh()
	e.house.refresh()
}

// place is where the rapporteur is: the selected item, the current
// paragraph in it and the selected annex (-1 for none).
type place struct{ item, para, annex int }

func (e *Editor) place() place { return place{e.item, e.para, e.annexes.sel} }

// setPlace makes p the selection again (after an undo or redo), before
// the views are redrawn.
func (e *Editor) setPlace(p place) {
	e.item, e.para = p.item, p.para
	e.annexes.sel = min(p.annex, len(e.rep.Annexes)-1)
}

// showPlace selects the current item in the tree and puts the cursor in
// the current paragraph, once the views are redrawn.
func (e *Editor) showPlace() {
	if e.item < 0 || e.item >= len(e.rep.Items) {
		return
	}
	e.agenda.selectItem(e.item)
	if n := len(e.rep.Items[e.item].Paragraphs); e.para >= 0 && e.para < n {
		e.paras.focusRow(e.para)
	}
}
