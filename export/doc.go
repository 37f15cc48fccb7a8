// Package export writes a report out of the program: the final report as a
// PDF in the house layout (title block, agenda table with derived paragraph
// ranges, numbered paragraphs with a hanging indent, conclusion bullets,
// annexes, running header, outline and document properties), the redline PDF
// of a comparison, and the other output formats chosen by file extension.
//
// The text, Word and PDF writers (and the redline) follow one reading order,
// draft's Report.Walk, and only render the pieces it yields.
//
// Package export may import the standard library, rapporteur/draft,
// rapporteur/assets and codeberg.org/go-pdf/fpdf.
package export
