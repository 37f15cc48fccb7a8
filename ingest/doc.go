// Package ingest reads summary reports from outside the program into the
// draft model: plain text as pdftotext gives it from a report's PDF (broken
// lines, blank lines between wrapped lines, Symbol-font bullets, page-break
// leftovers) and the typed text form that export.Text writes.
//
// The importer recognises the report's parts line by line: the front matter
// (title block, header lines, an agenda table) before the first item, agenda
// item headings, sub-item headings, category lines, document lines,
// presentation and attachment bullets, numbered paragraphs, conclusion blocks
// and annexes. Paragraph numbers in the source are checked, never stored:
// the report derives its own.
//
// Package ingest may import the standard library, golang.org/x/text and
// rapporteur/draft only.
package ingest
