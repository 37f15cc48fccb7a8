package app

import (
	"fmt"
	"regexp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"rapporteur/draft"
)

// Hit is one paragraph that contains the text searched for.
type Hit struct {
	Item, Para int    // item index and paragraph position in it
	Number     int    // the paragraph's number now
	Snippet    string // the words around the first match
}

// maxHits bounds a search's answer; the rapporteur narrows the query.
const maxHits = 500

// Find returns the paragraphs whose text contains q, ignoring case, in
// report order.
func (e *Editor) Find(q string) []Hit {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return nil
	}
	var hits []Hit
	for i, it := range e.rep.Items {
		for k, p := range it.Paragraphs {
			low := strings.ToLower(p.Text)
			at := strings.Index(low, q)
			if at < 0 {
				continue
			}
			hits = append(hits, Hit{Item: i, Para: k, Number: e.num.Number(i, k), Snippet: snippet(p.Text, at, len(q))})
			if len(hits) == maxHits {
				return hits
			}
		}
	}
	return hits
}

// snippet returns about 40 bytes either side of text[at:at+n], cut at spaces.
func snippet(text string, at, n int) string {
	if at+n > len(text) { // lower-casing changed the length: show the start
		at, n = 0, 0
	}
	lo, hi := max(0, at-40), min(len(text), at+n+40)
	for lo > 0 && text[lo-1] != ' ' {
		lo--
	}
	for hi < len(text) && text[hi] != ' ' {
		hi++
	}
	s := text[lo:hi]
	if lo > 0 {
		s = "…" + s
	}
	if hi < len(text) {
		s += "…"
	}
	return s
}

// findPanel is the Find dialog, or Find and Replace with a replacement
// field: the paragraphs holding the text, tapping one shows it.
type findPanel struct {
	e              *Editor
	query, replace *dialogField
	count          *widget.Label
	list           *widget.List
	hits           []Hit
	d              *dialog.CustomDialog
}

// showFind opens the Find dialog (Ctrl+F): type, then Enter or a tap on a
// result shows it; Escape closes.
func (e *Editor) showFind() { e.findPanel(false) }

// showReplace opens Find and Replace (Ctrl+H).
func (e *Editor) showReplace() { e.findPanel(true) }

func (e *Editor) findPanel(replace bool) *findPanel {
	f := &findPanel{e: e, query: newDialogField("Find in paragraphs"), count: widget.NewLabel("")}
	f.query.SetText(e.lastQuery)
	f.list = widget.NewList(func() int { return len(f.hits) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(f.hits) {
				h := f.hits[id]
				o.(*widget.Label).SetText(fmt.Sprintf("%d.  %s", h.Number, h.Snippet))
			}
		})
	f.list.OnSelected = func(id widget.ListItemID) { f.show(id) }
	f.query.OnChanged = func(string) { f.search() }
	fields := []fyne.CanvasObject{f.query}
	top := container.NewVBox(f.query)
	title, submit := "Find", f.next
	if replace {
		title = "Find and Replace"
		f.replace = newDialogField("Replace with")
		fields = append(fields, f.replace)
		buttons := container.NewHBox(
			widget.NewButton("Replace", func() { e.showError(f.replaceOne()) }),
			widget.NewButton("Replace All", func() { e.showError(f.replaceAll()) }))
		top = container.NewVBox(widget.NewForm(widget.NewFormItem("Find", f.query), widget.NewFormItem("Replace with", f.replace)),
			container.NewBorder(nil, nil, nil, buttons, f.count))
		submit = func() { e.showError(f.replaceOne()) }
	} else {
		top.Add(f.count)
	}
	f.d = dialog.NewCustom(title, "Close", container.NewBorder(top, nil, nil, nil, f.list), e.win)
	e.dialogKeys(f.d, fields, submit, f.d.Hide)
	f.d.Resize(fyne.NewSize(680, 480))
	f.d.Show()
	e.win.Canvas().Focus(f.query)
	if f.query.Text != "" {
		f.search()
		f.query.TypedShortcut(&fyne.ShortcutSelectAll{}) // typing replaces the last search
	}
	e.lastFind = f
	return f
}

// search lists the paragraphs holding the query.
func (f *findPanel) search() {
	f.e.lastQuery = f.query.Text
	f.hits = f.e.Find(f.query.Text)
	f.count.SetText(plural(len(f.hits), "paragraph"))
	f.list.UnselectAll()
	f.list.Refresh()
}

// show closes the dialog and selects the first match in hit id's
// paragraph.
func (f *findPanel) show(id int) {
	if id < 0 || id >= len(f.hits) {
		return
	}
	h := f.hits[id]
	f.d.Hide()
	f.e.showMatch(h.Item, h.Para, f.matcher())
}

// next closes the dialog and selects the next match after the cursor (Enter
// in Find, as Find Next in a word processor): on from the cursor in its
// paragraph, then through the report, from its start again after the end.
func (f *findPanel) next() {
	if strings.TrimSpace(f.query.Text) == "" {
		return
	}
	e, re := f.e, f.matcher()
	from, i, k := 0, max(0, e.item), max(0, e.para)
	if ent := e.paras.editorFor(e.para); ent != nil && e.para >= 0 {
		_, from = ent.Selection()
	}
	steps := len(e.rep.Items) + 1 // each paragraph once, each empty item once, the cursor's paragraph twice
	for _, it := range e.rep.Items {
		steps += len(it.Paragraphs)
	}
	for range steps {
		if i >= 0 && i < len(e.rep.Items) && k >= 0 && k < len(e.rep.Items[i].Paragraphs) {
			text := e.rep.Items[i].Paragraphs[k].Text
			if from <= len(text) {
				if m := re.FindStringIndex(text[from:]); m != nil {
					f.d.Hide()
					e.showMatchAt(i, k, from+m[0], from+m[1])
					return
				}
			}
		}
		from = 0
		if k++; i < 0 || i >= len(e.rep.Items) || k >= len(e.rep.Items[i].Paragraphs) {
			i, k = (i+1)%max(1, len(e.rep.Items)), 0
		}
	}
	f.count.SetText("Not found: " + strings.TrimSpace(f.query.Text))
}

// showMatch shows paragraph k of item i with the first match of re in it
// selected.
func (e *Editor) showMatch(i, k int, re *regexp.Regexp) {
	m := re.FindStringIndex(e.rep.Items[i].Paragraphs[k].Text)
	if m == nil {
		m = []int{0, 0}
	}
	e.showMatchAt(i, k, m[0], m[1])
}

// showMatchAt shows paragraph k of item i with bytes from to to selected.
func (e *Editor) showMatchAt(i, k, from, to int) {
	e.agenda.selectItem(i)
	e.paras.focusAt(k, func(ent *paraEntry) { ent.Select(from, to) })
}

// matcher finds the query as Find does: ignoring case, literally.
func (f *findPanel) matcher() *regexp.Regexp {
	return regexp.MustCompile("(?i)" + regexp.QuoteMeta(strings.TrimSpace(f.query.Text)))
}

// replaceOne replaces the query in the first paragraph listed (the one
// selected, else the first) and lists the rest: one undo step.
func (f *findPanel) replaceOne() error {
	if len(f.hits) == 0 {
		return nil
	}
	h := f.hits[0]
	re, with := f.matcher(), f.replace.Text
	err := f.e.edit(restructure{do: func(r *draft.Report) error {
		p := r.Items[h.Item].Paragraphs[h.Para]
		p.Text = re.ReplaceAllLiteralString(p.Text, with)
		f.e.item, f.e.para = h.Item, h.Para
		return nil
	}})
	f.search()
	return err
}

// replaceAll replaces the query in every paragraph: one undo step.
func (f *findPanel) replaceAll() error {
	if len(f.hits) == 0 {
		return nil
	}
	re, with := f.matcher(), f.replace.Text
	n := 0
	err := f.e.edit(restructure{do: func(r *draft.Report) error {
		for _, it := range r.Items {
			for _, p := range it.Paragraphs {
				if re.MatchString(p.Text) {
					p.Text = re.ReplaceAllLiteralString(p.Text, with)
					n++
				}
			}
		}
		return nil
	}})
	f.search()
	if err == nil {
		f.count.SetText("Replaced in " + plural(n, "paragraph") + ".")
	}
	return err
}
