package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"rapporteur/draft"
)

// ErrNoItem is returned (wrapped) when the text holds no agenda item heading.
var ErrNoItem = errors.New(`ingest: no agenda item found (expected a line like "ITEM I – OPENING OF THE MEETING")`)

// ErrNotReport is returned (wrapped) when a document has the shape of a
// report — numbered sections and paragraphs — but says it is something
// else: a white paper, a programme of work, a recommendation.
var ErrNotReport = errors.New("ingest: not a meeting report, minutes or agenda")

// MaxTextInput is the largest text input read, in bytes: a summary report
// is a few hundred kilobytes, the largest a few megabytes.
const MaxTextInput = 64 << 20

// Text parses a summary report from plain text: pdftotext output of a
// report's PDF or the typed form export.Text writes. The warnings name input
// lines where the text was irregular (paragraph numbers skipped or repeated,
// unknown document codes, text outside any numbered paragraph) and say what
// was made of them; Import gives the whole import log.
func Text(data []byte) (*draft.Report, []string, error) {
	res, err := Import(data)
	if err != nil {
		return nil, nil, err
	}
	return res.Report, res.Log.Warnings(), nil
}

// Import reads a report or an agenda from text and returns it with the
// import log: every line that did not go into the report's text is in the
// log with its place and the reason, as are warnings and corrections.
func Import(data []byte) (*Result, error) {
	if len(data) > MaxTextInput {
		return nil, fmt.Errorf("ingest: the text is %d bytes, more than the %d allowed", len(data), MaxTextInput)
	}
	tr := newTextReader(len(data))
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			i = len(data)
		}
		if err := tr.addBytes(data[:i]); err != nil {
			return nil, err
		}
		data = data[min(i+1, len(data)):]
	}
	return tr.finish()
}

// File reads a report from a file: a Word document (.docx) as Docx does,
// a .doc too (the Word reader tells a Word 97–2003 file, which it refuses
// with "save it as .docx", from a .docx saved under that name), any other
// extension as text; .odt and .pdf files are refused.
func File(path string) (*draft.Report, []string, error) {
	res, err := ImportFile(path)
	if err != nil {
		return nil, nil, err
	}
	return res.Report, res.Log.Warnings(), nil
}

// ImportFile reads a report or an agenda from a file, with the import log.
// Only regular files are read: a named pipe, a device such as /dev/zero or
// a directory is refused before anything is read from it.
func ImportFile(path string) (*Result, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".odt", ".pdf":
		return nil, fmt.Errorf("ingest: %s: %s files are not supported yet; save the report as plain text (.txt) first", path, strings.ToLower(filepath.Ext(path)))
	}
	if err := regularFile(path); err != nil {
		return nil, err
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".docx", ".doc": // the Word reader tells a Word 97–2003 file from a .docx by its content
		return importDocxFile(path)
	}
	f, err := openRegular(path)
	if err != nil {
		return nil, fmt.Errorf("ingest: read %s: %w", path, err)
	}
	defer f.Close()
	size := 0
	if fi, err := f.Stat(); err == nil {
		if fi.Size() > MaxTextInput {
			return nil, fmt.Errorf("ingest: %s is %d bytes, more than the %d allowed for text", path, fi.Size(), MaxTextInput)
		}
		size = int(fi.Size())
	}
	res, err := importReader(f, size)
	if err != nil {
		return nil, fmt.Errorf("%w (in %s)", err, path)
	}
	return res, nil
}

// regularFile refuses a path that is not a regular file, naming what it is.
func regularFile(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("ingest: read %s: %w", path, err)
	}
	if fi.Mode().IsRegular() {
		return nil
	}
	return fmt.Errorf("ingest: %s is %s, not a regular file; give the path of a report file", path, fileKind(fi.Mode()))
}

// fileKind names a file mode that is not a regular file.
func fileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeCharDevice != 0:
		return "a character device"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// importReader reads text from r line by line, so that a large file is
// never held whole in memory beside its lines.
func importReader(r io.Reader, size int) (*Result, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	tr := newTextReader(size)
	var total int64
	var long []byte
	first := true
	for {
		chunk, err := br.ReadSlice('\n')
		total += int64(len(chunk))
		if total > MaxTextInput {
			return nil, fmt.Errorf("ingest: the text is more than the %d bytes allowed", MaxTextInput)
		}
		if err == bufio.ErrBufferFull {
			long = append(long, chunk...)
			continue
		}
		if long != nil {
			chunk = append(long, chunk...)
			long = nil
		}
		if first {
			chunk = bytes.TrimPrefix(chunk, []byte("\ufeff"))
			first = false
		}
		if len(chunk) > 0 {
			if e := tr.addBytes(bytes.TrimSuffix(chunk, []byte("\n"))); e != nil {
				return nil, e
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("ingest: read: %w", err)
		}
	}
	return tr.finish()
}

// newTextReader returns a reader for text of about size bytes.
func newTextReader(size int) *textReader {
	// pdftotext writes about one line with text per 100 bytes.
	return &textReader{out: make([]line, 0, size/100+16)}
}

// addBytes reads one line of the file (without its "\n"), checking that it
// is text: UTF-8 without NUL bytes. A carriage return ends a line too.
func (tr *textReader) addBytes(b []byte) error {
	if !utf8.Valid(b) || bytes.IndexByte(b, 0) >= 0 {
		return errNotText
	}
	b = bytes.TrimSuffix(b, []byte("\r"))
	for {
		i := bytes.IndexByte(b, '\r')
		part := b
		if i >= 0 {
			part = b[:i]
		}
		tr.controls += countControls(part)
		tr.runes += utf8.RuneCount(part)
		tr.add(norm.NFC.String(string(part)))
		if i < 0 {
			return nil
		}
		b = b[i+1:]
	}
}

var errNotText = errors.New("ingest: the input is not UTF-8 text (binary data or another encoding); export the report as plain text")

// finish checks the text read as a whole and reads its structure.
func (tr *textReader) finish() (*Result, error) {
	if len(tr.out) == 0 {
		return nil, errors.New("ingest: the input is empty")
	}
	if tr.runes > 0 && float64(tr.controls)/float64(tr.runes) > 0.01 {
		return nil, errNotText
	}
	rd := newReader(tr.out, nil)
	rd.rehyphenate()
	return rd.read()
}

// countControls counts control characters other than tabs, form feeds and
// vertical tabs.
func countControls(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\f' && c != '\v' || c == 0x7f {
			n++
		}
	}
	if n == 0 {
		return 0
	}
	n = 0
	for _, r := range string(b) {
		if unicode.IsControl(r) && !strings.ContainsRune("\t\f\v", r) {
			n++
		}
	}
	return n
}

// ReadLines reads lines from any source — a text file, a Word document's
// paragraphs with their hints (see Line) — into a report or an agenda,
// with the import log.
func ReadLines(in []Line) (*Result, error) { return readLines(in, false) }

// readLines is ReadLines; with consume set it clears the input lines'
// texts as it reads them (see prepLines), for a caller that made the
// lines for it, as the Word reader does.
func readLines(in []Line, consume bool) (*Result, error) {
	ls := prepLines(in, consume)
	if len(ls) == 0 {
		return nil, errors.New("ingest: the input is empty")
	}
	places := make([]Place, len(in))
	for i, l := range in {
		places[i] = l.Place
	}
	return newReader(ls, places).read()
}

func itoa(n int) string { return strconv.Itoa(n) }
