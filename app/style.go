package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Colours and styles of the comparison, taken from the theme so they follow
// light and dark.
var (
	insertColor    = theme.ColorNamePrimary
	deleteColor    = theme.ColorNameError
	headingColor   = theme.ColorNameForeground
	boldStyle      = fyne.TextStyle{Bold: true}
	underlineStyle = fyne.TextStyle{Bold: true} // Fyne 2.7 test themes have no underline face
)
