package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// statusBar is the line at the foot of the window: whether the file is
// saved, and the word and paragraph counts.
type statusBar struct {
	save   *widget.Label
	counts *widget.Label
	box    *fyne.Container
	// held, when not "", is shown instead of every save message: the file
	// went away and nothing is saved (see watch.go).
	held string
	// banner, when not nil, is shown above the line (see watch.go).
	banner fyne.CanvasObject
}

func newStatusBar() *statusBar {
	s := &statusBar{save: widget.NewLabel("Saved"), counts: widget.NewLabel("")}
	// A long message is cut short with an ellipsis: at its full width it
	// made the window wider than the screen.
	s.save.Truncation = fyne.TextTruncateEllipsis
	s.box = container.NewBorder(nil, nil, nil, s.counts, s.save)
	return s
}

func (s *statusBar) object() fyne.CanvasObject {
	if s.banner != nil {
		return container.NewVBox(s.banner, s.box)
	}
	return s.box
}

func (s *statusBar) setSave(text string) {
	if s.held != "" {
		text = s.held
	}
	if s.save.Text != text {
		s.save.SetText(text)
		s.box.Refresh()
	}
}

func (s *statusBar) setCounts(words, paras int) {
	t := plural(words, "word") + " · " + plural(paras, "paragraph")
	if s.counts.Text != t {
		grew := len(t) != len(s.counts.Text)
		s.counts.SetText(t)
		if grew {
			s.box.Refresh() // lay the line out again for the new width
		}
	}
}

// SaveState returns the status line's save message, e.g. "Saved".
func (e *Editor) SaveState() string { return e.status.save.Text }

// Counts returns the status line's word and paragraph counts as shown.
func (e *Editor) Counts() string { return e.status.counts.Text }
