package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// workingLabel names the working copy among the versions to compare.
const workingLabel = "Working copy"

// compareView is the comparison of two versions (or a version and the
// working copy). It takes the whole area right of the agenda, in place of
// the paragraphs and the side tabs: the summary of changes per item at its
// head, then each item's changes with their words marked as the redline PDF
// marks them. Tapping a change shows its paragraph in the editor, where a
// bar keeps the comparison at hand: previous and next change, back to the
// comparison, close.
type compareView struct {
	e        *Editor
	old, new *widget.Select
	heading  *widget.Label
	count    *widget.Label
	only     *widget.Check // the redline shows the changes only
	list     *widget.List
	measure  *measurer
	width    float32

	cmp     *draft.Comparison
	rows    []cmpRow
	changes []int // the rows that are changes, in order
	sel     int   // the change shown or highlighted, -1 for none
	quiet   bool  // selecting a row from code: do not leave the list
	// chosen: the rapporteur picked the two sources; until then Compare
	// opens on the comparison wanted now (see defaultSources), which a
	// version frozen or an edit since the last time changes.
	chosen bool

	edit, view fyne.CanvasObject // the editing panes, the comparison
	stack      *fyne.Container
	bar        *fyne.Container // the review bar over the editor
	barText    *widget.Label
	area       fyne.CanvasObject
}

// rowKind is the kind of a line of the comparison list.
type rowKind int

const (
	rowMessage rowKind = iota // a sentence: "No changes."
	rowSummary                // one item's line in the summary at the head
	rowGroup                  // an item's heading over its changes
	rowChange                 // one change
)

// cmpRow is one line of the comparison list.
type cmpRow struct {
	kind          rowKind
	item, text    string // summary: item number and title; group, message: text
	counts        string // summary: "1 changed, 2 added"
	target        int    // summary: the row of the item's heading
	show          rowText
	change        *draft.Change
	structChange  *draft.StructChange
	changeOrdinal int // change: its place among the changes
}

func newCompareView(e *Editor) *compareView {
	v := &compareView{e: e, sel: -1, measure: newMeasurer()}
	v.old = widget.NewSelect(nil, v.picked)
	v.new = widget.NewSelect(nil, v.picked)
	v.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.heading.Truncation = fyne.TextTruncateEllipsis
	v.count = widget.NewLabel("")
	v.count.Truncation = fyne.TextTruncateEllipsis
	v.list = widget.NewList(func() int { return len(v.rows) }, v.createRow, v.updateRow)
	v.list.OnSelected = v.selected
	back := widget.NewButtonWithIcon("Back to the report", theme.NavigateBackIcon(), v.showEditor)
	prev := widget.NewButtonWithIcon("Previous", theme.MoveUpIcon(), func() { v.step(-1) })
	next := widget.NewButtonWithIcon("Next", theme.MoveDownIcon(), func() { v.step(1) })
	redline := widget.NewButtonWithIcon("Redline PDF…", theme.DocumentSaveIcon(), e.askRedline)
	word := widget.NewButtonWithIcon("Word…", theme.DocumentSaveIcon(), e.askRevisions)
	v.only = widget.NewCheck("Redline of the changes only", nil)
	wide := func(s *widget.Select) fyne.CanvasObject {
		return container.NewGridWrap(fyne.NewSize(150, s.MinSize().Height), s)
	}
	pick := container.NewHBox(widget.NewLabel("From"), wide(v.old), widget.NewLabel("to"), wide(v.new))
	tools := container.NewBorder(nil, nil, pick, container.NewHBox(prev, next, redline, word))
	legend := newRedlineText(slices.Concat(plainText("Inserted words are", plain), plainText("underlined", inserted),
		[]rword{{text: "; deleted words are", glue: true}}, plainText("struck through", deleted), []rword{{text: ".", glue: true}}))
	top := container.NewVBox(container.NewBorder(nil, nil, nil, back, v.heading), tools,
		container.NewBorder(nil, nil, nil, v.only, v.count), legend, widget.NewSeparator())
	v.view = container.NewBorder(top, nil, nil, nil, container.New(&widthWatcher{onWidth: v.setWidth}, v.list))
	v.barText = widget.NewLabel("")
	v.barText.Truncation = fyne.TextTruncateEllipsis
	v.bar = container.NewBorder(nil, widget.NewSeparator(), nil, container.NewHBox(
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { v.step(-1) }),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { v.step(1) }),
		widget.NewButton("Show comparison", func() { v.e.showError(v.reopen(false)) }),
		widget.NewButtonWithIcon("", theme.CancelIcon(), v.close),
	), v.barText)
	v.bar.Hide()
	return v
}

// around puts the comparison in place of edit, the editing panes, and the
// review bar above them; it returns what the window shows right of the
// agenda.
func (v *compareView) around(edit fyne.CanvasObject) fyne.CanvasObject {
	v.edit = edit
	v.view.Hide()
	v.stack = container.NewStack(edit, v.view)
	v.area = container.NewBorder(v.bar, nil, nil, nil, v.stack)
	return v.area
}

// Comparing reports whether the comparison takes the editing area.
func (e *Editor) Comparing() bool { return e.compare.view.Visible() }

// refreshSources offers the file's versions and the working copy.
func (v *compareView) refreshSources() {
	opts := []string{}
	for _, vi := range v.e.Versions() {
		opts = append(opts, vi.Label)
	}
	opts = append(opts, workingLabel)
	v.old.Options, v.new.Options = opts, opts
	v.old.Refresh()
	v.new.Refresh()
}

// ShowComparison shows the comparison in the editing area: the two sources
// the rapporteur picked, compared again, or else the comparison a
// rapporteur wants now (see defaultSources).
func (e *Editor) ShowComparison() error { return e.compare.reopen(!e.compare.chosen) }

// reopen shows the comparison again, of the same two sources unless anew
// (or one of them is gone), else of the default ones.
func (v *compareView) reopen(anew bool) error {
	v.refreshSources()
	if anew || !slices.Contains(v.old.Options, v.old.Selected) || !slices.Contains(v.new.Options, v.new.Selected) {
		from, to, err := v.defaultSources()
		if err != nil {
			return err
		}
		v.pick(from, to)
	}
	if err := v.compute(); err != nil {
		return err
	}
	v.showView()
	return nil
}

// defaultSources chooses what to compare: the last frozen version with the
// working copy when the working copy has changed since, else the last two
// frozen versions.
func (v *compareView) defaultSources() (string, string, error) {
	vers := v.e.Versions()
	if len(vers) == 0 {
		return "", "", errors.New("there is nothing to compare yet: freeze a version first (Versions › Freeze Version…), then edit the working copy")
	}
	last := vers[len(vers)-1].Label
	if len(vers) == 1 {
		return last, workingLabel, nil
	}
	old, err := v.e.versionReport(last)
	if err != nil {
		return "", "", err
	}
	if c := draft.Compare(old, v.e.rep); len(c.Changes)+len(c.Structure) > 0 {
		return last, workingLabel, nil
	}
	return vers[len(vers)-2].Label, last, nil
}

// Compare compares version from with version to (workingLabel for the
// working copy) and shows the comparison.
func (e *Editor) Compare(from, to string) (*draft.Comparison, error) {
	v := e.compare
	v.refreshSources()
	v.pick(from, to)
	v.chosen = true
	if err := v.compute(); err != nil {
		return nil, err
	}
	v.showView()
	return v.cmp, nil
}

// pick selects the two sources without running the comparison twice.
func (v *compareView) pick(from, to string) {
	v.old.OnChanged, v.new.OnChanged = nil, nil
	v.old.SetSelected(from)
	v.new.SetSelected(to)
	v.old.OnChanged, v.new.OnChanged = v.picked, v.picked
}

// picked runs the comparison of the sources the rapporteur picked, and
// keeps them for the next time.
func (v *compareView) picked(string) {
	v.chosen = true
	v.run()
}

// fileOpened forgets the sources picked in the report before.
func (v *compareView) fileOpened() { v.chosen = false }

func (v *compareView) run() {
	v.e.showError(v.compute())
}

// compute compares the sources picked and lists the result.
func (v *compareView) compute() error {
	if v.old.Selected == "" || v.new.Selected == "" {
		return nil
	}
	a, err := v.e.versionReport(sourceLabel(v.old.Selected))
	if err != nil {
		return err
	}
	b, err := v.e.versionReport(sourceLabel(v.new.Selected))
	if err != nil {
		return err
	}
	v.cmp = draft.Compare(a, b)
	v.cmp.OldName, v.cmp.NewName = sourceName(v.old.Selected), sourceName(v.new.Selected)
	v.rows, v.changes = comparisonRows(v.cmp)
	v.heading.SetText(comparisonHeading(v.cmp))
	v.count.SetText(countLine(v.cmp))
	v.sel = min(v.sel, len(v.changes)-1)
	v.setHeights()
	v.quiet = true
	v.list.UnselectAll()
	v.quiet = false
	v.list.Refresh()
	v.updateBar()
	return nil
}

// comparisonHeading says what is compared: "Changes from version a to the
// working copy".
func comparisonHeading(c *draft.Comparison) string {
	return "Changes from " + c.OldName + " to " + c.NewName
}

// countLine counts the changes in words: "3 changes in 2 items", "No
// changes".
func countLine(c *draft.Comparison) string {
	n := len(c.Changes) + len(c.Structure)
	if n == 0 {
		return "No changes: the two are the same."
	}
	items := 0
	for _, ic := range c.Summary() {
		if ic.Item != "" {
			items++
		}
	}
	s := plural(n, "change")
	if items > 0 {
		s += " in " + plural(items, "item")
	}
	return s + ". Tap a change to show it in the report."
}

// sourceName names a picked source for the headings.
func sourceName(s string) string {
	if s == workingLabel {
		return "the working copy"
	}
	return "version " + s
}

func sourceLabel(s string) string {
	if s == workingLabel {
		return ""
	}
	return s
}

// comparisonRows lays the comparison out as the list shows it: the summary
// (one line per item with changes), then each item's heading with its
// changes, structural ones first. It returns the rows and which of them
// are changes.
func comparisonRows(c *draft.Comparison) ([]cmpRow, []int) {
	sum := c.Summary()
	if len(sum) == 0 {
		return []cmpRow{{kind: rowMessage, text: "No changes."}}, nil
	}
	rows := make([]cmpRow, 0, len(sum)*2+len(c.Changes)+len(c.Structure))
	for _, ic := range sum {
		rows = append(rows, cmpRow{kind: rowSummary, item: ic.Item, counts: itemCounts(ic)})
	}
	var changes []int
	ci, si := 0, 0
	for g, ic := range sum {
		first := (*draft.StructChange)(nil)
		if ic.Structure > 0 {
			first = &c.Structure[si]
		}
		title := groupTitle(ic, first)
		rows[g].text = title
		rows[g].target = len(rows)
		rows = append(rows, cmpRow{kind: rowGroup, text: groupHeading(ic, title)})
		for k := 0; k < ic.Structure; k++ {
			sc := &c.Structure[si+k]
			changes = append(changes, len(rows))
			rows = append(rows, cmpRow{kind: rowChange, show: structRow(*sc), structChange: sc, changeOrdinal: len(changes) - 1})
		}
		si += ic.Structure
		n := ic.Changed + ic.Added + ic.Deleted + ic.Moved
		for k := 0; k < n; k++ {
			ch := &c.Changes[ci+k]
			changes = append(changes, len(rows))
			rows = append(rows, cmpRow{kind: rowChange, show: paragraphRow(*ch), change: ch, changeOrdinal: len(changes) - 1})
		}
		ci += n
	}
	return rows, changes
}

// groupTitle names a group of changes: its item's title, or the meeting
// details or annexes.
func groupTitle(ic draft.ItemChanges, first *draft.StructChange) string {
	switch {
	case ic.Item != "":
		return ic.Title
	case first != nil && first.Field != "":
		return "Meeting details"
	}
	return "Annexes"
}

func groupHeading(ic draft.ItemChanges, title string) string {
	if ic.Item == "" {
		return strings.ToUpper(title)
	}
	return "ITEM " + ic.Item + " – " + strings.ToUpper(title)
}

// itemCounts counts one item's changes in words: "1 changed, 2 added,
// 1 other change".
func itemCounts(ic draft.ItemChanges) string {
	var parts []string
	for _, x := range []struct {
		n    int
		what string
	}{{ic.Changed, "changed"}, {ic.Added, "added"}, {ic.Deleted, "deleted"}, {ic.Moved, "moved"}} {
		if x.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", x.n, x.what))
		}
	}
	if ic.Structure > 0 {
		what := "other change"
		if len(parts) == 0 {
			what = "change"
		}
		parts = append(parts, plural(ic.Structure, what))
	}
	return strings.Join(parts, ", ")
}

func (v *compareView) createRow() fyne.CanvasObject {
	num := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title := widget.NewLabel("")
	title.Truncation = fyne.TextTruncateEllipsis
	counts := widget.NewLabel("")
	summary := container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(56, num.MinSize().Height), num), counts, title)
	label := widget.NewLabel("")
	label.Truncation = fyne.TextTruncateEllipsis
	return container.NewStack(summary, label, newChangeRow(v.measure))
}

func (v *compareView) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(v.rows) {
		return
	}
	r := v.rows[id]
	c := o.(*fyne.Container)
	summary, label, change := c.Objects[0].(*fyne.Container), c.Objects[1].(*widget.Label), c.Objects[2].(*changeRow)
	summary.Hide()
	label.Hide()
	change.Hide()
	switch r.kind {
	case rowSummary:
		summary.Objects[0].(*widget.Label).SetText(r.text)
		summary.Objects[1].(*fyne.Container).Objects[0].(*widget.Label).SetText(summaryNumber(r.item))
		summary.Objects[2].(*widget.Label).SetText(r.counts)
		summary.Show()
		summary.Refresh() // lay the counts out at their new width
	case rowGroup, rowMessage:
		label.TextStyle.Bold = r.kind == rowGroup
		label.SetText(r.text)
		label.Show()
	case rowChange:
		change.set(r.show)
		change.Show()
	}
}

func summaryNumber(item string) string {
	if item == "" {
		return "–"
	}
	return item
}

func (v *compareView) setWidth(w float32) {
	if w != v.width {
		v.width = w
		v.setHeights()
	}
}

// setHeights gives every change row the height its text takes.
func (v *compareView) setHeights() {
	if v.width <= 0 {
		return
	}
	line := widget.NewLabel("Mg").MinSize().Height
	for i, r := range v.rows {
		h := line
		if r.kind == rowChange {
			h = rowHeight(r.show, v.width, v.measure)
		}
		v.list.SetItemHeight(i, h)
	}
}

// selected is a tap on a row: a change is shown in the editor, an item's
// line in the summary scrolls to its changes.
func (v *compareView) selected(id widget.ListItemID) {
	if v.quiet || id >= len(v.rows) {
		return
	}
	r := v.rows[id]
	switch r.kind {
	case rowSummary:
		v.list.ScrollTo(r.target)
	case rowChange:
		v.sel = r.changeOrdinal
		v.showChange()
		return
	}
	v.quiet = true
	v.list.Unselect(id)
	v.quiet = false
}

// step goes to the next (+1) or previous (-1) change: in the comparison it
// highlights it, in the editor it shows its paragraph. Without a
// comparison it opens the one a rapporteur wants first.
func (v *compareView) step(d int) {
	if v.cmp == nil {
		v.e.showError(v.e.ShowComparison())
		return
	}
	if len(v.changes) == 0 {
		return
	}
	v.sel = max(0, min(len(v.changes)-1, v.sel+d))
	if v.sel < 0 {
		v.sel = 0
	}
	if v.view.Visible() {
		row := v.changes[v.sel]
		v.quiet = true
		v.list.Select(row)
		v.quiet = false
		v.list.ScrollTo(row)
		return
	}
	v.showChange()
}

// showChange shows change v.sel in the editor: its paragraph with the
// cursor in it, or its item, the meeting field or the annex.
func (v *compareView) showChange() {
	e := v.e
	r := v.rows[v.changes[v.sel]]
	v.showEditor()
	v.updateBar()
	switch {
	case r.change != nil:
		ch := r.change
		if i, k, ok := e.rep.Find(ch.ID); ok && ch.Part == draft.PartParagraph {
			e.agenda.selectItem(i)
			e.para = k
			e.focusSoon(k)
			return
		}
		v.showItem(ch.Item)
	case r.structChange != nil:
		sc := r.structChange
		switch {
		case sc.Field != "":
			e.showMeetingField(sc.Field)
		case sc.Kind == draft.FrontChanged || sc.Kind == draft.StyleChanged || sc.Footnote != "":
			e.side.Select(e.houseTab) // stylechoice.go
		case sc.Annex != "":
			for _, ti := range e.side.Items {
				if ti.Content == e.annexes.object() {
					e.side.Select(ti)
				}
			}
		default:
			v.showItem(sc.Item)
		}
	}
}

// showItem selects the working copy's item numbered item.
func (v *compareView) showItem(item string) {
	for i := range v.e.rep.Items {
		if v.e.rep.ItemNumber(i) == item {
			v.e.agenda.selectItem(i)
			return
		}
	}
}

// updateBar says in the review bar which change is shown.
func (v *compareView) updateBar() {
	if v.cmp == nil {
		v.bar.Hide()
		return
	}
	s := plural(len(v.changes), "change")
	if v.sel >= 0 && v.sel < len(v.changes) {
		r := v.rows[v.changes[v.sel]]
		s = fmt.Sprintf("Change %d of %d: %s", v.sel+1, len(v.changes), describeRow(r))
	}
	s += " · " + strings.TrimPrefix(comparisonHeading(v.cmp), "Changes ")
	v.barText.SetText(s)
}

// describeRow says in words what a change row shows: "paragraph 8
// changed", "bullet 2 of paragraph 9 added", "venue changed".
func describeRow(r cmpRow) string {
	if r.change != nil {
		ch := r.change
		n := ch.New
		if n == 0 {
			n = ch.Old
		}
		what := fmt.Sprintf("paragraph %d", n)
		switch ch.Part {
		case draft.PartBullet:
			what = "a bullet of paragraph " + fmt.Sprint(n)
		case draft.PartLeadIn:
			what = "the lead-in of paragraph " + fmt.Sprint(n)
		}
		return what + " " + r.show.note
	}
	return strings.ToLower(r.show.number) + " " + r.show.note
}

// showView shows the comparison in the editing area.
func (v *compareView) showView() {
	v.bar.Hide()
	v.edit.Hide()
	v.view.Show()
	v.stack.Refresh()
	if v.sel >= 0 && v.sel < len(v.changes) {
		v.list.ScrollTo(v.changes[v.sel])
	}
}

// showEditor shows the editing panes again, with the review bar while a
// comparison is open.
func (v *compareView) showEditor() {
	v.view.Hide()
	v.edit.Show()
	if v.cmp != nil {
		v.updateBar()
		v.bar.Show()
	}
	v.area.Refresh()
}

// close ends the comparison and shows the editor.
func (v *compareView) close() {
	v.cmp, v.rows, v.changes, v.sel = nil, nil, nil, -1
	v.old.ClearSelected()
	v.new.ClearSelected()
	v.list.Refresh()
	v.bar.Hide()
	v.showEditor()
}

// Changes returns the rows of the comparison shown, in words, for tests:
// the summary, the headings and each change's gutter, words and note.
func (e *Editor) Changes() []string {
	var out []string
	for _, r := range e.compare.rows {
		switch r.kind {
		case rowSummary:
			out = append(out, summaryNumber(r.item)+" "+r.text+": "+r.counts)
		case rowChange:
			out = append(out, strings.TrimSpace(r.show.number+" "+r.show.sub)+" | "+wordsText(r.show.words)+" | "+r.show.note)
		default:
			out = append(out, r.text)
		}
	}
	return out
}

// wordsText writes marked words with their marks, for tests and messages:
// inserted words between "+" signs, deleted between "-".
func wordsText(ws []rword) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && !w.glue {
			b.WriteByte(' ')
		}
		switch w.mark {
		case inserted:
			b.WriteString("+" + w.text + "+")
		case deleted:
			b.WriteString("-" + w.text + "-")
		default:
			b.WriteString(w.text)
		}
	}
	return b.String()
}
