package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/app/keymap"
	"rapporteur/draft"
)

// meetingHints are the placeholders of the form's fields, by field key:
// examples, never values (a field shows text only when the report has it),
// and meetingLabels the labels that differ from draft.Meeting.Fields'.
var (
	meetingHints = map[string]string{
		"organization": "e.g. World Customs Organization", "body": "e.g. Permanent Technical Committee",
		"short_name": "e.g. PTC", "sessions": "e.g. 241st/242nd Sessions", "dates": "e.g. 24-26 October 2023",
		"venue": "e.g. Brussels", "doc_code": "e.g. PC0737E1", "language": "e.g. E for English, F for French",
	}
	meetingLabels = map[string]string{"doc_code": "Document code"}
)

// meetingForm edits the meeting details; each keystroke goes to the model
// through the edit path.
type meetingForm struct {
	e       *Editor
	entries []*keymap.Entry
	keys    []string        // the entries' field keys
	marks   []*widget.Label // under each entry: what the import did not find
	labels  []string        // the entries' labels
	missing string          // the document an import found no value in, for the marks
	// firstItem and firstPara number a report that continues another.
	firstItem, firstPara *keymap.Entry
	box                  fyne.CanvasObject
}

func newMeetingForm(e *Editor) *meetingForm {
	f := &meetingForm{e: e}
	form := widget.NewForm()
	for _, fd := range f.e.rep.Meeting.Fields() {
		ent := keymap.NewEntry(e.keys)
		ent.SetPlaceHolder(meetingHints[fd.Key])
		set := f.setter(fd.Key)
		ent.OnChanged = func(s string) {
			set(s)
			if f.missing != "" {
				f.mark()
			}
		}
		f.entries = append(f.entries, ent)
		f.keys = append(f.keys, fd.Key)
		mark := widget.NewLabel("")
		mark.Importance = widget.WarningImportance
		mark.SizeName = theme.SizeNameCaptionText
		mark.Hide()
		f.marks = append(f.marks, mark)
		f.labels = append(f.labels, meetingLabel(fd))
		form.Append(meetingLabel(fd), container.NewVBox(ent, mark))
	}
	f.firstItem, f.firstPara = keymap.NewEntry(e.keys), keymap.NewEntry(e.keys)
	f.firstItem.SetPlaceHolder("I")
	f.firstPara.SetPlaceHolder("1")
	f.firstItem.Validator = func(s string) error { _, err := parseFirst(s, true); return err }
	f.firstPara.Validator = func(s string) error { _, err := parseFirst(s, false); return err }
	f.firstItem.OnChanged = f.firstSetter(true)
	f.firstPara.OnChanged = f.firstSetter(false)
	form.Append("First item", f.firstItem)
	form.Append("First paragraph", f.firstPara)
	hint := widget.NewLabel("Set the first item and paragraph only for a report that continues another.")
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	f.box = container.NewVScroll(container.NewVBox(form, hint))
	return f
}

// parseFirst reads a first item number (Roman, e.g. "VI") or a first
// paragraph number; "" means 1.
func parseFirst(s string, roman bool) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if roman {
		if n, ok := draft.ParseRoman(s); ok {
			return n, nil
		}
		return 0, fmt.Errorf("write the first item's number in Roman numerals, e.g. VI")
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("write the first paragraph's number, e.g. 69")
	}
	return n, nil
}

// firstSetter stores a valid first item or paragraph number and renumbers;
// the digits typed in a row are one undo step.
func (f *meetingForm) firstSetter(item bool) func(string) {
	join := "first paragraph"
	if item {
		join = "first item"
	}
	return func(s string) {
		n, err := parseFirst(s, item)
		if err != nil {
			return
		}
		if n <= 1 {
			n = 0
		}
		first := func(r *draft.Report) *int {
			if item {
				return &r.FirstItem
			}
			return &r.FirstParagraph
		}
		if *first(f.e.rep) == n {
			return
		}
		f.e.edit(restructure{join: join, do: func(r *draft.Report) error {
			*first(r) = n
			return nil
		}})
	}
}

func (f *meetingForm) object() fyne.CanvasObject { return f.box }

// setter sends the meeting field key, as it is typed, to the edit path.
func (f *meetingForm) setter(key string) func(string) {
	at := meetingField(key)
	return func(s string) { f.e.edit(typed{at: at, text: s}) }
}

// showText puts the cursor in field key at rune offset cursor, after an
// undo or redo changed it and the form was redrawn.
func (f *meetingForm) showText(key string, cursor int) {
	for k, fk := range f.keys {
		if fk == key {
			f.e.win.Canvas().Focus(f.entries[k])
			setCursor(&f.entries[k].Entry, cursor)
		}
	}
}

// refresh shows the model's meeting details.
func (f *meetingForm) refresh() {
	refreshFirst(&f.firstItem.Entry, f.e.rep.FirstItem, true)
	refreshFirst(&f.firstPara.Entry, f.e.rep.FirstParagraph, false)
	for k, fd := range f.e.rep.Meeting.Fields() {
		setQuiet(&f.entries[k].Entry, *fd.Value)
	}
	f.mark()
}

// refreshFirst shows first number n (0 or 1: the default) in ent, leaving
// alone a text that already says it ("I", "1", "" or "vi" as typed).
func refreshFirst(ent *widget.Entry, n int, roman bool) {
	if cur, err := parseFirst(ent.Text, roman); err == nil && max(cur, 1) == max(n, 1) {
		return
	}
	v := ""
	switch {
	case n > 1 && roman:
		v = draft.Roman(n)
	case n > 1:
		v = strconv.Itoa(n)
	}
	setQuiet(ent, v)
}

// markMissing marks the fields an import of document left empty, until
// they are filled in or another report is shown ("" removes the marks).
func (f *meetingForm) markMissing(document string) {
	f.missing = document
	f.mark()
}

// mark shows, under each field the import left empty, that the document
// did not give it.
func (f *meetingForm) mark() {
	changed := false
	for k, ent := range f.entries {
		m := f.marks[k]
		show := f.missing != "" && strings.TrimSpace(ent.Text) == ""
		if show {
			m.SetText("Not found in " + f.missing)
		}
		if show != m.Visible() {
			m.Hidden = !show
			changed = true
		}
	}
	if changed {
		f.box.Refresh() // lay the form out again for the marks
	}
}

// Missing returns the labels of the meeting fields marked as left empty by
// the import.
func (e *Editor) Missing() []string {
	var out []string
	for k, m := range e.meeting.marks {
		if m.Visible() {
			out = append(out, e.meeting.labels[k])
		}
	}
	return out
}
