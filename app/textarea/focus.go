package textarea

import "fyne.io/fyne/v2"

// FocusGained shows the caret and starts it blinking.
func (a *Area) FocusGained() {
	a.focused = true
	a.input()
	if a.r != nil {
		a.r.syncFocus()
	}
	if a.OnFocus != nil {
		a.OnFocus(true)
	}
}

// FocusLost hides the caret.
func (a *Area) FocusLost() {
	a.focused, a.shift = false, false
	a.restartBlink()
	if a.r != nil {
		a.r.syncFocus()
	}
	if a.OnFocus != nil {
		a.OnFocus(false)
	}
}

// requestFocus gives the Area the focus of its canvas.
func (a *Area) requestFocus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(a); c != nil && c.Focused() != a {
		c.Focus(a)
	}
}
