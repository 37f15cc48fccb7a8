package keymap

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Entry is a widget.Entry that passes the shortcuts its window binds to the
// window (see Map.Typed) and handles the others itself.
type Entry struct {
	widget.Entry
	// Keys are the window's shortcuts; nil makes it a plain Entry.
	Keys *Map
}

// NewEntry returns a one-line entry that passes keys' shortcuts on; it is
// set up as widget.NewEntry's.
func NewEntry(keys *Map) *Entry {
	e := &Entry{Keys: keys}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry returns a multi-line entry that passes keys' shortcuts
// on; it is set up as widget.NewMultiLineEntry's.
func NewMultiLineEntry(keys *Map) *Entry {
	e := NewEntry(keys)
	e.MultiLine = true
	return e
}

// TypedShortcut runs the window's command for s, or handles s as text
// editing (copy, cut, paste, select all, word moves) when the window does
// not bind it.
func (e *Entry) TypedShortcut(s fyne.Shortcut) { e.Keys.Typed(s, e.Entry.TypedShortcut) }
