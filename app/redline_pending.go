package app

import (
	"errors"
	"io"

	"rapporteur/draft"
)

// redlinePDF writes the redline PDF once the export package offers one.
func redlinePDF(io.Writer, *draft.Comparison, func(int, int)) error {
	return errors.New("the redline PDF export is not available in this build yet")
}
