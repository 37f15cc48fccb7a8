package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Limits against hostile .docx files. A real summary report is a few hundred
// kilobytes; these bounds leave ample room while keeping memory bounded.
const (
	// maxDocxInput is the largest .docx file (compressed) read at all.
	maxDocxInput = 64 << 20
	// maxDocxUnzipped bounds the bytes decompressed from all parts read,
	// counted while reading rather than trusted from the zip headers.
	maxDocxUnzipped = 64 << 20
	// maxDocxEntries bounds the number of entries in the zip directory.
	maxDocxEntries = 1000
	// maxXMLDepth bounds the nesting of elements in any XML part.
	maxXMLDepth = 256
	// maxXMLElements bounds the number of elements in any XML part.
	maxXMLElements = 1_000_000
)

// errNotZip is wrapped by the error for a file that is not a zip archive.
var errNotZip = errors.New("not a zip archive (a .docx file is one)")

// docxParts holds the XML parts of a .docx that the reader uses; absent
// optional parts are nil.
type docxParts struct {
	document  []byte // word/document.xml
	numbering []byte // word/numbering.xml
	styles    []byte // word/styles.xml
	custom    []byte // docProps/custom.xml
}

// openDocx checks the archive and reads the parts the reader needs, within
// the limits above.
func openDocx(data []byte) (*docxParts, error) {
	if len(data) > maxDocxInput {
		return nil, fmt.Errorf("file is %d bytes, more than the %d allowed", len(data), maxDocxInput)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errNotZip, err)
	}
	if n := len(zr.File); n > maxDocxEntries {
		return nil, fmt.Errorf("zip has %d entries, more than the %d allowed", n, maxDocxEntries)
	}
	budget := int64(maxDocxUnzipped)
	var p docxParts
	wanted := map[string]*[]byte{
		"word/document.xml":   &p.document,
		"word/numbering.xml":  &p.numbering,
		"word/styles.xml":     &p.styles,
		"docProps/custom.xml": &p.custom,
	}
	for _, f := range zr.File {
		dst, ok := wanted[f.Name]
		if !ok || *dst != nil {
			continue
		}
		b, err := readEntry(f, &budget)
		if err != nil {
			return nil, err
		}
		*dst = b
	}
	if p.document == nil {
		return nil, errors.New("no word/document.xml in the archive: not a Word document")
	}
	return &p, nil
}

// readEntry decompresses one entry, charging its size to budget and failing
// as soon as the budget is exceeded, whatever the header claims.
func readEntry(f *zip.File, budget *int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", f.Name, err)
	}
	defer rc.Close()
	var buf bytes.Buffer
	if f.UncompressedSize64 > 0 && f.UncompressedSize64 <= uint64(*budget) {
		buf.Grow(int(f.UncompressedSize64))
	}
	n, err := io.Copy(&buf, io.LimitReader(rc, *budget+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", f.Name, err)
	}
	if n > *budget {
		return nil, fmt.Errorf("read %s: uncompressed content exceeds %d bytes (zip bomb?)", f.Name, maxDocxUnzipped)
	}
	*budget -= n
	return buf.Bytes(), nil
}
