package app

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// importLog is the side tab that shows what an import noticed: the meeting
// details the document did not give, and the importer's warnings (numbers
// it corrected, text it kept or set apart). Tapping an entry shows its
// place: the paragraph or item it names, or the meeting field.
type importLog struct {
	e       *Editor
	entries []logEntry
	head    *widget.Label
	list    *widget.List
	tab     *container.TabItem
}

// logEntry is one line of the import log and the place it names in the
// report: item and para (-1 for none) or a meeting field's key.
type logEntry struct {
	text       string
	item, para int
	field      string
}

func newImportLog(e *Editor) *importLog {
	v := &importLog{e: e}
	v.head = widget.NewLabel("")
	v.head.Wrapping = fyne.TextWrapWord
	v.list = widget.NewList(func() int { return len(v.entries) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(v.entries) {
				return
			}
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(v.entries[id].text)
			icon := theme.WarningIcon()
			if v.entries[id].field != "" {
				icon = theme.InfoIcon()
			}
			c.Objects[1].(*widget.Icon).SetResource(icon)
			v.list.SetItemHeight(id, c.MinSize().Height)
		})
	v.list.OnSelected = v.selected
	v.tab = container.NewTabItem("Import", container.NewBorder(v.head, nil, nil, nil, v.list))
	return v
}

// showImportLog lists what the import of the document at path noticed and
// shows the list, and marks the meeting fields it left empty.
func (e *Editor) showImportLog(path string, warnings []string) {
	v := e.imports
	name := filepath.Base(path)
	v.entries = v.entries[:0]
	for _, fd := range e.rep.Meeting.Fields() {
		if strings.TrimSpace(*fd.Value) == "" {
			v.entries = append(v.entries, logEntry{text: "No " + strings.ToLower(meetingLabel(fd)) + " in the document: tap to fill in the field.",
				item: -1, para: -1, field: fd.Key})
		}
	}
	for _, w := range warnings {
		i, k := warningPlace(w, e.rep, e.num)
		v.entries = append(v.entries, logEntry{text: w, item: i, para: k})
	}
	n := len(v.entries)
	v.head.SetText(fmt.Sprintf("Imported %s: %s, %s. %s", name,
		plural(len(e.rep.Items), "item"), plural(e.num.Total(), "paragraph"), importVerdict(n)))
	v.list.UnselectAll()
	v.list.Refresh()
	e.meeting.markMissing(name)
	if !v.shown() {
		// First, where the side pane always has room for it: appended, it
		// went into the "…" menu the status line does not mention.
		e.side.SetItems(append([]*container.TabItem{v.tab}, e.side.Items...))
	}
	e.side.Select(v.tab)
	if n > 0 {
		e.status.setSave(fmt.Sprintf("Imported %s: %s (see the Import tab)", name, plural(n, "remark")))
	} else {
		e.status.setSave("Imported " + name)
	}
}

func importVerdict(n int) string {
	if n == 0 {
		return "The import noticed nothing to check."
	}
	return fmt.Sprintf("It noticed %s; tap one to see the place.", plural(n, "thing"))
}

func (v *importLog) shown() bool {
	for _, ti := range v.e.side.Items {
		if ti == v.tab {
			return true
		}
	}
	return false
}

// hide removes the tab, when another report is shown.
func (v *importLog) hide() {
	if v.shown() {
		v.e.side.Remove(v.tab)
	}
	v.entries = nil
}

// Remarks returns the entries the Import tab lists.
func (e *Editor) Remarks() []string {
	var out []string
	for _, en := range e.imports.entries {
		out = append(out, en.text)
	}
	return out
}

// selected shows the place entry id names.
func (v *importLog) selected(id widget.ListItemID) {
	en := v.entries[id]
	e := v.e
	switch {
	case en.field != "":
		e.showMeetingField(en.field)
	case en.item >= 0:
		e.agenda.selectItem(en.item)
		if en.para >= 0 {
			e.para = en.para
			e.focusSoon(en.para)
		}
	}
}

// showMeetingField selects the Meeting tab and puts the cursor in the
// field key names.
func (e *Editor) showMeetingField(key string) {
	for _, ti := range e.side.Items {
		if ti.Content == e.meeting.object() {
			e.side.Select(ti)
		}
	}
	for k, fd := range e.rep.Meeting.Fields() {
		if fd.Key == key {
			e.win.Canvas().Focus(e.meeting.entries[k])
		}
	}
}

// Places a warning names, in the words the importer uses: "the report
// numbers it 38", "kept as paragraph 12", "item IV", "paragraph 37".
var (
	reNumbersIt  = regexp.MustCompile(`the report numbers it (\d+|[IVXLC]+)\b`)
	reKeptAs     = regexp.MustCompile(`kept as (?:ordinary )?paragraph (\d+)`)
	reItem       = regexp.MustCompile(`\bitem ([IVXLC]+)\b`)
	reParagraph  = regexp.MustCompile(`\bparagraph (\d+)\b`)
	reLinePrefix = regexp.MustCompile(`^line \d+: `)
)

// warningPlace finds the place in r a warning names: the item and, for a
// paragraph, its index in the item (-1, -1 when it names none).
func warningPlace(w string, r *draft.Report, num draft.Numbering) (int, int) {
	w = reLinePrefix.ReplaceAllString(w, "")
	para := func(s string) (int, int) {
		n, _ := strconv.Atoi(s)
		if i, k, ok := num.Locate(n); ok && n > 0 {
			if k >= len(r.Items[i].Paragraphs) {
				k = -1 // the conclusion: show the item
			}
			return i, k
		}
		return -1, -1
	}
	item := func(s string) (int, int) {
		if n, ok := draft.ParseRoman(s); ok {
			for i := range r.Items {
				if r.ItemNumber(i) == draft.Roman(n) {
					return i, -1
				}
			}
		}
		return -1, -1
	}
	if m := reNumbersIt.FindStringSubmatch(w); m != nil {
		if _, err := strconv.Atoi(m[1]); err == nil {
			return para(m[1])
		}
		return item(m[1])
	}
	if m := reKeptAs.FindStringSubmatch(w); m != nil {
		return para(m[1])
	}
	if m := reItem.FindStringSubmatch(w); m != nil {
		return item(m[1])
	}
	if m := reParagraph.FindStringSubmatch(w); m != nil {
		return para(m[1])
	}
	return -1, -1
}
