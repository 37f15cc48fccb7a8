// Package invent makes summary reports of its own invention that look like
// the ones secretariats circulate, so that the importer can be tried on
// many documents rather than one fixture: several items, sub-items with
// categories, documents and presenters, paragraphs holding inner
// enumerations (i./ii., (a)/(b), 1)/2)), lines ending in a colon, decision
// marks "(Decision 3)", long headings, conclusions "In conclusion, the
// PTC:" or "the Committee:", annexes, five-digit paragraph numbers.
//
// Report builds the model from a seed; Outline reduces any report to the
// lines an import must reproduce exactly (items, sub-items, paragraph
// numbers and ranges, paragraph texts, conclusions, annexes). The writers
// lay a report out as other tools give it when the exporters cannot yet:
// UNText and MinutesText write the text pdftotext gives of a UN report
// (sections "I. Title", paragraph numbers alone on their line, the symbol
// and job number repeated on every page, page numbers, footnotes) or of
// minutes (items 1, 2, 2.1); HTML writes a page LibreOffice turns into
// Word with its own XML (Heading styles, list numbering). Tools runs
// pdftotext and soffice, for the round-trip tests in this package.
//
// It is used by tests only. Package invent may import the standard
// library and rapporteur/draft only.
package invent
