// Package ingest reads summary reports, minutes and agendas from outside
// the program into the draft model: plain text as pdftotext gives it from a
// PDF (broken lines, blank lines between wrapped lines, Symbol-font
// bullets, page furniture), the typed text form that export.Text writes,
// and Word documents (docx*.go, the Word reader).
//
// Every source becomes a list of lines that may carry hints (input.go: the
// paragraph style, the label Word's list numbering draws, the place); one
// structure reader (ReadLines) reads them. A text file gives one line per
// line and no hints. A Word document gives one line per paragraph
// (docx_lines.go): its label and style hint, a table row with its cells
// joined by tabs, footnotes after the paragraph that references them,
// headers and footers as furniture; comments go into the log, not the
// text. Hints are weighed with the text, never obeyed: a heading style
// makes no paragraph number and no item, a list label no paragraph, and a
// paragraph styled as a heading by mistake keeps its number.
//
//   - hyphens pdftotext drops where it joins a word broken at a line's end
//     ("VICECHAIRPERSONS", "20262027") are put back from the document's
//     own spelling and a short list of compounds, each logged (hyphens.go);
//   - page furniture — running headers, document symbols, job numbers, bar
//     codes, page numbers, footers repeated on pages — and footnotes are set
//     apart (furniture.go, notes.go): a line the structure uses (a
//     lead-in, a sentence, a paragraph's number that follows the one
//     before) is never furniture, and a footnote is known by its mark in
//     the page's text;
//   - the house style is found (style.go): "ITEM IV – TITLE" (PTC, or "Item
//     4." in UN agendas), UN sections "IV. Title" with sub-sections "A.",
//     or minutes numbered 1, 2, 2.1 with unnumbered paragraphs;
//   - the document's own numbers are weighed as evidence: the item headings
//     are the rising run with text under it (items.go; a table of contents,
//     the agenda as adopted, a list of decisions number the same items), the
//     paragraph numbers the best rising chain (numbers.go), so that
//     enumerations inside a paragraph, years at the start of a wrapped line
//     and page numbers stay what they are;
//   - the body is read in reading order (order.go): where pdftotext sets
//     bare labels — a bullet glyph, a paragraph number — apart from their
//     texts, as LibreOffice's PDFs give them, each is put back before its
//     text;
//   - the parser reads the front matter, the body (items, sub-items whose
//     letters run in order, categories, documents, presentations, numbered
//     paragraphs, conclusion blocks "In conclusion, the …:") and annexes;
//   - the agenda table's or the table of contents' ranges are checked, and
//     where a reading they confirm exists it is taken, with a correction in
//     the log (agenda.go);
//   - a document shaped like a report that says it is something else (a
//     white paper, a recommendation) is refused (kind.go).
//
// Nothing is lost silently: every line goes into the report (the front
// matter, footnotes and annexes included) or into the import log (Result.Log:
// place, kind, text, reason) with the reason it is not; warnings and
// corrections are in the log too. Each entry also names its place in the
// report (Entry.At, where.go): the item, paragraph or conclusion by ID, the
// front matter, the footnotes or an annex, so that the window shows it
// without reading the place out of the text. Paragraph numbers in the source are
// checked, never stored: the report derives its own, and its house style
// says how the source wrote them.
//
// Input is bounded: text above MaxTextInput and files that are not regular
// files (a named pipe, a device) are refused before they are read, and an
// import's memory stays within about four times its input.
//
// Package ingest may import the standard library, golang.org/x/text and
// rapporteur/draft only.
package ingest
