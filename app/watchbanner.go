package app

import (
	"fmt"
	"image/color"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"rapporteur/internal/workspace"
)

// newBanner makes the strip shown above the status line while the file is
// held: what happened, and the two ways to save. It is hidden until then,
// and none of it takes the focus from the paragraph being typed in.
func (w *watcher) newBanner() *fyne.Container {
	w.told = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.told.Wrapping = fyne.TextWrapWord
	where := widget.NewButton(SaveWhereLabel, w.bannerSaveWhere)
	where.Importance = widget.HighImportance
	as := widget.NewButton(SaveAsLabel, func() { w.askSaveAs(nil) })
	bg := canvas.NewRectangle(warningTint())
	row := container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), container.NewHBox(where, as), w.told)
	b := container.NewStack(bg, container.NewPadded(row))
	b.Hide()
	return b
}

// warningTint is the theme's warning colour, faint enough to read text on.
func warningTint() color.Color {
	r, g, b, _ := theme.Color(theme.ColorNameWarning).RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x50}
}

// bannerText says in one line what became of the file.
func (w *watcher) bannerText() string {
	name := filepath.Base(w.doc.Path())
	switch w.what {
	case workspace.Replaced, workspace.ChangedElsewhere:
		return fmt.Sprintf("%s was %s. Nothing is saved into it any more; everything you type is kept in this window until you save it.", name, w.what)
	}
	return fmt.Sprintf("%s was %s. The report, its versions and everything you type are kept in this window until you save it.", name, w.what)
}

// bannerSaveWhere is the banner's "Save it where it was": at once where
// nothing is at the path any more, after a confirmation where another file
// is there now.
func (w *watcher) bannerSaveWhere() {
	if !w.holding() {
		return
	}
	save := func() { w.e.showError(w.saveWhereItWas()) }
	if w.what != workspace.Replaced && w.what != workspace.ChangedElsewhere {
		save()
		return
	}
	name := filepath.Base(w.doc.Path())
	msg := fmt.Sprintf("The file now at %s is not the report this window has open. Replace it with the report?", name)
	d := dialog.NewConfirm("Replace "+name+"?", msg, func(yes bool) {
		if yes {
			save()
		}
	}, w.e.win)
	d.SetConfirmText("Replace it")
	d.Show()
}
