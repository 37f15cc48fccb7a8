package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// languages are the report languages offered, by the letter a document
// code and the meeting details carry (draft.Languages).
var languages = []struct{ letter, name string }{
	{"E", "English"}, {"F", "French"}, {"S", "Spanish"}, {"A", "Arabic"}, {"R", "Russian"}, {"C", "Chinese"},
}

// newReportForm is the New report dialog's fields: what the title block
// needs, the first item's title and where to save the file.
type newReportForm struct {
	e        *Editor
	fields   map[string]*dialogField // meeting fields by key, language aside
	keys     []string
	language *widget.Select
	first    *dialogField
	name     *dialogField
	folder   string
	where    *widget.Label
	suggest  string // the file name last suggested
	dialog   *dialog.FormDialog
}

// askNew shows the New report dialog.
func (e *Editor) askNew() { e.newReportDialog() }

func (e *Editor) newReportDialog() *newReportForm {
	f := &newReportForm{e: e, fields: map[string]*dialogField{}, folder: e.newReportFolder()}
	var items []*widget.FormItem
	var m draft.Meeting
	for _, fd := range m.Fields() {
		if fd.Key == "language" {
			continue
		}
		ent := newDialogField(meetingHints[fd.Key])
		ent.OnChanged = func(string) { f.suggestName() }
		f.fields[fd.Key] = ent
		f.keys = append(f.keys, fd.Key)
		items = append(items, widget.NewFormItem(meetingLabel(fd), ent))
	}
	var names []string
	for _, l := range languages {
		names = append(names, l.name)
	}
	f.language = widget.NewSelect(names, nil)
	f.language.SetSelected("English")
	f.first = newDialogField("e.g. " + firstItemTitle)
	f.name = newDialogField("File name")
	f.name.Validator = f.validName
	f.where = widget.NewLabel(homeShort(f.folder))
	f.where.Truncation = fyne.TextTruncateEllipsis
	choose := widget.NewButton("Choose…", f.chooseFolder)
	items = append(items,
		widget.NewFormItem("Language", f.language),
		&widget.FormItem{Text: "Item I", Widget: f.first, HintText: "The first agenda item: " + firstItemTitle + " unless named here."},
		widget.NewFormItem("File name", f.name),
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, choose, f.where)),
	)
	f.suggestName()
	e.lastNewReport = f
	f.dialog = e.showForm("New report", "Create", items, f.fields["organization"], 640, func(ok bool) {
		if ok {
			e.showError(f.create())
		}
	})
	return f
}

// meetingLabel is a meeting field's label in the window.
func meetingLabel(fd draft.MeetingField) string {
	if l, ok := meetingLabels[fd.Key]; ok {
		return l
	}
	return fd.Label
}

// meeting returns the meeting details as typed.
func (f *newReportForm) meeting() draft.Meeting {
	var m draft.Meeting
	for _, fd := range m.Fields() {
		if ent, ok := f.fields[fd.Key]; ok {
			*fd.Value = strings.TrimSpace(ent.Text)
		}
	}
	if i := f.language.SelectedIndex(); i >= 0 {
		m.Language = languages[i].letter
	}
	return m
}

// suggestName proposes a file name from the meeting details, unless the
// rapporteur has typed one.
func (f *newReportForm) suggestName() {
	if f.name == nil || f.name.Text != f.suggest {
		return
	}
	f.suggest = suggestedName(f.meeting())
	f.name.SetText(f.suggest)
}

// suggestedName is a file name for a report of meeting m: its document
// code, else its short name and sessions, else "Report".
func suggestedName(m draft.Meeting) string {
	s := "Report"
	switch {
	case m.DocCode != "":
		s = m.DocCode
	case m.ShortName != "" && m.Sessions != "":
		s = m.ShortName + " " + m.Sessions
	case m.ShortName != "":
		s = m.ShortName + " report"
	}
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, s)
}

// path is the report file the dialog would create.
func (f *newReportForm) path() string {
	name := strings.TrimSpace(f.name.Text)
	if !strings.EqualFold(filepath.Ext(name), Ext) {
		name += Ext
	}
	return filepath.Join(f.folder, name)
}

func (f *newReportForm) validName(s string) error {
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("name the file")
	}
	if _, err := os.Lstat(f.path()); err == nil {
		return fmt.Errorf("%s is in this folder already", filepath.Base(f.path()))
	}
	return nil
}

func (f *newReportForm) chooseFolder() {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			f.e.showError(err)
			return
		}
		f.setFolder(l.Path())
	}, f.e.win)
	if l, err := storage.ListerForURI(storage.NewFileURI(f.folder)); err == nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}

func (f *newReportForm) setFolder(dir string) {
	f.folder = dir
	f.where.SetText(homeShort(dir))
	_ = f.name.Validate()
}

// create makes the report file and opens it on item I.
func (f *newReportForm) create() error {
	if err := f.validName(f.name.Text); err != nil {
		return err
	}
	if err := os.MkdirAll(f.folder, 0o755); err != nil {
		return fmt.Errorf("new report: %w", err)
	}
	f.e.app.Preferences().SetString(prefFolder, f.folder)
	return f.e.NewReport(f.path(), f.meeting(), f.first.Text)
}

// newReportFolder is where a new report goes unless the rapporteur picks
// another folder: the folder last chosen in a file dialog, else the last
// report's (unless that was the sample kept in a hidden folder), else
// Documents, else home.
func (e *Editor) newReportFolder() string {
	for _, dir := range []string{e.app.Preferences().String(prefFolder), filepath.Dir(e.app.Preferences().String(prefLast))} {
		if st, err := os.Stat(dir); dir != "." && err == nil && st.IsDir() && !hiddenSampleFolder(dir) {
			return dir
		}
	}
	if home, err := os.UserHomeDir(); err == nil {
		if st, err := os.Stat(filepath.Join(home, "Documents")); err == nil && st.IsDir() {
			return filepath.Join(home, "Documents")
		}
		return home
	}
	return "."
}

// hiddenSampleFolder reports whether dir is where the sample is kept when
// the user has no Documents folder: inside the hidden configuration
// folder, where a new report after the sample went and was never found.
func hiddenSampleFolder(dir string) bool {
	sample, err := workspace.SamplePath()
	if err != nil || filepath.Clean(dir) != filepath.Dir(sample) {
		return false
	}
	conf, err := os.UserConfigDir()
	return err == nil && strings.HasPrefix(filepath.Clean(dir), filepath.Clean(conf)+string(filepath.Separator))
}
