// Package keymap holds a window's keyboard shortcuts in one table, and the
// text entry that lets them fire while it has the focus.
//
// Fyne gives a shortcut to the focused widget when that widget takes
// shortcuts, and a text entry swallows every shortcut it does not know, so
// the window's commands (Ctrl+S, Ctrl+Z …) would be dead while the cursor is
// in a field. A Map is the window's shortcuts, each bound once; Install
// registers them on the window's canvas, and a text widget's TypedShortcut
// calls Map.Typed, which runs the window's command when the window binds the
// shortcut and otherwise gives it back to the widget (copy, paste, word
// moves). Undo and Redo are the window's: a text widget never keeps an undo
// history of its own.
//
// Package keymap may import the standard library and Fyne only, so that any
// widget package under app can use it.
package keymap
