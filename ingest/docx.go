package ingest

import (
	"fmt"
	"io"
	"os"

	"rapporteur/draft"
)

// Docx parses a summary report or an agenda from a Word document (.docx).
// It reads the body of word/document.xml — paragraphs, headings, tables used
// for the agenda — with Word's automatic numbering and bullets resolved to
// the labels a reader sees ("37.", "a.", "•"), and parses the result as Text
// does. The meeting details come from the document's custom properties when
// it has them (as export.DOCX writes them). Hostile files are refused with an
// error naming the problem: a file that is not a zip archive, one without
// word/document.xml or without a body, a DOCTYPE, and content beyond the
// size, entry, depth and element limits.
func Docx(data []byte) (*draft.Report, []string, error) {
	text, err := docxText(data)
	if err != nil {
		return nil, nil, fmt.Errorf("ingest: docx: %w", err)
	}
	return Text([]byte(text))
}

// docxFile reads a .docx file from path, refusing one larger than the
// reader's input limit before reading it.
func docxFile(path string) (*draft.Report, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("ingest: read %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxDocxInput+1))
	if err != nil {
		return nil, nil, fmt.Errorf("ingest: read %s: %w", path, err)
	}
	r, warn, err := Docx(data)
	if err != nil {
		return nil, nil, fmt.Errorf("%w (in %s)", err, path)
	}
	return r, warn, nil
}
