package keymap

import (
	"fmt"

	"fyne.io/fyne/v2"
)

// Map is a window's keyboard shortcuts, each bound to one action. The zero
// value is not usable; call New. Its methods run on the Fyne UI goroutine.
type Map struct {
	actions map[string]func()
	order   []fyne.Shortcut
}

// New returns an empty map.
func New() *Map { return &Map{actions: map[string]func(){}} }

// Bind binds shortcut s to action f. Binding a shortcut twice is a
// programming error (two commands would compete for one key), and Bind
// panics, so that any test that builds the window finds it.
func (m *Map) Bind(s fyne.Shortcut, f func()) {
	name := s.ShortcutName()
	if _, dup := m.actions[name]; dup {
		panic(fmt.Sprintf("keymap: shortcut %s bound twice", name))
	}
	m.actions[name] = f
	m.order = append(m.order, s)
}

// Bound reports whether the map binds s.
func (m *Map) Bound(s fyne.Shortcut) bool {
	if m == nil {
		return false
	}
	_, ok := m.actions[s.ShortcutName()]
	return ok
}

// Run runs the action bound to s and reports whether there was one.
func (m *Map) Run(s fyne.Shortcut) bool {
	if m == nil {
		return false
	}
	f, ok := m.actions[s.ShortcutName()]
	if ok {
		f()
	}
	return ok
}

// Typed is what a text widget's TypedShortcut calls: the window's action
// runs when the map binds s, and otherwise own (the widget's own handling,
// e.g. widget.Entry.TypedShortcut for copy and paste) gets it. A nil map
// binds nothing.
func (m *Map) Typed(s fyne.Shortcut, own func(fyne.Shortcut)) {
	if !m.Run(s) && own != nil {
		own(s)
	}
}

// Shortcuts returns the bound shortcuts in the order they were bound.
func (m *Map) Shortcuts() []fyne.Shortcut { return append([]fyne.Shortcut(nil), m.order...) }

// Install registers every bound shortcut on canvas c, so that they fire
// when no widget, or one that takes no shortcuts, has the focus. Shortcuts
// bound later are not registered: install once the map is complete.
func (m *Map) Install(c fyne.Canvas) {
	for _, s := range m.order {
		f := m.actions[s.ShortcutName()]
		c.AddShortcut(s, func(fyne.Shortcut) { f() })
	}
}
