package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"rapporteur/draft"
)

// Docx parses a summary report or an agenda from a Word document (.docx).
// It follows the package's relationships to the main document part
// (word/document.xml, or word/document2.xml as Word Online writes it) and
// reads its paragraphs in one streaming pass: text in runs, text boxes,
// content controls, fields (their results), hyperlinks, tables; Word's
// list numbering resolved to the labels a reader sees ("37.", "a.", "•");
// tracked changes read as the document reads with them accepted (a warning
// says how many, by whom). The result is parsed as Text does. The meeting
// details come from the document's custom properties when it has them (as
// export.DOCX writes them). A password-protected file, a Word 97–2003 .doc
// and other files that are not .docx are refused with a message saying
// what to do; hostile files with an error naming the problem (a DOCTYPE,
// content beyond the size, entry, depth and element limits, a list label
// beyond maxLabel).
func Docx(data []byte) (*draft.Report, []string, error) {
	if len(data) > maxDocxInput {
		return nil, nil, fmt.Errorf("ingest: docx: %w", errTooLarge(int64(len(data))))
	}
	doc, err := readDocx(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, fmt.Errorf("ingest: docx: %w", err)
	}
	return doc.parse()
}

// parse gives the document to the structure reader.
func (d *wordDoc) parse() (*draft.Report, []string, error) {
	text := d.text()
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, nil, fmt.Errorf("ingest: docx: %s", d.noText())
	}
	warnings := d.warnings
	*d = wordDoc{} // the records are in the text now: let them go
	r, warn, err := Text(text)
	if err != nil {
		return nil, nil, err
	}
	return r, append(warnings, warn...), nil
}

// noText says why a document gives no text: an empty body, or text only
// in its headers, footers or notes.
func (d *wordDoc) noText() string {
	var where []string
	if len(d.furniture) > 0 {
		where = append(where, "headers or footers")
	}
	if len(d.notes) > 0 {
		where = append(where, "footnotes")
	}
	if len(d.comments) > 0 {
		where = append(where, "comments")
	}
	if len(where) == 0 {
		return "the document's body shows no text"
	}
	return "the document's body shows no text (it has text only in its " + joinAnd(where) + ")"
}

// errTooLarge is the error for a file above maxDocxInput.
func errTooLarge(size int64) error {
	return fmt.Errorf("file is %d bytes, more than the %d allowed", size, maxDocxInput)
}

// docxFile reads a .docx file from path. The file is read where it lies
// (the zip directory and each part are read from it as needed, never the
// whole file into memory); a file larger than the input limit, or one that
// is not a regular file (a FIFO, a device), is refused before it is opened.
func docxFile(path string) (*draft.Report, []string, error) {
	doc, err := readDocxFile(path)
	if err != nil {
		return nil, nil, err
	}
	r, warn, err := doc.parse()
	if err != nil {
		return nil, nil, fmt.Errorf("%w (in %s)", err, path)
	}
	return r, warn, nil
}

// readDocxFile reads the Word document at path into records.
func readDocxFile(path string) (*wordDoc, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("ingest: read %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("ingest: read %s: %w", path, errors.New("not a regular file"))
	}
	if fi.Size() > maxDocxInput {
		return nil, fmt.Errorf("ingest: docx: %w (in %s)", errTooLarge(fi.Size()), path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ingest: read %s: %w", path, err)
	}
	defer f.Close()
	doc, err := readDocx(f, fi.Size())
	if err != nil {
		return nil, fmt.Errorf("ingest: docx: %w (in %s)", err, path)
	}
	return doc, nil
}
