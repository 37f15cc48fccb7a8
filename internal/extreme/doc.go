// Package extreme holds only tests: reports that are legal but extreme (a
// paragraph of two million characters, thousands of paragraphs, hundreds of
// items, scripts the embedded fonts lack, empty items, an item with only a
// conclusion) taken through every path a report travels: the typed text
// form and its importer, the report file, both comparisons and the PDF,
// .docx and .txt exports. Each must finish without a panic and without
// losing text silently.
//
// Package extreme may import the standard library and every package of the
// module except app.
package extreme
