// Package assets embeds the files the program carries with it: the fonts
// the PDF export uses (Liberation Sans, SIL Open Font License 1.1, covering
// Latin with extensions, Greek and Cyrillic), the application icon and the
// text of the built-in sample report.
//
// Package assets imports nothing but the standard library's embed.
package assets
