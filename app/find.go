package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
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

// showFind opens the find panel: type, then pick a result to go to it.
func (e *Editor) showFind() {
	var hits []Hit
	query := widget.NewEntry()
	query.SetPlaceHolder("Find in paragraphs")
	count := widget.NewLabel("")
	list := widget.NewList(func() int { return len(hits) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			h := hits[id]
			o.(*widget.Label).SetText(fmt.Sprintf("%d.  %s", h.Number, h.Snippet))
		})
	var d dialog.Dialog
	list.OnSelected = func(id widget.ListItemID) {
		h := hits[id]
		d.Hide()
		e.agenda.selectItem(h.Item)
		e.paras.focusRow(h.Para)
	}
	query.OnChanged = func(s string) {
		hits = e.Find(s)
		count.SetText(fmt.Sprintf("%d paragraphs", len(hits)))
		list.UnselectAll()
		list.Refresh()
	}
	d = dialog.NewCustom("Find", "Close", container.NewBorder(container.NewVBox(query, count), nil, nil, nil, list), e.win)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
	e.win.Canvas().Focus(query)
}
