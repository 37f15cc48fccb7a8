package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"

	"rapporteur/draft"
)

// Docx parses a summary report or an agenda from a Word document (.docx).
// It follows the package's relationships to the main document part
// (word/document.xml, or word/document2.xml as Word Online writes it) and
// reads its paragraphs in one streaming pass: text in runs, text boxes,
// content controls, fields (their results), hyperlinks, tables; Word's
// list numbering resolved to the labels a reader sees ("37.", "a.", "•");
// tracked changes read as the document reads with them accepted (a warning
// says how many, by whom). The paragraphs go to the structure reader as
// Lines with their style hints, list labels and places (see ImportDocx).
// The meeting details come from the document's custom properties when it
// has them (as export.DOCX writes them). A password-protected file, a Word
// 97–2003 .doc and other files that are not .docx are refused with a
// message saying what to do; hostile files with an error naming the
// problem (a DOCTYPE, content beyond the size, entry, depth and element
// limits, a list label beyond maxLabel).
func Docx(data []byte) (*draft.Report, []string, error) {
	res, err := ImportDocx(data)
	if err != nil {
		return nil, nil, err
	}
	return res.Report, res.Log.Warnings(), nil
}

// ImportDocx reads a report or an agenda from a .docx with the import log:
// first the Word reader's warnings about the whole document (tracked
// changes, embedded documents it cannot read, fields left open), then, in
// the order of their places, the structure reader's entries, the title
// paragraphs left to the document's properties and the comments, each
// with the paragraph it is anchored to and its author.
func ImportDocx(data []byte) (*Result, error) {
	if len(data) > maxDocxInput {
		return nil, fmt.Errorf("ingest: docx: %w", errTooLarge(int64(len(data))))
	}
	doc, err := readDocx(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("ingest: docx: %w", err)
	}
	return doc.result()
}

// importDocxFile reads the Word document at path with the import log.
func importDocxFile(path string) (*Result, error) {
	doc, err := readDocxFile(path)
	if err != nil {
		return nil, err
	}
	res, err := doc.result()
	if err != nil {
		return nil, fmt.Errorf("%w (in %s)", err, path)
	}
	return res, nil
}

// result gives the document's lines to the structure reader and puts the
// Word reader's own entries into the log.
func (d *wordDoc) result() (*Result, error) {
	if !d.hasBodyText() {
		return nil, fmt.Errorf("ingest: docx: %s", d.noText())
	}
	lines, titles := d.lines()
	log := make(Log, 0, len(d.warnings))
	for _, w := range d.warnings {
		log = append(log, Entry{Kind: LogWarning, Reason: w})
	}
	comments := d.commentEntries()
	parts := placeOrder(len(lines), func(i int) Place { return lines[i].Place })
	*d = wordDoc{} // the records are in the lines now: let the rest go
	res, err := readLines(lines, true)
	if err != nil {
		return nil, err
	}
	if len(titles)+len(comments) > 0 {
		rest := append(append(res.Log, titles...), comments...)
		rest.sortByPlace(parts)
		res.Log = rest
	}
	res.Log = append(log, res.Log...)
	return res, nil
}

// hasBodyText reports whether a paragraph of the main part shows text.
func (d *wordDoc) hasBodyText() bool { return hasText(d.paras) }

// hasText reports whether one of paras shows text.
func hasText(paras []wordPara) bool {
	for _, p := range paras {
		if strings.TrimSpace(p.text) != "" {
			return true
		}
	}
	return false
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

// readDocxFile reads the Word document at path into records. The file is
// read where it lies (the zip directory and each part are read from it as
// needed, never the whole file into memory); a file larger than the input
// limit, or one that is not a regular file (a FIFO, a device), is refused
// before it is opened.
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
