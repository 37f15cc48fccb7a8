package ingest

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/text/encoding/unicode"
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

// errNotZip is wrapped by the error for a file that is neither a zip
// archive nor a Word 97–2003 file.
var errNotZip = errors.New("not a Word document: the file is not a .docx (zip) archive")

// wordPackage is an opened .docx: its zip directory, where the main
// document part is, and the parts its relationships name. Parts are read as
// streams, each charged to one budget of uncompressed bytes.
type wordPackage struct {
	files  map[string]*zip.File // by lower-case part name, first entry wins
	budget int64                // uncompressed bytes still allowed
	main   string               // the main document part: "word/document.xml"
	parts  mainParts
	custom string // docProps/custom.xml or where the package's relationships say
}

// mainParts are the parts the main document's relationships name; "" (or
// nil) when absent.
type mainParts struct {
	styles, numbering, footnotes, endnotes, comments string
	headers                                          []string // header and footer parts, in relationship order
	altChunks                                        int      // embedded documents (w:altChunk targets)
}

// openPackage sniffs the file and opens it: a password-protected file, a
// Word 97–2003 document and anything else that is not a zip archive are
// refused with a message saying what to do; a zip archive must name (or
// hold) a main document part.
func openPackage(ra io.ReaderAt, size int64) (*wordPackage, error) {
	if size > maxDocxInput {
		return nil, errTooLarge(size)
	}
	var head [8]byte
	n, _ := ra.ReadAt(head[:], 0)
	if err := sniff(ra, size, head[:n]); err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return nil, fmt.Errorf("the .docx (zip) archive is damaged or incomplete: %v", err)
	}
	if n := len(zr.File); n > maxDocxEntries {
		return nil, fmt.Errorf("zip has %d entries, more than the %d allowed", n, maxDocxEntries)
	}
	p := &wordPackage{files: map[string]*zip.File{}, budget: maxDocxUnzipped}
	for _, f := range zr.File {
		name := strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(f.Name, `\`, "/"), "/"))
		if _, dup := p.files[name]; !dup {
			p.files[name] = f
		}
	}
	if err := p.locate(); err != nil {
		return nil, err
	}
	return p, nil
}

// sniff refuses input that is not a zip archive, telling a Word 97–2003
// file, an encrypted one and a few other common formats apart.
func sniff(ra io.ReaderAt, size int64, head []byte) error {
	s := string(head)
	switch {
	case strings.HasPrefix(s, "PK\x03\x04"), strings.HasPrefix(s, "PK\x05\x06"):
		return nil
	case strings.HasPrefix(s, string(cfbMagic)):
		return compoundFileError(ra, size)
	case len(head) == 0:
		return fmt.Errorf("%w: the file is empty", errNotZip)
	case strings.HasPrefix(s, `{\rtf`):
		return fmt.Errorf("%w: it is an RTF file; open it in Word and save it as .docx", errNotZip)
	case strings.HasPrefix(s, "%PDF"):
		return fmt.Errorf("%w: it is a PDF; import the text pdftotext gives, or the Word original", errNotZip)
	}
	return fmt.Errorf("%w; import a plain text file as .txt", errNotZip)
}

// locate finds the main document part through _rels/.rels (Word Online
// writes word/document2.xml) and the parts its own relationships name. A
// package without relationships falls back on the usual names.
func (p *wordPackage) locate() error {
	pkg, err := p.relationships("_rels/.rels", "")
	if err != nil {
		return err
	}
	p.main, p.custom = "word/document.xml", "docprops/custom.xml"
	if pkg != nil {
		p.main = ""
		for _, r := range pkg {
			switch r.kind {
			case "officeDocument":
				if p.main == "" {
					p.main = r.target
				}
			case "custom-properties":
				p.custom = r.target
			}
		}
		if p.main == "" {
			return errors.New("_rels/.rels names no main document part: not a Word document")
		}
	}
	if p.files[p.main] == nil {
		if pkg == nil {
			return errors.New("no word/document.xml in the archive: not a Word document")
		}
		return fmt.Errorf("the main document part %s that _rels/.rels names is missing from the archive", p.main)
	}
	return p.locateMainParts()
}

// locateMainParts reads the main part's relationships.
func (p *wordPackage) locateMainParts() error {
	dir, base := splitPart(p.main)
	rels, err := p.relationships(joinPart(dir, "_rels/"+base+".rels"), dir)
	if err != nil {
		return err
	}
	if rels == nil { // no relationships: the usual names
		p.parts = mainParts{styles: "word/styles.xml", numbering: "word/numbering.xml",
			footnotes: "word/footnotes.xml", endnotes: "word/endnotes.xml", comments: "word/comments.xml"}
		return nil
	}
	for _, r := range rels {
		dst := map[string]*string{"styles": &p.parts.styles, "numbering": &p.parts.numbering,
			"footnotes": &p.parts.footnotes, "endnotes": &p.parts.endnotes, "comments": &p.parts.comments}[r.kind]
		switch {
		case dst != nil && *dst == "":
			*dst = r.target
		case (r.kind == "header" || r.kind == "footer") && p.has(r.target) && !slices.Contains(p.parts.headers, r.target):
			p.parts.headers = append(p.parts.headers, r.target)
		case r.kind == "aFChunk":
			p.parts.altChunks++
		}
	}
	return nil
}

// has reports whether the archive holds part.
func (p *wordPackage) has(part string) bool { return part != "" && p.files[part] != nil }

// open returns a stream of part's uncompressed bytes, charged to the budget:
// reading past it fails, whatever the zip header claims. A part in UTF-16
// (with its byte-order mark) is decoded to UTF-8, and long texts are cut
// for the decoder (see chunker).
func (p *wordPackage) open(part string) (io.ReadCloser, error) {
	f := p.files[part]
	if f == nil {
		return nil, fmt.Errorf("no %s in the archive", part)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", part, err)
	}
	br := bufio.NewReaderSize(&budgetReader{r: rc, p: p, part: part}, 32<<10)
	var r io.Reader = br
	if bom, _ := br.Peek(2); len(bom) == 2 && (bom[0] == 0xFF && bom[1] == 0xFE || bom[0] == 0xFE && bom[1] == 0xFF) {
		r = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Reader(br)
	}
	return struct {
		io.Reader
		io.Closer
	}{newChunker(r), rc}, nil
}

// budgetReader charges what it reads to the package's budget.
type budgetReader struct {
	r    io.Reader
	p    *wordPackage
	part string
}

func (b *budgetReader) Read(buf []byte) (int, error) {
	n, err := b.r.Read(buf)
	b.p.budget -= int64(n)
	if b.p.budget < 0 {
		return n, fmt.Errorf("read %s: uncompressed content exceeds %d bytes (zip bomb?)", b.part, maxDocxUnzipped)
	}
	if err != nil && err != io.EOF {
		return n, fmt.Errorf("read %s: %w", b.part, err)
	}
	return n, err
}

// walkPart streams part through an xmlWalker.
func (p *wordPackage) walkPart(part string, start func(xml.StartElement) error, end func(xml.EndElement), text func([]byte)) error {
	rc, err := p.open(part)
	if err != nil {
		return err
	}
	defer rc.Close()
	return newXMLWalker(part, rc).walk(start, end, text)
}
