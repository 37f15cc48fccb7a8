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
		"venue": "e.g. Brussels", "doc_code": "e.g. PC0737E1", "language": "Choose",
	}
	meetingLabels = map[string]string{"doc_code": "Document code"}
)

// meetingForm edits the meeting details; each keystroke, and each choice
// of language, goes to the model through the edit path.
type meetingForm struct {
	e       *Editor
	entries []*keymap.Entry // the text fields, in draft.Meeting.Fields' order
	keys    []string        // the entries' field keys
	// language chooses the report's language from the list New report
	// offers (languages); the model keeps its letter.
	language *widget.Select
	fields   []meetingWidget // every field, text or language, in Fields' order
	missing  string          // the document an import found no value in, for the marks
	// firstItem and firstPara number a report that continues another.
	firstItem, firstPara *keymap.Entry
	box                  fyne.CanvasObject
}

func newMeetingForm(e *Editor) *meetingForm {
	f := &meetingForm{e: e}
	form := widget.NewForm()
	for _, fd := range f.e.rep.Meeting.Fields() {
		mark := widget.NewLabel("")
		mark.Importance = widget.WarningImportance
		mark.SizeName = theme.SizeNameCaptionText
		mark.Hide()
		fw := meetingWidget{key: fd.Key, label: meetingLabel(fd), mark: mark}
		if fd.Key == "language" {
			f.language = f.newLanguage()
			fw.widget, fw.value = f.language, func() string { return languageLetter(f.language.Selected) }
		} else {
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
			fw.widget, fw.value = ent, func() string { return ent.Text }
		}
		f.fields = append(f.fields, fw)
		form.Append(fw.label, container.NewVBox(fw.widget, mark))
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

// meetingWidget is one meeting field in the form: its widget, what it
// holds, and the mark under it.
type meetingWidget struct {
	key, label string
	widget     interface {
		fyne.CanvasObject
		fyne.Focusable
	}
	value func() string // the field's value as the widget shows it
	mark  *widget.Label // what the import did not find
}

// newLanguage makes the language choice: the names New report offers; a
// choice goes to the model's letter through the edit path, as one undo
// step, and the spelling dictionary follows (see textChanged).
func (f *meetingForm) newLanguage() *widget.Select {
	var names []string
	for _, l := range languages {
		names = append(names, l.name)
	}
	sel := widget.NewSelect(names, nil)
	sel.PlaceHolder = meetingHints["language"]
	sel.OnChanged = func(name string) {
		f.e.edit(typed{at: meetingField("language"), text: languageLetter(name), choice: true})
		if f.missing != "" {
			f.mark()
		}
	}
	return sel
}

// languageLetter returns the letter the model keeps for the language named
// name in the choice; a value the list does not know is kept as it is.
func languageLetter(name string) string {
	for _, l := range languages {
		if l.name == name {
			return l.letter
		}
	}
	return name
}

// languageName returns the name of the model's language letter, and false
// when the list does not know it.
func languageName(letter string) (string, bool) {
	for _, l := range languages {
		if l.letter == strings.ToUpper(strings.TrimSpace(letter)) {
			return l.name, true
		}
	}
	return "", false
}

// showLanguage shows the model's language in the choice without sending it
// back; a value the list does not know (a file from elsewhere) is offered
// as it is, beside the list, so that showing it loses nothing.
func (f *meetingForm) showLanguage(letter string) {
	sel := f.language
	cb := sel.OnChanged
	sel.OnChanged = nil
	defer func() { sel.OnChanged = cb }()
	sel.Options = sel.Options[:len(languages)]
	name, known := languageName(letter)
	switch {
	case strings.TrimSpace(letter) == "":
		sel.ClearSelected()
	case !known:
		sel.Options = append(sel.Options, letter)
		sel.SetSelected(letter)
	default:
		sel.SetSelected(name)
	}
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
// undo or redo changed it and the form was redrawn (the language choice
// takes the focus).
func (f *meetingForm) showText(key string, cursor int) {
	f.focus(key)
	for k, fk := range f.keys {
		if fk == key {
			setCursor(&f.entries[k].Entry, cursor)
		}
	}
}

// focus puts the cursor in field key.
func (f *meetingForm) focus(key string) {
	for _, fw := range f.fields {
		if fw.key == key {
			f.e.win.Canvas().Focus(fw.widget)
		}
	}
}

// refresh shows the model's meeting details.
func (f *meetingForm) refresh() {
	refreshFirst(&f.firstItem.Entry, f.e.rep.FirstItem, true)
	refreshFirst(&f.firstPara.Entry, f.e.rep.FirstParagraph, false)
	for _, fd := range f.e.rep.Meeting.Fields() {
		if fd.Key == "language" {
			f.showLanguage(*fd.Value)
		}
		for k, key := range f.keys {
			if key == fd.Key {
				setQuiet(&f.entries[k].Entry, *fd.Value)
			}
		}
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
	for _, fw := range f.fields {
		m := fw.mark
		show := f.missing != "" && strings.TrimSpace(fw.value()) == ""
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
	for _, fw := range e.meeting.fields {
		if fw.mark.Visible() {
			out = append(out, fw.label)
		}
	}
	return out
}
