package app

import "fyne.io/fyne/v2/theme"

// Colours of the comparison, taken from the theme so they follow light and
// dark: insertions in the primary colour (blue), deletions in the error
// colour (red), as the redline PDF has them.
var (
	insertColor = theme.ColorNamePrimary
	deleteColor = theme.ColorNameError
)
