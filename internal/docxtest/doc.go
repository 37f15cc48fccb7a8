// Package docxtest is a test oracle for Word documents with tracked
// changes, written independently of the code it checks: it reads a .docx
// package into an element tree, applies Word's "Accept All" or "Reject All"
// to the main document (insertions, deletions, moves with their ranges,
// paragraph marks, paragraph property changes, table rows), resolves list
// numbering as Word shows it, and reduces the result to one line per
// paragraph (its table position, style, alignment and text with its list
// label), so that two documents can be compared line by line. Lint checks
// what a reader relies on: unique revision ids, authors, paired move ranges,
// deleted text only inside deletions.
//
// It is used by tests only. Package docxtest may import the standard
// library only.
package docxtest
