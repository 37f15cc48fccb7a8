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
// It never writes over the files in opt.Inputs (the file r was read from)
// nor over a report file: see SameFile.
func Export(path string, r *draft.Report, opt ExportOptions) error {
	return export.WriteFile(path, r, opt)
}

// Redline writes the comparison c as a redline PDF at path, atomically,
// never over the files in opt.Inputs (those compared) nor a report file;
// opt.ChangesOnly leaves out what did not change.
func Redline(path string, c *draft.Comparison, opt ExportOptions) error {
	return export.WriteRedline(path, c, opt)
}

// ErrOutputIsInput means an export was asked to write over a file it is
// made from, or over a report file.
var ErrOutputIsInput = export.ErrOutputIsInput

// SameFile reports whether two paths name the same file (same device and
// inode, through any link, or the same absolute path): the check Export
// makes against its inputs.
func SameFile(a, b string) bool { return export.SameFile(a, b) }

// Revisions writes the comparison c as a Word document with tracked
// changes at path (.docx), atomically: the new side in the Word export's
// styles, every difference a revision by opt.Author (the meeting's short
// name when empty) dated opt.Created, so that Accept All gives the new
// side and Reject All the old one; never over the files in opt.Inputs nor
// a report file.
func Revisions(path string, c *draft.Comparison, opt ExportOptions) error {
	return export.WriteRevisions(path, c, opt)
}
