// Package textarea holds Area, a word-wrapping plain-text editor for one
// paragraph whose cost per keystroke does not grow with the length of its
// text.
//
// Fyne's multi-line Entry re-wraps and re-shapes its whole text on every
// key (fyne-io/fyne#4221, #5297): 0.1 ms per key at 100 characters, 13–18 ms
// at 4,000 in the report's paragraph list. Area keeps its visual lines and
// re-breaks only from the line before the edited word until the new breaks
// meet the old ones again; word widths are measured once and kept; each
// visual line is one canvas.Text, and only the lines whose text changed are
// redrawn. See wrap.go for the line breaking and render.go for the drawing.
//
// Area has what a text field must have — caret and selection with mouse and
// keyboard, word and line movement, clipboard, any rune Fyne delivers — and
// leaves to its owner what belongs to the window: undo (it reports every
// edit and passes Ctrl+Z/Y on), the window's shortcuts (PassShortcut gets
// each shortcut first), moving to the next paragraph (OnLeave) and keeping
// the caret in view (OnCaret). It takes no mouse-wheel events, so the list
// it sits in scrolls wherever the pointer is, and Tab moves the focus on.
// The caret stops blinking 4 s after the last input, so an idle window
// draws nothing. The owner may underline spans of the text (misspelled
// words, SetMarks) and put its own items first in the context menu
// (ContextItems); see marks.go.
//
// Package textarea may import Fyne and the standard library only.
package textarea
