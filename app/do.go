package app

import "fyne.io/fyne/v2"

// do runs f on the UI goroutine; background goroutines (autosave, checks,
// spelling, the file watch, exports) hand their results to the window
// through it and never touch a widget themselves. In the program it is
// fyne.Do. Tests replace it with a queue that the test's goroutine drains
// (see uiQueue in the tests): Fyne's test driver runs f at once on the
// calling goroutine, which would race the test's own use of the widgets.
var do = fyne.Do
