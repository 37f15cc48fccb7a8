package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// The namespaces the Word reader looks at: WordprocessingML transitional
// (what Word and LibreOffice write) and strict, markup compatibility
// (mc:AlternateContent), Office math and VML (WordArt text).
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsMath    = "http://schemas.openxmlformats.org/officeDocument/2006/math"
	nsMathS   = "http://purl.oclc.org/ooxml/officeDocument/math"
	nsVML     = "urn:schemas-microsoft-com:vml"
)

// xmlWalker reads the tokens of one XML part as a stream, with bounded
// depth and element count, and refuses any DOCTYPE (so no entity, internal
// or external, is ever declared). It holds no copy of the part: memory is
// the decoder's buffer and the current token.
type xmlWalker struct {
	part  string
	d     *xml.Decoder
	depth int
	count int
}

// newXMLWalker reads part from r.
func newXMLWalker(part string, r io.Reader) *xmlWalker {
	d := xml.NewDecoder(r)
	d.Strict = true
	d.Entity = nil
	d.CharsetReader = charsetReader
	return &xmlWalker{part: part, d: d}
}

// next returns the next token; io.EOF at the end of the part.
func (w *xmlWalker) next() (xml.Token, error) {
	tok, err := w.d.Token()
	if err == io.EOF {
		if w.depth != 0 {
			return nil, fmt.Errorf("%s: unexpected end of XML", w.part)
		}
		return nil, io.EOF
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.part, err)
	}
	switch t := tok.(type) {
	case xml.Directive:
		if bytes.Contains(bytes.ToUpper(t), []byte("DOCTYPE")) {
			return nil, fmt.Errorf("%s: refusing a DOCTYPE declaration (entities are not allowed in a .docx)", w.part)
		}
		return nil, fmt.Errorf("%s: refusing an XML directive", w.part)
	case xml.StartElement:
		w.depth++
		w.count++
		if w.depth > maxXMLDepth {
			return nil, fmt.Errorf("%s: XML nested deeper than %d elements", w.part, maxXMLDepth)
		}
		if w.count > maxXMLElements {
			return nil, fmt.Errorf("%s: more than %d XML elements", w.part, maxXMLElements)
		}
	case xml.EndElement:
		w.depth--
	}
	return tok, nil
}

// walk calls start and end for each element and text for character data,
// until the end of the part. A callback error stops the walk.
func (w *xmlWalker) walk(start func(xml.StartElement) error, end func(xml.EndElement), text func([]byte)) error {
	for {
		tok, err := w.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := start(t); err != nil {
				return err
			}
		case xml.EndElement:
			end(t)
		case xml.CharData:
			if text != nil {
				text(t)
			}
		}
	}
}

// charsetReader accepts the encodings a .docx part may declare: UTF-8 and
// UTF-16 (a part in UTF-16 has been decoded to UTF-8 already, by its
// byte-order mark, when the part was opened); anything else is refused.
func charsetReader(charset string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.ReplaceAll(charset, "_", "-")) {
	case "utf-8", "utf8", "us-ascii", "ascii", "utf-16", "utf16", "utf-16le", "utf-16be":
		return input, nil
	}
	return nil, fmt.Errorf("XML encoding %q is not supported (save the document again in Word)", charset)
}

// isW reports whether name is the WordprocessingML element local.
func isW(name xml.Name, local string) bool {
	return name.Local == local && (name.Space == nsW || name.Space == nsWStrict)
}

// wAttr returns the value of the WordprocessingML attribute local ("val",
// "numId", …) of an element, or "".
func wAttr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local && (a.Name.Space == nsW || a.Name.Space == nsWStrict || a.Name.Space == "") {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

// attr returns the value of the attribute local in no namespace, or "".
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// onOff reads a WordprocessingML on/off property (w:b, w:tblHeader,
// w:pageBreakBefore): present without a value, or "1", "true", "on".
func onOff(e xml.StartElement) bool {
	switch wAttr(e, "val") {
	case "0", "false", "off":
		return false
	}
	return true
}
