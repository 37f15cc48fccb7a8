package app

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/app/keymap"
	"rapporteur/draft"
)

// versionsView freezes the working copy as the next version and lists the
// versions frozen so far.
type versionsView struct {
	e    *Editor
	note *keymap.Entry
	list *widget.List
	vers []draft.VersionInfo
	box  fyne.CanvasObject
}

func newVersionsView(e *Editor) *versionsView {
	v := &versionsView{e: e}
	v.note = keymap.NewEntry(e.keys)
	v.note.SetPlaceHolder("Note, e.g. issued to delegates after day 2")
	freeze := widget.NewButtonWithIcon("Freeze", theme.ContentCopyIcon(), func() {
		if _, err := e.Freeze(v.note.Text); err != nil {
			e.showError(err)
			return
		}
		v.note.SetText("")
	})
	freeze.Importance = widget.HighImportance
	v.list = widget.NewList(func() int { return len(v.vers) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(v.vers) {
				o.(*widget.Label).SetText(versionLine(v.vers[id]))
			}
		})
	help := widget.NewLabel("A version is a frozen copy of the whole report, lettered a, b, c in order of issue. The working copy stays editable.")
	help.Wrapping = fyne.TextWrapWord
	help.Importance = widget.LowImportance
	top := container.NewVBox(help, container.NewBorder(nil, nil, nil, freeze, v.note))
	v.box = container.NewBorder(top, nil, nil, nil, v.list)
	return v
}

func versionLine(vi draft.VersionInfo) string {
	s := vi.Label + "   " + vi.FrozenAt
	if t, err := time.Parse(time.RFC3339, vi.FrozenAt); err == nil {
		s = vi.Label + "   " + t.Local().Format("2 Jan 2006 15:04")
	}
	if vi.Note != "" {
		s += "   " + vi.Note
	}
	return s
}

func (v *versionsView) refresh() {
	v.vers = v.e.Versions()
	v.list.Refresh()
}

// Versions lists the open file's frozen versions, oldest first.
func (e *Editor) Versions() []draft.VersionInfo {
	if e.doc == nil {
		return nil
	}
	var out []draft.VersionInfo
	err := e.save.lockDoc(func() error {
		var err error
		out, err = e.doc.Versions()
		return err
	})
	if err != nil {
		e.status.setSave(fmt.Sprintf("Versions: %v", err))
	}
	return out
}

// Freeze saves the working copy and freezes it as the next version with
// note; it returns the new version's label.
func (e *Editor) Freeze(note string) (string, error) {
	if err := e.watch.refusal("freeze a version"); err != nil {
		return "", err
	}
	if e.doc == nil || e.doc.ReadOnly() {
		return "", errors.New("open a report file for writing to freeze a version")
	}
	var label string
	err := e.save.lockDoc(func() error {
		var err error
		label, err = e.doc.Freeze(e.rep, strings.TrimSpace(note), e.now())
		return err
	})
	if err != nil {
		return "", err
	}
	e.status.setSave("Frozen as version " + label)
	for _, f := range e.fileViews {
		f()
	}
	return label, nil
}

// versionReport returns version label of the open file, or a copy of the
// working copy for label "".
func (e *Editor) versionReport(label string) (*draft.Report, error) {
	if label == "" {
		return e.rep.Clone(), nil
	}
	if e.doc == nil {
		return nil, errors.New("no report file is open")
	}
	var r *draft.Report
	err := e.save.lockDoc(func() error {
		var err error
		r, err = e.doc.Version(label)
		return err
	})
	return r, err
}

func (v *versionsView) object() fyne.CanvasObject { return v.box }

// askFreeze asks for the note of the version to freeze ("issued to
// delegates after day 2"): the cursor is in the note, Enter freezes,
// Escape cancels.
func (e *Editor) askFreeze() {
	if e.doc == nil || e.doc.ReadOnly() {
		e.showError(errors.New("open a report file for writing to freeze a version"))
		return
	}
	next := draft.Letter(len(e.Versions()) + 1)
	note := newDialogField("e.g. issued to delegates after day 2")
	e.lastTitle = note
	e.showForm("Freeze version "+next, "Freeze", []*widget.FormItem{
		{Text: "Note", Widget: note, HintText: "Version " + next + " keeps the whole report as it is now; the working copy stays editable."},
	}, note, titleWidth, func(ok bool) {
		if ok {
			if _, err := e.Freeze(note.Text); err != nil {
				e.showError(err)
			}
		}
	})
}
