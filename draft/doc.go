// Package draft holds the model of a committee's summary report: the meeting,
// its agenda items and sub-items with their action categories, working
// documents and presentations, the numbered paragraphs, the conclusion blocks
// and the annexes.
//
// Everything a reader sees as a number is derived here and never stored:
// Roman item numbers, sub-item letters, the continuous paragraph numbers 1…N
// in agenda order, each item's paragraph range for the agenda table and the
// punctuation that joins conclusion bullets. Each paragraph, item, sub-item
// and bullet carries an ID that survives edits, moves and renumbering, so
// versions of one report can be compared by identity.
//
// Package draft may import the standard library, github.com/sergi/go-diff and
// golang.org/x/text only: never Fyne, never storage. It does not read the
// clock; callers pass times in.
package draft
