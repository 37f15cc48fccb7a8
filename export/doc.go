// Package export writes a report out of the program: the final report as a
// PDF in the house layout (title block, agenda table with derived paragraph
// ranges, numbered paragraphs with a hanging indent, conclusion bullets,
// annexes, running header, outline and document properties), the redline PDF
// of a comparison (whole, or its changes only), a comparison as a Word file
// with tracked changes (revisions*.go), and the other output formats chosen
// by file extension.
//
// The text, Word and PDF writers (and the redline) follow one reading order,
// draft's Report.Walk, and only render the pieces it yields. The Word writer
// emits its paragraphs as keyed lines (docx_lines.go); the revision writer
// merges two versions' lines, so that the document it writes is the Word
// export of either version once its changes are accepted or rejected.
//
// Package export may import the standard library, rapporteur/draft,
// rapporteur/assets and codeberg.org/go-pdf/fpdf.
package export
