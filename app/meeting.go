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

// meetingField is one field of draft.Meeting in the form.
type meetingField struct {
	label string
	ptr   func(m *draft.Meeting) *string
	hint  string
}

var meetingFields = []meetingField{
	{"Organization", func(m *draft.Meeting) *string { return &m.Organization }, "World Customs Organization"},
	{"Body", func(m *draft.Meeting) *string { return &m.Body }, "Permanent Technical Committee"},
	{"Short name", func(m *draft.Meeting) *string { return &m.ShortName }, "PTC"},
	{"Sessions", func(m *draft.Meeting) *string { return &m.Sessions }, "241st/242nd Sessions"},
	{"Dates", func(m *draft.Meeting) *string { return &m.Dates }, "24-26 October 2023"},
	{"Venue", func(m *draft.Meeting) *string { return &m.Venue }, "Brussels"},
	{"Document code", func(m *draft.Meeting) *string { return &m.DocCode }, "PC0737E1"},
	{"Language", func(m *draft.Meeting) *string { return &m.Language }, "E"},
}

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
	for _, fd := range meetingFields {
		ent := widget.NewEntry()
		ent.SetPlaceHolder(fd.hint)
		ent.OnChanged = f.setter(fd)
		f.entries = append(f.entries, ent)
		form.Append(fd.label, ent)
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

func (f *meetingForm) setter(fd meetingField) func(string) {
	return func(s string) {
		p := fd.ptr(&f.e.rep.Meeting)
		if *p == s {
			return
		}
		*p = s
		if fd.label == "Short name" {
			f.e.concl.refresh() // the derived lead-in names it
		}
		f.e.changed()
	}
}

// refresh shows the model's meeting details.
func (f *meetingForm) refresh() {
	refreshFirst(f.firstItem, f.e.rep.FirstItem, true)
	refreshFirst(f.firstPara, f.e.rep.FirstParagraph, false)
	for i, fd := range meetingFields {
		ent := f.entries[i]
		v := *fd.ptr(&f.e.rep.Meeting)
		setQuietly(ent, v)
	}
}

// setQuietly shows v in ent without calling its OnChanged.
func setQuietly(ent *widget.Entry, v string) {
	if ent.Text == v {
		return
	}
	cb := ent.OnChanged
	ent.OnChanged = nil
	ent.SetText(v)
	ent.OnChanged = cb
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
	setQuietly(ent, v)
}
