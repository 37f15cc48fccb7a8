package workspace

import (
	"rapporteur/draft"
	"rapporteur/export"
)

// Format is one output format: its extension (".pdf"), the name a menu
// shows ("Word") and its writer. The list is export's, the only one.
type Format = export.Format

// ExportOptions are the export's options: the creation date and author
// written into the document, Warn for each problem that did not stop the
// export (a character the font cannot show), Progress, Compress.
type ExportOptions = export.Options

// Formats returns every output format, in the order a menu lists them.
func Formats() []Format { return export.Formats() }

// FormatOf returns the format the extension of path chooses.
func FormatOf(path string) (Format, bool) { return export.FormatOf(path) }

// Export writes r to path in the format the extension of path chooses
// (see Formats), atomically; opt.Warn hears of every replaced character.
func Export(path string, r *draft.Report, opt ExportOptions) error {
	return export.WriteFile(path, r, opt)
}

// Redline writes the comparison c as a redline PDF at path, atomically.
func Redline(path string, c *draft.Comparison, opt ExportOptions) error {
	return export.WriteRedline(path, c, opt)
}
