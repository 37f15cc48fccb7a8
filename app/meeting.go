package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// meetingHints are the placeholders of the form's fields, by field key, and
// meetingLabels the labels that differ from draft.Meeting.Fields'.
var (
	meetingHints = map[string]string{
		"organization": "World Customs Organization", "body": "Permanent Technical Committee", "short_name": "PTC",
		"sessions": "241st/242nd Sessions", "dates": "24-26 October 2023", "venue": "Brussels",
		"doc_code": "PC0737E1", "language": "E",
	}
	meetingLabels = map[string]string{"doc_code": "Document code"}
)

// meetingForm edits the meeting details; each keystroke goes to the model.
type meetingForm struct {
	e       *Editor
	entries []*widget.Entry
	// firstItem and firstPara number a report that continues another.
	firstItem, firstPara *widget.Entry
	box                  fyne.CanvasObject
}

func newMeetingForm(e *Editor) *meetingForm {
	f := &meetingForm{e: e}
	form := widget.NewForm()
	for k, fd := range f.e.rep.Meeting.Fields() {
		ent := widget.NewEntry()
		ent.SetPlaceHolder(meetingHints[fd.Key])
		ent.OnChanged = f.setter(k, fd.Key)
		f.entries = append(f.entries, ent)
		label := fd.Label
		if l, ok := meetingLabels[fd.Key]; ok {
			label = l
		}
		form.Append(label, ent)
	}
	f.firstItem, f.firstPara = widget.NewEntry(), widget.NewEntry()
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

// firstSetter stores a valid first item or paragraph number and renumbers.
func (f *meetingForm) firstSetter(item bool) func(string) {
	return func(s string) {
		n, err := parseFirst(s, item)
		if err != nil {
			return
		}
		p := &f.e.rep.FirstParagraph
		if item {
			p = &f.e.rep.FirstItem
		}
		if n <= 1 {
			n = 0
		}
		if *p == n {
			return
		}
		*p = n
		f.e.structureChanged()
	}
}

func (f *meetingForm) object() fyne.CanvasObject { return f.box }

// setter stores the k-th meeting field (key names it) as it is typed.
func (f *meetingForm) setter(k int, key string) func(string) {
	return func(s string) {
		p := f.e.rep.Meeting.Fields()[k].Value
		if *p == s {
			return
		}
		*p = s
		if key == "short_name" {
			f.e.concl.refresh() // the derived lead-in names it
		}
		f.e.changed()
	}
}

// refresh shows the model's meeting details.
func (f *meetingForm) refresh() {
	refreshFirst(f.firstItem, f.e.rep.FirstItem, true)
	refreshFirst(f.firstPara, f.e.rep.FirstParagraph, false)
	for k, fd := range f.e.rep.Meeting.Fields() {
		setQuiet(f.entries[k], *fd.Value)
	}
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
