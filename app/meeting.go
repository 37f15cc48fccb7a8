package app

import (
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
	box     fyne.CanvasObject
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
	f.box = container.NewVScroll(form)
	return f
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
	for i, fd := range meetingFields {
		ent := f.entries[i]
		v := *fd.ptr(&f.e.rep.Meeting)
		if ent.Text != v {
			cb := ent.OnChanged
			ent.OnChanged = nil
			ent.SetText(v)
			ent.OnChanged = cb
		}
	}
}
