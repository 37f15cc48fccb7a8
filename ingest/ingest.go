package ingest

import (
	"bytes"
	"errors"
	"fmt"
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

// Text parses a summary report from plain text: pdftotext output of a
// report's PDF or the typed form export.Text writes. The warnings name input
// lines where the text was irregular (paragraph numbers skipped or repeated,
// unknown document codes, text outside any numbered paragraph) and say what
// was made of them; no text is dropped for them.
func Text(data []byte) (*draft.Report, []string, error) {
	text, err := prepare(data)
	if err != nil {
		return nil, nil, err
	}
	ls := splitLines(text)
	first := firstItem(ls)
	if first < 0 {
		return nil, nil, ErrNoItem
	}
	body, annexLines := splitAnnexes(ls[first:])
	p := &parser{r: draft.New()}
	fm := readFront(ls[:first])
	p.dropCode = fm.meeting.DocCode
	p.run(body)
	if len(p.r.Items) == 0 {
		return nil, nil, ErrNoItem
	}
	p.annexes(annexLines)
	p.settleMeeting(fm)
	fm.checkAgenda(p)
	return p.r, p.warn, nil
}

// File reads a report from a file: a Word document (.docx) as Docx does,
// a .doc too (the Word reader tells a Word 97–2003 file, which it refuses
// with "save it as .docx", from a .docx saved under that name), any other
// extension as text; .odt and .pdf files are refused.
func File(path string) (*draft.Report, []string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".docx", ".doc": // the Word reader tells a .doc from a .docx by its content
		return docxFile(path)
	case ".odt", ".pdf":
		return nil, nil, fmt.Errorf("ingest: %s: %s files are not supported yet; save the report as plain text (.txt) first", path, strings.ToLower(filepath.Ext(path)))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("ingest: read %s: %w", path, err)
	}
	r, warn, err := Text(data)
	if err != nil {
		return nil, nil, fmt.Errorf("%w (in %s)", err, path)
	}
	return r, warn, nil
}

// prepare checks that data is text and returns it NFC-normalised, with one
// kind of line ending and no byte-order mark.
func prepare(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", errors.New("ingest: the input is empty")
	}
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 || controlShare(data) > 0.01 {
		return "", errors.New("ingest: the input is not UTF-8 text (binary data or another encoding); export the report as plain text")
	}
	s := norm.NFC.String(string(data))
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

// controlShare returns the share of control characters other than line
// breaks, tabs and form feeds.
func controlShare(data []byte) float64 {
	n, total := 0, 0
	for _, r := range string(data) {
		total++
		if unicode.IsControl(r) && !strings.ContainsRune("\n\r\t\f\v", r) {
			n++
		}
	}
	return float64(n) / float64(total)
}

// firstItem returns the index of the first item heading, or -1.
func firstItem(ls []line) int {
	for i, l := range ls {
		if l.cls.kind == kItem {
			return i
		}
	}
	return -1
}

func itoa(n int) string { return strconv.Itoa(n) }
