// Package app is the Fyne window of rapporteur: the agenda tree, the
// paragraphs of the selected item edited in place, the conclusion block, the
// meeting details, annexes, checks, versions and comparison, with autosave
// and undo.
//
// The window is a thin view of the draft model: every number, range and
// piece of conclusion punctuation it shows is derived from draft at the
// moment it is drawn, never kept in a widget. Views never assign the model's
// fields: every change goes through Editor.edit (see edit.go), which applies
// it, records its undo step and marks the report changed. The window's
// keyboard shortcuts are one keymap (package app/keymap) that the app's text
// fields pass on, so that they fire while a field has the focus. Paragraphs
// are typed into a widget of the app's own (package app/textarea), whose
// cost per keystroke does not grow with the paragraph. The window watches
// its file on disk (see watch.go): deleted, moved away or replaced under it,
// it saves nothing more into it, says so, and offers to save the report
// where it was or elsewhere; nothing typed is lost.
//
// Package app never creates the Fyne application: callers pass a fyne.App
// and fyne.Window in, so the tests drive it with fyne.io/fyne/v2/test and no
// display.
//
// With no report open the window shows a start page (start.go); a
// comparison takes the editing area (compare.go), its words marked as the
// redline PDF marks them (redlinetext.go); the window's own dialogs take
// Enter and Escape (dialogs.go); the spelling check (spelling.go) runs
// Hunspell through rapporteur/internal/spell; a draft received from the
// secretariat becomes the working copy through the workspace, as
// "import --into" does (bringin.go).
//
// Package app may import the standard library, Fyne, rapporteur/draft,
// rapporteur/internal/workspace, rapporteur/internal/spell and its own
// rapporteur/app/keymap and rapporteur/app/textarea only: every file it
// opens, creates or writes goes through the workspace, never the store
// directly.
package app
