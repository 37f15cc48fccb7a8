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
// Besides the model and its edit operations, draft holds what works on whole
// reports: building and rebuilding conclusion blocks from the agenda
// (build*.go, verbs.go), the drafting checks (check*.go), matching an outside
// draft to a report by content (match*.go), and the comparison of two
// versions, word by word inside paragraphs (compare*.go, words.go).
//
// Walk (walk.go) gives the order a report reads in — title block, agenda,
// each item with its sub-item headings, numbered paragraphs and
// conclusion, annexes — with what is derived for each piece; every writer
// of a report follows it.
//
// Frozen versions are kept as JSON snapshots (codec.go) in the format
// written down in snapshot-format.md, which every later program must read.
//
// Package draft may import the standard library, github.com/sergi/go-diff and
// golang.org/x/text only: never Fyne, never storage. It does not read the
// clock; callers pass times in.
package draft
