package app

import (
	"io"

	"rapporteur/draft"
	"rapporteur/export"
)

// redlinePDF writes the comparison as the export package's redline PDF.
func redlinePDF(w io.Writer, c *draft.Comparison, progress func(int, int)) error {
	return export.RedlinePDF(w, c, export.Options{Progress: progress})
}
