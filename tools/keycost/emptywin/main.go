// Command emptywin is the baseline keycost measures the window against: a
// Fyne window of the same size as Rapporteur's that shows nothing but one
// line of text, which each key typed changes. Each key costs one frame and
// one new text texture, as in any Fyne window; whatever Rapporteur's window
// costs beyond it is what its own content costs.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

func main() {
	a := app.New()
	w := a.NewWindow("emptywin")
	line := canvas.NewText("Type here", theme.Color(theme.ColorNameForeground))
	w.SetContent(container.NewVBox(line))
	typed := ""
	w.Canvas().SetOnTypedRune(func(r rune) {
		typed += string(r)
		if len(typed) > 60 {
			typed = typed[len(typed)-60:]
		}
		line.Text = typed
		line.Refresh()
	})
	w.Resize(fyne.NewSize(1360, 860))
	w.ShowAndRun()
}
