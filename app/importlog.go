package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
	"rapporteur/internal/workspace"
)

// importLog is the side tab that shows what an import noticed: the meeting
// details the document did not give, then every entry of the importer's
// log (workspace.Doc.Log) grouped by kind — corrections, warnings, lines
// dropped, footnotes, front matter, agenda rows, page furniture — each
// group under a heading with its count, the long groups (furniture, agenda
// rows) collapsed until their heading is tapped. An entry shows its place
// in the document ("line 112", "paragraph 3 of word/document.xml") and in
// the report; tapping it shows that place: the paragraph or item in the
// editor, the annex, the meeting field, or the Meeting tab for the front
// matter and footnotes.
type importLog struct {
	e         *Editor
	log       workspace.ImportLogEntries
	missing   []string // keys of the meeting fields the import left empty
	rows      []logRow
	collapsed map[workspace.ImportKind]bool
	head      *widget.Label
	list      *widget.List
	tab       *container.TabItem
	name      string
}

// logRow is one row of the list: a missing meeting field, a group's
// heading, or an entry of the log.
type logRow struct {
	text  string
	field string               // a missing meeting field's key
	group workspace.ImportKind // a heading's group, or the entry's kind
	head  bool
	entry int // the entry's index in the log, -1 for none
}

// logGroups are the groups in the order the tab lists them, with how the
// head and a group's heading name their entries.
var logGroups = []struct {
	kind      workspace.ImportKind
	title     string
	noun      string // what one entry is, for the count
	done      string // what the import did with it
	collapsed bool
}{
	{workspace.LogCorrection, "Corrections", "reading", "corrected", false},
	{workspace.LogWarning, "Warnings", "warning", "", false},
	{workspace.LogDropped, "Lines dropped", "line", "dropped", false},
	{workspace.LogFootnote, "Footnotes", "footnote line", "kept apart", false},
	{workspace.LogFront, "Front matter", "line", "kept in the front matter", false},
	{workspace.LogAgendaRow, "Agenda table", "row", "of the agenda table checked", true},
	{workspace.LogFurniture, "Page furniture", "line", "of page furniture dropped", true},
}

func newImportLog(e *Editor) *importLog {
	v := &importLog{e: e, collapsed: map[workspace.ImportKind]bool{}}
	v.head = widget.NewLabel("")
	v.head.Wrapping = fyne.TextWrapWord
	v.list = widget.NewList(func() int { return len(v.rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= len(v.rows) {
				return
			}
			row := v.rows[id]
			c := o.(*fyne.Container)
			l := c.Objects[0].(*widget.Label)
			l.SetText(row.text)
			l.TextStyle = fyne.TextStyle{Bold: row.head}
			c.Objects[1].(*widget.Icon).SetResource(rowIcon(row, v.collapsed[row.group]))
			v.list.SetItemHeight(id, c.MinSize().Height)
		})
	v.list.OnSelected = v.selected
	v.tab = container.NewTabItem("Import", container.NewBorder(v.head, nil, nil, nil, v.list))
	return v
}

// rowIcon is a heading's arrow (collapsed or open), a warning's sign, or
// the information sign.
func rowIcon(row logRow, collapsed bool) fyne.Resource {
	switch {
	case row.head && collapsed:
		return theme.MenuExpandIcon()
	case row.head:
		return theme.MenuDropDownIcon()
	case row.group == workspace.LogWarning || row.group == workspace.LogCorrection:
		return theme.WarningIcon()
	}
	return theme.InfoIcon()
}

// showImportLog lists what the import of the document at path noticed —
// the meeting fields it left empty and its log — shows the tab, and marks
// the empty fields.
func (e *Editor) showImportLog(path string, log workspace.ImportLogEntries) {
	v := e.imports
	v.name, v.log, v.missing = filepath.Base(path), log, nil
	for _, fd := range e.rep.Meeting.Fields() {
		if strings.TrimSpace(*fd.Value) == "" {
			v.missing = append(v.missing, fd.Key)
		}
	}
	v.collapsed = map[workspace.ImportKind]bool{}
	for _, g := range logGroups {
		v.collapsed[g.kind] = g.collapsed
	}
	v.build()
	e.meeting.markMissing(v.name)
	if !v.shown() {
		// First, where the side pane always has room for it: appended, it
		// went into the "…" menu the status line does not mention.
		e.side.SetItems(append([]*container.TabItem{v.tab}, e.side.Items...))
	}
	e.side.Select(v.tab)
	if n := len(v.missing) + v.remarks(); n > 0 {
		e.status.setSave(fmt.Sprintf("Imported %s: %s (see the Import tab)", v.name, plural(n, "remark")))
	} else {
		e.status.setSave("Imported " + v.name)
	}
}

// remarks counts the entries a rapporteur should look at: corrections,
// warnings and lines dropped.
func (v *importLog) remarks() int {
	return v.log.Count(workspace.LogCorrection) + v.log.Count(workspace.LogWarning) + v.log.Count(workspace.LogDropped)
}

// build makes the rows and the head from the log as the report now is.
func (v *importLog) build() {
	e := v.e
	v.rows = v.rows[:0]
	fields := e.rep.Meeting.Fields()
	for _, key := range v.missing {
		for _, fd := range fields {
			if fd.Key == key {
				v.rows = append(v.rows, logRow{text: "No " + strings.ToLower(meetingLabel(fd)) + " in the document: tap to fill in the field.",
					field: key, entry: -1})
			}
		}
	}
	var counts []string
	for _, g := range logGroups {
		n := v.log.Count(g.kind)
		if n == 0 {
			continue
		}
		counts = append(counts, strings.TrimSpace(plural(n, g.noun)+" "+g.done))
		state := "tap to hide"
		if v.collapsed[g.kind] {
			state = "tap to show"
		}
		v.rows = append(v.rows, logRow{text: fmt.Sprintf("%s (%d) — %s", g.title, n, state), group: g.kind, head: true, entry: -1})
		if v.collapsed[g.kind] {
			continue
		}
		for k, en := range v.log {
			if en.Kind == g.kind {
				v.rows = append(v.rows, logRow{text: e.entryText(en), group: g.kind, entry: k})
			}
		}
	}
	summary := "The import noticed nothing to check."
	if len(counts) > 0 {
		summary = capitalize(strings.Join(counts, ", ")) + "."
	}
	if len(v.missing) > 0 {
		summary += " " + plural(len(v.missing), "meeting detail") + " not in the document."
	}
	v.head.SetText(fmt.Sprintf("Imported %s: %s, %s. %s Tap an entry to see its place.", v.name,
		plural(len(e.rep.Items), "item"), plural(e.num.Total(), "paragraph"), summary))
	v.list.UnselectAll()
	v.list.Refresh()
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// entryText writes an entry as its row shows it: where it stands in the
// document and in the report, the text concerned and the reason.
func (e *Editor) entryText(en workspace.ImportEntry) string {
	var b strings.Builder
	if p := en.Place.String(); p != "" {
		b.WriteString(p)
	}
	if w := e.whereText(en.At); w != "" {
		if b.Len() > 0 {
			b.WriteString(" → ")
		}
		b.WriteString(w)
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if en.Text != "" {
		fmt.Fprintf(&b, "%q", clipText(en.Text, 90))
		if en.Reason != "" {
			b.WriteString(" — ")
		}
	}
	b.WriteString(en.Reason)
	return b.String()
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// whereText names a place in the report as it is now: "paragraph 37 (item
// IV)", "the conclusion of item IV", "item IV", "after paragraph 12",
// "the front matter", "the footnotes", "Annex II"; "" for none.
func (e *Editor) whereText(w workspace.ImportWhere) string {
	var s string
	switch w.Part {
	case workspace.PartFront:
		s = "the front matter"
	case workspace.PartFootnotes:
		s = "the footnotes"
	case workspace.PartAnnexes:
		s = "the annexes"
		for i, a := range e.rep.Annexes {
			if a.ID == w.Annex {
				s = "Annex " + draft.AnnexNumber(i)
			}
		}
	case workspace.PartBody:
		i, k := e.placeOf(w)
		switch {
		case i < 0:
			return ""
		case k >= 0:
			s = fmt.Sprintf("paragraph %d (item %s)", e.num.Number(i, k), e.rep.ItemNumber(i))
		case e.isConclusion(i, w):
			s = fmt.Sprintf("the conclusion of item %s (paragraph %d)", e.rep.ItemNumber(i), e.num.ConclusionNumber(e.rep, i))
		default:
			s = "item " + e.rep.ItemNumber(i)
		}
	default:
		return ""
	}
	if w.Near {
		return "after " + s
	}
	return s
}

// placeOf finds the item and paragraph a place in the body names, -1 for
// none: the paragraph by its ID, else its item.
func (e *Editor) placeOf(w workspace.ImportWhere) (item, k int) {
	if w.Para != 0 {
		if i, j, ok := e.rep.Find(w.Para); ok {
			return i, j
		}
	}
	for i, it := range e.rep.Items {
		if it.ID == w.Item || w.Para != 0 && it.Conclusion != nil && it.Conclusion.ID == w.Para {
			return i, -1
		}
	}
	return -1, -1
}

func (e *Editor) isConclusion(i int, w workspace.ImportWhere) bool {
	c := e.rep.Items[i].Conclusion
	return c != nil && w.Para != 0 && c.ID == w.Para
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
	v.rows, v.log, v.missing = nil, nil, nil
}

// Remarks returns the rows the Import tab lists, in order: the missing
// meeting fields, each group's heading and the entries of the groups that
// are open.
func (e *Editor) Remarks() []string {
	var out []string
	for _, row := range e.imports.rows {
		out = append(out, row.text)
	}
	return out
}

// selected shows the place row id names, or opens or closes a group.
func (v *importLog) selected(id widget.ListItemID) {
	if id < 0 || id >= len(v.rows) {
		return
	}
	row := v.rows[id]
	e := v.e
	switch {
	case row.head:
		v.collapsed[row.group] = !v.collapsed[row.group]
		v.build()
	case row.field != "":
		e.showMeetingField(row.field)
	case row.entry >= 0:
		e.showWhere(v.log[row.entry].At)
	}
}

// showWhere shows a place in the report: a paragraph with the cursor in
// it, an item (its conclusion's), an annex, or the Meeting tab for the
// front matter and the footnotes.
func (e *Editor) showWhere(w workspace.ImportWhere) {
	switch w.Part {
	case workspace.PartBody:
		i, k := e.placeOf(w)
		if i < 0 {
			return
		}
		e.agenda.selectItem(i)
		if k >= 0 {
			e.para = k
			e.focusSoon(k)
		}
	case workspace.PartAnnexes:
		for i, a := range e.rep.Annexes {
			if a.ID == w.Annex {
				e.side.Select(e.annexTab)
				e.annexes.list.Select(i)
			}
		}
	case workspace.PartFront, workspace.PartFootnotes:
		e.side.Select(e.meetingTab)
	}
}

// showMeetingField selects the Meeting tab and puts the cursor in the
// field key names.
func (e *Editor) showMeetingField(key string) {
	e.side.Select(e.meetingTab)
	e.meeting.focus(key)
}
